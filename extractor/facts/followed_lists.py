"""Figures listed after "followed by": each is the figure of the name written right before it.

A ranking sentence gives its leader's figure and then the runners-up in a list: "<first> added the most workers, with
N, followed by <second> at M and <third> at K", "posted the top margin, at N percent, followed by <second>, M
percent, and <third>, K percent", "led with 25 percent, followed by Halden with 22 percent". The parse hangs the
runners-up's figures anywhere (on the verb, the leader's figure, one another), so the subject chosen from it was
the leader's or none at all. The name a figure belongs to is read from the surface: the name that ends right
before the figure, with only a linking word between (`follower_links`: a comma, "at", "with"), after the
"followed by" that opens the list. A bare runner-up number counts what the leader's count counts
(`elliptical_counts`), wherever the leader's counted noun is written ("the most workers, with N").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words

NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "LOC", "NORP"})


def follower_name(span: Span) -> Token | None:
    """The last token of the name whose figure `span` is in a list after "followed by", else None."""
    opener = _list_opener(span)
    if opener is None:
        return None
    links = words("follower_links")
    i = span.start - 1
    while i > opener and span.doc[i].lower_ in links:
        i -= 1
    name = span.doc[i]
    if i <= opener or i == span.start - 1 or name.ent_type_ not in NAME_LABELS:
        return None  # nothing links the figure to a name ("followed by a 25 percent rise")
    return name


def _list_opener(span: Span) -> int | None:
    """The index of the "by" of the last "followed by" before the figure in its sentence, else None."""
    doc = span.doc
    for i in range(span.start - 2, span.sent.start, -1):
        if doc[i].lower_ == "by" and doc[i - 1].lower_ == "followed":
            return i
        if doc[i].text in (";", ":"):
            return None  # another clause: its own figures
    return None
