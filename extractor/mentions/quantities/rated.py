"""A quantity restated as a rate per some unit, as `extract quantities` shows rates: "$13.75 a share" is 13.75
`USD_per_share`, with the plain amount (and a minor unit's) kept as equivalents (docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

from extractor.mentions.quantities.lexicon import lex
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.models import Quantity


def bare_price(mention: QuantityMention, quantity: Quantity) -> bool:
    """An amount in a currency with no denominator and no scale word: a price of one thing, not a total ("$3
    billion"), so a rate may be read into it."""
    return (
        mention.kind == "money"
        and (quantity.unit or "") in lex().currencies.values()
        and not mention.extras.get("scaled")
        and not mention.extras.get("per")
    )


def rated_like(quantity: Quantity, per: str) -> Quantity:
    """The quantity per `per` ("barrel"), restated in its plain unit and its minor unit's (same stretch of text). A
    bracketed restatement ("415 pence ($5.30) a share") is shown per `per` only: its own stretch of text stands for
    one figure, the price of one share in dollars."""
    plain = quantity.model_copy(update={"equivalents": [], "direction": None, "counted": None})
    rated = [e.model_copy(update={"unit": f"{e.unit}_per_{per}"}) for e in quantity.equivalents if e.unit]
    plain_minor = [e.model_copy() for e in quantity.equivalents if e.surface == quantity.surface]
    return quantity.model_copy(
        update={"unit": f"{quantity.unit}_per_{per}", "equivalents": [*rated, plain, *plain_minor]}
    )
