"""A plain count before a plural noun of cutting counts the cuts (facts/measures_values.py `counts_the_cuts`,
docs/DECISIONS.md "Recall, round 25"): "announced 2,750 job cuts" is a metric of jobs cut, as FACTS.md reads
"cut N jobs", not a fall of "job" by 2,750. Money, percents and points before a cutting noun size the cut and keep
their reading. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Brindlecombe Chemicals Inc said on Tuesday it would close two of its older plants.\n"


def reading_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Brindlecombe to close plants", published="2011-03-08")
    return fact.kind, fact.predicate, fact.value.direction


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The chemicals maker said the 2,300 job cuts would save about $90 million a year.", "2,300", "job cuts"),
        ("Brindlecombe announced 700 job cuts at its coatings division.", "700", "job cuts at coatings division"),
        ("Its board approved 450 position reductions across the European sites.", "450", "position reductions"),
        ("Brindlecombe said the 380 staff reductions were finished by June.", "380", "staff reductions"),
        ("The group plans 1,100 job eliminations over two years.", "1,100", "job eliminations"),
        ("Its regulator has made four interest rate cuts since the autumn.", "four", "interest rate cuts"),
    ],
)
def test_a_count_before_a_cutting_noun_counts_the_cuts(nlp, text, surface, predicate):
    assert reading_of(nlp, text, surface) == ("metric", predicate, None)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # money before the cutting noun sizes the cut (a metric named by the noun phrase, as before)
        (
            "Brindlecombe said $400 million of cost cuts would come over three years.",
            "$400 million",
            ("metric", "cost cuts", None),
        ),
        # a percent is the size of a fall of what is cut
        ("The plant cut its energy use by 6 percent last year.", "6 percent", ("change", "energy use", "down")),
        # a count after the verb of cutting keeps the "jobs cut" reading
        ("Brindlecombe will cut 1,500 jobs in Germany.", "1,500", ("metric", "jobs cut", None)),
    ],
)
def test_other_figures_near_a_cutting_noun_keep_their_reading(nlp, text, surface, expected):
    assert reading_of(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Job cuts at the chemicals maker rose by 900 this year.", "900"),
        ("Planned job cuts in the sector climbed by 1,250 from the first half.", "1,250"),
        ("Announced staff reductions across the industry rose 4,600 on the month.", "4,600"),
    ],
)
def test_a_rise_in_the_number_of_cuts_stays_a_change(nlp, text, surface):
    """The number of cuts moving is a change, not a count of cuts. Its predicate should be "job cuts" (FACTS.md);
    today it is the compound's first noun, as on main, so only kind and direction are asserted here."""
    kind, _predicate, direction = reading_of(nlp, text, surface)
    assert (kind, direction) == ("change", "up")
