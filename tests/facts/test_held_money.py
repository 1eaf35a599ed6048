"""Organization nouns that name money, and "under management" kept in the predicate (held_money.py,
docs/DECISIONS.md). Stories written for these tests, invented organization names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text: str, surface: str):
    return fact_with_surface(nlp, text, surface, title="Fund news", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Funds under management at Vantor Capital reached $74 billion by late June, up 18 percent on a year "
            "before.",
            "$74 billion",
            "funds under management",
        ),
        (
            "New funds raised across Haskel Partners' Asian arm hit $9 billion in 2011, a 60 percent jump.",
            "$9 billion",
            "funds raised",
        ),
        (
            "Pellan Partners said assets under management climbed 12 percent to $40 billion.",
            "$40 billion",
            "assets under management",
        ),
    ],
)
def test_managed_or_raised_money(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


def test_a_fund_counted_is_no_money(nlp):
    fact = fact_of(nlp, "Orlan Capital said it runs three hedge funds and employs 40 people.", "three")
    assert fact.value.unit is None  # a count of organizations, no sum of money
    assert fact.predicate in ("fund", "hedge funds")


@pytest.mark.parametrize(
    ("text", "noun", "money"),
    [
        ("Brisk demand meant new funds raised by the group topped $5 billion.", "funds", True),
        ("The firm said funds invested in the region doubled.", "funds", True),
        ("The group said more than 40 regional suppliers filed for bankruptcy.", "suppliers", False),
        ("Orlan runs three hedge funds in Dublin.", "funds", False),
    ],
)
def test_held_money_needs_a_money_participle_or_management(nlp, text, noun, money):
    from extractor.facts.held_money import held_money

    token = next(t for t in nlp(text) if t.lower_ == noun)
    assert held_money(token) is money
