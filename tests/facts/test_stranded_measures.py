"""Two readings of what a figure measures where the noun is away from its verb (docs/DECISIONS.md, "Predicates"):
a pronoun that takes up a share noun prices the shares (facts/share_pronouns.py), and a subordinate clause that the
parse left without a subject measures the noun right before its verb, not the main clause's subject
(facts/stranded_subjects.subordinate_measure). Stories written for these tests, invented company names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Company news", published="2012-03-14").predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quorra's shares slid 3 percent before noon. They later settled at $14.60 on the Nasdaq.", "$14.60"),
        ("Mendle Foods shares had a volatile week. By late Tuesday they were down 22 cents at $8.05.", "22 cents"),
        ("Trask Inc stock gained 6 percent in Frankfurt, and it ended the day at 41.2 euros.", "41.2 euros"),
        ("Shares of Olvane Group jumped after the results; they closed up 4 percent at 310 pence.", "310 pence"),
    ],
)
def test_pronoun_for_shares_prices_them(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title="Company news", published="2012-03-14").predicate == (
        "share price"
    )


def test_pronoun_for_another_noun_is_no_share_price(nlp):
    text = "Harlo Corp said its orders slowed in March. They fell 8 percent to 1,200 units in April."
    assert predicate_of(nlp, text, "8 percent") != "share price"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Pellam Corp reported results on Monday. Margins also widened as revenue from the leasing arm "
            "jumped 31 percent to a record $610 million.",
            "31 percent",
            "revenue",
        ),
        (
            "Dovrin Bank beat forecasts. Results were lifted as fees from the custody unit climbed 12 percent "
            "to $95 million.",
            "$95 million",
            "fees",
        ),
        (
            "Arlen Finance Corp topped estimates on Tuesday. Its margin held up as income from the mortgage "
            "business rose 5 percent.",
            "5 percent",
            "income",
        ),
        (
            "Kessa Brands said on Tuesday that earnings got a boost as sales in the pet food division rose "
            "9 percent in the quarter.",
            "9 percent",
            "sales",
        ),
    ],
)
def test_subjectless_subordinate_clause_measures_its_own_noun(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


def test_noun_inside_the_main_object_is_no_subject(nlp):
    text = "Velmar will see its total exposure to a basket of risky loans fall to $400 million."
    assert predicate_of(nlp, text, "$400 million") != "basket"
