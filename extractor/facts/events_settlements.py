"""Settlements: "agreed to settle a shareholder lawsuit", "settled SEC charges"; the event is the settling of a
legal claim, its object the claim as the text names it (its compounds and noun, without determiner or
adjectives: "a putative class action lawsuit" is "class action lawsuit")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, unreal
from extractor.facts.events_common import doer, event_fact
from extractor.lexicons import words
from extractor.models import Fact

PREDICATE = "settlement"


def settled_claims(verb: Token) -> list[str]:
    """The legal claims a settling verb settles; none for a price that settles ("crude settled at $90") or a
    dispute of no named kind."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("settling_verbs"):
        return []
    claim = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if claim is None or claim.lemma_.lower() not in words("legal_claim_nouns"):
        return []
    return [_claim_name(claim)]


def _claim_name(claim: Token) -> str:
    """ "class action lawsuit", "SEC charges": the compounds before the noun and the noun."""
    doc, start = claim.doc, claim.i
    while start > claim.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start:
        start -= 1
    return doc[start : claim.i + 1].text


def settlements(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """ "Brandt agreed to settle a shareholder lawsuit": the settlement of the claim by the party its clause
    names (a banker or a panel the story does not name settles nothing for the story's company)."""
    claims = settled_claims(verb)  # the cheap word test first: most verbs settle nothing
    if not claims or negated(verb) or unreal(verb):
        return []
    subject = doer(verb, ctx)
    return [event_fact(verb, subject, PREDICATE, claim, sent, both, ctx) for claim in claims]
