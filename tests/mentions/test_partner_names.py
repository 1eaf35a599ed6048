"""A partnership's name written only with its "'s" ("Hollis & Crane's bond team") keeps the "'s"; one the
text also writes bare ("Tolland & Pike said") reads it as a possessive. Sentences written for these tests,
invented firms."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 6, 4)


def org_names(nlp, text: str) -> set[str]:
    document = document_from_text(text, doc_id="t", published=PUBLISHED)
    extraction = next(extract_documents([document], nlp=nlp))
    return {e.name for e in extraction.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the "'s" form is a subject that owns nothing; its later writing as an owner carries that reading
        (
            "Hollis & Crane's said on Friday it expects buybacks to slow. Hollis & Crane's bond team cut its forecast.",
            "Hollis & Crane's",
        ),
        # the firm named after "at", ending its clause
        ("Rita Soames, who runs the credit desk at Varga & Lund's, expects two more rate cuts.", "Varga & Lund's"),
        # the evidence written after "The" carries to the writing without it
        (
            "The Pardoe & Finch's said on Tuesday that lending slowed. Pardoe & Finch's analyst Joan Hale expects a "
            "rate cut.",
            "Pardoe & Finch's",
        ),
        # the firm compiles an index named after it
        ("Brandt & Maier's index of regional banks fell 2 percent on Tuesday.", "Brandt & Maier's"),
    ],
)
def test_a_partnership_written_only_with_its_s_keeps_it(nlp, text, name):
    assert name in org_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written bare elsewhere: the "'s" is a possessive
        ("Tolland & Pike's quarterly profit rose 4 percent. Tolland & Pike said sales grew.", "Tolland & Pike"),
        # named once, as an owner: nothing shows the "'s" is the name's
        ("Orrin & Dale's sales slipped 3 percent in the spring quarter, the grocer said.", "Orrin & Dale"),
        ("Quayle & Hart's chief executive, Nina Ross, said margins would recover.", "Quayle & Hart"),
        # no "&": a one-word owner keeps its possessive reading
        ("Halvard's profit rose 8 percent to $40 million in the quarter.", "Halvard"),
        # a longer name written bare ("Ames & Coleman") is not the bare form of "Ames & Cole"
        ("Ames & Coleman said on Monday that Ames & Cole's sales rose 3 percent.", "Ames & Cole"),
    ],
)
def test_a_partnership_s_without_evidence_is_a_possessive(nlp, text, name):
    names = org_names(nlp, text)
    assert name + "'s" not in names
    assert name in names


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Varga & Lund's world mining index has gained 12 percent since March.", "Varga & Lund's world mining index"),
        (
            "Shares of Tolland Corp rose 6 percent, while Hollis & Crane's regional bank index added 2 percent.",
            "Hollis & Crane's regional bank index",
        ),
        (
            "The gain lagged a 4 percent climb in Orland & Webb's global shipping index over the same month.",
            "Orland & Webb's global shipping index",
        ),
    ],
)
def test_an_index_the_partnership_compiles_keeps_its_s(nlp, text, index):
    document = document_from_text(text, doc_id="t", published=PUBLISHED)
    facts = next(extract_documents([document], nlp=nlp)).facts
    assert index in {f.subject for f in facts}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name ending in a word for a kind of body is whole without the "'s", even when never written bare
        (
            "The Ridley & Marsh Foundation's index of small business confidence rose 3 points in March.",
            "Ridley & Marsh Foundation",
        ),
        (
            "Confidence slipped, by the Kemp & Abbot Institute's survey index, which fell 2.4 points to 51.",
            "Kemp & Abbot Institute",
        ),
        (
            "Analysts at Corbin & Lyle Bank's research desk said on Monday that housing would slow.",
            "Corbin & Lyle Bank",
        ),
        ("Output grew 2 percent, the Tarn & Wexley Council's quarterly index showed.", "Tarn & Wexley Council"),
    ],
)
def test_a_name_ending_in_a_kind_of_body_reads_its_s_as_a_possessive(nlp, text, name):
    names = org_names(nlp, text)
    assert name + "'s" not in names
    assert name in names
