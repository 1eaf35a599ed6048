"""A quantity restated as a rate per some unit, as `extract quantities` shows rates: "$13.75 a share" is 13.75
`USD_per_share`, with the plain amount (and a minor unit's) kept as equivalents (docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

from extractor.models import Quantity


def rated_like(quantity: Quantity, per: str) -> Quantity:
    """The quantity per `per` ("barrel"), restated in its plain unit and its equivalents' (a minor unit)."""
    plain = quantity.model_copy(update={"equivalents": [], "direction": None, "counted": None})
    rated = [e.model_copy(update={"unit": f"{e.unit}_per_{per}"}) for e in quantity.equivalents if e.unit]
    plain_minor = [e.model_copy() for e in quantity.equivalents]
    return quantity.model_copy(
        update={"unit": f"{quantity.unit}_per_{per}", "equivalents": [*rated, plain, *plain_minor]}
    )
