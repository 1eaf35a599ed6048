"""A denominator written once after a stat line's list of counts ("averaged 24.3 points and 11.2 rebounds per game")
is shared by every count of the list, as each would be with its own "per game" (issue 11 names "points per game").
Only a stat line: a per game/match denominator, or an averaging verb right before the list; "30 teams and 82 games
per season" or "40 planes and 300 flights a day" lists a count before a rate. Shown only: the facts read counts."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.lexicon import stem_alternation
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.population_rates import named_rate
from extractor.models import Quantity

# between two counts of a list: the earlier count's noun (when its surface does not hold it), then ", ", " and "
# or ", and "; nothing else, so "won 40 games and averaged 110 points per game" keeps its 40 games
_LIST_GAP = re.compile(r"(?:\s+[A-Za-z]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


@cache
def _stat_verb_before() -> re.Pattern[str]:
    """An averaging verb ending the text before the list: "averaged ", "posted an average of "."""
    verbs = stem_alternation("stat_line_verbs")
    return re.compile(r"\b(?:" + verbs + r")\s+(?:an average of\s+)?$", re.IGNORECASE)


def _stat_line(text: str, first: int, period: str) -> bool:
    """Whether the list starting at `first` is a stat line: a per game/match denominator or an averaging verb."""
    return period in words("stat_line_denominators") or bool(_stat_verb_before().search(text, 0, first))


def _count_noun(mention: QuantityMention, quantity: Quantity) -> str | None:
    """The noun an unrated count of the list counts: its counted noun, or "point" for "24.3 points"."""
    if quantity.direction is not None or mention.kind not in ("amount", "physical"):
        return None
    if quantity.unit is None:
        return quantity.counted
    return "point" if quantity.unit == "point" else None


def _period(mention: QuantityMention, quantity: Quantity) -> str | None:
    """ "per game" of a count rate read from the text ("11.2 rebounds per game"), not of money or a physical unit."""
    shown_unit = named_rate(mention.extras.get("shown_unit") or "", mention.quantity.counted)
    if quantity.unit != shown_unit or "_per_" not in shown_unit or quantity.direction is not None:
        return None
    return shown_unit.split("_per_", 1)[1]


def listed_count_rates(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """Give the counts listed before a count rate the rate's denominator, walking back while the list goes on."""
    text = None
    for i in range(len(found) - 1, 0, -1):
        period = _period(found[i][0], shown_quantities[i])
        if period is None:
            continue
        text = text if text is not None else doc_text(found[i][1].doc)
        later, listed = found[i][0].start, []
        for j in range(i - 1, -1, -1):
            mention = found[j][0]
            noun = _count_noun(mention, shown_quantities[j])
            if noun is None or not _LIST_GAP.fullmatch(text[mention.end : later]):
                break
            listed.append((j, noun))
            later = mention.start
        if not listed or not _stat_line(text, later, period):
            continue
        for j, noun in listed:
            rated = {"unit": f"{noun}_per_{period}", "counted": None}
            shown_quantities[j] = shown_quantities[j].model_copy(update=rated)
