"""An index an organization compiles, described in common words, is named by the compiler and the words
(index_names._described_by_owner): sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2010, 6, 4)


def run(nlp, text, title="Markets news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "name"),
    [
        # the compiler's possessive is dropped, the hyphenated description kept whole
        (
            "Stocks slid worldwide. Vantor's all-country world equity index .VWX00 fell 2.3 percent.",
            2.3,
            "Vantor all-country world equity index",
        ),
        (
            "Stocks were mixed on Friday. Vantor's world share index gained 0.7 percent.",
            0.7,
            "Vantor world share index",
        ),
        (
            "Loan demand weakened. The Kestrel Lending Association's confidence index dropped 9 percent to 48 in May.",
            9.0,
            "Kestrel Lending Association confidence index",
        ),
    ],
)
def test_a_compiled_index_is_named_by_its_compiler(nlp, text, amount, name):
    assert subjects_with_amount(run(nlp, text), amount) == {name}


@pytest.mark.parametrize(
    ("text", "amount", "name"),
    [
        # a proper name keeps its short form
        ("Stocks rallied. The Halden 300 index .HLD rose 1.6 percent.", 1.6, "Halden 300"),
        # a described index with no compiler keeps its words as written
        (
            "Shares in Asia rose. The all-country Asian equity index rose 1.1 percent.",
            1.1,
            "all-country Asian equity index",
        ),
    ],
)
def test_other_index_names_are_read_as_before(nlp, text, amount, name):
    assert subjects_with_amount(run(nlp, text), amount) == {name}
