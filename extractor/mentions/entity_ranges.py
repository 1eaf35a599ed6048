"""The named entity a token is part of, found by bisection in the Doc's entity ranges, read once per Doc.

`Doc.ents` builds a Span for every entity of the Doc on each access, so a rule that found one token's entity by
walking it paid for the whole Doc on every ask (round 25: 816 walks per 200 stories cost about 2 % of the
extractor), and a long document's asks grew with the square of its length.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from extractor.mentions.doc_memo import DocMemo

_RANGES: DocMemo[tuple[list[int], list[int]]] = DocMemo()


def _ranges(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end tokens of `doc.ents`, in order (the entities do not overlap)."""

    def read() -> tuple[list[int], list[int]]:
        ents = doc.ents
        return [e.start for e in ents], [e.end for e in ents]

    return _RANGES.get(doc, None, read)


def entity_span(token: Token) -> Span | None:
    """The words of the entity of `doc.ents` that holds the token (a Span without its label), or None. The ranges are
    read once per Doc: nothing in the extractor sets `doc.ents` after the NER, so they cannot go stale."""
    starts, ends = _ranges(token.doc)
    last = bisect_right(starts, token.i) - 1  # the only entity that can hold it: the last one starting at or before
    if last < 0 or token.i >= ends[last]:
        return None
    return token.doc[starts[last] : ends[last]]


def offsets_in(ranges: list[tuple[int, int]]) -> set[int]:
    """The character offsets inside any of `ranges`: a set, so "does a mention start inside one" costs one lookup
    (the ranges are short names and lines, so the set stays small)."""
    return {i for a, b in ranges for i in range(a, b)}
