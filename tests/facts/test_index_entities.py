"""A named index that the facts read is an ORG entity (the development gold lists named indexes so); an unnamed
"benchmark index" is not. Market sentences written for this test, with invented index names."""

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text


def entities_of(nlp, text):
    document = document_from_text(" date 2010-06-04 Markets\n\n" + text, doc_id="t")
    extraction = next(extract_documents([document], nlp=nlp))
    return {(e.label, e.name) for e in extraction.entities}, extraction


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("OSLO (Reuters) - The Halden 300 index rose 1.7 percent to 1,317.68 points on Friday.", "Halden 300"),
        ("NEW YORK (Reuters) - The Norvik Composite Index fell 2.1 percent to 2,210.45.", "Norvik Composite"),
        (
            "NEW YORK (Reuters) - The Brell Jones industrial average gained 0.8 percent to 10,412.",
            "Brell Jones industrial average",
        ),
    ],
)
def test_a_named_index_is_an_organization(nlp, text, index):
    found, extraction = entities_of(nlp, text)
    subjects = {f.subject for f in extraction.facts}
    assert any(name.startswith(index) and label == "ORG" and name in subjects for label, name in found), (
        found,
        subjects,
    )


@pytest.mark.parametrize(
    "text",
    [
        "OSLO (Reuters) - The benchmark index rose 1.7 percent on Friday.",
        "NEW YORK (Reuters) - U.S. stock indexes fell about 2 percent on Tuesday.",
        "NEW YORK (Reuters) - A blue-chip index gained 0.8 percent.",
    ],
)
def test_an_unnamed_index_is_no_entity(nlp, text):
    found, _ = entities_of(nlp, text)
    assert not any("index" in name.lower() for _, name in found), found
