"""An event put off to a later date has not happened: it is the doer's target, dated by the date it is put off
to, whatever date it had been due on. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest
from spacy.tokens import Doc

from extractor.facts.delayed_events import _puts_off_to
from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2014, 3, 12)
LEAD = "Orvel Industries Inc said on Wednesday that its order book had grown.\n\n"
FIELDS = ("object", "modality", "period")


def events(nlp, text):
    return [(o, m, p.label if p else None) for o, m, p in events_in(nlp, LEAD + text, PUBLISHED, FIELDS)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Orvel's planned listing of Nordane Mining has now been deferred into the third quarter.",
            ("Nordane Mining", "target", "Q3 2014"),
        ),
        (
            "Orvel said the launch of its Kiri tablet had been postponed to the fourth quarter.",
            ("Kiri", "target", "Q4 2014"),
        ),
        (
            "Citing weak demand, Orvel has put on hold and deferred its listing of Nordane Mining.",
            ("Nordane Mining", "target", None),
        ),
    ],
)
def test_a_delayed_event_is_a_target_of_its_new_date(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The acquisition of Orrin Labs, due in July, was postponed to September.",
            ("Orrin Labs", "target", "September 2014"),
        ),
        (
            "Its purchase of Kessler Foods, once planned for May, has been delayed until August.",
            ("Kessler Foods", "target", "August 2014"),
        ),
        (
            "Orvel has postponed its purchase of Pell Chemicals, first set for April, to the third quarter.",
            ("Pell Chemicals", "target", "Q3 2014"),
        ),
    ],
)
def test_the_new_date_wins_over_the_date_the_event_was_due(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Shares fell after a postponement until June of the takeover of Pell Chemicals.",
            ("Pell Chemicals", "target", "June 2014"),
        ),
        (
            "Orvel warned of a deferral until November of its purchase of Kessler Foods.",
            ("Kessler Foods", "target", "November 2014"),
        ),
        (
            "Orvel stock slid on word of a postponement until October of the takeover of Orrin Labs.",
            ("Orrin Labs", "target", "October 2014"),
        ),
    ],
)
def test_a_delaying_noun_puts_off_the_event_of_its_phrase(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Orvel launched the Kiri tablet in February, weeks after a delay.",
            ("Kiri", "actual", "February 2014"),
        ),
        (
            "Orvel closed its purchase of Kessler Foods in January, on schedule.",
            ("Kessler Foods", "actual", "January 2014"),
        ),
        (
            "Delays at the port hurt sales after Orvel bought Orrin Labs in February.",
            ("Orrin Labs", "actual", "February 2014"),
        ),
    ],
)
def test_an_event_that_took_place_stays_actual(nlp, text, event):
    assert event in events(nlp, text)


def _flat_parse(nlp, text: str, root: str):
    """A hand-made parse: every word hangs on `root`, as when the parser sends a new-date preposition that follows a
    delaying noun to the main verb instead of the noun."""
    words = text.split()
    top = words.index(root)
    deps = ["ROOT" if i == top else "prep" if w in ("until", "to", "into") else "dep" for i, w in enumerate(words)]
    return Doc(nlp.vocab, words=words, heads=[top] * len(words), deps=deps)


# (text, main verb, delaying word, event noun, preposition, reads as the new date)
@pytest.mark.parametrize(
    ("text", "root", "delay", "event", "prep", "new_date"),
    [
        ("Orvel shares slid after a deferral until May of the sale", "slid", "deferral", "sale", "until", True),
        ("A postponement into June of its Brant listing hit the stock", "hit", "postponement", "listing", "into", True),
        ("Lenders sought a delay to October of the merger", "sought", "delay", "merger", "to", True),
        ("Orvel delayed the sale and talks go on until June", "go", "delayed", "sale", "until", False),
        ("The deferral of the merger lasted until March", "lasted", "deferral", "merger", "until", False),
    ],
)
def test_a_new_date_preposition_right_after_a_delaying_noun_counts_however_it_is_parsed(
    nlp, text, root, delay, event, prep, new_date
):
    doc = _flat_parse(nlp, text, root)
    token = {t.text: t for t in doc}
    assert _puts_off_to(token[prep], token[event], token[delay]) is new_date
