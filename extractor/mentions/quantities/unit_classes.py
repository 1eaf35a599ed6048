"""The broad class of a read quantity, which facts compare when they match a figure with another one: a percent
(or a percentage-point change), a plain count, or an amount (money and every other unit)."""

from __future__ import annotations

from extractor.models import Quantity

PERCENT_UNITS = frozenset({"percent", "percentage_point"})


def unit_class(quantity: Quantity) -> str:
    """ "percent", "count" (no unit) or "amount"; "6 percent" and "2 points" of a rate are one class, so that a
    topic set by a percent is found again by a later percent."""
    if quantity.unit in PERCENT_UNITS:
        return "percent"
    return "count" if quantity.unit is None else "amount"
