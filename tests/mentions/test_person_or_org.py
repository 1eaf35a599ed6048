"""Person or organization, decided by the cues of all of a name's mentions (mentions/person_or_org.py): a post's
firm ("analyst at X", "X equities analyst"), a ticker after a possessive, shares of X; a post or person noun
before a name, a post with its firm after it. Sentences written for this test, with invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text

LEAD = "ZURICH (Reuters) - Tarvik Freight said on Monday its orders slipped 4 percent in May.\n\n"


def labels(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(LEAD + text, doc_id="t")))
    return {e.name: e.label for e in doc._.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The order book looked thin, said Ilse Marrow, an analyst at Walter Dunne in Basel.", "Walter Dunne"),
        ("Margins will recover, said Tom Brackley, an economist with Hollis Maitland in London.", "Hollis Maitland"),
        ("Harriet Lowe's ( HLW.N ) chief executive resigned on Friday.", "Harriet Lowe"),
        ("Truls Eide, a partner at Vinter Holm, said the claim would fail.", "Vinter Holm"),
        ("Ingvar Lykke, chief executive of Marka Rederi, will step down.", "Marka Rederi"),
    ],
)
def test_firm_cues_make_an_organization(nlp, text, name):
    assert labels(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The yard has enough work, spokeswoman Gunnhild Aas said.", "Gunnhild Aas"),
        ("Billionaire investor Carl Rovik bought 4 percent of the bank.", "Carl Rovik"),
        ("Soccer club owner Yevgeny Dorin sold his stake last year.", "Yevgeny Dorin"),
        ("Dorrit Haakonsen, chief economist at Selvik Bank, sees rates on hold.", "Dorrit Haakonsen"),
        ("She will vote against the chairman of the pay committee Lasse Wemmer in June.", "Lasse Wemmer"),
    ],
)
def test_person_cues_make_a_person(nlp, text, name):
    assert labels(nlp, text).get(name) == "PERSON"


def test_a_company_word_keeps_a_firm_after_a_post(nlp):
    """ "money manager X Capital Management": the post before the name describes the firm."""
    found = labels(nlp, '"Growth is slowing," said Ruth Amsel, president of money manager Corvel Ridge Management.')
    assert found.get("Corvel Ridge Management") == "ORG"
