"""The first end of a range, for reading the range's direction where the parse hangs the range on its joiner.

In "analysts forecast growth of 6 percent to 8 percent" the parse often attaches "to 8 percent" to the verb rather
than to the first figure, so the whole range's head is that "to": its governor is the verb of forecasting, which moves
nothing, and the change noun that owns the first figure ("growth of") is never reached. The single figure in the same
place ("forecast growth of 6 percent") and the range the parse keeps together ("a rise of 3 percent to 5 percent")
are read from that noun. The range's first end, read on its own, gives the same attachment back.
"""

from __future__ import annotations

from spacy.tokens import Span

# joiners of two ends of a range, as the parse keeps them as tokens ("6 percent to 8 percent", "4 and 6 percent")
_JOINERS = frozenset({"to", "and", "through"})


def hung_first_end(span: Span) -> Span | None:
    """The range's first end ("6 percent") when the head of the whole range is the word joining its two ends, that
    word hanging outside the range; else None (the parse already reads the range through one of its figures)."""
    root = span.root
    if root.lower_ not in _JOINERS or root.i <= span.start or span.start <= root.head.i < span.end:
        return None
    return span.doc[span.start : root.i]
