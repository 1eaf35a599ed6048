"""`written_as_name`: a title-case word the story writes elsewhere as part of a name (a proper noun inside a name
entity) and never in lower case is a name, whatever the tagger calls it here. The check compares string ids read
from the Doc's arrays; these cases pin the behaviour it must keep. Sentences written for this test, invented names."""

import pytest

from extractor.facts.tagged_nouns import written_as_name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the name of a company, later written alone
        (
            "Brandvik Holdings Inc said on Monday that it would sell two plants. Brandvik raised debt of $2 billion.",
            "Brandvik",
            True,
        ),
        ("Pellow Systems Inc posted a loss. Pellow said sales fell 3 percent.", "Pellow", True),
        # part of a name, but also written in lower case: a common word
        (
            "Sterling Harbour Bank said profit rose. The sterling price fell. Sterling deposits rose 4 percent.",
            "Sterling",
            False,
        ),
        # a capitalised common noun that names nothing in the story
        ("Profit at Quorvex Ltd rose 5 percent in the quarter. Profit margins widened.", "Profit", False),
        # not title case: an acronym or a name in capitals is no such word
        ("Kellmont Group expects higher sales. KELLMONT shares rose 2 percent.", "KELLMONT", False),
    ],
)
def test_written_as_name(nlp, text, word, expected):
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert written_as_name(last) is expected
