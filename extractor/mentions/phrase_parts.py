"""The pieces period phrases are written with, and how each is read: month names, ordinals, counts and years as
regex parts, the year a year phrase names, and whole dates.

Shared by the phrase rules (`period_phrases`), the span resolvers (`span_phrases`) and the specific period readers.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from extractor.lexicons import table
from extractor.mentions.plain_dates import plain_day
from extractor.mentions.relative_phrases import PhraseContext


def alternation(entries: object) -> str:
    """A regex alternation of lexicon entries, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(entries, key=len, reverse=True))


MONTH_NAMES = {name: int(row[0]) for name, row in table("month_names").items()}
ORDINALS = {name: int(row[0]) for name, row in table("period_ordinals").items()}
NUMBER_WORDS = {name: int(float(row[0])) for name, row in table("number_words").items() if len(row) == 1}
MONTH = r"(" + alternation(MONTH_NAMES) + r")\.?(?![\w])"
ORDINAL = r"(" + alternation(ORDINALS) + r")"
COUNT = r"(\d{1,2}|" + alternation(NUMBER_WORDS) + r")"
YEAR = r"((?:19|20)\d\d)"
# "the thirteen week period ended ...": a retailer's quarter, written in weeks
THIRTEEN_WEEK_PERIOD = r"(?:thirteen|13)[\s-]week\s+period"


def _year_from(text: str | None, ctx: PhraseContext) -> int | None:
    """The year of "of 2016", "of this year", "last fiscal year"."""
    if not text:
        return None
    text = text.lower()
    if text.isdigit():
        return int(text) if len(text) == 4 else 2000 + int(text)
    if ctx.published is None:
        return None
    base = ctx.fiscal.year_containing(ctx.published) if "fiscal" in text else ctx.published.year
    if any(w in text for w in ("last", "previous", "prior")):
        return base - 1
    return base + 1 if "next" in text else base


def _full_year(text: str, after: int | None = None) -> int:
    digits = int(text)
    if digits >= 100:
        return digits
    century = (after // 100) * 100 if after else 2000
    y = century + digits
    return y + 100 if after and y < after else y


def count_value(text: str) -> int:
    """A count the COUNT pattern matched: digits or a number word ("three")."""
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


@cache
def _day_parser():
    """The parser `dateparser.parse` would build on every call for these languages and settings, built once."""
    import dateparser

    return dateparser.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"], "STRICT_PARSING": False},
    )


@lru_cache(maxsize=1024)  # dateparser is slow, and a story repeats its dates (each sentence is read twice)
def _parse_day(text: str) -> dt.date | None:
    """An absolute date by dateparser, or None; only whole dates with a day and month."""
    plain = plain_day(text.strip(" ,."), MONTH_NAMES)  # the common shapes, without dateparser
    if plain is not None:
        return plain
    parsed = _day_parser().get_date_data(text.strip(" ,."))["date_obj"]
    return parsed.date() if parsed else None
