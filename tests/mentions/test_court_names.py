"""Round 37 (names37): a court is named with the place NER tags apart right before it ("[U.S.] [District Court]"
is the "U.S. District Court"; name_bounds._court_place_start, lexicon court_words). Sentences written for this
test, invented company names."""

import pytest

from tests.mentions.entity_sets import entities


@pytest.mark.parametrize(
    "text",
    [
        "The fraud trial of two former Halden Foods traders is in its second week in U.S. District Court in Boston.",
        "On Friday a federal judge of the U.S. District Court in Chicago told Brindle to pay.",
        "Tarn Holdings sued in the U.S. District Court for the District of Columbia, seeking damages.",
    ],
)
def test_the_place_before_a_court_is_part_of_its_name(nlp, text):
    found = entities(nlp, text)
    assert ("ORG", "U.S. District Court") in found
    assert ("ORG", "District Court") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no place right before the court: its name as NER read it
        ("Lawyers told District Court judges on Monday that the Kellan sale was void.", "District Court"),
        # a court word inside a longer name that is no court
        ("Guests at the Kellan Court Hotel said prices rose 5 percent.", "Kellan Court Hotel"),
    ],
)
def test_a_court_without_a_place_before_it_keeps_its_name(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)
