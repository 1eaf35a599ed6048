"""Moves of monetary policy: a named central bank or government that cuts or raises interest rates or eases or
tightens its policy ("the Ardanian central bank cut its benchmark rate on Tuesday", "Ardania raised interest rates
for a third time", "the Bank of Vellin eased monetary policy"). The event is the move the readable gold writes
("interest rate cut", "monetary easing", lexicons/policy_move_verbs.tsv), its subject the named doer, its object
the instrument as written without article or possessive ("interest rates", "benchmark rate"), or the means a
by-gerund tells ("loosened policy by widening its bond buying": "bond buying"); a bare "policy" with no means names
no instrument and gives none.

The instrument must be the monetary one: a rate or policy with no modifier outside
lexicons/policy_instrument_modifiers.txt ("cut mortgage rates", "raised tax rates" are other prices), and a rate
not told of something else ("lowered rates on ten-year bonds"). An unnamed doer ("let lenders everywhere trim
rates"), a denied, supposed or guessed move ("could cut rates", "has space to trim rates"), one others predict ("is
expected to cut rates", "even odds the bank trims rates", lexicons/conjecture_nouns.txt) and one told in the future
("gave no signal that it would loosen policy") give none: a bank's move is news once made."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import doer, event_fact
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.government_bodies import is_government_body
from extractor.models import Fact

_MODIFIERS = ("amod", "compound", "nmod")
NEWS_SPAN_DAYS = 7  # a day or a week ("last week"), not a month or a year
NEWS_AGE_DAYS = 14  # ended at most two weeks before the story


def policy_moves(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """One monetary-policy event for a verb of moving whose object is the instrument and whose doer is named."""
    row = table("policy_move_verbs").get(verb.lemma_.lower())
    if row is None or verb.pos_ != "VERB":
        return []
    instrument, predicate = row
    moved = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is None or moved.lemma_.lower() != instrument or not _monetary(moved):
        return []
    if negated(verb) or unreal(verb) or only_guessed(verb) or _predicted(verb) or _conjectured(verb):
        return []
    means = _means(verb)
    if means is None and all(c.dep_ not in _MODIFIERS for c in moved.lefts) and instrument == "policy":
        return []  # "eased policy again": a bare policy word names no instrument, and no means is told
    mover = doer(verb, ctx)
    if mover is None or not _sets_policy(mover, ctx):
        return []
    move = event_fact(verb, mover, predicate, _written(means if means is not None else moved), sent, both, ctx)
    # "gave no signal that it would loosen policy", "need not mean it lifts rates soon": a move told in the future
    # is a guess of others or a plan the bank rarely states
    return [move] if move is not None and move.modality == "actual" and _news(move, ctx.published) else []


def _news(move: Fact, published: date | None) -> bool:
    """ "lowered its key rate on Tuesday", "loosened policy last week": the readable gold writes a move of policy that
    is the story's news, dated to a day or a week of the last fortnight; the history of past moves a story recalls
    ("a cut three years before", "four cuts since a month named") is background it leaves out."""
    period = move.period
    if published is None or period is None or period.start is None or period.end is None:
        return False
    return (period.end - period.start).days < NEWS_SPAN_DAYS and 0 <= (published - period.end).days <= NEWS_AGE_DAYS


def _means(verb: Token) -> Token | None:
    """ "loosened policy by widening its bond buying": the object of a by-gerund is the instrument moved."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            return next((c for c in gerund.children if c.dep_ == "dobj"), None)
    return None


def _predicted(verb: Token) -> bool:
    """ "is expected to cut rates", "economists predict the bank will raise rates": a move others predict is their
    forecast, not an act of the bank."""
    return any(a.lemma_.lower() in words("prediction_verbs") for a in verb.ancestors)


def _sets_policy(mover: str, ctx: DocContext) -> bool:
    """ "China", "the Fed", "the Reserve Bank of Ardania", "the Finance Ministry": a country, a central bank or a
    government body moves monetary policy; a lender that "cut rates" on its loans does not, nor the story's company
    that "the central bank" was wrongly resolved to."""
    clusters = named(ctx.entities, mover)
    if any(c.label == "GPE" or is_government_body(c) for c in clusters):
        return True
    return bool(set(mover.lower().split()) & words("central_bank_words"))


def _conjectured(verb: Token) -> bool:
    """ "even odds the bank trims rates in June", "better odds that it lowers its key rate": the clause of a noun of
    conjecture (lexicons/conjecture_nouns.txt) tells no deed."""
    node = verb
    for _ in range(4):  # up the chain of clauses to the noun that holds them, if any
        if node.dep_ not in ("ccomp", "acl", "relcl", "advcl", "xcomp", "conj") or node.head == node:
            return False
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return _conjecture(node)
        # "imply better odds the bank trims rates": the parse may hang the clause on the verb beside the noun
        if any(c.dep_ == "dobj" and _conjecture(c) for c in node.children):
            return True
    return False


def _conjecture(noun: Token) -> bool:
    """A noun of conjecture, by lemma or as written (the lemmatizer makes "odds" "odd")."""
    return noun.lemma_.lower() in words("conjecture_nouns") or noun.lower_ in words("conjecture_nouns")


def _monetary(instrument: Token) -> bool:
    """ "interest rates", "its key lending rate", "monetary policy": only words of the monetary instrument before
    it, and no of/on phrase that makes it the price of something else."""
    before = [t for c in instrument.lefts if c.dep_ in _MODIFIERS for t in c.subtree]
    if any(t.lower_ not in words("policy_instrument_modifiers") for t in before):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("on", "of", "for") for c in instrument.children)


def _written(instrument: Token) -> str:
    """The instrument as written, without article or possessive: "its benchmark interest rates" -> "benchmark
    interest rates"."""
    first = min(
        (t.i for c in instrument.lefts if c.dep_ in _MODIFIERS for t in c.subtree),
        default=instrument.i,
    )
    return instrument.doc[first : instrument.i + 1].text
