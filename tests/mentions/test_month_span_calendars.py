"""fiscal40: a report named both by its ordinal and by its months ("Q3 profit ... October-December earnings", "the
October-March second half") implies the fiscal calendar its bare ordinal quarters and halves follow; a plain "last
year" stays a calendar year under such a calendar."""

import datetime as dt
import re

import pytest

from extractor import extract
from extractor.mentions.calendars import CALENDAR, FiscalCalendar
from extractor.mentions.month_span_calendars import LOWERED_MONTH_SPAN, MONTH_SPAN, _month_spans
from extractor.mentions.periods import find_periods, fiscal_calendar

D = dt.date


def implied(start_month: int) -> FiscalCalendar:
    return FiscalCalendar(start_month, implied=True)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the title's ordinal and the body's months name one report, the latest quarter over
        (
            " date 2015-02-10 Kestrel Bank Q3 profit jumps\n\nKestrel Bank said its October-December net profit "
            "rose 20 percent.",
            D(2015, 2, 10),
            implied(4),
        ),
        (
            "Orvane Corp's second-quarter results were strong. Net income rose to $2 billion for January through "
            "March, the studio owner said.",
            D(2014, 5, 6),
            implied(10),
        ),
        (
            "Pellam Foods posted a first-half profit of $40 million. Sales for July-December grew 3 percent.",
            D(2016, 2, 15),
            implied(7),
        ),
        # an ordinal and its months side by side, in either order
        ("Demand ought to pick up in the October-March second half, the maker said.", None, implied(4)),
        ("Its third-quarter (March-May) revenue fell 4 percent.", None, implied(9)),
        ("Brisco's fourth quarter, July-September, was its best.", None, implied(10)),
    ],
)
def test_an_ordinal_and_the_months_of_one_report_imply_the_calendar(text, published, expected):
    assert fiscal_calendar(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # both names agree on the calendar year (an economy's quarter)
        ("Output shrank in the first quarter. The January-March quarter was hit by storms.", D(2011, 5, 19)),
        # the span is still running: an outlook, not the report
        ("Output fell in the first quarter and should recover in the April-June quarter.", D(2011, 5, 19)),
        # the first span is running; a later, older one is the quarter before
        (
            "The survey index rose in the first quarter. Firms turned neutral in January-March after a gloomy "
            "October-December.",
            D(2012, 3, 22),
        ),
        # a span that is not the latest quarter over: the quarter compared with
        ("First-quarter profit rose after a weak October-December.", D(2013, 5, 10)),
        # a span of another length than the ordinal's part
        ("Second-quarter sales rose while May-June orders fell.", D(2013, 8, 5)),
        # no publication day, no span beside the ordinal
        ("Q3 profit surged. Its October-December earnings beat rivals.", None),
    ],
)
def test_no_calendar_without_one_report_named_both_ways(text, published):
    assert fiscal_calendar(text, published) == CALENDAR


# the month span in the third sentence, beyond the lead the story's period is read from
SLOW_RIVALS = (
    "Kestrel Bank swung to a larger profit on Monday. Analysts had braced for weaker lending at the lender. "
    "Its October-December results topped expectations. Bad-loan charges came to 25 billion yen in the quarter, "
    "compared with 55 billion yen a year before."
)
STORY = " date 2010-02-08 Kestrel Bank Q3 profit rises\n\nKestrel Bank's October-December net profit rose."
PUBLISHED = D(2010, 2, 8)


@pytest.mark.parametrize(
    ("phrase", "future", "start", "end"),
    [
        ("in the third quarter", False, D(2009, 10, 1), D(2009, 12, 31)),
        ("for the fiscal year", True, D(2009, 4, 1), D(2010, 3, 31)),
        ("full-year net profit", True, D(2009, 4, 1), D(2010, 3, 31)),
    ],
)
def test_periods_under_an_implied_calendar(phrase, future, start, end):
    fiscal = fiscal_calendar(STORY, PUBLISHED)
    [mention] = find_periods(f"It reported a gain {phrase}.", published=PUBLISHED, future=future, fiscal=fiscal)
    assert (mention.period.start, mention.period.end) == (start, end)


@pytest.mark.parametrize("phrase", ["last year", "this year", "the current year"])
def test_a_plain_year_stays_a_calendar_year(phrase):
    """Near-misses: the text dates only the company's quarters, halves and results years."""
    fiscal = fiscal_calendar(STORY, PUBLISHED)
    [mention] = find_periods(f"It bought a rival {phrase}.", published=PUBLISHED, future=False, fiscal=fiscal)
    assert mention.period.start.month == 1 and mention.period.end.month == 12


@pytest.mark.parametrize(
    ("body", "amount", "start", "end"),
    [
        (
            SLOW_RIVALS,
            25e9,
            D(2009, 10, 1),
            D(2009, 12, 31),
        ),
        (
            SLOW_RIVALS,
            55e9,
            D(2008, 10, 1),
            D(2008, 12, 31),
        ),
        (
            "Kestrel Bank's October-December net profit rose to 90 billion yen. Fee income grew 12 percent in the "
            "third quarter.",
            12.0,
            D(2009, 10, 1),
            D(2009, 12, 31),
        ),
    ],
)
def test_results_of_the_ordinal_take_the_months(nlp, body, amount, start, end):
    text = f" date 2010-02-08 Kestrel Bank Q3 profit rises\n\nTOKYO (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    assert (fact.period.start, fact.period.end) == (start, end)


# perf42: the month spans are scanned once, case-sensitively on the lower-cased text; the matches must be those of
# the IGNORECASE pattern on the text as written, at the same offsets, with the same groups read lower-cased
@pytest.mark.parametrize(
    "text",
    [
        "Orvane Foods said its OCTOBER-DECEMBER sales rose; its Jan.-Mar. figures come next.",
        "Pellick Mining reports for January through March 2016 and for april – june.",
        "Sales at Tarrow\u00e9 Caf\u00e9 for July-September fell, the Z\u00fcrich unit said.",  # non-ASCII, lowered
        "The \u0130zmir arm of Brenlow counted May-June, the Kelvin \u212a unit Sept-Nov.",  # confusable: as written
        "Halvern Retail gave no months, only a second-quarter figure.",
        "Dunmore Oil met the mayor in march-time, not in a span of months.",  # near-miss: no span
    ],
)
def test_month_spans_match_the_ignorecase_scan(text: str) -> None:
    def groups(match: re.Match[str]) -> tuple:
        return tuple(g.lower() if g else g for g in match.groups())

    expected = [(m.span(), groups(m)) for m in MONTH_SPAN.finditer(text)]
    assert [(m.span(), groups(m)) for m in _month_spans(text)] == expected


def test_lowered_month_span_pattern_has_no_capital_letter() -> None:
    """A capital in the case-sensitive pattern would never match the lower-cased text."""
    assert LOWERED_MONTH_SPAN.pattern == LOWERED_MONTH_SPAN.pattern.lower()
    assert not LOWERED_MONTH_SPAN.flags & re.I
