"""Deadlines and stretches that end ahead of publication, in the wordings the "by" rule of `period_phrases` does not
read: "until 2016", "through next year", "by the end of the third quarter", "by the end of the decade", also with a
floor ("until at least 2016"). Like "by X" (FACTS.md) each runs from the publication date to the end of X. A date
already gone is left to the other rules ("was chairman until 1999" is no stretch ahead), as is "until" after a
negation or a deferral in its clause ("will not open until 2015", "postponed until May"), where X is when something
begins."""

from __future__ import annotations

import datetime as dt
import re

from extractor.lexicons import words
from extractor.mentions.calendars import half, nearest, quarter
from extractor.mentions.phrase_parts import MONTH, ORDINAL, ORDINALS, YEAR, alternation
from extractor.mentions.relative_phrases import PhraseContext, Resolved
from extractor.mentions.span_phrases import by_date
from extractor.models import Period

PREPS = alternation(words("deadline_preps"))
END_OF = r"(?:the\s+end\s+of\s+|end-)?"
# a floor on the stretch ("until at least 2016", "through at least the end of next year") still ends it at X
AT_LEAST = r"(?:at\s+least\s+)?"


def _ahead(end: dt.date, text: str, ctx: PhraseContext) -> Resolved | None:
    """From publication to `end`, when `end` is not past."""
    p = ctx.published
    if p is None or end < p:
        return None
    return Resolved(Period(start=p, end=end, label=" ".join(text.split()).rstrip(".")), "by")


def _until(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "until 2016", "through the end of next year", "till March 2014": read as "by" is, ahead only."""
    resolved = by_date((g[0], g[1], g[2], g[3], None, g[4]), text, ctx)
    end = resolved.period.end
    return _ahead(end, text, ctx) if end is not None and resolved.role == "by" else None


def _part_end(g: tuple, text: str, ctx: PhraseContext, *, months: int) -> Resolved | None:
    """ "by the end of the first quarter (of 2013)", "until the second half of next year": the quarter or half
    (`months` long) named, in its year, else the nearest one (a past one is left to the quarter and half rules: "by
    the end of the third quarter it had 400 stores")."""
    number, year_text, relative = ORDINALS.get(g[0].lower()), g[1], g[2]
    p = ctx.published
    if number is None or not 1 <= number <= 12 // months or p is None:
        return None
    if year_text:
        year = int(year_text)
    elif relative:
        year = p.year + (1 if relative.lower() == "next" else 0)
    else:
        year = nearest(p, number, size=months, future=ctx.future, fiscal=ctx.fiscal)
    part = quarter if months == 3 else half
    return _ahead(part(year, number, ctx.fiscal).end, text, ctx)


def _quarter_end(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    return _part_end(g, text, ctx, months=3)


def _half_end(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    return _part_end(g, text, ctx, months=6)


def _decade_end(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "by the end of the decade": to the last day of the decade publication falls in; only in a sentence that
    speaks of what is to come, since a past narrative's "had 300 stores by the end of the decade" ends a decade
    gone (the one it names, or one the story told before)."""
    p = ctx.published
    return _ahead(dt.date(p.year // 10 * 10 + 9, 12, 31), text, ctx) if p is not None and ctx.future else None


# after the rules of spans with both ends ("from 2010 through 2012", "March until June"), which read them whole
DEADLINE_RULES = [
    (
        "deadline_until",
        re.compile(
            r"(?<!\d\s)\b(?:"
            + PREPS
            + r")\s+"
            + AT_LEAST
            + END_OF
            + r"(?:"
            + MONTH
            + r"(?:\s+(\d{1,2})(?!\d))?(?:,?\s+"
            + YEAR
            + r")?|"
            + YEAR
            + r"|(this|next)\s+year)(?![\w-])",
            re.I,
        ),
        _until,
    ),
]


def _part_of_year(leads: str, part: str) -> re.Pattern[str]:
    """ "<lead> (at least) (the end of) the <ordinal> <part> (of <year> | this/next year)"."""
    return re.compile(
        r"\b(?:"
        + leads
        + r")\s+"
        + AT_LEAST
        + END_OF
        + r"(?:the\s+)?"
        + ORDINAL
        + r"[\s-]"
        + part
        + r"(?:\s+(?:of\s+)?(?:"
        + YEAR
        + r"|(this|next)\s+year))?\b",
        re.I,
    )


# before the rules of quarters, halves and results, which would read "the third quarter" alone
DEADLINE_END_RULES = [
    ("deadline_quarter", _part_of_year("by|" + PREPS, "quarter"), _quarter_end),
    # "until (at least) the second half of next year"; "by the second half" keeps its reading as the half
    ("deadline_half", _part_of_year(PREPS, "half"), _half_end),
    (
        "deadline_decade",
        re.compile(r"\b(?:by|" + PREPS + r")\s+" + END_OF + r"(?:the|this)\s+decade\b", re.I),
        _decade_end,
    ),
]

# a contraction's "n't" is glued to its verb ("won't"): matched inside the word, the others as whole words; each
# cue is a whole token, followed by a space ("no-frills", "No. 2" hold no "no")
_DEFERRAL_WORDS = words("deferral_cues")
_GLUED = {w for w in _DEFERRAL_WORDS if w.startswith("n'")}
DEFERRAL = re.compile(
    r"(?:(?<![\w'-])(?:" + alternation(_DEFERRAL_WORDS - _GLUED) + r")|" + alternation(_GLUED) + r")(?=\s)[^,;]*$",
    re.I,
)
UNTIL = re.compile(r"(?:until|till)\b", re.I)


# a decade the sentence names by its number ("the 1990s", "the '80s"): "by the end of the decade" ends that one
_NAMED_DECADE = re.compile(r"(?<![\w'])(?:(1[89]\d|20\d)0s|'(\d)0s)\b")
DECADE = re.compile(r"\bdecade\b", re.I)


def names_a_past_decade(sentence: str, published: dt.date | None) -> bool:
    """ "grew fast in the 1990s and had 300 stores by the end of the decade": a decade ended before publication."""
    if published is None:
        return False
    for match in _NAMED_DECADE.finditer(sentence):
        if match.group(1):
            start = int(match.group(1)) * 10
        else:  # "the '90s": the latest such decade not after publication
            start = published.year // 100 * 100 + int(match.group(2)) * 10
            start -= 100 if start > published.year else 0
        if start + 9 < published.year:
            return True
    return False


def deferred(phrase: str, before: str) -> bool:
    """ "will not open until 2015", "put off until next year": X is when something starts, no stretch to X."""
    return bool(UNTIL.match(phrase) and DEFERRAL.search(before))
