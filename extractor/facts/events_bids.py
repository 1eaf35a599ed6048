"""Events a noun names when a verb states it was done: a bid for a named company ("made a $3 billion bid for
Brandt", "rejected Kestrel's offer for it", "a hostile bid from Kestrel") and an investigation of a named
party ("opened an investigation into Brandt", "launched a probe into Brandt's pricing"), an alliance with a
named partner ("formed a joint venture with Brandt"; "Alder, Birch and Cedar announced a business alliance":
Alder's, with the partners named beside it in the subject, as the dev gold lists them).
Each noun class of lexicons/stated_event_nouns.tsv has its object's prepositions and the lexicon of verbs that
state the event: a verb that makes it ("made", "opened") gives its subject as the doer; any other verb of the
list ("rejected", "welcomed") needs the doer written with the noun (its possessor, "from"/"by" X). A verb of
weighing or planning ("considering a bid for X") is not in the lists, and a denied, supposed or guessed clause
("could make a bid") or one that talks are about gives nothing, so only events the text states as done are read."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import not_stated_done
from extractor.facts.events_common import doer, event_fact, kind_predicate, object_names, party_after
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Fact

DOER_PREPOSITIONS = ("from", "by")  # "a bid from Kestrel", "an investigation by the regulator"


def stated_noun_events(noun: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The event a noun of lexicons/stated_event_nouns.tsv names, when its verb states it and the text names
    both its doer and its object; nothing otherwise."""
    row = table("stated_event_nouns").get(noun.lemma_.lower())
    if row is None or noun.pos_ != "NOUN" or noun.tag_ == "NNS":
        return []  # "bids for the contracts": plural bids are an activity, not one event
    prepositions, making, receiving, labels = row[0].split(","), words(row[1]), words(row[2]), tuple(row[3].split(","))
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else _held_under(noun)
    if verb is None or not_stated_done(verb):
        return []  # "could make a bid for X", "may form a venture", "in talks to form a partnership": not done
    lemma = verb.lemma_.lower()
    written = _written_doer(noun, ctx)
    target = next((t for p in prepositions if (t := party_after(noun, p)) is not None), None)
    named = object_names(target, ctx, labels) if target is not None else []
    if lemma in making:
        bidder = written or doer(verb, ctx)
        if not named and "with" in prepositions:
            named = _co_subjects(verb, bidder, ctx)  # "X, Y and Z announced an alliance": X's with Y and Z
    elif lemma in receiving:
        # "rejected the offer": the rejecting party is the target, not the bidder; "received an offer from
        # X" (the parse hangs "from X" on the verb) names the bidder
        sender = party_after(verb, "from")
        bidder = written or (resolve_subject(sender, ctx) if sender is not None else None)
        receiver = (doer(verb, ctx) or _person_subject(verb, labels, ctx)) if not named else None
        named = [receiver] if receiver is not None and receiver != bidder else named  # "X fended off a bid from Y"
    else:
        return []
    if bidder is None or not named:
        return []
    return [event_fact(noun, bidder, kind_predicate(noun), name, sent, both, ctx) for name in named[:1]]


def _held_under(noun: Token) -> Token | None:
    """ "Brandt is under investigation by the regulator", "came under a probe by X": the verb an under-phrase of
    the noun hangs on; its subject is what the noun acts on, when the noun's lexicon lists the verb as one of
    receiving (lexicons/inquiry_receiving_verbs.txt: "be", "come", "remain")."""
    under = noun.head
    if noun.dep_ != "pobj" or under.lower_ != "under" or under.head.pos_ not in ("VERB", "AUX"):
        return None
    return under.head


def _person_subject(verb: Token, labels: tuple[str, ...], ctx: DocContext) -> str | None:
    """ "Ann Lee, a former trader, is under investigation by X": a named person as the receiving verb's subject,
    for a noun whose object may be a person (an inquiry)."""
    subject = clause_subject(verb)
    cluster = ctx.entities.at(subject.i) if subject is not None else None
    return cluster.name if cluster is not None and cluster.label == "PERSON" and "PERSON" in labels else None


def _written_doer(noun: Token, ctx: DocContext) -> str | None:
    """The doer written with the noun: its possessor ("Kestrel's bid"), or "from"/"by" X."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return resolve_subject(owner, ctx)
    agent = next((t for p in DOER_PREPOSITIONS if (t := party_after(noun, p)) is not None), None)
    return resolve_subject(agent, ctx) if agent is not None else None


def _co_subjects(verb: Token, doer_name: str | None, ctx: DocContext) -> list[str]:
    """ "Alder, Birch and trading house Cedar Corp announced a business alliance": the organizations named in
    the subject phrase besides the doer are its partners, one object as the text lists them ("Birch and Cedar")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or doer_name is None:
        return []
    names: list[str] = []
    for token in subject.subtree:
        cluster = ctx.entities.at(token.i)
        if cluster is not None and cluster.label == "ORG" and cluster.name not in (doer_name, *names):
            names.append(cluster.name)
    return [" and ".join(names)] if names else []
