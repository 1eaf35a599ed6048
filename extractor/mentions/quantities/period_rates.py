"""Rates per period written with an adverb after the amount: "70 trillion yen annually", "660 vehicles daily",
"2 million tonnes a year" told as "2 million tonnes annually" (docs/DECISIONS.md, "Quantities", round 16).

Shown only, like "$1.17 billion a year": the mention keeps the amount, the facts read it as an amount for the
period. The adverb must be the parse's adverb, not an adjective before a noun ("452,000 weekly claims", "a $15
billion monthly cut" count claims and name a cut), and no percent takes it ("grew 8 percent annually" is a move).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.lexicons import table


def adverb_period(doc: Doc, at: int) -> str | None:
    """The period of the adverb at token `at` ("annually" -> "year"), or None when there is none there."""
    if at >= len(doc):
        return None
    token = doc[at]
    period = table("period_adverbs").get(token.lower_)
    if period is None or token.pos_ != "ADV":
        return None
    return period[0]
