"""Launches told with the launched thing as the verb's subject: "the Vexa Note launched in May", "the service,
which debuted in 2010", "its mobile app has won users since it launched last year". The verb takes no object,
so the thing that comes out is its subject; its maker is the organization compounded into the thing's name
("the Brandt messaging app": Brandt), else the story's company. An organization, a person or a place as the
subject starts itself ("the firm launched in 2005"), which is a founding, not a launch of a product."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_common import event_fact
from extractor.facts.events_launches import thing_phrase
from extractor.facts.events_products import proper_run
from extractor.facts.title_owners import is_title_noun
from extractor.lexicons import words
from extractor.models import Fact

# an entity of these labels as the subject is a party that starts up, not a product brought out
PARTY_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP"})
CLAUSE_LINKS = frozenset({"advcl", "ccomp", "conj"})  # "has gained users since it launched": "it" is that subject


def intransitive_launches(
    verb: Token, predicate: str, sent: Span, both: SentencePeriods, ctx: DocContext
) -> list[Fact]:
    """A launch verb of `intransitive_launch_verbs` with no object, in the active voice, whose subject is a
    product: one launch event of that product by its maker."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("intransitive_launch_verbs"):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass", "agent", "auxpass") for c in verb.children):
        return []  # "launched a fund": the object is the thing; a passive is read elsewhere or names no maker
    thing = _launched_thing(verb)
    if thing is None:
        return []
    cluster = ctx.entities.at(thing.i)
    if cluster is not None and cluster.label in PARTY_LABELS or _a_person(thing, ctx):
        return []  # "Brandt launched in 2005", "its chief, Ann Lee, launched": a party started, no product came out
    named = thing.pos_ == "PROPN" or _name_read_as_noun(thing)
    name = _proper_name(thing) if named else thing_phrase(thing, words("unlaunched_nouns"), 2)
    if name is None:
        return []  # "the fund launched in 1992": one common noun names no particular thing
    fact = event_fact(verb, _maker(thing, ctx), predicate, name, sent, both, ctx)
    return [fact] if fact is not None else []


def _launched_thing(verb: Token) -> Token | None:
    """The verb's subject, through a relative pronoun to the noun its clause describes ("the service, which
    debuted in 2010") and through "it" to the subject of the clause it hangs on ("the app has gained users since
    it launched")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        return verb.head  # "The Vexa Note 8 launched in March.": a clause the parse read as a noun and its participle
    if subject is None:
        return None
    if subject.lower_ in words("relative_pronouns") | {"that"}:
        return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    if subject.lower_ == "it":
        if verb.dep_ not in CLAUSE_LINKS:
            return None
        outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return outer if outer is not None and outer.pos_ in ("NOUN", "PROPN") else None
    return subject if subject.pos_ in ("NOUN", "PROPN") else None


def _proper_name(thing: Token) -> str | None:
    """ "the Vexa Note 8 launched": the proper noun with its proper-noun compounds and its number."""
    run = proper_run(thing)
    return " ".join(t.text for t in run) if run else None


def _a_person(thing: Token, ctx: DocContext) -> bool:
    """A post or a person set beside a name ("its new chief executive, Ann Lee"): someone, not something."""
    if is_title_noun(thing) or thing.lemma_.lower() in words("person_nouns"):
        return True
    apposed = (ctx.entities.at(c.i) for c in thing.children if c.dep_ == "appos")
    return any(a is not None and a.label == "PERSON" for a in apposed)


def _name_read_as_noun(thing: Token) -> bool:
    """ "<Name> launched late in the quarter": a capitalized singular noun with no determiner, written with its
    capital also inside a sentence of the story, is a name the tagger read as a common noun."""
    if thing.tag_ != "NN" or not thing.text[:1].isupper() or any(c.dep_ in ("det", "poss") for c in thing.lefts):
        return False
    return any(t.text == thing.text and not t.is_sent_start and t.i != thing.i for t in thing.doc)


def _maker(thing: Token, ctx: DocContext) -> str | None:
    """The organization compounded into the thing's name ("the Brandt messaging app"), else the story's company."""
    for compound in (c for c in thing.lefts if c.dep_ == "compound"):
        cluster = ctx.entities.at(compound.i)
        if cluster is not None and cluster.label == "ORG":
            return resolve_subject(compound, ctx)
    return ctx.main_org
