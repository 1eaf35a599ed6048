"""Events put off to a later date: "delayed the launch of its tablet to May from March", "a delay until January
in completing the deal", "completion of the merger was postponed". The event has not happened; it is now
expected later, so it is the doer's target (FACTS.md), dated by the new date where the sentence gives one
("to May", "until January"), not by the old one ("from March")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass"})  # "delayed the launch", "the launch was delayed"
PHRASE_DEPS = frozenset({"pcomp", "pobj"})  # "a delay in completing the deal", "a delay in the launch"


def delay_of(event: Token) -> Token | None:
    """The verb or noun that puts the event off, if any."""
    if event.dep_ in ARGUMENT_DEPS and _is_delay(event.head):
        return event.head
    if event.dep_ in PHRASE_DEPS and event.head.dep_ == "prep" and _is_delay(event.head.head):
        return event.head.head
    return None


def _is_delay(token: Token) -> bool:
    return token.lemma_.lower() in words("delay_words")


NEW_DATE_PREPOSITIONS = frozenset({"to", "until", "till", "into"})


def new_date(event: Token, periods: list[PeriodMention]) -> Period | None:
    """The date an event is put off to: a period phrase after "to" or "until" on the event or on the word that
    delays it ("delayed the launch to May", "a delay until January in completing the deal")."""
    delay = delay_of(event)
    if delay is None:
        return None
    for m in periods:
        phrase = phrase_span(event.doc, event.sent, m)
        prep = phrase.root.head if phrase is not None else None
        if prep is not None and prep.lower_ in NEW_DATE_PREPOSITIONS and prep.head in (event, delay):
            return m.period
    return None
