"""One company written in full and as its initials is one entity (initialisms.py): initials joined by an
ampersand ("K&V" of "Kessler & Vane") and the initials of one word's parts, split at a hyphen ("DV" of
"Dorrance-Vail") or at an inner capital ("MHP" of "MarlowHarkPoint"). A long form with a digit is an index,
not the company. Stories written for these tests, invented names."""

import pytest

from extractor.header import find_header
from extractor.mentions.entities import index_entities
from extractor.mentions.initialisms import spells_out


def org_names(nlp, title, body):
    text = f" date 2011-03-15 {title}\n\n{body}"
    header = find_header(text)
    entities = index_entities(nlp(text), title=header.title, body_start=header.end)
    return {c.name: sorted(c.aliases) for c in entities.clusters if c.label == "ORG"}


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
def test_short_form_joins_long_form(nlp, title, body, name, short):
    names = org_names(nlp, title, body)
    assert short not in names  # no entity of its own
    assert short in names[name]  # an alias of the company
