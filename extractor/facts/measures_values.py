"""Money values and sizes a figure states of a noun it does not simply measure: what a deal or a holding is worth
("portfolio value", "deal value"), the size of a cut or saving ("cost cuts"), and a subject sized as a percentage
of an economy ("the deficit at 3 percent of GDP"). Each helper returns the measured noun or the predicate; the
reading itself is built in measures.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.objects import of_or_in_object
from extractor.facts.syntax import clause_subject, lemma_phrase, noun_phrase, worth_phrase
from extractor.lexicons import table, words
from extractor.models import Quantity


def valued_whole(measured: Token | None, predicate: str | None, skip: frozenset[int]) -> str | None:
    """ "the value of the portfolio rose to $9 billion": the container "value" handed the reading to the
    portfolio (`predicate` is the portfolio's noun phrase), but what is measured is the portfolio's value
    ("portfolio value", the gold's "acquisition value"); None when the reading was not handed over so."""
    if measured is None or measured.dep_ != "pobj" or measured.head.lower_ != "of":
        return None
    container = measured.head.head
    if container.lemma_.lower() != "value" or predicate != noun_phrase(measured, skip=skip):
        return None
    return f"{lemma_phrase(measured, skip=skip)} value"


def cut_or_saving(span: Span, quantity: Quantity, skip: frozenset[int]) -> tuple[Token, Token, str] | None:
    """ "aims to trim 40 billion yen in costs", "expects to save $2 million in pension costs": money
    a cutting verb takes "in" a measure is the size of the cut or saving, a level of its own (the gold's
    "cost cuts", "... cost savings"), not a change or a level of the measure."""
    root = span.root
    verb = root.head
    noun = table("saving_verbs").get(verb.lemma_.lower())
    if not noun or not is_money(quantity) or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    named = of_or_in_object(span, skip, preps=("in",))
    if named is None or named.pos_ != "NOUN" or named.lemma_.lower() in words("not_measures"):
        return None
    return named, verb, f"{lemma_phrase(named, skip=skip)} {noun[0]}"


def value_of(holder: Token, skip: frozenset[int]) -> str:
    """What money "worth" puts on a noun is its value: "deal value", "bond value" (the noun kept); a measure
    noun stated in money is that measure ("unit sales worth $4 billion": unit sales)."""
    if holder.lemma_.lower() in words("deal_nouns"):
        return f"{holder.lemma_.lower()} value"  # "the deals, each worth $5 million": one deal's value
    if holder.lemma_.lower() in words("measure_nouns"):
        return noun_phrase(holder, skip=skip)  # "unit sales worth $4 billion": a measure stated in money
    return worth_phrase(holder, skip=skip)  # "bonds could be worth 80 cents": "bond value"


def sized_by_economy(whole: Token | None, verb: Token | None) -> Token | None:
    """ "debt will climb to 77 percent of GDP", "a shortfall holding near 3 percent of gross domestic
    product": a percentage of an economy's size states the clause subject's size, so the subject is measured."""
    if whole is None or verb is None:
        return None
    modifiers = [t.lower_ for t in whole.lefts if t.dep_ in ("amod", "compound")]
    if " ".join([*modifiers, whole.lower_]) not in words("economy_wholes"):
        return None
    # "cut income from resources to 8 percent of GDP": a verb that moves its object sizes the object; an object
    # holding the figure ("holding 3 percent of GDP") is no other noun
    objects = [c for c in verb.children if c.dep_ == "dobj" and whole not in c.subtree]
    subject = objects[0] if objects else clause_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or not is_measure_noun(subject):
        return None
    return subject


def counts_the_cuts(head: Token, quantity: Quantity) -> bool:
    """ "announced 2,750 job cuts", "the 3,350 position reductions": a plain count written before a plural noun
    of cutting (`counted_cut_nouns`) counts the cuts, so it is a metric of what is cut, as FACTS.md reads "cut
    N jobs"; not a fall of the compound noun by N. Money, percents and points before such a noun ("$3 billion
    cost cuts", "a 50 basis point cut") size a cut and are read as before."""
    return quantity.unit is None and head.tag_ == "NNS" and head.lemma_.lower() in words("counted_cut_nouns")
