"""The earlier side of a move that is the level holding now: "to 4 percent by 2015 from the current 2 percent", "aims
for 70 branches, up from the current 52 branches", "plans 300 kiosks by 2016, up from 80 currently". Such a level is
as of the publication day, with no period: the horizon of the later side ("by 2015") is not its time.

The mark of the present is a word before the number (lexicon `now_levels`: "the current", "its present") or an
adverb right after the figure or its counted noun (lexicon `now_adverbs`: "currently", "now"). The figure is the
earlier side when the comparison's "from" governs it: as its object, or as the object's counted noun ("from the
current 52 branches", which `attachment_comparisons.earlier_side` leaves alone: a number modifying a noun is
mostly a change's size, "a 4 percent rise from a year earlier").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import CHANGE_VERBS
from extractor.lexicons import words

_MARK_WINDOW = 5  # "from the current level of 6": the mark stands a few words before the number


def present_earlier_level(span: Span, cue: Token | None) -> bool:
    """Whether the figure is the earlier side of a move and marked as the level holding at publication."""
    if cue is None:
        cue = _counted_from(span)
    if cue is None or cue.lower_ != "from":
        return False
    return _marked_before(cue, span) or _marked_after(span)


def _counted_from(span: Span) -> Token | None:
    """ "up from the current 52 branches": the "from" of a move whose object the figure counts."""
    root = span.root
    if root.dep_ != "nummod" or root.head.i < span.end:
        return None
    noun = root.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return None
    mover = noun.head.head
    moves = mover.lower_ in words("move_adverbs") or mover.lemma_.lower() in CHANGE_VERBS
    return noun.head if moves else None


def _marked_before(cue: Token, span: Span) -> bool:
    """ "from the current 20 percent", "from its present 10", "from the current level of 6"."""
    between = span.doc[cue.i + 1 : span.start]
    return len(between) <= _MARK_WINDOW and any(t.lower_ in words("now_levels") for t in between)


def _marked_after(span: Span) -> bool:
    """ "up from 80 currently", "down from nine plants now": the adverb after the figure or its counted noun."""
    end = span.end
    root = span.root
    if root.dep_ == "nummod" and root.head.i == end:
        end += 1  # past the counted noun
    after = span.doc[end] if end < span.sent.end else None
    return after is not None and after.lower_ in words("now_adverbs")
