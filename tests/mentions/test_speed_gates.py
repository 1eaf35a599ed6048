"""Cheap checks in front of per-figure and per-sentence readers change no result (issue 12, helper perf11b): every
shape the long pattern reads still passes the check put before it, and the readings built on it are unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.mentions.period_phrases import _q
from extractor.mentions.periods import (
    _GATED_RULES,
    _MONTH_AT_WORD_END,
    _RULE_GATES,
    find_periods,
    fiscal_calendar,
    may_name_a_period,
)
from extractor.mentions.quantities.ages import _PERSON_BEFORE_END, _person_before
from extractor.mentions.quantities.mentions import (
    FOLD_WORD,
    MULTIPLE_VERB,
    MULTIPLE_WORD,
    PLURAL_ROUND,
    _fold_pattern,
    _multiple_verb_pattern,
    _multiple_word_pattern,
    _plural_round_pattern,
    find_quantities,
)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The Dorvik chairman, 71, will step down in May.", 71.0),
        ("Pensioners over 80 got the Quellan payment first.", 80.0),
        ("A woman of 102 opened the new Harrowgate branch.", 102.0),
        ("Children under 12 travel free on Mervane buses.", 12.0),
        ("Drivers younger than 25 pay the higher Tolvey rate.", 25.0),
    ],
)
def test_an_age_after_a_person_noun_is_still_read(text: str, age: float) -> None:
    ages = [m.quantity for m in find_quantities(text) if m.quantity.unit == "year"]
    assert [q.amount for q in ages] == [age]


@pytest.mark.parametrize(
    "before",
    [
        "said the Brannock teenager, ",
        "by a man of ",
        "shared among adults over ",
        "the fare for children under\t",
        "paid to workers older than ",
        "Its CHAIRMAN, ",
    ],
)
def test_every_person_before_match_passes_the_end_check(before: str) -> None:
    assert _person_before().search(before) is not None
    assert _PERSON_BEFORE_END.search(before[-7:]) is not None


@pytest.mark.parametrize(
    "text",
    ["Dorvik sold 40 trucks to the army.", "Shares of Quellan rose 3 percent.", "The board of 12 met in Tolvey."],
)
def test_a_number_with_no_person_before_it_is_no_age(text: str) -> None:
    assert all(m.quantity.unit != "year" for m in find_quantities(text))


PUBLISHED = dt.date(2031, 5, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dorvik will open two more plants, its chief executive said.",
        "Analysts expect Quellan to raise its dividend.",
        "The Tolvey board plans to name a new chairman soon.",
    ],
)
def test_a_sentence_naming_no_period_has_no_reading_to_choose(sentence: str) -> None:
    assert not may_name_a_period(sentence)
    assert find_periods(sentence, published=PUBLISHED) == []
    assert find_periods(sentence, published=PUBLISHED, future=True) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dorvik will open two more plants in the second quarter.",
        "Quellan expects sales to rise next year.",
        "The Tolvey board meets on Thursday to name a chairman.",
    ],
)
def test_a_sentence_naming_a_period_is_read(sentence: str) -> None:
    assert may_name_a_period(sentence)
    assert find_periods(sentence, published=PUBLISHED, future=True) != []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Brannock's Q3 sales rose 4 percent.", "Q3"),
        ("Vellmar posted a 2Q loss of $3 million.", "2Q"),
        ("Orsk expects fiscal Q4 revenue of $1 billion.", "fiscal Q4"),
        ("Tolvey's q1 margin narrowed.", "q1"),
    ],
)
def test_a_quarter_written_q_and_digit_is_still_read(sentence: str, label: str) -> None:
    found = find_periods(sentence, published=PUBLISHED)
    assert [sentence[m.start : m.end] for m in found] == [label]


@pytest.mark.parametrize(
    "sentence",
    ["The Quellan acquisition closed.", "Its quota was raised.", "Shares of Qorvane fell 3 percent."],
)
def test_a_q_without_a_digit_beside_it_opens_no_quarter_rule(sentence: str) -> None:
    rule = next(i for i, (_, _, resolve) in enumerate(_GATED_RULES) if resolve is _q)
    assert not _RULE_GATES.admitted(sentence.lower())[rule]
    assert find_periods(sentence, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Orsk's market share rose in March.", "in March."),
        ("The decline began on Jan. 5, analysts at Vellmar said.", "Jan. 5"),
        ("Tolvey may cut prices by DEC 31.", "by DEC 31"),
        ("Margins at Quellan narrowed in the week ended Sept. 30.", "the week ended Sept. 30"),
    ],
)
def test_a_month_written_as_a_word_is_still_read(sentence: str, label: str) -> None:
    found = find_periods(sentence, published=PUBLISHED)
    assert label in [sentence[m.start : m.end] for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dorvik decision was a marvel of junior staff.",  # "dec", "mar", "jun" inside words only
        "Orsk's marketing budget shrank as demand declined.",
        "Brannock raised the octane rating of its fuel.",
    ],
)
def test_month_letters_inside_other_words_open_no_month_rule(sentence: str) -> None:
    assert not _MONTH_AT_WORD_END.search(sentence.lower())
    assert find_periods(sentence, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Orsk's market share may decline.",
        "Brannock may augment its octane range.",
        "Analysts said prices at Vellmar may fall further.",
    ],
)
def test_the_modal_may_passes_the_month_check_and_reads_no_period(sentence: str) -> None:
    assert _MONTH_AT_WORD_END.search(sentence.lower())  # "may" is a month name: the month rules still run
    assert find_periods(sentence, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "start_month"),
    [
        ("Dorvik's fiscal year ended June 30. Sales rose.", 7),
        ("Vellmar, whose financial year begins in April, said profit fell.", 4),
        ("Orsk posted third-quarter results for the quarter ended Sept. 27.", 1),
        ("Quellan said sales rose in the first half.", 1),  # no fiscal calendar named: calendar years
        ("Tolvey's revenue for FY 2030-31 rose 4 percent.", 4),
    ],
)
def test_fiscal_calendar_is_read_from_the_whole_story(text: str, start_month: int) -> None:
    assert fiscal_calendar(text).start_month == start_month


@pytest.mark.parametrize(
    "text",
    [
        "Dorvik's profit doubled, and Quellan expects sales to more than triple by 2032.",
        "Orsk now ships twice as many trucks and its costs rose threefold.",
        "Thousands of Tolvey workers struck; hundreds more were laid off.",
        "Vellmar halved its dividend; tens of thousands of shares changed hands.",
    ],
)
def test_whole_story_scans_find_what_the_plain_patterns_find(text: str) -> None:
    plain = [_fold_pattern(), _multiple_verb_pattern(), _multiple_word_pattern(), _plural_round_pattern()]
    scans = [FOLD_WORD, MULTIPLE_VERB, MULTIPLE_WORD, PLURAL_ROUND]
    for pattern, scan in zip(plain, scans, strict=True):
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)
        ]
    assert any(scan.search(text) for scan in scans)
