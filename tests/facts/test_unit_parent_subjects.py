"""A unit named with its owner ("Ostby's QuickMed") gives its figures to the owner (facts/unit_parents.py);
a place's possessive ("Japan's Hondex") or no possessive keeps the organization. Sentences written for these
tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2013-05-16"
TITLE = "Valdor to buy clinic chain Brackett"
LEAD = (
    "CHICAGO (Reuters) - Valdor Corp said on Wednesday it would buy Brackett Health Systems. "
    "Rival Ostby Stores Inc bought QuickMed in 2011. "
)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Ostby's QuickMed now counts 64 walk-in sites across Ohio.", "64", "Ostby Stores"),
        ("Ostby's QuickMed opened 35 new clinics last year.", "35", "Ostby Stores"),
        ("Ostby's QuickMed treated 2.4 million patients in 2012.", "2.4 million", "Ostby Stores"),
    ],
)
def test_a_unit_named_with_its_owner_gives_its_figures_to_the_owner(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Japan's Hondex has 12 plants in Ohio.", "12", "Hondex"),
        ("QuickMed has more than 90 locations in Texas.", "90", "QuickMed"),
        ("Ostby Stores operates 410 drugstores.", "410", "Ostby Stores"),
    ],
)
def test_without_an_owning_company_the_organization_keeps_its_figures(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Ostby's rival Carrow Inc opened 30 stores.", "30", "Carrow"),
        ("Ostby's rival Tamworth Inc runs 75 pharmacies in Maine.", "75", "Tamworth"),
        ("Valdor's rival Carrow Inc opened 30 stores.", "30", "Carrow"),
        ("Ostby's customer Delmont Inc opened 14 depots.", "14", "Delmont"),
        ("Valdor's partner Quenby Corp staffs 220 kiosks.", "220", "Quenby"),
    ],
)
def test_a_relation_noun_after_the_possessive_is_not_ownership(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}
