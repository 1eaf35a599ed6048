"""What an amount stated per share measures when the noun comes after the rate: a charge put as "4 cents a
share of moving expenses", a return put as "$2.50 a share in extra payouts". The of/in noun after "a share" is
the measure, and the rate stays with it ("moving expenses per share"); how the amount is paid ("in cash",
"in stock") and when ("in the quarter") are not."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.predicate_forms import SHARE_QUALIFIERS
from extractor.facts.syntax import PERIOD_WORDS
from extractor.lexicons import words
from extractor.models import Quantity


def rated_object(span: Span, quantity: Quantity, skip: frozenset[int]) -> Token | None:
    """The bare noun after "<amount> a share of|in": None unless the amount is money stated per share and the
    noun is a common noun that names no time, place, payment form or number."""
    if quantity.unit in (None, "percent", "percentage_point", "times"):
        return None
    doc, i = span.doc, span.end
    end = span.sent.end
    if i + 1 >= end or doc[i].lower_ not in words("rate_openers"):
        return None
    i += 1
    if doc[i].lower_ in SHARE_QUALIFIERS:
        i += 1
    if i + 2 >= end or doc[i].lemma_.lower() != "share" or doc[i + 1].lower_ not in ("of", "in"):
        return None
    noun = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return noun if noun is not None and _names_a_measure(noun, skip) else None


def _names_a_measure(noun: Token, skip: frozenset[int]) -> bool:
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and noun.i not in skip
        and lemma not in PERIOD_WORDS
        and lemma not in words("not_measures")  # "in cash", "in stock"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)  # "in the quarter", "of its stock"
        and not any(ch.isdigit() for ch in noun.text)
    )
