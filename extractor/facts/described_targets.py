"""The company a deal verb acts on when the story writes it only by a description ("Brandt bought the hotel
group in 2007", "the company, which Brandt acquired in 2007"): FACTS.md resolves "the company" and its kin to the
organization they stand for, for an object as for a subject."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.lexicons import words


def described_target(obj: Token, verb: Token, doer: str | None, ctx: DocContext) -> list[str]:
    """ "bought the company", "acquired the hotel group": a singular organization noun with "the", nothing
    owning it, as the object of an active acquiring verb whose doer the sentence names, stands for the
    organization a description of one refers to. A buyer does not buy itself: a description that would stand
    for the doer (the party the story was just about) stands for the story's own company, if that is another."""
    if doer is None or verb.pos_ != "VERB" or not _plain_description(obj, verb):
        return []
    target = resolve_subject(obj, ctx)
    target = ctx.main_org if target == doer else target
    if target is None or target == doer or target not in ctx.entities.org_names():
        return []  # a person or place a description fell back to is no company bought
    return [target]


def _plain_description(noun: Token, verb: Token) -> bool:
    """ "the company", "the Ohio hotel group", "the company, which Brandt bought": a singular organization noun
    under "the"; not "the company's unit" or "the unit of the company" (a part), "the companies", "a company",
    "the company it spun off" (a clause of its own picks one company among others)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in words("org_nouns"):
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    described = ("poss", "relcl", "acl", "appos")
    return not any(c.dep_ in described and c != verb or c.dep_ == "prep" and c.lower_ == "of" for c in children)
