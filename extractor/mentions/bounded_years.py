"""A bare "the year" as the object of a verb that ends or starts it: "closed the year with $5 billion of debt",
"opened the year at $61", "expects to finish the year near 4 percent". Alone "the year" names no period (it may be
any year the story speaks of); after such a verb it is the calendar year whose end (start) the verb tells, and
`facts/point_dates` reads a level told with it as of that day. A verb of ending in a sentence told in the past
tells the last year gone by publication; in one told of the future, and a verb of starting, the year under way.
Read only with a level after it (a preposition of `point_level_prepositions`, then a number), the one figure it
dates. Checked before the general rules (periods.py)."""

from __future__ import annotations

import re

from extractor.lexicons import words
from extractor.mentions.calendars import unresolved, year
from extractor.mentions.period_phrases import PhraseContext, Resolved, Resolver, alternation


def _after_any(forms: frozenset[str]) -> str:
    """A lookbehind per verb form (each of fixed width), capturing the form: the match is "the year" alone."""
    return "(?:" + "|".join(rf"(?<=\b({re.escape(form)})\s)" for form in sorted(forms)) + ")"


_VERBS = words("period_end_verbs") | words("period_start_verbs")
# the level follows within two words of its preposition ("with $5 billion", "at 4.5 percent", "with more than 1
# million"): not "ended the year with a profit after it sold 300 branches", whose figure the year does not date
_LEVEL_AFTER = r"(?=\s+(?:" + alternation(words("point_level_prepositions")) + r")\s+(?:\S+\s+){0,2}?[$€£\d])"
BOUNDED_YEAR = re.compile(_after_any(_VERBS) + r"the\s+year\b" + _LEVEL_AFTER, re.I)


def _bounded_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """The calendar year the verb ends or starts: the last one gone for a past verb of ending, else this one."""
    verb = next(form for form in g if form).lower()
    if ctx.published is None:
        return Resolved(unresolved("the year"))
    # "ended the year", and "to end the year" in a sentence told in the past, "sold two plants to end the year
    # with $900 million": the year gone; "expects to end the year with" and any start ("opened the year at"): this one
    ending = verb in words("period_end_verbs")
    gone = verb in words("period_past_end_verbs") or ending and not ctx.future
    return Resolved(year(ctx.published.year - 1 if gone else ctx.published.year))


BOUNDED_YEAR_RULES: list[tuple[str, re.Pattern[str], Resolver]] = [("bounded_year", BOUNDED_YEAR, _bounded_year)]
