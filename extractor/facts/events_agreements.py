"""Agreements with a named partner: "Ostrow Inc signed a supply deal with Vantor Motors", "struck a five-year
licensing pact with X", "entered into a distribution agreement with X", "a memorandum was signed with X". A verb
of lexicons/agreement_verbs.txt states the agreement when its object (or passive subject) is a noun of
lexicons/agreement_nouns.txt; the partner is the named organization of a "with" phrase on the noun or the verb.
The predicate is the noun with the words that name its kind ("supply deal", "patent-licensing agreement"), not
those that size or date it ("five-year", "$2 billion"). An agreement to do something ("a deal with X to buy Y")
is that deed, read by the deal rules: no agreement fact of its own. A denied, supposed, guessed or only sought
("trying to reach a deal with X") one is none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import NAMED_OBJECTS, doer, event_fact, object_names, party_after
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Fact

KIND_DEPS = ("compound", "amod", "nmod")  # "supply deal", "licensing agreement", "patent-licensing deal"


def agreements(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The agreement a verb of agreeing states with a named partner, done by the verb's subject."""
    noun = _agreement_noun(verb)
    if noun is None or negated(verb) or unreal(verb) or only_guessed(verb) or _to_do_something(noun):
        return []
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("seeking_verbs"):
        return []  # "was trying to reach a deal with X": only sought
    partner = next((p for h in (noun, *_of_objects(noun), verb) if (p := party_after(h, "with")) is not None), None)
    named = object_names(partner, ctx, NAMED_OBJECTS) if partner is not None else []
    # "a deal worth $775 million with X": the parse may hang the with-phrase deeper inside the noun's phrase
    named = named or object_names(noun, ctx, NAMED_OBJECTS, frozenset({"with"}))
    subject = doer(verb, ctx) or _unwritten_doer(verb, ctx)
    if subject is None or not named:
        return []  # "signed a deal with creditors", "a deal was reached": no named party on one side
    return [event_fact(verb, subject, agreement_predicate(noun), named[0], sent, both, ctx)]


def _unwritten_doer(verb: Token, ctx: DocContext) -> str | None:
    """The story's company for a verb whose subject is not written, or is a name the tagger missed; not for a
    common noun that names no organization ("policymakers reached a deal with X")."""
    subject = clause_subject(verb)
    return ctx.main_org if subject is None or subject.pos_ == "PROPN" else None


def agreement_predicate(noun: Token) -> str:
    """The agreement noun with the modifiers that name its kind: nouns without a number or a name in them
    ("supply", "patent-licensing", "exploration and production"); not "five-year" or a name."""
    kinds = [
        noun.doc[c.left_edge.i : min(c.right_edge.i, noun.i - 1) + 1].text.lower()
        for c in noun.lefts
        if c.dep_ in KIND_DEPS and c.pos_ == "NOUN" and not any(t.like_num or t.ent_type_ for t in c.subtree)
    ]
    return " ".join([*kinds, noun.lemma_.lower()])


def _agreement_noun(verb: Token) -> Token | None:
    """The agreement noun a verb of agreeing acts on: its object, its passive subject ("a deal was signed"),
    or the object of its preposition ("entered into an accord")."""
    if verb.pos_ != "VERB":
        return None
    lemma, nouns = verb.lemma_.lower(), words("agreement_nouns")
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and lemma in words("agreement_verbs"):
            found = child
        elif child.dep_ == "prep" and f"{lemma} {child.lower_}" in words("agreement_verbs"):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        if found is not None and found.lemma_.lower() in nouns and found.tag_ != "NNS":
            return found
    return None


def _of_objects(noun: Token) -> list[Token]:
    """ "a memorandum of understanding with X": the parse hangs the partner on the noun's of-phrase."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _to_do_something(noun: Token) -> bool:
    """ "a deal with X to buy Y", "an agreement with X to sell its unit": an agreement whose to-clause is a deal
    (a word of lexicons/event_verbs.tsv, deal_verbs.tsv or event_nouns.tsv) is that deal; one to supply or to
    settle something stays an agreement."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if not clauses and noun.head.pos_ == "VERB":  # the parse may hang the to-clause on the verb
        clauses = [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    deeds = {*table("event_verbs"), *table("deal_verbs"), *table("event_nouns")}  # "to buyout": a noun read as a verb
    return any(c.lemma_.lower() in deeds and any(a.lower_ == "to" for a in c.children) for c in clauses)
