"""The earlier side of a comparison written as a possessive of its period: "fell to $40 million from a year-ago's
$52 million", "rose to $9 million, compared with the year-earlier quarter's $7 million". The parser hangs the figure
on the period noun ("quarter's $7 million": a number modifying "quarter") or on "ago", never on the preposition, so
`earlier_side` finds no cue; read on the surface, the figure right after a period phrase counted back and its "'s"
is that phrase's figure, and the preposition before the phrase opens the earlier side (issue 10, point 1). Used by
`attachment.period_for`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import comparison_cues
from extractor.mentions.periods import PeriodMention

COORDINATED = ("conj", "appos")  # "$52 million, or 31 cents a share": the restated figure shares the possessor


def possessive_earlier_cue(span: Span, periods: list[PeriodMention], sent: Span) -> Token | None:
    """The comparison preposition before "<a period counted back>'s <figure>", or None."""
    token = span.root
    while token.dep_ in COORDINATED and token.head.i < token.i:
        token = token.head
    mark = token.left_edge.i - 1
    doc = span.doc
    if mark <= sent.start or doc[mark].tag_ != "POS":
        return None
    end = doc[mark].idx - sent.start_char
    phrase = next((m for m in periods if m.back and m.end == end), None)
    if phrase is None:
        return None
    start = sent.start_char + phrase.start
    return next((c for c in comparison_cues(sent) if _just_before(c, start)), None)


def _just_before(cue: Token, start: int) -> bool:
    """The preposition is the word right before the phrase ("from a year-ago's", "with the year-earlier quarter's")."""
    following = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return following is not None and following.idx == start
