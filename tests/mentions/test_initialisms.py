"""One company written in full and as its initials is one entity (initialisms.py): initials joined by an
ampersand ("K&V" of "Kessler & Vane") and the initials of one word's parts, split at a hyphen ("DV" of
"Dorrance-Vail") or at an inner capital ("MHP" of "MarlowHarkPoint"). A long form with a digit is an index,
not the company. Stories written for these tests, invented names."""

from collections import Counter

import pytest

from extractor.mentions.entity_clusters import EntityCluster, _long_form
from extractor.mentions.initialisms import spells_out


def org_names(story_entities, title, body):
    return {c.name: sorted(c.aliases) for c in story_entities(title, body).clusters if c.label == "ORG"}


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("K&V", "Kessler & Vane", True),
        ("T&W", "Tarrow and Wexley", True),
        ("B&R", "Brisk & Rollo's", True),
        ("DV", "Dorrance-Vail", True),
        ("MHP", "MarlowHarkPoint", True),
        ("K&V", "Kessler & Vane 400", False),  # a digit: an index named after the firm
        ("K&V", "Kessler & Vane Holdings Partners", False),  # the right half spells "VHP"
        ("MK", "McKee", False),  # "Mc" is no word of three letters
        ("PC", "PorlockCo", False),  # "Co" neither
        ("DV", "Dorrance Vail", False),  # two words: the word-initials rule's case, not this module's
    ],
)
def test_spells_out(short, name, expected):
    assert spells_out(short, name) is expected


@pytest.mark.parametrize(
    ("title", "body", "name", "short"),
    [
        (
            "Kessler & Vane lifts payout",
            "CHICAGO (Reuters) - Household goods maker Kessler & Vane Co raised its quarterly dividend by 8 "
            "percent on Tuesday. K&V said demand for its detergents held up in Asia.",
            "Kessler & Vane",
            "K&V",
        ),
        (
            "Printer maker posts loss",
            "PALO ALTO (Reuters) - Halvorsen-Brook Inc swung to a loss in its second quarter. HB blamed weaker "
            "orders from schools, and HB shares fell 4 percent in early trade.",
            "Halvorsen-Brook",
            "HB",
        ),
        (
            "Drugmaker cuts 900 jobs",
            "LONDON (Reuters) - MarlowHarkPoint Plc will close two plants in Wales. MHP expects the move to save "
            "200 million pounds a year, its finance chief told analysts.",
            "MarlowHarkPoint",
            "MHP",
        ),
    ],
)
def test_short_form_joins_long_form(story_entities, title, body, name, short):
    names = org_names(story_entities, title, body)
    assert short not in names  # no entity of its own
    assert short in names[name]  # an alias of the company


def all_aliases(story_entities, title, body):
    return {c.name: c.aliases for c in story_entities(title, body).clusters}


@pytest.mark.parametrize(
    ("title", "body", "long", "short"),
    [
        (
            "Dorrance-Vail buys publisher",
            "CHICAGO (Reuters) - Dorrance-Vail Inc will pay $300 million for DV, a privately held publisher of "
            "maps. DV had revenue of $120 million in 2010.",
            "Dorrance-Vail",
            "DV",
        ),
        (
            "Kessler & Vane loses ground to rival",
            "NEW YORK (Reuters) - Shoppers moved from Kessler & Vane Co to K&V, a discount chain in Ohio, last "
            "winter. K&V lifted its sales 14 percent.",
            "Kessler & Vane",
            "K&V",
        ),
        (
            "MarlowHarkPoint bid fails",
            "LONDON (Reuters) - MarlowHarkPoint Plc lost its bid for MHP, a smaller chemicals group, when "
            "shareholders voted in May. MHP called the price too low.",
            "MarlowHarkPoint",
            "MHP",
        ),
    ],
)
def test_two_parties_with_one_set_of_initials_stay_apart(story_entities, title, body, long, short):
    """Both forms written in one sentence as two parties (buyer and target, two rivals) are two companies."""
    aliases = all_aliases(story_entities, title, body)
    assert short not in aliases.get(long, set())


@pytest.mark.parametrize(
    ("title", "body", "place", "short"),
    [
        (
            "Tolland Air adds routes",
            "SINGAPORE (Reuters) - Tolland Air will fly to 12 more cities in Asia-Pacific next year, AP reported. "
            "Tolland Air said demand was strong.",
            "Asia-Pacific",
            "AP",
        ),
        (
            "Bank sells bonds",
            "LONDON (Reuters) - Kessimer Bank sold bonds in NorthWales, where it has 40 branches. The notes "
            "carry a NW rating of their own, Kessimer Bank said.",
            "NorthWales",
            "NW",
        ),
    ],
)
def test_a_place_spells_out_no_initials(story_entities, title, body, place, short):
    assert short not in all_aliases(story_entities, title, body).get(place, set())


@pytest.mark.parametrize(
    ("short", "name", "label", "expected"),
    [
        ("AP", "Asia-Pacific", "LOC", False),
        ("NW", "NorthWales", "GPE", False),
        ("K&V", "Kessler & Vane", "GPE", False),
        ("AP", "Ardell-Pryce", "ORG", True),
        ("K&V", "Kessler & Vane", "ORG", True),
    ],
)
def test_only_an_organization_spells_out_initials(short, name, label, expected):
    cluster = EntityCluster(name=name, votes=Counter({label: 1}))
    assert _long_form(short, cluster) is expected
