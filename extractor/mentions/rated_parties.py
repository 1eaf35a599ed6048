"""A story that opens on a rating action is about the party rated, not the one who rates. In "Kestrel Analytics
downgraded Pellam Foods to BB, citing its new debt" Pellam Foods is the story's organization, so its unheld
figures ("the grocer's bonds due 2019 slid 4 points") take Pellam. The rater keeps its own action
(facts/events_ratings.py reads that).

Only the lead sentence decides, and only one rated organization over all the rater's rating verbs there: "lowered
five lenders" or "cut Pellam and raised Tolland" is a roundup, which keeps the ordinary choice. A rater that
reports figures of its own ("the agency said its own staff grew 6 percent", "revenue at the ratings firm fell")
stays the story's organization too: the figures that the story's anaphors give the main organization are its.
The verbs and rating nouns are the event lexicons' (rating_action_verbs.tsv, rating_nouns.txt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.rating_objects import rated_tokens, rating_verb

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityCluster

FIGURES = ("MONEY", "PERCENT")  # the entity types of a figure a company reports
SPEECH_LINKS = ("ccomp", "conj", "xcomp", "advcl")  # "said its own profit fell": the saying verb's subject speaks


def rated_instead(best: EntityCluster, orgs: list[EntityCluster], lead: Span | None) -> EntityCluster:
    """The organization the lead's rating actions rate, when `best` is the one who rates and has no figures of
    its own in the story; else `best`."""
    if lead is None:
        return best
    at = {t: c for c in orgs for m in c.mentions for t in range(m.start, m.end)}
    rated: dict[int, EntityCluster] = {}
    for verb in lead:
        if (row := rating_verb(verb)) is None or not _done_by(verb, best, at):
            continue
        rated |= {id(c): c for t in rated_tokens(verb, row) if (c := at.get(t.i)) is not None}
    rated.pop(id(best), None)
    if len(rated) != 1 or _reports_own_figures(best, at, lead.doc):
        return best
    return next(iter(rated.values()))


def _done_by(verb: Token, cluster: EntityCluster, at: dict[int, EntityCluster]) -> bool:
    """The verb's active subject, or the subject a conjoined verb shares ("cut X and raised Y"), names the
    cluster."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # a dateline may parse as a second subject
        if subjects or verb.dep_ != "conj":
            return any(at.get(c.i) is cluster for c in subjects)
        verb = verb.head
    return False


def _subject(verb: Token) -> Token | None:
    """The verb's nominal subject, or for a conjoined verb without one, its first verb's."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None or verb.dep_ != "conj":
            return found
        verb = verb.head
    return None


def _reports_own_figures(rater: EntityCluster, at: dict[int, EntityCluster], doc) -> bool:
    """A money or percentage figure whose clause's subject is the rater: named, a descriptor of a rater ("the
    agency", "the ratings firm"), its possessor or the place after "at"/"of" ("revenue at the ratings firm"), or
    "its own" said by the rater. A rating action's own figures ("cut $2 billion of debt") do not count."""
    for token in doc:
        if token.ent_type_ not in FIGURES or token.ent_iob_ != "B":
            continue
        verb = _clause_verb(token)
        if verb is None or rating_verb(verb) is not None:
            continue
        subject = _subject(verb)
        if subject is not None and any(_names_rater(h, rater, at) for h in _holders(subject)):
            return True
    return False


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above the token that has a subject."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and _subject(token) is not None:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _holders(subject: Token) -> list[Token]:
    """The subject, its possessor and the nouns of its prepositional phrases: who the subject's figure is of."""
    preps = [c for c in subject.children if c.dep_ == "prep"]
    return [subject, *(c for c in subject.children if c.dep_ == "poss"), *(g for p in preps for g in p.children)]


def _names_rater(token: Token, rater: EntityCluster, at: dict[int, EntityCluster], depth: int = 3) -> bool:
    """The token is the rater: its name, a rater's descriptor, or "its own" in a clause the rater says."""
    if at.get(token.i) is rater:
        return True
    if token.pos_ == "NOUN":
        modifiers = (c for c in token.children if c.dep_ in ("compound", "amod"))
        described = any(c.lemma_.lower() in words("rating_nouns") for c in modifiers)  # "the ratings firm"
        return token.lemma_.lower() in words("rater_descriptors") or described
    if token.lower_ != "its" or depth == 0 or not any(c.lower_ == "own" for c in token.head.children):
        return False  # a bare "its" in the rater's words may be the rated company's
    verb = _clause_verb(token)
    while verb is not None and verb.dep_ in SPEECH_LINKS and verb.head is not verb:
        verb = verb.head
        if (speaker := _subject(verb)) is not None:
            return _names_rater(speaker, rater, at, depth - 1)
    return False
