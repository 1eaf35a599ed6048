"""Whether a period phrase modifies the very noun a figure measures ("April's 0.3 percent gain", "a
third-quarter loss of 2 billion euros"): such a phrase is the figure's own period, whatever other phrase the
sentence holds ("unveiled a third-quarter loss of 2 billion euros late last month": last month dates the
telling). Split from `attachment`, which scores the period phrases of a sentence for each figure."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.mentions.phrase_parts import MONTH_NAMES, ORDINALS


def on_own_noun(phrase: Span | None, span: Span) -> bool:
    """ "April's 0.3 percent gain", "the 2019 revenue of $5 billion": the phrase modifies the noun the figure
    measures, so it is that figure's own period."""
    if phrase is None or phrase.root.dep_ not in ("poss", "compound", "amod", "nmod"):
        return False
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "compound", "quantmod", "amod") else root
    if _names_which(phrase) and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "unveiled a third-quarter loss of 2 billion euros late last month": the loss
    return phrase.root.head.i == noun.i and noun.i not in range(span.start, span.end)


def _names_which(phrase: Span) -> bool:
    """ "first-quarter", "2009", "October": the phrase says which period, not only how long ("yearly gains
    near 4 percent during 2031": "yearly" is the length of the rate, 2031 its year)."""
    return any(t.like_num or t.lower_ in ORDINALS or t.lower_.rstrip(".") in MONTH_NAMES for t in phrase)
