"""A bare count linked to the level before it in its sentence measures what that level measures.

Economic data give a reading as a plain number and set a second plain number beside it: the level it moved
from ("bookings increased to 18,450 from a revised 17,980 the week before", "the gauge firmed to 61.3 from
59.8") or the prediction it is set against ("3,870, beating the analysts' prediction of 3,500", "below the
consensus of 44,000"). The second number has no noun of its own (or the parse hangs it on the period noun,
"17,980 the week before" read as weeks), so without the link it names nothing measured and is dropped as a
bare number. The link is in the words between the two numbers: "from" with an optional revision word
(`old_level_modifiers`), or a prediction noun (`forecast_nouns`) with "of" or "for". The gold takes both
figures (docs/DECISIONS.md, "Linked levels").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.phrase_parts import alternation
from extractor.mentions.quantities import QuantityMention
from extractor.mentions.quantities.shown_moves import revised_level
from extractor.models import Fact, Quantity


@dataclass(frozen=True)
class Link:
    fact: Fact  # the level read before: its measure, counted noun and subject are the linked number's
    estimate: bool  # the number is a prediction of that level ("expectations for 405,000"), not its old value

    @property
    def predicate(self) -> str:
        return self.fact.predicate

    @property
    def subject(self) -> str:
        return self.fact.subject

    def quantity(self, own: Quantity) -> Quantity:
        """The number counts what the level counts; it is a level, so it has no direction of its own."""
        counted = self.fact.value.counted if self.fact.value is not None else None
        return own.model_copy(update={"counted": counted, "direction": None})

    def modality(self, own: str) -> str:
        """An estimate that the clause reads as actual is someone's prediction: a forecast (FACTS.md)."""
        return "forecast" if self.estimate and own == "actual" else own


# characters between the two numbers: room for a clause of reporting and a prediction noun (", the bureau
# reported on Monday, short of the median forecast of "), not for a second clause with its own subject
MAX_GAP = 100


@cache
def _old_level() -> re.Pattern[str]:
    """ "... from ", "from a revised ", "from the previous week's ": the words right before a move's old level,
    read as a move's own old level is (`shown_moves.revised_level`)."""
    revised = revised_level("|".join(sorted(words("move_level_nouns"))))
    return re.compile(r"\bfrom\s+(?:" + revised + r")?$", re.IGNORECASE)


@cache
def _estimate() -> re.Pattern[str]:
    """ "below the consensus of ", "against a poll estimate of ": a prediction noun and its preposition."""
    nouns = alternation(words("forecast_nouns"))
    return re.compile(r"\b(?:" + nouns + r")s?\s+(?:of|for)\s+(?:an?\s+)?$", re.IGNORECASE)


def linked_level(
    previous: tuple[QuantityMention, Fact] | None, mention: QuantityMention, before: QuantityMention | None, sent: Span
) -> Link | None:
    """The level read just before `mention` in its sentence when the words between make `mention` that level's
    old value or its estimate; None otherwise. `before` is the figure right before `mention`, fact or not: a
    figure between the two is the one linked ("to 51.6 from 50.9" after another reading). Only plain counts
    are linked: a sum or a rate with no noun of its own already takes the paragraph's topic measure."""
    if previous is None or mention.quantity.unit is not None or mention.quantity.low is not None:
        return None  # a sum or a rate, or a range ("ranged from 46 to 51"): not one level's other value
    level, fact = previous
    if level is not before:
        return None  # a figure between them that was no fact: the number is its old value, not this level's
    if fact.kind != "metric" or fact.value is None or fact.value.unit is not None or fact.value.low is not None:
        return None  # a change, a sum, a rate or a range measures no plain level
    between = span_text(sent)[level.end - sent.start_char : mention.start - sent.start_char]
    if len(between) > MAX_GAP or re.search(r"[;:]|\.\s", between):
        return None  # another clause: its number is not this level's
    if _estimate().search(between):
        return Link(fact, estimate=True)
    return Link(fact, estimate=False) if _old_level().search(between) else None
