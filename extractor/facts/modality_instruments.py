"""A traded instrument's level to come ("copper could slip to $6,000 a tonne", "raised its oil price forecast to $52
a barrel", "the euro may fall to $1.30", "our target for Brent of $95") is a prediction about a market: the
commodity, currency, bond or index that holds the figure (`market_readings`) plans nothing, so a cue of the future
around its figure (a modal, a prediction or goal noun owned by a bank) tells someone's view of the market, a
forecast (FACTS.md: predictions by others), never the instrument's own target."""

from __future__ import annotations

from extractor.facts.market_readings import Instrument


def instrument_modality(modality: str, instrument: Instrument | None, subject: str) -> str:
    """`forecast` for a target whose subject is the traded instrument the figure reads; else `modality`."""
    if modality != "target" or instrument is None or subject != instrument.name:
        return modality
    return "forecast"
