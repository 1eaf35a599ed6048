"""A count of the people an organization employs or seats, with the organization compounded on the counted noun
("48,500 Brannock workers", "three Halvard policymakers"), is that organization's figure, where the discourse
default gave it to the company the story is about (facts/compound_holders.py, lexicons/staff_nouns.txt). Goods,
outlets and plan members a brand is written on stay the story company's. Stories written for these tests,
invented names."""

import pytest

from tests.facts.surface_facts import subject_of

PUBLISHED = "2012-10-04"
TITLE = "Ostwick Motors signs new labor deal"
LEAD = (
    "DETROIT (Reuters) - Ostwick Motors Co on Tuesday signed a four-year labor deal with its union that includes "
    "bonuses and new hiring at its plants. "
)


def story_subject(nlp, text, surface):
    return subject_of(nlp, TITLE, LEAD + text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Brannock Corp agreed a similar deal in September. The Ostwick deal is richer than the one ratified "
            "last month for 48,500 Brannock workers.",
            "48,500",
            "Brannock",
        ),
        (
            "Rates were left alone by the Halvard Reserve. Three Halvard policymakers voted against the decision "
            "last week, its minutes showed.",
            "Three",
            "Halvard Reserve",
        ),
        (
            "Kestrel Airlines faces a strike of its own. About 1,200 Kestrel Airlines pilots walked out on Monday, "
            "the pilots' union said.",
            "1,200",
            "Kestrel Airlines",
        ),
        (
            "Dunmore Bank lent the carmaker $2 billion last year. Nearly 300 Dunmore Bank staffers were moved onto "
            "the account this year.",
            "300",
            "Dunmore Bank",
        ),
        (
            "Dunmore Bank lent the carmaker $2 billion last year. The account now keeps 45 Dunmore Bank traders busy.",
            "45",
            "Dunmore Bank",
        ),
    ],
)
def test_a_count_of_an_organizations_people_is_its_own(nlp, text, surface, subject):
    assert story_subject(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # outlets a brand is written on: the chain owner's count (round 14)
        ("The company also opened 120 Zento Home stores last year.", "120", "Ostwick Motors"),
        # members of a plan are its customers, not its people: "member" is no staff noun
        ("Ostwick Motors also expects to add 200,000 Zento Care members next year.", "200,000", "Ostwick Motors"),
        # the story's own company compounded on its workers stays itself
        ("About 2,000 Ostwick workers will get raises under the deal.", "2,000", "Ostwick Motors"),
    ],
)
def test_brands_on_counted_things_and_the_story_company_stay_as_they_were(nlp, text, surface, subject):
    assert story_subject(nlp, text, surface) == subject
