"""An outcome under a modal that unnamed informants tell: "the deal could be worth $40 million, a source said",
"a person close to the talks expects the listing should raise 2 billion euros", "payouts could fall 30 percent,
bankers estimated". The clause's subject is no actor (a deal, an offering, a measure: `modality_likelihood.is_actor`),
so the figure is no one's plan but what the informants reckon it will come to: their forecast (FACTS.md: a
prediction by someone else). `modality.predicted_by_modal` reads the modal as the company's target. An actor's act
that a source relays stays the actor's plan ("the group could sell 20 percent of the offering, a source said":
`modality_reported_plans`), and so does any outcome a named party or the company tells."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_likelihood import is_actor
from extractor.facts.modality_tellers import teller
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import any_words, words

NOUN_PHRASE_VERB_DEPS = frozenset({"acl", "amod"})
TELLING_LISTS = ("reporting_verbs", "prediction_verbs", "belief_verbs")


def outcome_told_by_informants(root: Token, modal: callable) -> bool:
    """The figure's own verb takes a modal (`modal`, `modality.predicted_by_modal`) and a subject that is no actor,
    and the nearest verb of telling, predicting or believing above it, or an "according to" on the way, has an
    unnamed informant (`unnamed_informants`) as its teller."""
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_PHRASE_VERB_DEPS), None)
    if verb is None or not modal(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or is_actor(subject) or not _common_thing(subject):
        return False
    if subject == root or subject in root.ancestors:
        return False  # "the settlement with five banks would be part of a deal": the count is told, not reckoned
    who = _informant(verb)
    return who is not None and _unnamed_informant(who)


def _unnamed_informant(who: Token) -> bool:
    """ "a source", "bankers", "one of the bankers briefed on it" (the informant after "one of")."""
    if who.lower_ == "one":
        of = [o for p in who.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        who = of[0] if of else who
    return who.pos_ == "NOUN" and who.lemma_.lower() in words("unnamed_informants")


def _common_thing(subject: Token) -> bool:
    """A common noun with a determiner or in the plural ("the deal", "payouts"): a name the tagger takes for a
    noun ("Orvane will close ...") has neither, and stays an actor."""
    if subject.pos_ != "NOUN":
        return False
    return subject.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in subject.children)


def _informant(verb: Token) -> Token | None:
    for token in [verb, *verb.ancestors]:
        according = _according_to(token)
        if according is not None:
            return according
        if token is not verb and token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in any_words(*TELLING_LISTS):
            return teller(token)
    return None


def _according_to(token: Token) -> Token | None:
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "according"):
        for to in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"):
            return next((o for o in to.children if o.dep_ == "pobj"), None)
    return None
