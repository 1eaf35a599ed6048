"""A count per hour or per occasion before "from"/"into" (`quantities/in_doc._placed`), on sentences written for
this test: a figure after "from" is the earlier rate of a change, so the count keeps its denominator; with no
figure the noun is a distance or a point in time, and the count is plain."""

from __future__ import annotations

import pytest
import spacy

from extractor.api import default_model
from extractor.mentions.quantities import quantities_for_text


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(default_model(), exclude=["ner"])


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Her scoring climbed to 0.7 goals a match from 0.4.", "goal_per_match"),
        ("Gate scans rose to 500 tickets an hour from 300 last week.", "ticket_per_hour"),
        ("Opponents now take 14 shots a game from 9 last term.", "shot_per_game"),
        # precision probes: no figure after "from"/"into", the noun places the count
        ("Some 25 ranches an hour from Varne lost their herds.", None),
        ("Tessel had rested 3 regulars a match into the cup run.", None),
    ],
)
def test_from_before_a_figure_keeps_the_rate(text, unit, nlp):
    first = quantities_for_text(text, nlp)[0]
    assert first["unit"] == unit, first
