"""Money told as the value of a per-share measure: "EPS was $1.30", "profit per diluted share came to 95 cents",
"a dividend per share of 40 cents", "reported per-share profit of $1.30". The amount is a rate per share, as
"95 cents a share" is, though "per share" stands before it; `extract quantities` shows it per share (the plain
amount stays an equivalent). Shown only: the facts measure earnings per share in the currency (docs/DECISIONS.md,
"Quantities").

The link is read from the parse, not from nearness: the amount is the object of "of" after the measure, or the
value its verb tells (copula, "rose to", "came in at", "hit") when the measure is that verb's subject. A price, a
salary or a closing price elsewhere in the sentence hangs from another noun or another subject, so it stays plain.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.estimates import estimate_cued
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.rated import bare_price, rated_like
from extractor.models import Quantity

# dependency labels by which an amount states the value of the word it hangs from ("EPS hit 73 cents": dobj;
# "EPS was $1.30": attr); a preposition's object climbs to the preposition's head ("rose to", "of")
_VALUE_DEPS = frozenset({"attr", "dobj", "oprd", "acomp", "npadvmod", "pobj"})
# a second amount of the same measure ("to $2.25, from $2.10"), an old value after "up from"
_CLIMB_DEPS = frozenset({"conj", "appos", "advmod"})
# the verb tells the value of its subject, or of its object ("put its EPS at 60 cents", "held its dividend at")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_MAX_CLIMB = 6  # head steps from an amount to the word whose value it is (prepositions and nouns between)


@cache
def _noun_pattern() -> re.Pattern[str]:
    """ "earnings per share", "profit per diluted share", "per-share earnings", "EPS" (lexicons `per_share_nouns`,
    `per_share_qualifiers`, `per_share_abbreviations`)."""
    nouns = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in words("per_share_nouns")), key=len)[::-1])
    qualifiers = "|".join(sorted(words("per_share_qualifiers")))
    alone = "|".join(sorted(words("per_share_abbreviations")))
    return re.compile(
        r"\b(?:(?:" + nouns + r")\s+per\s+(?:(?:" + qualifiers + r")\s+)?share|per-share\s+(?:" + nouns + ")|"
        r"(?:" + alone + r"))\b(?![-\w])",
        re.IGNORECASE,
    )


def per_share_noun_rates(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """Show each plain money amount that states the value of a per-share measure as a rate per share, and so the
    estimate it is weighed against ("EPS came to 81 cents, above the mean estimate of 77 cents")."""
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if bare_price(mention, quantity) and _value_of_share_measure(span):
            shown_quantities[i] = rated_like(quantity, "share")
            _rate_following_estimate(found, shown_quantities, i)


_ESTIMATE_WINDOW = 150  # characters from a per-share value to the estimate weighed against it
_ESTIMATE_RATIO = 10  # an estimate of the same measure is of its size: a tenth to ten times


def _rate_following_estimate(
    found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity], i: int
) -> None:
    """The next amount after per-share value `i`, when it is a bare estimate in the same currency and of its size,
    is per share too: `estimates.share_estimate_rates` gives an estimate the rate of the figure before it, but a
    value read per share from its measure noun had no rate there yet."""
    if i + 1 >= len(found):
        return
    value, (mention, span), estimate = shown_quantities[i], found[i + 1], shown_quantities[i + 1]
    gap = span.start_char - found[i][1].end_char
    if not bare_price(mention, estimate) or estimate.unit + "_per_share" != value.unit or gap > _ESTIMATE_WINDOW:
        return
    if estimate.low is not None or estimate.direction is not None:
        return
    size, base = abs(estimate.amount), abs(value.amount)
    if base / _ESTIMATE_RATIO <= size <= base * _ESTIMATE_RATIO and estimate_cued(
        doc_text(span.doc), span.start_char, span.end_char
    ):
        shown_quantities[i + 1] = rated_like(estimate, "share")


def _measure_spans(sent: Span) -> list[tuple[int, int]]:
    text, base = sent.text, sent.start_char
    return [(base + m.start(), base + m.end()) for m in _noun_pattern().finditer(text)]


def _in_measure(token: Token, measures: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in measures)


def _value_of_share_measure(span: Span) -> bool:
    """The amount's head path reaches a per-share measure: the measure itself ("of" after it) or the verb whose
    subject it is. The climb stops at the first verb, so an amount of another clause never reaches the measure."""
    measures = _measure_spans(span.sent)
    if not measures:
        return False
    token, links = span.root, _VALUE_DEPS | _CLIMB_DEPS | {"prep"}
    for _ in range(_MAX_CLIMB):
        if token.dep_ not in links or token.head.i == token.i:
            return False
        if _in_measure(token.head, measures):
            return True
        if token.head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in _SUBJECT_DEPS and _in_measure(c, measures) for c in token.head.children)
        token = token.head
    return False
