"""Rates per period written with an adverb after the amount: "9 trillion won annually", "450 trucks daily",
"2 million tonnes a year" told as "2 million tonnes annually" (docs/DECISIONS.md, "Quantities", round 16).

Shown only, like "$1.17 billion a year": the mention keeps the amount, the facts read it as an amount for the
period. The adverb must be the parse's adverb, not an adjective before a noun ("310,000 weekly claims", "a $4
billion monthly cut" count claims and name a cut), and no percent takes it ("grew 8 percent annually" is a move).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.lexicons import table


def adverb_period(doc: Doc, at: int) -> str | None:
    """The period of the adverb at token `at` ("annually" -> "year"), or None when there is none there. The goods
    measured may stand between ("55 billion cubic metres of gas annually": "of" and up to three nouns or
    adjectives), as they may before "a day"."""
    at = _after_goods(doc, at)
    if at >= len(doc):
        return None
    token = doc[at]
    period = table("period_adverbs").get(token.lower_)
    # the tagger reads "weekly" as an adjective even where it hangs from the verb; "weekly claims" is an amod
    if period is None or token.dep_ == "amod" or (token.pos_ != "ADV" and token.dep_ != "advmod"):
        return None
    return period[0]


def _after_goods(doc: Doc, at: int) -> int:
    """The token after "of" and the goods it names ("of crude oil"), else `at` itself."""
    if at >= len(doc) or doc[at].lower_ != "of":
        return at
    end = at + 1
    while end < len(doc) and end - at <= 3 and doc[end].pos_ in ("NOUN", "ADJ") and doc[end].is_lower:
        end += 1
    return end if end > at + 1 else at
