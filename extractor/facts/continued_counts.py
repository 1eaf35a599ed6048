"""A bare count that goes on with the count told just before it: it measures what that count measures.

A plain number with no noun of its own often restates the noun of the count right before it, in its own
sentence or in the one before: "plans to shut 40 of its branches, adding to 25 already closed", "signed up
20,000 new members in the quarter to total 900,000", "Brandt has 52,000 staff. Of those, 9,000 work abroad.",
"Brandt added 31,000 customers. Analysts had expected 28,000." Without the link the number names nothing
measured and is dropped as a bare number (`assembly.quantity_facts`). The link is taken only when the two
numbers are of one size (a count's neighbour of the same kind, not a list's rank or a person's age) and the
number's own clause names no other holder ("Alder hired 500 people, while its rival hired 300").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.linked_levels import Link
from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.models import Fact, Quantity

# the larger of two counts of one measure is at most this many times the smaller ("added 1.1 million members to
# total 86 million" is 78 times); a rank or a small list number beside a count of thousands is not its kind
MAX_RATIO = 100.0


@dataclass(frozen=True)
class ContinuedCount(Link):
    done: bool = False  # a clause on the number tells it is done already ("25 already closed")

    def modality(self, own: str) -> str:
        """A count told done by now is actual, though its sentence plans the count before it."""
        return "actual" if self.done else own


def continued_count(quantity: Quantity, span: Span, facts: list[Fact], ctx: DocContext) -> ContinuedCount | None:
    """The count `quantity` goes on with: the last plain count of its sentence (`facts`), else of the sentence
    right before (`ctx.figures_before`); None when the number has a unit or noun, or the two do not fit."""
    if quantity.unit is not None or quantity.counted or quantity.low is not None or quantity.amount <= 0:
        return None
    earlier = _last_count(facts)
    if earlier is not None and _clause_break_after(earlier, span):
        return None  # "rose to 18,450; at the rival port they slid from 9,300": another clause's count
    earlier = earlier or _last_count(ctx.figures_before)
    if earlier is None or earlier.value is None or not _one_size(quantity.amount, earlier.value.amount):
        return None
    if _of_a_person(span) or _counts_a_name(span) or _other_holder(span, earlier, ctx):
        return None
    return ContinuedCount(earlier, estimate=False, done=_told_done(span))


def _last_count(facts: list[Fact]) -> Fact | None:
    """The last figure that counts a noun: a level or a change of a count, not a sum, a rate or a range."""
    for fact in reversed(facts):
        value = fact.value
        if fact.kind in ("metric", "change") and value is not None and value.unit is None and value.counted:
            return fact if value.low is None else None
    return None


def _told_done(span: Span) -> bool:
    """ "adding to 25 already closed", "on top of 300 already being shut": an adverb of `done_adverbs` right
    after the number, before the participle that tells what was done (however the parse hangs the two); not a
    participle of announcing ("500 already announced": announced cuts are still a plan)."""
    after = span.doc[span.end : span.end + 4]
    if not len(after) or after[0].lower_ not in words("done_adverbs"):
        return False
    participle = next((t for t in after[1:] if t.tag_ == "VBN"), None)
    return participle is not None and participle.lemma_.lower() not in words("plan_announcing_verbs")


def _clause_break_after(earlier: Fact, span: Span) -> bool:
    """A semicolon or colon between the earlier count of the sentence and the number."""
    before = span_text(span.sent)[: span.start_char - span.sent.start_char]
    surface = earlier.value.surface if earlier.value is not None else ""
    at = before.rfind(surface) if surface else -1
    return at >= 0 and any(mark in before[at + len(surface) :] for mark in ";:")


def _one_size(amount: float, other: float) -> bool:
    low, high = sorted((abs(amount), abs(other)))
    return low > 0 and high / low <= MAX_RATIO


def _of_a_person(span: Span) -> bool:
    """ "said Ann Lee, 67": a number set beside a person's name is an age, not a count of anything."""
    root = span.root
    return root.dep_ in ("appos", "npadvmod", "amod") and root.head.ent_type_ == "PERSON"


def _counts_a_name(span: Span) -> bool:
    """ "to assemble the 20 Vexa X-9 jets": a number right before a proper noun counts the named things, which
    the quantity reader did not take for its noun; it does not go on with the count before."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.pos_ == "PROPN"


def _other_holder(span: Span, earlier: Fact, ctx: DocContext) -> bool:
    """Whether the number's clause has a subject that may hold a count of its own: a noun or a name other than
    the earlier count's holder ("its rival carried 2.9 million"); a pronoun, the earlier holder's name and a
    forecaster ("Analysts had expected 28,000") tell no other holder."""
    verb = _clause_verb(span.root)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end]
    return any(not _same_holder(subject, earlier, ctx) for subject in subjects)


def _same_holder(subject: Token, earlier: Fact, ctx: DocContext) -> bool:
    if subject.pos_ == "PRON" or subject.lemma_.lower() in words("forecast_cues"):
        return True
    cluster = ctx.entities.at(subject.i)
    return cluster is not None and cluster.name == earlier.subject


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds `token`: the token itself or its nearest verbal ancestor."""
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in ("VERB", "AUX"):
            return candidate
    return None
