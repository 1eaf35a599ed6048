"""A move told from its starting point: "orders went from 310 units in 2017 to 540", "the yield moved from 3.2 percent
at the close of 2019 to 4.1 percent". When a time phrase follows the starting figure and precedes the "to" that
introduces the end figure, it belongs to the starting figure alone. The end figure keeps whatever phrase it has of its
own; with none, it takes the usual reading of an undated figure (a level holds at publication)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.attachment_comparisons import earlier_side
from extractor.mentions.periods import PeriodMention

MAX_GAP = 3  # tokens from the phrase to the end figure: "to", "almost", "just under"
MAX_LEAD = 5  # tokens from the starting figure to the phrase: its noun or unit ("units in", "a tonne at the end of")


def dates_the_from_side(m: PeriodMention, span: Span, sent: Span, others: tuple[Span, ...]) -> bool:
    """The phrase follows a starting figure closely and stands just before the "to" of `span`, the end figure."""
    phrase = phrase_span(span.doc, sent, m)
    if phrase is None or phrase.end > span.start:
        return False
    gap = span.doc[phrase.end : span.start]
    if len(gap) > MAX_GAP or not any(t.lower_ == "to" for t in gap):
        return False  # "rose 4 percent in 2016 to $70": a phrase of the move itself, no starting figure
    return any(_from_side_before(q, phrase) for q in others)


def _from_side_before(figure: Span, phrase: Span) -> bool:
    """ "from 310 units in 2017": the figure hangs on "from", and nothing but its noun or unit and the phrase's
    preposition separates the two (a verb or a comma there starts another clause, whose phrase it is)."""
    if not _object_of_from(figure) or figure.end > phrase.start:
        return False
    between = figure.doc[figure.end : phrase.start]
    return len(between) <= MAX_LEAD and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between)


def _object_of_from(figure: Span) -> bool:
    """ "from $70 million", "from some 640 engineers": "from" governs the figure or the noun the figure counts
    (`earlier_side` skips a counted noun, since in "a 6 percent gain from" no earlier value is given)."""
    cue = earlier_side(figure)
    if cue is not None:
        return cue.lower_ == "from"
    token = figure.root.head if figure.root.dep_ in ("nummod", "quantmod", "compound") else figure.root
    return token.dep_ == "pobj" and token.head.lower_ == "from"
