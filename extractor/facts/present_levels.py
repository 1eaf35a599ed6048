"""The earlier side of a move that is the level holding now: "a goal of 9 percent in 2020, from the current 6
percent", "will grow to 26 depots, from its present 19 depots", "expects 40 clinics, a climb from 17 currently".
Such a level is as of the publication day, with no period: the horizon of the later side ("in 2020") is not its
time.

The mark of the present is a word before the number (lexicon `now_levels`: "the current", "its present") or an
adverb right after the figure or its counted noun (lexicon `now_adverbs`: "currently", "now"). The figure is the
earlier side when the comparison's "from" governs it: as its object, or as the object's counted noun ("from the
present 19 depots", which `attachment_comparisons.earlier_side` leaves alone: a number modifying a noun is
mostly a change's size, "a 4 percent rise from a year earlier").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import _same_measure, end_point_of_change
from extractor.lexicons import words

_MARK_WINDOW = 5  # "from the current rate of 6": the mark stands a few words before the number


def present_earlier_level(span: Span, cue: Token | None, others: tuple[Span, ...]) -> bool:
    """Whether the figure is the earlier side of a move and marked as the level holding at publication."""
    if cue is None:
        cue = _counted_from(span, others)
    if cue is None or cue.lower_ != "from":
        return False
    return _marked_before(cue, span) or _marked_after(span)


def _counted_from(span: Span, others: tuple[Span, ...]) -> Token | None:
    """ "down from the current 19 depots": the "from" of a change (`end_point_of_change`) whose object the figure
    counts, when another figure of the sentence is in the same measure: "sales of $3 billion from 40 countries"
    names a source, as `attachment.period_for` reads it too."""
    root = span.root
    if root.dep_ != "nummod" or root.head.i < span.end or not end_point_of_change(span):
        return None
    return root.head.head if any(_same_measure(q, span) for q in others) else None


def _marked_before(cue: Token, span: Span) -> bool:
    """ "from the current 20 percent", "from its present 10", "from the current rate of 6"."""
    between = span.doc[cue.i + 1 : span.start]
    return len(between) <= _MARK_WINDOW and any(t.lower_ in words("now_levels") for t in between)


def _marked_after(span: Span) -> bool:
    """ "a climb from 17 currently", "from six ferries now": the adverb after the figure or its counted noun."""
    end = span.end
    root = span.root
    if root.dep_ == "nummod" and root.head.i == end:
        end += 1  # past the counted noun
    after = span.doc[end] if end < span.sent.end else None
    return after is not None and after.lower_ in words("now_adverbs")
