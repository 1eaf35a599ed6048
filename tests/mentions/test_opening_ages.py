"""An age that opens a sentence after "At" (`quantities/opening_ages.py`): kept only where the parse, with the
entity recogniser, shows a person after the comma. The sentences and names were written for this test."""

from __future__ import annotations

import warnings

import pytest
import spacy

from extractor.api import default_model
from extractor.mentions.quantities import mentions_in_doc


@pytest.fixture(scope="module")
def nlp():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load(default_model())


ROWS = [
    # a person the recogniser knows, or a subject pronoun with its own verb: an age
    ("At 58, Tomas Ekwall still rows across the bay each morning.", "year"),
    ("At 66, Paul Hendry took over the family vineyard.", "year"),
    ("At 52, Grace Whitlow still teaches the evening class.", "year"),
    ("At 33, she opened a second clinic in Dunmore.", "year"),
    ("Ruth Calder opened the shop in 1979. At 74, Calder still works the till.", "year"),
    # a capitalised word that is no person, a speaker's aside, a lower-case subject: a plain number
    ("At 45, Copper is no bargain for the smelters.", None),
    ("At 30, Nickel looks expensive, traders said.", None),
    ("At 12, Portugal ranks behind most of its neighbours.", None),
    ("At 70, Halvern Group trades at a discount to its peers.", None),
    ("At 85, Sterling would sit near its weakest level since the crisis.", None),
    ("At 60, he said, Copper would squeeze the wire makers.", None),
    ("At 40, the index looked cheap to Malden's analysts.", None),
    ("Ruth Calder sold Copperline in 1990. At 45, Copperline trades at a discount.", None),
    # "I" after "At N,": a trader naming a price level (mend21q2), even where it is a speaker's own age
    ("At 15, I would add to my stake in Ravel Mining.", None),
    ('"At 70, I think the Corvo shares are cheap," said a broker at Lintel.', None),
    ("At 25, I'd pick up the bonds, a fund manager said.", None),
    ("At 29, I moved to the coast to start a brewery.", None),
]


@pytest.mark.parametrize(("text", "unit"), ROWS)
def test_opening_age_needs_a_person(nlp, text: str, unit: str | None):
    at = text.index("At ") + 3
    found = {m.start: m.quantity for m, _ in mentions_in_doc(nlp(text), shown=True)}
    assert (found[at].amount, found[at].unit) == (float(text[at : text.index(",", at)]), unit)


AT_ROWS = [
    # a person who retires, graduates or dies at an age, also in the progressive: an age
    ("Mara Quint is retiring at 63 after three decades at the clinic.", "63", "year"),
    ("Olav Brenner will be graduating at 24 in the spring.", "24", "year"),
    ("Hedda Lorne retired at 61 last year to sail around the cape.", "61", "year"),
    # a bond, a price or a company "retired" or "died" at a figure: a plain number
    ("The debentures, which Calloway Foods retired at 103 last month, were its dearest.", "103", None),
    ("Tallis Mining Corp retired at 99 on Monday the bonds it sold in 2010.", "99", None),
    ("Prices died at 55 on Thursday as buyers walked away.", "55", None),
]


@pytest.mark.parametrize(("text", "figure", "unit"), AT_ROWS)
def test_an_age_after_a_life_event_verb_needs_a_person(nlp, text: str, figure: str, unit: str | None):
    at = text.index(" " + figure + " ") + 1
    found = {m.start: m.quantity for m, _ in mentions_in_doc(nlp(text), shown=True)}
    assert (found[at].amount, found[at].unit) == (float(figure), unit)
