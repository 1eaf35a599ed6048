"""The noun a plain count counts, read from the parse: "123 Go Mart stores" -> "store"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words


def counted_noun(span: Span) -> str | None:
    """The noun a plain count counts: "123 Go Mart stores" -> "store"; "thousands of engineers" -> "engineer"."""
    last = span[-1]
    head = last.head
    if last.dep_ in ("nummod", "compound", "amod", "quantmod") and head.i > last.i and head.pos_ in ("NOUN", "PROPN"):
        dated = head.lemma_.lower() in words("count_period_nouns") and any(
            c.lower_ in words("count_period_openers") for c in head.children
        )
        if head.pos_ == "NOUN" and not dated:
            return _singular(head)
        if dated:
            return None  # "sold 300 last year"
    for token in span.doc[span.end : min(span.end + 6, len(span.doc))]:
        if token.lower_ == "of" and token.i == span.end:
            return _object_of(span, token)
        if token.lower_ in words("count_period_openers"):
            return None  # "up from 1,200 last year": the year dates the count, it is not counted
        if token.pos_ == "NOUN":
            return _singular(token)
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "VERB") or token.is_punct:
            return None
    return None


def _object_of(span: Span, of: Token) -> str | None:
    """ "thousands of engineers"; "seven of 10 respondents", where the parse hangs both numbers on each other."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if objects and objects[0].pos_ in ("NOUN", "PROPN"):
        return _singular(objects[0])
    for later in span.doc[of.i + 1 : min(of.i + 5, span.sent.end)]:
        if later.pos_ == "NOUN":
            return _singular(later)
        if later.pos_ not in ("DET", "NUM", "ADJ") and later.lower_ not in ("its", "their", "his", "her"):
            return None
    return None


def _singular(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in ("people", "person"):
        return "people"
    return lemma
