"""A sum written before the noun it sizes, where the parse loses the link: "a record 4.9 billion euro ($7.2 billion)
trading loss" (a conversion in parentheses between the sum and its noun), "a possible $2 billion fine" (the noun
tagged as an adjective). Word order decides: an article opens the noun phrase, the sum (and its conversion)
follows, and the phrase's last noun is what the sum sizes."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.facts.syntax import PERIOD_WORDS
from extractor.lexicons import words
from extractor.models import Quantity

_ARTICLES = frozenset({"a", "an"})
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "appos", "attr", "conj"})
_LONGEST_CONVERSION = 10  # tokens inside the parentheses: "($7.17 billion)", "(950 million euros)"
_RATE_WORDS = frozenset({"per", "a-share"})
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_LONGEST_NOUN_RUN = 4  # "trading loss", "one-time tax charge"


def sized_noun(span: Span, quantity: Quantity, skip: frozenset[int]) -> Token | None:
    """The noun an article-led sum sizes, read in word order past a conversion in parentheses; else None."""
    if not is_money(quantity) or not _opens_noun_phrase(span):
        return None
    start = _past_conversion(span)
    if start is None:
        return None
    run: list[Token] = []
    for token in span.doc[start : min(start + _LONGEST_NOUN_RUN, span.sent.end)]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.i in skip or token.ent_type_:
            break
        run.append(token)
    if not run:
        return None
    head = run[-1]
    nominal = head.pos_ == "NOUN" or head.pos_ == "ADJ" and head.dep_ in _NOMINAL_DEPS  # "fine" read as adjective
    # "adding to a five cent increase": a change noun names a move of something else, read elsewhere
    moves = words("change_up") | words("change_down")
    return head if nominal and head.lemma_.lower() not in PERIOD_WORDS | moves else None


def _opens_noun_phrase(span: Span) -> bool:
    """ "a 300 million euro ...", "a record $4 billion ...", "a possible $2 billion ...": an article right
    before the sum, or before one adjective or noun that qualifies the whole phrase."""
    doc, start = span.doc, span.start
    before = [doc[i] for i in range(max(span.sent.start, start - 2), start)]
    if before and before[-1].lower_ in _ARTICLES:
        return True
    return len(before) == 2 and before[0].lower_ in _ARTICLES and before[1].pos_ in ("ADJ", "NOUN")


def _past_conversion(span: Span) -> int | None:
    """The index right after the sum, past a parenthesized conversion ("($7.17 billion)"); None when the
    parentheses hold something else."""
    doc, end = span.doc, span.end
    if end >= span.sent.end or doc[end].text != "(":
        return end
    limit = min(end + _LONGEST_CONVERSION, span.sent.end)
    closing = next((i for i in range(end + 1, limit) if doc[i].text == ")"), None)
    if closing is None or not any(t.like_num for t in doc[end + 1 : closing]):
        return None
    return closing + 1


TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def premodifies_measure(root: Token, head: Token, quantity: Quantity, span: Span, skip: frozenset[int]) -> bool:
    """ "a $60 billion aid package", "a 30 percent discount": a money or percent amount written
    before a common noun sizes that noun; a duration ("a two-week period") or a count does not."""
    return (
        quantity.unit is not None
        and quantity.unit not in TIME_UNITS
        and (root.dep_ in ("nummod", "compound", "amod", "quantmod") or root.dep_ == "nmod" and _is_money(quantity))
        and (head.pos_ == "NOUN" or _is_money(quantity) and names_a_sized_whole(head, span))
        and head.i >= span.end
        and head.i not in skip
        and head.lemma_.lower() not in PERIOD_WORDS
    )


def names_a_sized_whole(head: Token, span: Span) -> bool:
    """ "the $9 billion Acme Growth Fund", "a $15 billion Norvale IPO": a proper name whose last word is a
    common noun of `named_sized_heads` is a fund, an offering or a program like the bare noun, so a sum before
    it sizes it; any other name ("the $2 billion Acme deal's Norvale") is no measure."""
    if head.pos_ != "PROPN" or head.lower_ not in words("named_sized_heads"):
        return False
    # "their $17 per-share 2006 IPO": a price per share of the offering, never its size
    between = head.doc[span.end : head.i]
    return not any(t.lower_ in _RATE_WORDS or "per-share" in t.lower_ for t in between)


def named_whole_predicate(head: Token, skip: frozenset[int]) -> str:
    """The measure a sum sizes when written before a name of `names_a_sized_whole`: a fund's or an offering's
    name is its issuer's, so only the common noun is kept ("fund", "ipo size" as for "a record $9 billion
    IPO"); a program's name says what the program is ("harbor loan recovery program")."""
    if head.lower_ in words("org_nouns"):
        return head.lower_
    if head.lower_ in words("sized_whole_nouns"):
        return f"{head.lower_} size"
    return " ".join(t.lower_ for t in _name_words(head, skip))


def _name_words(head: Token, skip: frozenset[int]) -> list[Token]:
    """The capitalized words of the name `head` ends, read in word order (the tagger may make one a
    separate entity or an adjective: "Harbor Loan Recovery Program")."""
    phrase = head.doc[head.left_edge.i : head.i + 1]
    return [t for t in phrase if t.i not in skip and t.pos_ in _NAME_POS and t.text[:1].isupper()]


def _is_money(quantity: Quantity) -> bool:
    """ "a 4 billion euro ($5 billion) loan": a currency noun the parse makes a modifier of the noun it sizes."""
    return quantity.unit is not None and quantity.unit not in ("percent", "percentage_point", "times")
