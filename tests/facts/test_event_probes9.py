"""The event probes of helper events9 (invented wire stories with the events each sentence gives, or none) as
tables: the events found on value, and no event from a sentence that must give none. The floors are the
scores measured when the readers were last changed (probe 1: 33 of 64 on value, 30 at its first run; probe 2:
16 of 19 at its first run, written after the changes); a change that loses events on them fails here."""

import pytest

from tests.facts import probe_events9, probe_events9_second
from tests.facts.probe_scoring import score


@pytest.fixture(scope="module")
def first_probe(nlp):
    return score(probe_events9.STORIES, nlp)


def test_the_first_probe_finds_its_events(first_probe):
    assert first_probe.wanted >= 60
    assert first_probe.found >= 33, "\n".join(first_probe.lines)


def test_the_first_probe_gives_no_event_where_none_happened(first_probe):
    assert first_probe.none_sentences >= 30
    assert first_probe.false_events == 0, "\n".join(first_probe.lines)


@pytest.fixture(scope="module")
def second_probe(nlp):
    return score(probe_events9_second.STORIES, nlp)


def test_the_second_probe_finds_its_events(second_probe):
    assert second_probe.found >= 16, "\n".join(second_probe.lines)


def test_the_second_probe_gives_no_event_where_none_happened(second_probe):
    assert second_probe.false_events == 0, "\n".join(second_probe.lines)


@pytest.mark.xfail(strict=True, reason="probe 1 strict recall 21 of 64 (0.33) on 2026-11-29; the bar is half")
def test_the_first_probe_reads_half_its_events_whole(first_probe):
    assert first_probe.strict >= 32
