"""Wire results tables: the 1980s newswire format of a company's results, one figure pair per line.

    HALVARD INDUSTRIES INC <HLV> 4TH QTR NET          (the headline: company, ticker, period)
        Shr 42 cts vs 35 cts                          (label, current column "vs" the year-earlier one)
        Net 4,210,000 vs 3,480,000
        Year                                          (a block label: the lines below cover the year)
        Shr 1.51 dlrs vs 1.22 dlrs

Table lines are not sentences, and the parse reads "cts" as a counted noun and "Net" as nothing; so
these lines are read here by their own grammar and the sentence rules skip them. The subject is the
headline's company (never its ticker), the predicate the label spelt out (`table_lines`), the amount
in the table's currency (U.S. dollars unless a line names another: the wire's convention), the current
column dated by the block's period and the "vs" column by the same period one year earlier.
Decisions the contract leaves open are in docs/DECISIONS.md, "Reuters 1987 tables".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from extractor.facts.grounding import grounded_fact
from extractor.facts.record_labels import record_label
from extractor.lexicons import table, words
from extractor.mentions import calendars
from extractor.mentions.calendars import ending, month_end, shifted
from extractor.mentions.entities import EntityCluster, strip_legal_suffix
from extractor.models import Fact, Period, Quantity

MIN_LINES = 2  # one figure line may be a chance match: a table has two lines at least (figures, block labels, dates)
CONFIDENCE = 0.9  # the grammar of a table line is unambiguous
STALE = dt.timedelta(days=270)  # a period over this long before publication is not the one a story reports
HEADLINE = re.compile(r"^(?P<name>.+?)\s*<(?P<ticker>[^<>]+)>\s*(?P<rest>.*)$")
VS = re.compile(r"\s+vs\.?\s+", re.I)
PRIOR = re.compile(r"\s+prior\s*$", re.I)
REMARK = re.compile(r"\s*\([^()]*\)\s*$")  # "Shr 12 cts vs 10 cts (restated)": a remark on the line, no figure
MAX_LABEL_WORDS = 5  # "Shr before extraordinary item"
MAX_LINE = 100  # a table line is short; longer lines are prose and not tried
LINE = re.compile(r"^[ \t]*(\S(?:[^\n]*\S)?)[ \t]*$", re.M)
YEAR = re.compile(r"(?:19|20)\d\d")
NUMBER = r"\d[\d,]*(?:\.\d+)?(?:-\d+/\d+)?|\d+/\d+"


@dataclass
class ResultsTable:
    """The table lines of a document, their facts by line, and the other lines of the table (block
    labels, payment dates) that hold no fact."""

    subject: str
    facts_by_line: dict[int, list[Fact]] = field(default_factory=dict)
    covered: list[tuple[int, int]] = field(default_factory=list)  # the lines the sentence rules skip
    notes: list[tuple[int, int]] = field(default_factory=list)  # of those, the notes, which may name entities

    def covers(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.covered)

    def _may_name(self, start: int, end: int) -> bool:
        in_note = any(s < end and start < e for s, e in self.notes)
        return in_note or not self.covers(start, end)

    def facts_at(self, sent: Span) -> list[Fact] | None:
        """The facts of the table lines that start in `sent`; None when `sent` is no part of the table,
        so the sentence rules read it."""
        if not self.covers(sent.start_char, sent.end_char):
            return None
        starts = [start for start in self.facts_by_line if sent.start_char <= start < sent.end_char]
        return [fact for start in starts for fact in self.facts_by_line[start]]

    def entities(self, clusters: list[EntityCluster], body_start: int) -> list[tuple[str, str]]:
        """(label, name) of the document's entities: the table's company first, then the entities the
        prose names; the capital headline and the abbreviated table lines ("Revs", "cts") name none."""
        company = self.subject.lower()
        kept = [("ORG", self.subject)]
        for cluster in clusters:
            name = cluster.name.lower()
            if name in company or company in name:
                continue  # the headline's capital form of the company, or a part of it
            if any(m.start_char >= body_start and self._may_name(m.start_char, m.end_char) for m in cluster.mentions):
                kept.append((record_label(cluster), cluster.name))  # a country is a place here too
        return kept


# ----------------------------------------------------------------------------- lexicon patterns


@cache
def _value_pattern() -> re.Pattern[str]:
    units = sorted(table("table_units"), key=len, reverse=True)
    numbers = sorted(table("number_words"), key=len, reverse=True)
    signs = "|".join(sorted(words("table_signs")))
    return re.compile(
        rf"(?:(?P<sign>{signs})\s+)?(?P<num>{NUMBER}|nil|{'|'.join(numbers)})"
        rf"(?:\s*(?P<scale>mln|bln|million|billion))?(?:\s*(?P<unit>{'|'.join(map(re.escape, units))})\b)?",
        re.I,
    )


@cache
def _label_pattern() -> re.Pattern[str]:
    return re.compile(rf"^(?P<label>[A-Za-z][A-Za-z.\- ]*?)\s+(?P<value>{_value_pattern().pattern})$", re.I)


@cache
def _period_phrase() -> re.Pattern[str]:
    phrases = sorted(table("table_periods"), key=len, reverse=True)
    months = sorted(table("month_names"), key=len, reverse=True)
    spaced = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(
        rf"\b(?P<phrase>{spaced})\b"
        rf"(?:\s+(?:ended\s+|ending\s+|to\s+)?(?P<month>{'|'.join(months)})\.?\s+(?P<day>\d{{1,2}})\b)?",
        re.I,
    )


# ----------------------------------------------------------------------------- reading lines


def _label_key(text: str) -> str:
    return " ".join(text.lower().rstrip(".:").split())


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text == "nil":
        return 0.0
    if text in table("number_words"):
        return float(table("number_words")[text][0])
    whole, _, fraction = text.partition("-")
    if "/" in whole:  # "3/4"
        whole, fraction = "0", whole
    numerator, _, denominator = fraction.partition("/")
    try:
        return float(whole) + (float(numerator) / float(denominator) if denominator else 0.0)
    except ValueError:
        return None


def _column(match: re.Match[str] | None) -> tuple[str | None, float, float, str | None, str] | None:
    """The sign, number, scale, unit word and surface of a value match."""
    if match is None:
        return None
    number = _number(match.group("num"))
    bare = not match.group("scale") and not match.group("unit")
    if number is None or bare and YEAR.fullmatch(match.group("num")):
        return None  # "1986": a year, not an amount
    scale = float(table("scales")[match.group("scale").lower()][0]) if match.group("scale") else 1.0
    sign = match.group("sign").lower() if match.group("sign") else None
    unit = match.group("unit").lower() if match.group("unit") else None
    surface = match.group(0)[match.start("num") - match.start() :]
    return sign, number, scale, unit, surface


def read_line(text: str, offset: int) -> tuple[str, tuple, tuple | None, int, int | None] | None:
    """A table line "Label [loss|profit] VALUE [vs [loss|profit] VALUE [prior]]": its label key, both
    columns (as `_column` reads them) and their offsets; None for any other line."""
    if len(text) > 2 * MAX_LINE:
        return None  # prose: not worth a regular expression
    stripped = REMARK.sub("", text.strip())
    if len(stripped) > MAX_LINE:
        return None
    lead = offset + len(text) - len(text.lstrip())
    parts = VS.split(stripped, maxsplit=1)
    left = _label_pattern().match(parts[0])
    value = _value_pattern().fullmatch(left.group("value")) if left is not None else None
    current = _column(value)
    if current is None:
        return None
    label = _label_key(left.group("label"))
    if current[0] and f"{label} {current[0]}" in table("table_lines"):
        label, current = f"{label} {current[0]}", (None, *current[1:])  # "Net loss", "Pretax profit": one label
    if label not in table("table_lines") and not _may_be_label(label, vs_line=len(parts) == 2):
        return None
    current_at = lead + left.start("value") + value.start("num")
    if len(parts) == 1:
        return label, current, None, current_at, None
    right = _value_pattern().fullmatch(PRIOR.sub("", parts[1]))
    previous = _column(right)
    if previous is None:
        return None
    if previous[0] is None and current[0] is not None:
        previous = (current[0], *previous[1:])  # "Shr loss 3 cts vs 5 cts": the line's sign holds for both columns
    previous_at = lead + len(stripped) - len(parts[1]) + right.start("num")
    return label, current, previous, current_at, previous_at


def _may_be_label(label: str, *, vs_line: bool) -> bool:
    """An unknown label is read only in a full "vs" line (and only in a table with a known label: see
    `results_table`), and never when it is a period, a date or a note word ("Year 1986 vs 1985")."""
    first = label.split()[0]
    other_line = first in words("table_date_lines") | words("table_note_labels") or period_phrase(label) is not None
    return vs_line and len(label.split()) <= MAX_LABEL_WORDS and not other_line


def _quantity(column: tuple, nature: str, currency: str, dollar: str = "USD") -> Quantity:
    """The amount of a column: a count of shares, or money in its unit word's currency (the table's
    currency when it names none; "dlrs" and "cts" are the `dollar` a note names, else U.S. ones),
    stored in the major unit with the minor form as an equivalent."""
    _, number, scale, unit_word, surface = column
    amount = number * scale
    if nature == "count":
        return Quantity(amount=amount, unit=None, counted="share", surface=surface)
    code, factor, minor = (*table("table_units").get(unit_word or "", (currency, "1")), "", "")[:3]
    code = dollar if code == "USD" else code
    equivalents = [Quantity(amount=amount, unit=minor, surface=surface)] if minor else []
    return Quantity(amount=round(amount * float(factor), 6), unit=code, surface=surface, equivalents=equivalents)


# ----------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class PeriodPhrase:
    months: int
    ordinal: int | None
    end_month_day: tuple[int, int] | None


def period_phrase(text: str) -> PeriodPhrase | None:
    """The first period phrase of a headline or block label: "4TH QTR", "1ST QTR FEB 28", "NINE MTHS"."""
    match = _period_phrase().search(text)
    if match is None:
        return None
    months, ordinal = (*table("table_periods")[" ".join(match.group("phrase").lower().split())], "")[:2]
    day = None
    if match.group("month"):
        day = (int(table("month_names")[match.group("month").lower()][0]), int(match.group("day")))
    return PeriodPhrase(int(months), int(ordinal) if ordinal else None, day)


def period_end(phrase: PeriodPhrase, published: dt.date) -> dt.date | None:
    """The end of the headline's period: its stated day, else the end of the calendar quarter, half,
    nine months or year it names; the latest that is over at publication (a story reports a closed
    period), unless that one is stale, when it is the one under way."""
    if phrase.end_month_day is not None:
        month, day = phrase.end_month_day
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return _day(year, month, day)
    end_month = _calendar_end_month(phrase)
    if end_month is None:
        return None
    end = month_end(published.year, end_month)
    if end > published:
        end = month_end(published.year - 1, end_month)
    if published - end > STALE:
        end = month_end(end.year + 1, end_month)
    return end


def _calendar_end_month(phrase: PeriodPhrase) -> int | None:
    if phrase.months in (3, 6) and phrase.ordinal:
        return phrase.months * phrase.ordinal
    return phrase.months if phrase.months in (9, 12) else None


def _day(year: int, month: int, day: int) -> dt.date:
    """The stated day; "Feb 28" is the month's end in a leap year too (a fiscal period runs to a month's end)."""
    last = month_end(year, month)
    return last if day >= last.day or (month == 2 and day == 28) else dt.date(year, month, day)


def covering(end: dt.date, months: int) -> Period:
    """The `months` that end on `end`, labelled as a calendar quarter, half or year where they are one."""
    span = ending(end, months, f"{months} months to {end.isoformat()}")
    if end != month_end(end.year, end.month):
        return span
    start = span.start
    if start.month == 1 and months == 12:
        return calendars.year(end.year)
    if months in (3, 6) and (start.month - 1) % months == 0:
        return (calendars.quarter if months == 3 else calendars.half)(end.year, (start.month - 1) // months + 1)
    return span


# ----------------------------------------------------------------------------- the table


def headline_company(title: str | None, doc_text: str, body_start: int) -> str | None:
    """The company of a headline "CORBEL TOOL WORKS INC <CTW> 4TH QTR NET": the words before the
    ticker, without legal suffix, as the body writes them in mixed case ("Full name is ..."), else
    capitalised word by word."""
    match = HEADLINE.match(title or "")
    period = _period_phrase().search(title or "")
    if match is None and period is None:
        return None
    written = match.group("name") if match is not None else (title or "")[: period.start()]
    name = strip_legal_suffix(" ".join(written.split()))
    if not name:
        return None
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.I)
    for found in pattern.finditer(doc_text, body_start):
        if not found.group(0).isupper():
            return " ".join(found.group(0).split())
    if not name.isupper():
        return name
    small = words("name_small_words")
    return " ".join(w.lower() if w.lower() in small and i else _capitalized(w) for i, w in enumerate(name.split()))


def _capitalized(word: str) -> str:
    """ "HALVARD-KESTREL" -> "Halvard-Kestrel"."""
    return "-".join(part.capitalize() for part in word.split("-"))


def results_table(
    doc: Doc,
    doc_text: str,
    *,
    doc_id: str,
    title: str | None,
    published: dt.date | None,
    body_start: int,
    main_org: str | None,
) -> ResultsTable | None:
    """The results table of a document: None without a line of a known label, without a company, or
    with fewer than MIN_LINES table lines (figures, block labels, dates, notes)."""
    parsed = [(start, end, read_line(text, start)) for start, end, text in _body_lines(doc_text, body_start)]
    if not any(line is not None and line[0] in table("table_lines") for *_, line in parsed):
        return None  # a table has one line of a known label at least
    subject = headline_company(title, doc_text, body_start) or main_org
    if subject is None:
        return None
    headline = period_phrase(HEADLINE.sub(r"\g<rest>", title)) if title else None
    end = period_end(headline, published) if headline is not None and published is not None else None
    notes = [doc_text[start:stop] for start, stop, line in parsed if line is None and _is_note(doc_text[start:stop])]
    noted = _noted_currency(notes)
    currencies = (noted or _table_currency(parsed), noted if noted in _dollar_codes() else "USD")
    result = ResultsTable(subject)
    block = covering(end, headline.months) if end is not None and headline is not None else None
    for start, stop, line in parsed:
        if line is None:
            block, end = _other_line(result, doc_text, start, stop, block, end, published)
            continue
        sent = doc.char_span(start, stop, alignment_mode="expand")
        if sent is not None:
            result.covered.append((start, stop))
            result.facts_by_line[start] = _line_facts(doc_id, sent, line, subject, block, currencies)
    return result if len(result.covered) >= MIN_LINES else None


def _other_line(
    result: ResultsTable,
    doc_text: str,
    start: int,
    stop: int,
    block: Period | None,
    end: dt.date | None,
    published: dt.date | None,
) -> tuple[Period | None, dt.date | None]:
    """A line without figures: a block label starts a block (and, stating its own end day, moves the end
    of the later blocks); it, a payment date and a note are covered, so the sentence rules skip them.
    Returns the block period and end day for the lines that follow."""
    text = doc_text[start:stop]
    label = period_phrase(text) if _is_block_label(text) else None
    if label is not None:
        block = _block_period(label, end, published)
        end = block.end if block is not None and label.end_month_day is not None else end
        result.covered.append((start, stop))
    elif _is_date_line(text):
        result.covered.append((start, stop))
    elif _is_note(text):
        result.covered.append((start, stop))  # "NOTE: 1986 net includes a gain of ...": see DECISIONS.md
        result.notes.append((start, stop))
    return block, end


def _body_lines(doc_text: str, body_start: int) -> Iterator[tuple[int, int, str]]:
    """The non-blank lines of the body, without their surrounding spaces, with their offsets."""
    for match in LINE.finditer(doc_text, body_start):
        yield match.start(1), match.end(1), match.group(1)


def _unlisted_label(label: str) -> tuple[str, str, str, str]:
    """The forms of a label the lexicon does not list ("Oper revs", "Shr before extraordinary item"): its
    words with the wire's abbreviations spelt out, a flow; its loss and profit forms end in those words."""
    abbreviations = table("wire_abbreviations")
    spelt = " ".join((abbreviations.get(w) or (w,))[0] or w for w in label.split())
    return spelt, _ending(spelt, "loss"), _ending(spelt, "profit"), "flow"


def _ending(phrase: str, word: str) -> str:
    return phrase if phrase.endswith(word) else f"{phrase} {word}"


def _is_block_label(text: str) -> bool:
    """A line that is a period phrase and nothing else: "Year", "Nine mths", "Qtr ended Feb 28"."""
    match = _period_phrase().search(text)
    rest = (text[: match.start()] + text[match.end() :]).strip(" :.,") if match else text
    return match is not None and not rest


def _is_date_line(text: str) -> bool:
    """ "Pay April 15", "Record May 1": a dividend's dates."""
    first, _, rest = text.strip().partition(" ")
    month = rest.split()[0].lower().rstrip(".") if rest.split() else ""
    return first.lower() in words("table_date_lines") and month in table("month_names")


def _is_note(text: str) -> bool:
    """ "NOTE: Full name is ...", "NOTE: Prior year net includes ...": the table's footnote."""
    first = text.split(maxsplit=1)[0].rstrip(":").lower() if text.split() else ""
    return first in words("table_note_labels")


def _block_period(label: PeriodPhrase, headline_end: dt.date | None, published: dt.date | None) -> Period | None:
    """A block label dates its lines: its own end day if it states one, else the headline period's end."""
    if label.end_month_day is not None and published is not None:
        return covering(period_end(label, published), label.months)
    return covering(headline_end, label.months) if headline_end is not None else None


@cache
def _currency_names() -> re.Pattern[str]:
    names = sorted(
        (n for n in table("currencies") if n.replace(" ", "").replace(".", "").isalpha()), key=len, reverse=True
    )
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b", re.I)


@cache
def _dollar_codes() -> frozenset[str]:
    """The currencies whose names are dollars ("canadian dlrs": CAD), which the wire's "dlrs" may mean."""
    return frozenset(row[0] for name, row in table("currencies").items() if name.endswith(("dlrs", "dollars")))


def _noted_currency(notes: list[str]) -> str | None:
    """ "NOTE: Figures in Canadian dlrs": a currency other than the dollar that a note names is the table's."""
    for note in notes:
        for match in _currency_names().finditer(note):
            code = table("currencies")[match.group(0).lower()][0]
            if code != "USD":
                return code
    return None


def _table_currency(parsed: list) -> str:
    """The currency the table's unit words name first; U.S. dollars when they name none (the wire's convention)."""
    for *_, line in parsed:
        for column in (line[1], line[2]) if line is not None else ():
            if column is not None and column[3]:
                return table("table_units")[column[3]][0]
    return "USD"


def _line_facts(
    doc_id: str, sent: Span, line: tuple, subject: str, block: Period | None, currencies: tuple[str, str]
) -> list[Fact]:
    label, current, previous, current_at, previous_at = line
    predicate, loss, profit, nature = table("table_lines").get(label) or _unlisted_label(label)
    earlier = shifted(block, 12) if block is not None else None
    facts = []
    for column, at, period in ((current, current_at, block), (previous, previous_at, earlier)):
        if column is None:
            continue
        named = {"loss": loss, "profit": profit}.get(column[0] or "", predicate)
        dated = nature in ("flow", "count")
        facts.append(
            grounded_fact(
                doc_id,
                sent,
                at,
                kind="metric",
                subject=subject,
                predicate=named,
                value=_quantity(column, nature, *currencies),
                period=period if dated else None,
                as_of=period.end if nature == "stock" and period is not None else None,
                modality="actual",
                confidence=CONFIDENCE,
            )
        )
    return facts
