"""Money told with the goods it pays in or buys before its rate: "$41 in cash per share", "$9 in cash for each
share", "2 trillion yen of notes each month", "$30 billion worth of loans every month" (issue 11: a per-unit rate
keeps its denominator, as "$63 a share" and "$85 billion a month" do without the goods between).

Shown only, like the other rates of money: the facts read the amount in its plain unit, and read the price per
share past "in cash" themselves (`facts/valuations.per_share`, whose lexicons this shares).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractor.lexicons import words

_GOODS_WORDS = 3  # "in cash", "of government bonds", "in cash and stock": the goods, no clause
_GOODS_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})


def goods_rate(doc: Doc, after: int) -> str | None:
    """The denominator (lexicon `goods_rate_denominators`) of an amount of money whose words end before token
    `after`, written past the goods: "in" or "of" and the goods, then "per", "a", "each", "every" or "for every"
    and the denominator; None when the amount has none there, or when the denominator dates it ("$5 billion in
    sales a year earlier": lexicon `rate_position_words`)."""
    i = _past_goods(doc, after)
    if i is None:
        return None
    spread = words("distributive_determiners")
    if i + 1 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].lower_ in spread:
        i += 1  # "for every share"
    if i + 1 >= len(doc) or doc[i].lower_ not in words("rate_openers") | spread:
        return None
    noun = doc[i + 1]
    denominator = noun.lemma_.lower()
    if denominator not in words("goods_rate_denominators"):
        return None
    dated = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in words("rate_position_words")
    return None if dated else denominator


def _past_goods(doc: Doc, at: int) -> int | None:
    """The token after the goods that start at `at`: "in" or "of" (after "worth": "worth of bonds"), then up to
    three nouns or adjectives, a conjunction allowed between them, the last a noun; None when no goods are there
    (a determiner or a number opens another phrase: "during the matching quarter a year before")."""
    i = at + 1 if at < len(doc) and doc[at].lower_ == "worth" else at
    if i >= len(doc) or doc[i].lower_ not in ("in", "of"):
        return None
    start = end = i + 1
    while end < len(doc) and end - start < _GOODS_WORDS and _goods_word(doc, end, start):
        end += 1
    if end == start or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return end


def _goods_word(doc: Doc, i: int, start: int) -> bool:
    """A word of the goods: a noun or adjective, or "and"/"or" between two of them ("in cash and stock")."""
    token = doc[i]
    if token.pos_ in _GOODS_TAGS and not token.like_num:
        return True
    return token.pos_ == "CCONJ" and i > start and i + 1 < len(doc) and doc[i + 1].pos_ in _GOODS_TAGS
