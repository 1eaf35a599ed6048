"""An index is the subject of its readings by its proper name, without the descriptors around it
(facts/index_names.py, `_after_roles` and `_name_core`): a role word before the owner that names it, a place or
a market word after the name. A sector word stays, for it names another index. Sentences written for these
tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2013-06-18"
TITLE = "Pellam Health profit rises"
LEAD = "NEW YORK (Reuters) - Pellam Health Group Inc reported higher quarterly profit on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("By midday the key Corvex100 US share index had lost 0.6 percent.", "0.6 percent", "Corvex100"),
        ("In Lisbon the broad Tarvik 90 index shed 1.3 percent.", "1.3 percent", "Tarvik 90"),
        ("Earlier, the Norvik 250 share index fell 0.8 percent in thin trade.", "0.8 percent", "Norvik 250"),
        ("Tessaly's Qerren stock average eased 1.9 percent.", "1.9 percent", "Qerren"),
    ],
)
def test_an_index_takes_its_proper_name_without_descriptors(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The Halden bank index lost 2.2 percent.", "2.2 percent", "Halden bank index"),
        ("Meanwhile the Kestrel insurance index added 1.4 percent.", "1.4 percent", "Kestrel insurance index"),
        ("The Ostrava 40 index closed up 0.3 percent.", "0.3 percent", "Ostrava 40"),
        ("Morrow Analytics said its Freight Activity Index slipped to 57.3.", "57.3", "Freight Activity Index"),
    ],
)
def test_a_sector_word_or_a_bare_name_stays(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}
