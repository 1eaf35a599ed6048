"""Periods and points in time, resolved against the publication date.

Quarter, half, month, year, fiscal, span and relative phrases are read by the rules of `period_phrases`;
dateparser reads absolute dates ("March 3, 2016", "March 1") inside candidate spans only. A phrase that
cannot be dated keeps its label with null dates: we refuse rather than guess.

Two kinds of phrase are dated relative to the period the story reports on rather than to the
publication date, and carry `back` (months before that period) for `attachment` to resolve:
"the quarter", "the six-month period" (back 0) and "a year earlier", "the year-ago quarter",
"the same period last year" (back 12), "the previous quarter" (back 3).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from extractor.lexicons import words
from extractor.mentions.bounded_years import BOUNDED_YEAR_RULES
from extractor.mentions.calendars import CALENDAR, FiscalCalendar, shifted
from extractor.mentions.deadline_periods import (
    DEADLINE_END_RULES,
    DEADLINE_RULES,
    DECADE,
    deferred,
    names_a_past_decade,
)
from extractor.mentions.horizon_periods import HORIZON_RULES
from extractor.mentions.month_span_calendars import month_span_calendar
from extractor.mentions.period_phrases import (
    APPOSED_END,
    INDIAN_FY,
    MONTH,
    MONTH_NAMES,
    ORDINAL,
    ORDINALS,
    RULES,
    SUPERLATIVE,
    PhraseContext,
    Resolved,
    Resolver,
    alternation,
    from_month_to,
)
from extractor.mentions.phrase_parts import THIRTEEN_WEEK_PERIOD
from extractor.mentions.regex_gate import (
    Gate,
    GateSet,
    gated_search,
    literal_gate,
    lowered_text,
    with_first_characters,
)
from extractor.mentions.result_periods import RESULT_RULES
from extractor.mentions.week_periods import WEEK_RULES
from extractor.models import Period

__all__ = ["CALENDAR", "FiscalCalendar", "PeriodMention", "find_periods", "fiscal_calendar", "shifted"]


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase at [start, end) of the text it was found in, and its resolution."""

    start: int
    end: int
    period: Period
    role: str = "period"  # period | comparison | as_of | by | to_date
    point: bool = False  # a single day ("on Tuesday", "March 1")
    text: str = ""  # the phrase as written
    back: int | None = None  # months before the story's period ("a year earlier": 12), resolved in attachment
    since_clause: bool = False  # dates the clause after "since" ("since its chief quit in March"), not a move


# --------------------------------------------------------------------- fiscal calendar

FISCAL_END = re.compile(
    r"(?:fiscal|financial|business)\s+year\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+"
    r"(?:in\s+|on\s+|next\s+|end-|the\s+end\s+of\s+)?" + MONTH + r"(?:\s+(\d{1,2})(?!\d))?",
    re.IGNORECASE,
)
FISCAL_START = re.compile(
    r"(?:(?:fiscal|financial|business)?\s*year|\bfiscal\s+(?:19|20)\d\d,?)\s+(?:that\s+|which\s+)?"
    r"(?:started|starting|starts|began|begins)\s+(?:in\s+|on\s+)?" + MONTH,
    re.IGNORECASE,
)  # "fiscal year starting in April", "fiscal 2015, which starts on October 1, 2014"
QUARTER_END = re.compile(
    r"\b" + ORDINAL + r"[\s-]quarter" + APPOSED_END + r"(?:ended|ending|ends|to|through)\s+(?:on\s+)?"
    r"(?:end-|the\s+end\s+of\s+)?" + MONTH + r"(?:\s+(\d{1,2})(?!\d))?",
    re.IGNORECASE,
)

# "the quarter ended February 28" with "fiscal third-quarter revenue" elsewhere: the reported quarter's end
# dates the ordinal the story names it by (results stories name the reported quarter first)
REPORTED_QUARTER_END = re.compile(
    r"\b(?:the|its)\s+(?:quarter|"
    + THIRTEEN_WEEK_PERIOD
    + r")"
    + APPOSED_END
    + r"(?:ended|ending)\s+(?:on\s+)?"
    + MONTH
    + r"(?:\s+(\d{1,2})(?!\d))?",
    re.IGNORECASE,
)
FISCAL_ORDINAL_QUARTER = re.compile(r"\bfiscal[\s-]+" + ORDINAL + r"[\s-]quarter\b", re.IGNORECASE)
ORDINAL_QUARTER = re.compile(r"\b" + ORDINAL + r"[\s-]quarter\b", re.IGNORECASE)


def _effective_month(month_name: str, day_text: str | None) -> int:
    """A period that ends early in a month ("July 2") ends, in whole months, with the month before."""
    number = MONTH_NAMES[month_name.lower()]
    return (number - 2) % 12 + 1 if day_text and int(day_text) <= 7 else number


def fiscal_calendar(text: str, published: dt.date | None = None) -> FiscalCalendar:
    """The fiscal calendar a text names or dates ("fiscal year ended June 30", "the second quarter
    ended July 29"), else the one its ordinal and month span of one report imply (`month_span_calendar`: "Q3
    profit surges ... October-December earnings"); calendar years when it names none."""
    lowered = lowered_text(text)
    match = _gated_search(FISCAL_END, text, lowered)
    if match:
        return FiscalCalendar(_effective_month(match.group(1), match.group(2)) % 12 + 1)
    match = _gated_search(FISCAL_START, text, lowered)
    if match:
        return FiscalCalendar(MONTH_NAMES[match.group(1).lower()])
    match = _gated_search(QUARTER_END, text, lowered)
    if match:
        end_month = _effective_month(match.group(2), match.group(3))
        return FiscalCalendar((end_month - 3 * ORDINALS[match.group(1).lower()]) % 12 + 1)
    ended = _gated_search(REPORTED_QUARTER_END, text, lowered)
    named = _reported_ordinal(ended, text, lowered) if ended else None
    if named:
        end_month = _effective_month(ended.group(1), ended.group(2))
        return FiscalCalendar((end_month - 3 * ORDINALS[named.group(1).lower()]) % 12 + 1)
    if _gated_search(INDIAN_FY, text, lowered):
        return FiscalCalendar(4)
    return month_span_calendar(text, published) or CALENDAR


def _reported_ordinal(ended: re.Match[str], text: str, lowered: str | None) -> re.Match[str] | None:
    """The ordinal a stated quarter end ("the quarter ended October 30", "the thirteen week period ended
    May 2") dates: a "fiscal third quarter" anywhere, else the first ordinal quarter of the story when it comes
    before the stated end ("posted a rise in third-quarter profit ... for the quarter ended November 1"):
    results stories name the reported quarter first, and the text's end date makes it a fiscal quarter."""
    fiscal = _gated_search(FISCAL_ORDINAL_QUARTER, text, lowered)
    if fiscal is not None:
        return fiscal
    first = _gated_search(ORDINAL_QUARTER, text, lowered)
    return first if first is not None and first.start() < ended.start() else None


_CALENDAR_GATES = {
    pattern: literal_gate(pattern)
    for pattern in (
        FISCAL_END,
        FISCAL_START,
        QUARTER_END,
        REPORTED_QUARTER_END,
        FISCAL_ORDINAL_QUARTER,
        ORDINAL_QUARTER,
        INDIAN_FY,
    )
}


# each scans a whole story: behind a lookahead for its first characters it skips the other positions fast (the same
# matches and groups)
_CALENDAR_SCANS = {pattern: with_first_characters(pattern) for pattern in _CALENDAR_GATES}


def _gated_search(pattern: re.Pattern[str], text: str, lowered: str | None) -> re.Match[str] | None:
    """`pattern.search(text)`, skipped when the text lacks the words every match needs ("fiscal", "quarter")."""
    return _CALENDAR_SCANS[pattern].search(text) if _CALENDAR_GATES[pattern].admits(lowered) else None


COMPARISON_CUE = re.compile(
    r"\b(?:" + alternation(words("comparison_cues")) + r")\s+(?:the\s+)?(?:(?:same|corresponding|prior|previous|"
    r"year-ago|comparable)\s+)?(?:(?:period|quarter)\s+(?:of|in)\s+)?$",
    re.I,
)
AT_END_CUE = re.compile(
    r"\b(?:at|as\s+of)\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?year\s+)?|end-)$", re.I
)  # "at the end of 2015", "at end-2015", "as of the end of March": a stock's date
# "at the start of 2009", "as of the beginning of the quarter": the first day of the period, a stock's date
AT_START_CUE = re.compile(
    r"\b(?:at|as\s+of)\s+the\s+(?:"
    + alternation(words("period_start_nouns"))
    + r")\s+of\s+(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?year\s+)?$",
    re.I,
)
# "rose 40 percent over the past 12 months": "over" before a span up to publication is its length, not a
# comparison ("up 5 percent over last year")
OVER_A_SPAN = re.compile(r"\bover\s+(?:the\s+)?$", re.I)
SAME_PERIOD_ALONE = re.compile(r"(?:the\s+)?same\s+period", re.I)  # no year back: the span just named
AS_OF_CUE = re.compile(r"\b(?:" + alternation(words("as_of_cues")) + r")\s+$", re.I)


# "the highest since", "its best month since", "the first profit since (the end of)", "the lowest since the
# series began in 1963": what follows bounds a record, it dates nothing
WINDOW_CUE = re.compile(
    r"(?:" + SUPERLATIVE + r"|\b(?:best|worst|first)\b)[^,;]{0,30}?\bsince\b[^,;]{0,40}$",
    re.I,
)
# "since 2007", "since the start of 2008", "since early 2012": a phrase right after "since" is where a span to
# publication starts, not the period of a figure. A clause after "since" ("since it bought the unit in 2008")
# keeps its phrase, which dates that clause's own verb and is flagged (`since_clause`): a price move after it
# runs from then, it is not of that day or month
SINCE_CUE = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$", re.I)
SINCE_CLAUSE_CUE = re.compile(r"\bsince\b[^,;]{0,40}$", re.I)
AFTER_END_CUE = re.compile(r"\bend\s+of\s+(?:the\s+)?$", re.I)
_OWN_SINCE, _OWN_OF = re.compile(r"since\s+", re.I), re.compile(r"of\s+", re.I)  # a rule's match opening with them


def _role(resolved: Resolved, before: str, published: dt.date | None) -> str:
    """A phrase after "compared with", "from", "over" dates the earlier side of a comparison, which is
    past ("over the next ten years" is a horizon); a day after "as of" or "on" is the point a stock is
    measured at."""
    ahead = published is not None and resolved.period.end is not None and resolved.period.end > published
    up_to_now = published is not None and resolved.period.end == published and resolved.period.start != published
    if resolved.role == "period" and COMPARISON_CUE.search(before) and not ahead:
        # "over the same period" alone spans the period just named, as "over the past year" spans its own
        spans = up_to_now or resolved.back == 0 and SAME_PERIOD_ALONE.fullmatch(" ".join(resolved.period.label.split()))
        return "period" if spans and OVER_A_SPAN.search(before) else "comparison"
    if resolved.point and AS_OF_CUE.search(before) or (resolved.period.end and AT_END_CUE.search(before)):
        return "as_of"
    return resolved.role


def _at_start(resolved: Resolved, before: str) -> Resolved:
    """ "had 40 stores at the start of 2009": the day the period starts, as the point a stock is measured at;
    the whole period would make the figure a flow of it, or a stock at its end."""
    start = resolved.period.start
    if start is None or resolved.role != "period" or not AT_START_CUE.search(before):
        return resolved
    label = f"start of {resolved.period.label}"
    return Resolved(Period(start=start, end=start, label=label), "as_of", back=resolved.back)


def _since_start(resolved: Resolved, before: str, published: dt.date | None) -> Resolved:
    """ "fallen 33 percent since 2007", "sold 9,000 licences since it launched the product in May 2010": a span
    from the start of the phrase (after its end: "since the end of 2008") to publication; a start we cannot
    date, or one after publication, keeps a label with null dates."""
    period = resolved.period
    start, label = period.start, f"since {period.label}"
    if start is not None and period.end is not None and AFTER_END_CUE.search(before):
        start, label = period.end + dt.timedelta(days=1), f"since the end of {period.label}"
    if start is None or published is None or start > published:
        return Resolved(Period(start=None, end=None, label=label), "to_date")
    return Resolved(Period(start=start, end=published, label=label), "to_date")


def find_periods(
    text: str,
    *,
    published: dt.date | None,
    future: bool = False,
    fiscal: FiscalCalendar = CALENDAR,
    report: Period | None = None,
) -> list[PeriodMention]:
    """Period phrases in `text` (one sentence), left to right and without overlaps; `report`, the period the
    story reports on, tells which year a past-tense "full year" is."""
    ctx = PhraseContext(published, future, fiscal, report)
    found: list[PeriodMention] = []
    windows: list[tuple[int, int]] = []
    for resolve, match in _rule_matches(text):
        taken = [(m.start, m.end) for m in found] + windows
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        own_since = _OWN_SINCE.match(match.group(0))  # "its weakest finish since April": the month rule's
        window = before + (own_since.group(0) if own_since else "")
        if gated_search(WINDOW_CUE, window, lowered_text(window)):  # only where "since" is written
            windows.append(match.span())  # "the weakest since late 1998": bounds a record, dates no figure
            continue
        if from_month_to(text, *match.span()):
            continue  # "from 7 percent last month to 8 percent" dates neither figure by the month
        phrase = " ".join(match.group(0).split())
        if _CONNECTIVE.fullmatch(phrase):
            continue  # "At the same time, prices rose": a connective, not "the same time last year"
        try:
            resolved = resolve(match.groups(), phrase, ctx)
        except ValueError:  # an impossible date ("June 31") is no period
            continue
        if resolved is None or resolved.role == "by" and deferred(phrase, before):
            continue  # "will not open until 2015": when it opens, read by the year's rule
        if DECADE.search(phrase) and names_a_past_decade(text, published):
            continue  # "in the 1990s ... by the end of the decade": the decade named, gone
        # "at the end of June": the month rule's match starts with its own "of"
        own_of = _OWN_OF.match(match.group(0))
        before = text[max(0, match.start() - 40) : match.start()] + (own_of.group(0) if own_of else "")
        resolved = _at_start(resolved, before)
        role = _role(resolved, before, published)
        back = 12 if role == "comparison" and resolved.back == 0 else resolved.back  # "from the same quarter"
        lead = text[max(0, match.start() - 60) : match.start()]
        if resolved.role != "to_date" and SINCE_CUE.search(lead):
            if back is not None:
                continue  # "since going public a year ago": a start we cannot date
            resolved, role = _since_start(resolved, lead, published), "to_date"
        since_clause = role != "to_date" and SINCE_CLAUSE_CUE.search(lead) is not None
        found.append(
            PeriodMention(
                match.start(), match.end(), resolved.period, role, resolved.point, match.group(0), back, since_clause
            )
        )
    return sorted(found, key=lambda m: m.start)


_CONNECTIVE = re.compile(r"(?:the\s+)?same\s+time", re.I)

# most sentences name no month, quarter or year: a rule runs only where its literal words occur
_SPECIFIC_RULES = (*WEEK_RULES, *HORIZON_RULES, *DEADLINE_END_RULES, *RESULT_RULES, *BOUNDED_YEAR_RULES)  # first
# a deadline "until X" after the rules of spans with both ends ("from 2010 until 2012") that read it whole
_AFTER_SPANS = next(i for i, rule in enumerate(RULES) if rule[0] == "year_pair") + 1
_GENERAL_RULES = (*RULES[:_AFTER_SPANS], *DEADLINE_RULES, *RULES[_AFTER_SPANS:])
# and behind a lookahead for its first characters, each runs at a fraction of the positions (the same matches)
# A character class requires something the literal gate cannot read: "Q3" and "3Q" (rule "q") hold one of the
# digits 1-4 right next to the "q" (an ASCII class: no other character folds to one of them).
_CLASS_REQUIREMENTS = {"q": frozenset(f"q{d}" for d in "1234") | frozenset(f"{d}q" for d in "1234")}


def _rule_gate(name: str, pattern: re.Pattern[str]) -> Gate:
    """The rule's literal requirements, three of them where a pattern has three ("the year ended" needs a noun,
    "ended"/"to" and a month or a year), and what its character classes require."""
    gate = literal_gate(pattern, keep=3)
    extra = _CLASS_REQUIREMENTS.get(name)
    return gate if extra is None else Gate((*gate.requirements, extra))


_GATED_RULES = [
    (_rule_gate(name, pattern), with_first_characters(pattern), resolve)
    for name, pattern, resolve in (*_SPECIFIC_RULES, *_GENERAL_RULES)
]
# "SEPT QUARTER" (a result period) is tried before "Sept" alone, "the week ended Jan. 5" before "Jan. 5"
_RULE_GATES = GateSet([gate for gate, _, _ in _GATED_RULES])  # all the gates of a sentence checked at once

# A rule that needs a month writes it as MONTH, a whole word ("in March", "Jan. 5": `\.?(?![\w])` after the name).
# Its gate sees only the letters, which "market", "decline" and the modal "may" hold too: such a rule also needs a
# month name at the end of a word, checked once per sentence (about half the sentences its gate admits have none).
_MONTH_AT_WORD_END = with_first_characters(re.compile(MONTH))  # the month names are lower case, as `lowered` is
# (a scan pattern holds its rule's pattern whole, MONTH included)
_NEEDS_MONTH_WORD = tuple(
    MONTH in scan.pattern and any(strings <= MONTH_NAMES.keys() for strings in gate.requirements)
    for gate, scan, _ in _GATED_RULES
)


@lru_cache(maxsize=256)
def _rule_matches(text: str) -> tuple[tuple[Resolver, re.Match[str]], ...]:
    """Every match of every rule in `text`, rule by rule, left to right. Each sentence is read twice (as
    past and as future) and the patterns depend on neither: they run once per text, half the cost."""
    lowered = lowered_text(text)
    admitted = _RULE_GATES.admitted(lowered)
    if lowered is not None and any(compress(admitted, _NEEDS_MONTH_WORD)) and not _MONTH_AT_WORD_END.search(lowered):
        admitted = [admits and not month for admits, month in zip(admitted, _NEEDS_MONTH_WORD, strict=True)]
    return tuple(
        (resolve, match)
        for (_, pattern, resolve), admits in zip(_GATED_RULES, admitted, strict=True)
        if admits
        for match in pattern.finditer(text)
    )


def may_name_a_period(text: str) -> bool:
    """Whether some period rule matches `text` (the matches are kept per text): without one, the past and the
    future reading of the text are both empty, and whether it speaks of the future changes nothing."""
    return bool(_rule_matches(text))


FUTURE_CUES = re.compile(r"\b(?:" + alternation(words("future_cues")) + r")\b", re.I)
# the same on the lower-cased text, twice as fast
_FUTURE_CUES_LOWER = re.compile(r"\b(?:" + alternation(w.lower() for w in words("future_cues")) + r")\b")


def sentence_is_future(sentence: str) -> bool:
    """Whether a sentence speaks of what is to come, which decides "in February" and "the first quarter"."""
    lowered = lowered_text(sentence)  # same length and word characters as the sentence, or None
    if lowered is None:
        return FUTURE_CUES.search(sentence) is not None
    return _FUTURE_CUES_LOWER.search(lowered) is not None
