"""Money told as the value of a per-share noun: "earnings per share of 82 cents to 83 cents", "EPS were $1.35",
"loss per diluted share narrowed to 7 cents from 12 cents". The amount is a rate per share, as "82 cents a share"
is, though "per share" stands before it in the noun; `extract quantities` shows it per share (the plain amount
stays an equivalent). Shown only: the facts measure earnings per share in the currency (docs/DECISIONS.md,
"Quantities").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.lexicon import lex
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.rated import rated_like
from extractor.models import Quantity

_MAX_COMPARED_GAP = 45  # characters from an amount shown per share to one compared with it
_LONGEST_NOUN = 40  # characters of the longest per-share noun ("book value per diluted share"), searched back too
_MAX_GAP = 90  # characters from the noun to an amount it names: "EPS for the fiscal year, excluding items, are ..."
_CLAUSE_END = re.compile(r"[.;:]\s")


@cache
def _noun_pattern() -> re.Pattern[str]:
    """ "earnings per share", "profit per diluted share", "per-share earnings", "EPS" (lexicons `per_share_nouns`,
    `per_share_qualifiers`, `per_share_abbreviations`)."""
    nouns = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in words("per_share_nouns")), key=len)[::-1])
    qualifiers = "|".join(sorted(words("per_share_qualifiers")))
    alone = "|".join(sorted(words("per_share_abbreviations")))
    return re.compile(
        r"\b(?:(?:"
        + nouns
        + r")\s+per\s+(?:(?:"
        + qualifiers
        + r")\s+)?share|per-share\s+(?:"
        + nouns
        + ")|"
        + alone
        + r")"
        r"\b(?![-\w])",
        re.IGNORECASE,
    )


@cache
def _gap_stop() -> re.Pattern[str]:
    """A word after which a later amount is no longer the per-share noun's (lexicon `per_share_gap_stops`)."""
    return re.compile(r"\b(?:" + "|".join(sorted(words("per_share_gap_stops"))) + r")\b", re.IGNORECASE)


def per_share_noun_rates(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """Show each plain money amount that a per-share noun before it in its clause names as a rate per share, and an
    amount compared right after such an amount ("in the range of $2.10 to $2.25, up from its previous estimate of
    $2.00 to $2.15"), which measures the same noun."""
    text: str | None = None
    last_end = -1  # where the last amount shown per share ends
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if not _plain_money(mention, quantity):
            continue
        text = text if text is not None else doc_text(span.doc)
        sentence_start = span.sent.start_char
        if _named_by_share_noun(text, sentence_start, mention.start) or _compared_after(text, last_end, mention.start):
            shown_quantities[i] = rated_like(quantity, "share")
            last_end = mention.end


def _plain_money(mention: QuantityMention, quantity: Quantity) -> bool:
    """An amount in a currency with no denominator and no scale word: a price of one thing, not a total ("$3
    billion")."""
    return (
        mention.kind == "money"
        and (quantity.unit or "") in lex().currencies.values()
        and not mention.extras.get("scaled")
        and not mention.extras.get("per")
    )


def _named_by_share_noun(text: str, sentence_start: int, start: int) -> bool:
    """A per-share noun ends at most `_MAX_GAP` characters before `start`, in the same clause, with no word in between
    that turns to another measure ("on revenue of"); earlier amounts of the same noun may stand between ("of 82
    cents to 83 cents", "were 62 cents, above the 61 cents forecast")."""
    window_start = max(sentence_start, start - _MAX_GAP - _LONGEST_NOUN)
    nouns = list(_noun_pattern().finditer(text, window_start, start))
    if not nouns:
        return False
    gap = text[nouns[-1].end() : start]
    return len(gap) <= _MAX_GAP and not (_CLAUSE_END.search(gap) or _gap_stop().search(gap))


def _compared_after(text: str, last_end: int, start: int) -> bool:
    """The amount follows one shown per share closely in its clause ("..., up from its previous estimate of ")."""
    if last_end < 0 or not 0 <= start - last_end <= _MAX_COMPARED_GAP:
        return False
    gap = text[last_end:start]
    return not (_CLAUSE_END.search(gap) or _gap_stop().search(gap))
