"""Wire-brief lines: the bullet list in capitals of a wire service's results summary.

    * Q3 REVENUE $2.31 BILLION VERSUS $2.12 BILLION
    * Q3 EARNINGS PER SHARE VIEW $2.10 -- REFINITIV IBES DATA
    * SEES FY 2019 ADJUSTED EPS $4.60 TO $4.70
    * BOARD APPROVES 5 PERCENT INCREASE IN QUARTERLY DIVIDEND

The tagger misreads capitals, so a line is read as words, not parsed: the measure is the words before the
figure past the lead verb and the period ("SEES FY 2019"), up to a stop word; "VIEW ... IBES DATA" is the
analysts' consensus (forecast); "SEES", "OUTLOOK", "GUIDANCE" are the company's own targets; the figure after
"VERSUS"/"VS" is the same period one year earlier; "N PERCENT INCREASE IN X" is a change of X."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from extractor.facts.attachment import SentencePeriods
from extractor.lexicons import table
from extractor.mentions.brief_lines import is_capital_bullet, line_at
from extractor.mentions.calendars import add_months, shifted
from extractor.mentions.doc_text import doc_text
from extractor.mentions.entities import EntityCluster
from extractor.mentions.periods import PeriodMention
from extractor.models import Period, Quantity

PERIOD_WORD = re.compile(
    r"(?i)^(?:q[1-4]|h[1-2]|[1-9]m|fy|hy|fy\d{2,4}|(?:19|20)\d\d,?|\d{4}/\d{2,4}|(?:\d{1,2}|three|six|nine)-months?)$"
)
COMPANY_PREFIX = re.compile(r"^.*\s-\s")  # "* TAMSIN OUTFITTERS INC - Q3 ...": the company before the measure
VERSUS = re.compile(r"\b(?:VERSUS|VS\.?)\s")
CHANGE_IN = re.compile(r"(?i)^\s*([a-z]+)\s+(?:in|to|of)\s+(?:its\s+|the\s+)?(.+)$")  # "INCREASE IN X"
QUARTERLY = re.compile(r"^(?:SAYS\s+)?QTRLY\b")
PER_SHARE = re.compile(r"^\s*PER\s+(?:DILUTED\s+|BASIC\s+)?SHARE\b")
UP_TO = re.compile(r"\bUP TO\b")
EXCLUDING = re.compile(r"(?i)^\s*(excluding\s+(?:special\s+)?items)\b")


@dataclass(frozen=True)
class BriefFigure:
    """What a brief line says about one of its figures; None fields leave the general reading standing."""

    measure: str | None
    modality: str | None
    year_earlier: bool  # after VERSUS: the same period one year back
    direction: str | None
    quarterly: bool = False  # "QTRLY": the last quarter of the period the story reports on


def brief_figure(span: Span) -> BriefFigure | None:
    """The brief line's reading of the figure `span`, or None when its line is no bullet line in capitals."""
    line_start, line = line_at(doc_text(span.doc), span.start_char, span.end_char)
    if not is_capital_bullet(line):
        return None
    before = line[: span.start_char - line_start].lstrip("* ")
    after = line[span.end_char - line_start :]
    before = COMPANY_PREFIX.sub("", before)
    versus = VERSUS.search(before)
    own = before[: versus.start()] if versus else before
    words = table("wire_brief_words")
    modality = _modality(line, words)
    # "EPS VIEW $0.42, REVENUE VIEW $2.02 BILLION": a figure after a comma may name its own measure
    measure = _measure(own.rsplit(", ", 1)[-1], words) if ", " in own else None
    measure = measure or _measure(_before_first_figure(own), words)
    direction = _direction(own, words)
    change = CHANGE_IN.match(after)
    noun_role = words.get(change.group(1).lower(), ("",))[0] if change else ""
    if noun_role in ("noun_up", "noun_down") and not measure:
        measure = _measure(change.group(2), words)
        direction = noun_role.removeprefix("noun_")
    excluding = EXCLUDING.match(after)
    if measure and excluding:
        measure = f"{measure} {excluding.group(1).lower()}"
    if measure and PER_SHARE.match(after) and " per " not in measure:
        measure = f"{measure} per share"  # "NET EARNINGS $40.5 MLN, OR $0.77 PER DILUTED SHARE"
    quarterly = QUARTERLY.match(before) is not None
    if versus:
        return BriefFigure(measure, "actual", True, direction, quarterly)
    return BriefFigure(measure, modality, False, direction, quarterly)


def _modality(line: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """forecast for the consensus ("VIEW", "IBES"), target for the company's guidance ("SEES", "OUTLOOK")."""
    roles = {words[w][0] for w in line.lower().split() if w in words}
    if "ceiling" in roles and UP_TO.search(line):
        roles.add("target")  # "BOARD AUTHORISES SHARE BUYBACK OF UP TO 100 MLN STG": allowed, not yet spent
    return "forecast" if "forecast" in roles else "target" if "target" in roles else None


def _before_first_figure(chunk: str) -> str:
    """The words before the line's first figure: a word with a digit that is no period ("Q3", "2019")."""
    kept = []
    chunk_words = chunk.split()
    for i, word in enumerate(chunk_words):
        following = chunk_words[i + 1].lower() if i + 1 < len(chunk_words) else ""
        if any(ch.isdigit() for ch in word) and not PERIOD_WORD.match(word) and not _numbered_name(word, following):
            break
        kept.append(word)
    return " ".join(kept)


def _direction(before: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """ "SAME-STORE SALES ROSE 3.1%", "REVENUE $6.8 BLN, UP 14 PCT": a change word right before the figure;
    in "ROSE 6% TO 41,300 TONNES" the second figure is the level reached."""
    tokens = before.lower().split()
    role = words[tokens[-1]][0] if tokens and tokens[-1] in words else None
    if tokens and tokens[-1] == "by":  # "RAISED QUARTERLY DIVIDEND BY 10%": the lead verb moves the measure
        leads = [words[t][0] for t in tokens if t in words and words[t][0] in ("lead_up", "lead_down")]
        return leads[0].removeprefix("lead_") if leads else None
    return role if role in ("up", "down") else None


def _numbered_name(word: str, following: str) -> bool:
    """ "COMMON EQUITY TIER 1 RATIO": a single digit inside a measure's name, followed by a word of the name,
    not by a scale or unit word ("5 PERCENT", "2 BILLION")."""
    return len(word) == 1 and word.isdigit() and following.isalpha() and following not in table("wire_brief_scales")


def _measure(chunk: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """The measured noun of a chunk ("SEES FY 2019 ADJUSTED EPS" -> "adjusted earnings per share") past the
    lead and period words, up to a stop word."""
    abbreviations = table("wire_abbreviations")
    currencies = table("currencies")
    months = table("month_names")  # "SEPT QUARTER CONSOL NET PROFIT": a quarter named by its last month
    tokens = [w.strip(",:;") for w in chunk.lower().split()]
    kept: list[str] = []
    for word in tokens:
        role = words[word][0] if word in words else None
        spelled = abbreviations[word][0] if word in abbreviations else word
        filler = (
            role in ("lead", "lead_up", "lead_down", "target", "forecast", "ceiling")
            or PERIOD_WORD.match(word)
            or word in months
            or not spelled
        )
        if filler and not kept:
            continue  # "SAYS", "SEES FY 2019", "QTRLY": before the measure
        if filler or role in ("stop", "up", "down") or word in currencies or not _is_word(word):
            break
        kept.append(spelled)
    return " ".join(kept) or None


def _is_word(word: str) -> bool:
    return bool(word) and all(ch.isalnum() or ch in "-&/" for ch in word)


def revised(brief: BriefFigure, predicate: str, kind: str, quantity: Quantity) -> tuple[str, str, Quantity]:
    """The general reading with what the line says instead: its measure, and a change where it names one. A
    count of a noun ("WILL CUT ABOUT 300 JOBS") keeps the general reading, which knows what is counted."""
    if quantity.unit is None and quantity.counted:
        return predicate, kind, quantity
    if brief.direction is not None:
        kind = "change"
        quantity = quantity.model_copy(update={"direction": brief.direction})
    return brief.measure or predicate, kind, quantity


def brief_period(
    brief: BriefFigure | None, period: Period | None, current: list[Period | None], first: Period | None
) -> Period | None:
    """ "Q3 REVENUE $2.31 BILLION VERSUS $2.12 BILLION": the figure after VERSUS is the period of the line's
    `first` figure a year back; without one, its own period a year back unless a year-ago phrase ("... YEAR
    AGO") has already moved it off the line's and the story's `current` periods. "QTRLY COPPER OUTPUT" in a
    half-year report is the last quarter of the half."""
    if brief is not None and brief.year_earlier and first is not None and first.start is not None:
        return shifted(first, 12)
    if brief is None or period is None or period.start is None or period.end is None:
        return period
    is_current = any(p is not None and (p.start, p.end) == (period.start, period.end) for p in current)
    if brief.quarterly and (period.end - period.start).days > 95:
        start = add_months(period.end + dt.timedelta(days=1), -3)
        period = Period(start=start, end=period.end, label=f"Q{(start.month - 1) // 3 + 1} {start.year}")
    return shifted(period, 12) if brief.year_earlier and is_current else period


def brief_periods(
    brief: BriefFigure | None, both: SentencePeriods, modality: str, sent: Span, report: Period | None
) -> list[PeriodMention]:
    """The period phrases a figure may take. "Q3 EARNINGS PER SHARE VIEW $1.10" beside the Q3 results is the
    consensus for the quarter just reported: read as the past when that names the story's period."""
    chosen = both.for_modality(modality, sent)
    if brief is None or modality != "forecast" or report is None:
        return chosen
    reported = any((m.period.start, m.period.end) == (report.start, report.end) for m in both.past)
    return both.past if reported else chosen


def brief_subject(brief: BriefFigure | None, company: EntityCluster | None) -> str | None:
    """Every figure of a brief's list is its company's ("* Q3 REVENUE ..."): the capitals of a line give NER
    false names ("Q3", "MLN"), and the agency of the dateline or the data vendor is never the subject."""
    if brief is None or company is None or company.agency or company.label != "ORG":
        return None
    return company.name
