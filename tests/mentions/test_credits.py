"""A wire story's credit line: reporters and editors are people, a name after "in" is where they filed from.
Credit lines written for this test, with invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text

STORY = "LONDON (Reuters) - Norvale Foods Inc said on Tuesday its profit rose 5 percent.\n\n"


def entities(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(STORY + text, doc_id="t")))
    return {(e.label, e.name) for e in doc._.entities}


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "(Reporting by Oskari Vendelin and Paulo Ternstrom in Helsinki; Editing by Gwen Abernathy-Roos)",
            {
                ("PERSON", "Oskari Vendelin"),
                ("PERSON", "Paulo Ternstrom"),
                ("GPE", "Helsinki"),
                ("PERSON", "Gwen Abernathy-Roos"),
            },
        ),
        (
            "(Additional reporting by Mireille Dufresne in Paris and Tokyo; writing by Anwen Prothero. Editing by "
            "Jurre ten Brink & R.K. Malhotra)",
            {
                ("PERSON", "Mireille Dufresne"),
                ("GPE", "Paris"),
                ("GPE", "Tokyo"),
                ("PERSON", "Anwen Prothero"),
                ("PERSON", "Jurre ten Brink"),
                ("PERSON", "R.K. Malhotra"),
            },
        ),
        (
            "(Compiled by Tamsin Ogilvy in Singapore and Hiroshi Takemura in Osaka, with Reuters bureaus; Edited by "
            "Colm d'Arcy)",
            {
                ("PERSON", "Tamsin Ogilvy"),
                ("GPE", "Singapore"),
                ("PERSON", "Hiroshi Takemura"),
                ("GPE", "Osaka"),
                ("ORG", "Reuters"),
                ("PERSON", "Colm d'Arcy"),
            },
        ),
        (
            "(Reporting by Brynja Solheim in Portland, Oregon, Tovah Marsh in Denver and the Boston bureau; Writing "
            "by Elspeth Carrow, London Editorial Reference Unit)",
            {
                ("PERSON", "Brynja Solheim"),
                ("GPE", "Portland"),
                ("GPE", "Oregon"),
                ("PERSON", "Tovah Marsh"),
                ("GPE", "Denver"),
                ("GPE", "Boston"),
                ("PERSON", "Elspeth Carrow"),
                ("ORG", "London Editorial Reference Unit"),
            },
        ),
    ],
)
def test_credit_line_names(nlp, credit, expected):
    found = entities(nlp, credit)
    assert expected <= found, expected - found
    credit_words = {"Reporting", "Editing", "Writing", "Additional", "Compiled", "Edited"}
    assert not any(word in name for _, name in found for word in credit_words)
