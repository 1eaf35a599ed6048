"""Rates per period written with an adverb after the amount: "spends $40 million annually", "1,200 tonnes daily",
an amount told for a period as "a year" after it tells one (docs/DECISIONS.md, "Quantities", round 16).

Shown only, like "$1.17 billion a year": the mention keeps the amount, the facts read it as an amount for the
period. The adverb must be the parse's adverb, not an adjective before a noun ("its 14 weekly flights" counts
flights, "a $9 monthly fee" names a fee), no percent takes it ("rose 6 percent annually" is a move), and it
must tell how often the amount comes, not how often the verb after it happens (`_tells_the_amount`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.lexicons import table

_INSIDE_NOUN_PHRASE = frozenset({"nummod", "compound", "quantmod", "amod"})


def adverb_period(doc: Doc, at: int) -> str | None:
    """The period of the adverb at token `at` ("annually" -> "year"), or None when there is none there. The goods
    measured may stand between ("55 billion cubic metres of gas annually": "of" and up to three nouns or
    adjectives), as they may before "a day"."""
    adverb_at = _after_goods(doc, at)
    if adverb_at >= len(doc) or at == 0:
        return None
    token = doc[adverb_at]
    period = table("period_adverbs").get(token.lower_)
    # the tagger reads "weekly" as an adjective even where it hangs from the verb; "14 weekly flights" is an amod
    if period is None or token.dep_ == "amod" or (token.pos_ != "ADV" and token.dep_ != "advmod"):
        return None
    return period[0] if _tells_the_amount(token, doc[at - 1]) else None


def _tells_the_amount(adverb: Token, amount: Token) -> bool:
    """Whether the adverb says how often the amount (its last word, `amount`) comes, rather than how often the
    verb after it happens: "Some 80 barges weekly leave the port" counts barges, the adverb modifies "leave". Seen
    two ways: the amount's noun is the subject of a verb after the adverb (the parse may hang the adverb from that
    noun, so its head alone does not tell), or the adverb hangs from the verb right after it. A verb further on
    does not count: the parse may hang the adverb from a participle after a dash or a comma."""
    noun = amount
    while noun.dep_ in _INSIDE_NOUN_PHRASE and noun.head.i > noun.i:
        noun = noun.head  # "200" in "its 200 stores" -> "stores"
    subject_after = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > adverb.i
    verb_after = adverb.head.i == adverb.i + 1 and adverb.head.pos_ in ("VERB", "AUX")
    return not (subject_after or verb_after)


def _after_goods(doc: Doc, at: int) -> int:
    """The token after "of" and the goods it names ("of crude oil"), else `at` itself."""
    if at >= len(doc) or doc[at].lower_ != "of":
        return at
    end = at + 1
    while end < len(doc) and end - at <= 3 and doc[end].pos_ in ("NOUN", "ADJ") and doc[end].is_lower:
        end += 1
    return end if end > at + 1 else at
