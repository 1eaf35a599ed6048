"""Events put off to a later date: "Orvel deferred the opening of its mill to October", "the merger's completion
was postponed until spring", "a postponement until June of the share sale". The event has not happened; it is
now expected later, so it is the doer's target (FACTS.md), dated by the date it is put off to ("to October",
"until June"), not by the date it had been due on ("due in July")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.lexicons import words
from extractor.mentions.calendars import month, month_year
from extractor.mentions.periods import PeriodMention
from extractor.mentions.phrase_parts import MONTH_NAMES
from extractor.models import Period

ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass"})  # "deferred the opening", "the opening was deferred"
PHRASE_DEPS = frozenset({"pcomp", "pobj"})  # "a postponement of the sale", "a deferral in opening the mill"
NEW_DATE_PREPOSITIONS = frozenset({"to", "until", "till", "into"})
EVENT_PREPOSITIONS = frozenset({"of", "in"})  # "a postponement until June of the sale", "... in opening the mill"
MAX_DATE_WORDS = 4  # "until the end of June" between the delaying noun and the event's "of"


def delay_of(event: Token) -> Token | None:
    """The verb or noun that puts the event off, if any."""
    if event.dep_ in ARGUMENT_DEPS and _is_delay(event.head):
        return event.head
    if event.dep_ in PHRASE_DEPS and event.head.dep_ == "prep" and _is_delay(event.head.head):
        return event.head.head
    return _delay_before_date(event)


def _delay_before_date(event: Token) -> Token | None:
    """The delaying noun of "a postponement until June of the sale": the parser hangs "of the sale" on "June",
    so the noun is found by order: the noun, its new-date phrase, then the event's own "of" or "in" phrase."""
    step = event.head if event.dep_ == "dobj" and event.head.dep_ == "pcomp" else event  # "in completing X"
    prep = step.head if step.dep_ in PHRASE_DEPS else None
    if prep is None or prep.lower_ not in EVENT_PREPOSITIONS:
        return None
    start = max(prep.sent.start, prep.i - MAX_DATE_WORDS - 2)
    for noun in prep.doc[start : prep.i - 1]:
        between = prep.doc[noun.i + 1 : prep.i]
        dated = between[0].lower_ in NEW_DATE_PREPOSITIONS and all(t.pos_ != "VERB" and not t.is_punct for t in between)
        if noun.pos_ != "VERB" and _is_delay(noun) and dated:  # the tagger may take "deferral" for an adjective
            return noun
    return None


def _is_delay(token: Token) -> bool:
    return token.lemma_.lower() in words("delay_words")


def new_date(event: Token, periods: list[PeriodMention], published: dt.date | None = None) -> Period | None:
    """The date an event is put off to: a period phrase led by "to", "until" or "into" that hangs on the event or
    on the word that delays it ("deferred the opening to October", "a postponement until June of the sale"). It
    wins over a date the event had been due on ("due in July, was postponed to September"), which the period
    reader also finds; a bare month after "to", which that reader leaves alone, is the next such month."""
    delay = delay_of(event)
    if delay is None:
        return None
    for m in periods:
        phrase = phrase_span(event.doc, event.sent, m)
        root = phrase.root if phrase is not None else None
        prep = root if root is not None and root.dep_ == "prep" else root.head if root is not None else None
        if prep is not None and _puts_off_to(prep, event, delay):
            return m.period
    preps = [c for t in (event, delay) for c in t.children if c.dep_ == "prep" and _puts_off_to(c, event, delay)]
    return next((p for c in preps if (p := _bare_month(c, published)) is not None), None)


def _puts_off_to(prep: Token, event: Token, delay: Token) -> bool:
    """A new-date preposition on the event or the delaying word, or right after a delaying noun."""
    return prep.lower_ in NEW_DATE_PREPOSITIONS and (prep.head in (event, delay) or prep.i == delay.i + 1)


def _bare_month(prep: Token, published: dt.date | None) -> Period | None:
    """ "to September": the first such month after publication."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    number = MONTH_NAMES.get(obj.lower_) if obj is not None and not list(obj.children) else None
    if number is None or published is None:
        return None
    return month(month_year(published, number, future=True), number)
