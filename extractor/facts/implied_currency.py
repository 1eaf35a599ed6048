"""The unit of a scaled amount written without one ("a forecast of 122 million", "400 million (euros)"): money in
the currency the sentence uses, or no quantity at all when a bare written number counts nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lexicons import table, words
from extractor.mentions.quantities import QuantityMention
from extractor.models import Fact, Quantity

SCALE_NAME_PATTERN = r"\b(?:thousand|million|billion|trillion|bn|mn|mln|bln|crore|lakh)\b"
SCALE_NAMES = re.compile("(?i)" + SCALE_NAME_PATTERN)
SCALE_WORDS = re.compile("(?i)" + SCALE_NAME_PATTERN + r"|\d(?:m|bn|b|k)\b")  # and glued scales: "5m", "2bn"


def implied_currency(
    mention: QuantityMention, span: Span, facts: list[Fact], sent: Span, *, later: frozenset[str] = frozenset()
) -> Quantity | None:
    """A scaled amount with no unit of its own ("a forecast of 122 million", "383 billion", "400 million
    (euros)", "a 2 billion charge") is money in the currency the sentence has been using, else in the one
    currency it uses later ("expected 3 billion in sales and 1 billion euros in profit"); a bare written
    number that counts nothing ("the three are") is not a quantity at all."""
    quantity = mention.quantity
    if quantity.unit is not None:
        return quantity
    doc = span.doc
    counts_a_noun = (
        span.root.dep_ in ("nummod", "compound", "quantmod")
        and span.root.head.pos_ == "NOUN"
        and span.root.head.lemma_.lower() not in words("money_nouns")
    )
    if (
        not any(ch.isdigit() for ch in quantity.surface)
        and not counts_a_noun
        and not SCALE_WORDS.search(quantity.surface)
    ):
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or after.lower_ != "of":
            return None
    if (
        not SCALE_WORDS.search(quantity.surface)
        or counts_a_noun
        and span.root.head.i >= span.end
        and _currency_in_brackets(span) is None
    ):
        return quantity
    written = _currency_in_brackets(span)
    if written is not None:
        return quantity.model_copy(update={"unit": written, "counted": None})
    earlier = [
        f.value.unit for f in facts if f.value and f.value.unit and len(f.value.unit) == 3 and f.value.unit.isupper()
    ]
    if earlier:
        return quantity.model_copy(update={"unit": earlier[-1], "counted": None})
    if len(later) == 1 and SCALE_NAMES.search(quantity.surface):  # "8M" may be a company's name, not money
        return quantity.model_copy(update={"unit": next(iter(later)), "counted": None})
    return quantity


def later_currencies(mention: QuantityMention, mentions: list[tuple[QuantityMention, Span]]) -> frozenset[str]:
    """The currencies of the sentence's amounts after this one."""
    units = (m.quantity.unit for m, _ in mentions if m.start > mention.start)
    return frozenset(u for u in units if u and len(u) == 3 and u.isupper())


def _currency_in_brackets(span: Span) -> str | None:
    """ "400 million (euros)": a currency name in brackets right after a scaled number is its unit."""
    doc = span.doc
    inside = doc[span.end + 1 : span.end + 3] if span.end + 2 < len(doc) else None
    if inside is None or doc[span.end].text != "(":
        return None
    closing = next((t.i for t in inside if t.text == ")"), None)
    if closing is None:
        return None
    name = doc[span.end + 1 : closing].text.lower()
    code = table("currencies").get(name) or table("currencies").get(name.rstrip("s"))
    return code[0] if code else None
