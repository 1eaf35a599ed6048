"""A bare number that repeats the count told before it in its sentence counts the same things.

News lists several holders' counts in one sentence and writes the counted noun once: "the carrier added 40,000
subscribers to total 2.1 million", "Brindle cut 900 jobs, while Quillby has cut at least 650", "Halden led with
1,200 new hires, followed by Ostrava at 800". The second number has no noun of its own, so the reading finds
nothing measured and the figure was dropped as a bare number (`assembly.quantity_facts`). It measures what the
count before it measures: the same predicate and counted noun, and the same kind (a move stays a move). After a
verb of totalling (`stock_total_verbs`: "to total", "to reach") it is the size of the stock the count added to,
named by the counted noun as the sentence writes it ("subscribers").

Only a plain count lends its measure (a count whose counted noun is written after a number, no unit), only to
the figure right after it in the same clause (no semicolon or colon between), and only to a number that is the
whole noun phrase: a number that modifies a noun of its own, or a part of a set ("40 of them", "of which 12"), is
another count. A reading whose measure is named before it ("bookings rose to 18,450") lends nothing: the linked
levels of `linked_levels` are the only numbers that take its measure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.followed_lists import follower_name
from extractor.lexicons import words
from extractor.mentions.quantities import QuantityMention
from extractor.models import Fact, Quantity

# a number that modifies a noun counts that noun, not the count before it
MODIFIER_DEPS = frozenset({"nummod", "compound", "quantmod", "amod", "npadvmod"})
# "40 of them", "12 of the stores": a part of a set, counted against the set
CLAUSE_BREAKS = (";", ":")
NOUN_REACH = 4  # words after the figure before in which its counted noun is written ("900 new full-time jobs")
PARTITIVE_WORDS = frozenset({"of"})


def elliptical_count(
    previous: tuple[QuantityMention, Fact] | None, mention: QuantityMention, span: Span, quantity: Quantity
) -> Fact | None:
    """The count fact read right before `mention` in its sentence, when the bare number repeats its measure."""
    if previous is None or quantity.unit is not None or quantity.counted:
        return None
    told_mention, told = previous
    value = told.value
    if value is None or value.unit is not None or not value.counted or told_mention.end > mention.start:
        return None  # a sum, a percent or a count of nothing named lends no counted noun
    if any(mark in span.doc.text[told_mention.end : mention.start] for mark in CLAUSE_BREAKS):
        return None  # "...; at the rival port they slid from 9,300": another clause, its own measure
    if not _noun_written_after(span.sent, mention.start, value.counted) and follower_name(span) is None:
        return None  # "bookings rose to 18,450": a reading named before it, no count of written things
    return told if _stands_alone(span.root) else None


def _noun_written_after(sent: Span, before: int, counted: str) -> bool:
    """The counted noun is written right after a number earlier in the sentence ("900 jobs", "1,200 new hires"),
    the first of a chain of bare numbers ("with 1,200 new hires, followed by Ostrava at 800 and Tarrow at 640")."""
    tokens = [t for t in sent if t.idx < before]
    for i, token in enumerate(tokens):
        if token.like_num and any(t.lemma_.lower() == counted for t in tokens[i + 1 : i + 1 + NOUN_REACH]):
            return True
    return False


def _stands_alone(number: Token) -> bool:
    """The number is a noun phrase by itself: it modifies no noun and counts no part of a set."""
    if number.dep_ in MODIFIER_DEPS:
        return False
    return not any(c.lower_ in PARTITIVE_WORDS for c in number.children) and not _after_partitive(number)


def _after_partitive(number: Token) -> bool:
    """ "of which 12", "of those, 30": the number is read against a set the sentence names."""
    before = number.doc[number.i - 2 : number.i]
    return any(t.lower_ in PARTITIVE_WORDS for t in before)


def repeated_predicate(told: Fact, span: Span) -> str:
    """The predicate of the count repeated; after a verb of totalling, the stock itself ("subscribers")."""
    verb = span.root.head
    counted = told.value.counted if told.value is not None else None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("stock_total_verbs") or counted is None:
        return told.predicate
    nouns = [t for t in span.sent if t.pos_ == "NOUN" and t.lemma_.lower() == counted and t.i < span.start]
    return nouns[-1].lower_ if nouns else told.predicate


def borrowed_quantity(quantity: Quantity, told: Fact) -> Quantity:
    """The bare number with the counted noun, and for a move its direction, of the count it repeats."""
    value = told.value
    assert value is not None
    return quantity.model_copy(update={"counted": value.counted, "direction": value.direction})
