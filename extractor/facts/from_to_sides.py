"""The two sides of a "from X <period> to Y" move: "cut its staff from 5,200 in 2009 to about 3,900", "gold has
climbed from $280 an ounce in 2001 to $1,650". A period phrase between the from-side figure and the "to" of the
later side dates the from side only; the later side is not of that period (it has its own phrase, or none, and
then the defaults of a figure with no period apply: a level holds at publication)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.attachment_comparisons import earlier_side
from extractor.mentions.periods import PeriodMention

MAX_GAP = 3  # tokens between the phrase and the later figure: "to", "about", "just over"
MAX_LEAD = 5  # tokens between the from-side figure and the phrase: "an ounce in", "reporters at the end of"


def dates_the_from_side(m: PeriodMention, span: Span, sent: Span, others: tuple[Span, ...]) -> bool:
    """The phrase stands right after a from-side figure and right before the "to" of `span`, the later side."""
    phrase = phrase_span(span.doc, sent, m)
    if phrase is None or phrase.end > span.start:
        return False
    gap = span.doc[phrase.end : span.start]
    if len(gap) > MAX_GAP or not any(t.lower_ == "to" for t in gap):
        return False
    return any(_from_side_before(q, phrase) for q in others)


def _from_side_before(figure: Span, phrase: Span) -> bool:
    """ "from 5,200 in 2009", "from about $280 an ounce in 2001": the figure is the object of "from" and only its
    noun or unit stands between it and the phrase."""
    if not _object_of_from(figure) or figure.end > phrase.start:
        return False
    between = figure.doc[figure.end : phrase.start]  # its noun or unit and the phrase's preposition
    return len(between) <= MAX_LEAD and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between)


def _object_of_from(figure: Span) -> bool:
    """ "from $800 million", "from nearly 1,200 reporters": the figure, or the noun it counts, is the object of
    "from" (`earlier_side` leaves a counted noun out, as "a 4 percent rise from" shows no earlier value)."""
    cue = earlier_side(figure)
    if cue is not None:
        return cue.lower_ == "from"
    token = figure.root.head if figure.root.dep_ in ("nummod", "quantmod", "compound") else figure.root
    return token.dep_ == "pobj" and token.head.lower_ == "from"
