"""The company a deal verb acts on when the story writes it only by a description ("Brandt acquired the resort
operator in 2018", "the company, which Brandt acquired in 2007"): FACTS.md resolves "the company" and its kin to the
organization they stand for, for an object as for a subject."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.lexicons import words

# a takeover only: in a merger a description often stands for the doer's own side ("merge the fund into X")
BOUGHT = "acquisition"


def described_target(obj: Token, verb: Token, predicate: str, doer: str | None, ctx: DocContext) -> list[str]:
    """ "bought the company", "acquired the resort operator": a singular organization noun with "the", nothing
    owning it, as the object of an active acquiring verb whose doer the sentence names, stands for the
    organization a description of one refers to. A buyer does not buy itself: a description that would stand
    for the doer (the party the story was just about) stands for the story's own company, if that is another,
    else for the one other organization the sentence before names ("Brandt will refinance Lumo's loans.
    The buyout firm acquired the resort operator in 2018")."""
    if predicate != BOUGHT or doer is None or verb.pos_ != "VERB":
        return []
    if not _acted_on(obj, verb) or not _plain_description(obj, verb):
        return []
    target = resolve_subject(obj, ctx)
    if target == doer:
        target = ctx.main_org if ctx.main_org != doer else _other_party_before(obj, doer, ctx)
    if target is None or target == doer or target not in ctx.entities.org_names():
        return []  # a person or place a description fell back to is no company bought
    return [target]


def _acted_on(noun: Token, verb: Token) -> bool:
    """The noun is what the verb acts on itself, its direct object or the noun its relative clause describes; not
    the whole a part of it belongs to ("took a stake in the company": a stake, not the company, was taken)."""
    return noun.head == verb and noun.dep_ == "dobj" or verb.head == noun and verb.dep_ == "relcl"


def _plain_description(noun: Token, verb: Token) -> bool:
    """ "the company", "the Ohio resort operator", "the company, which Brandt bought": a singular organization noun
    under "the"; not "the company's unit" or "the unit of the company" (a part), "the companies", "a company",
    "the company it spun off" (a clause of its own picks one company among others)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in words("org_nouns"):
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    described = ("poss", "relcl", "acl", "appos")
    return not any(c.dep_ in described and c != verb or c.dep_ == "prep" and c.lower_ == "of" for c in children)


def _other_party_before(token: Token, doer: str, ctx: DocContext) -> str | None:
    """The one organization other than the doer that the sentence before names; None if it names none or several."""
    start = token.sent.start
    if start == 0:
        return None
    before = token.doc[start - 1].sent
    others = {
        c.name
        for c, _ in ctx.entities.mentions_between("ORG", before.start, before.end)
        if c.name != doer and not c.agency
    }
    return others.pop() if len(others) == 1 else None
