"""People counted by what they are doing keep the doing in the predicate (facts/described_crowds.py,
docs/DECISIONS.md "Described crowds"): "the number of people collecting X" measures the people collecting X, not
"people". Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Norland social data", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "The number of people collecting long-term disability payments rose by 12,500 to 640,000 in April.",
            "640,000",
            "people collecting long-term disability payments",
        ),
        (
            "The number of households staying in emergency shelters fell by 3,100 to 27,400 last month, the "
            "agency said.",
            "3,100",
            "households staying in emergency shelters",
        ),
        (
            "The number of claimants renewing a housing allowance rose by 4,200 to 96,000 in the second quarter.",
            "96,000",
            "claimants renewing housing allowance",
        ),
        (
            "Some 31,000 people attending evening courses in Norland lost their grants last year, the ministry said.",
            "31,000",
            "people attending evening courses",
        ),
    ],
)
def test_a_crowd_keeps_what_it_is_doing(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a past participle is left: FACTS.md writes "laid-off workers", never "workers laid off"
        ("The number of workers laid off by Norland factories rose to 14,000 in May.", "14,000", "workers"),
        # a noun that is no crowd noun keeps its own phrase
        ("Norland Airways carried 2.1 million passengers flying to Asia in May.", "2.1 million", "passengers"),
        # no participle: the prepositional phrase is left to the parse as before
        (
            "The number of people on Norland's public payroll grew by 9,000 to 1.3 million in March.",
            "1.3 million",
            "people on public payroll",
        ),
    ],
)
def test_other_counted_nouns_keep_their_predicate(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a participle set off by commas is an aside about the crowd, not whom the count counts
        (
            "Dalwick Steel said 1,800 workers, accounting for a fifth of its staff, will be laid off.",
            "1,800",
            "workers",
        ),
        (
            "About 6,500 claimants, making up 4 percent of the total, lost their benefits in May.",
            "6,500",
            "claimants losing benefits",  # the aside is left; what they did is kept (facts/acting_crowds.py)
        ),
        (
            "Roughly 2,200 applicants, seeking places at state colleges, were turned away this autumn.",
            "2,200",
            "applicants",
        ),
        (
            "Some 900 people, fleeing the flooded valley, reached the town of Ostburg on Monday.",
            "900",
            "people",
        ),
        # firms are no crowd of people: their own noun stays
        ("The number of firms exporting machine tools fell by 300 to 4,100 last year.", "4,100", "firms"),
        ("The number of companies planning new plants rose by 120 to 950 in Norland.", "950", "companies"),
        ("The number of lenders offering fixed-rate loans fell by 14 to 210 this year.", "210", "lenders"),
        # a participle whose complement would be dropped (a clause, a place, nothing) is left out too
        ("The number of people planning to buy a car rose by 8,000 to 150,000.", "150,000", "people"),
        ("The number of workers hoping to retire early fell by 2,000 to 41,000 in March.", "41,000", "workers"),
        ("Some 3,400 people living in Ostburg were moved to shelters on Sunday.", "3,400", "people"),
        ("The number of people waiting rose by 3,000 to 45,000 over the winter.", "45,000", "people"),
    ],
)
def test_a_participle_that_does_not_say_whom_the_count_counts_is_left(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate
