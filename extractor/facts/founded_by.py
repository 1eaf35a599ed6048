"""Founders told in the passive: "the bank, founded by Ann Lee, said ...", "Kestrel was founded in 1998 by Bo
Chen and Ravi Das". The active form ("Chen, who founded Kestrel") is read in `verb_roles`; here the person is
the agent of a founding participle and the organization is the noun the participle describes or the passive
verb's subject. Every person of the agent list is a founder: the parse often hangs the second one on the
first one's description ("by Lee, a former banker, and Das"), so a conjunct whose head lies inside the list
counts too. The title comes from `leading_verbs.tsv` (found -> founder, co-found -> co-founder)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.lexicons import table, words

SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj"})
AUX_DEPS = frozenset({"aux", "auxpass"})


def founded_by(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(title, organization) when the person is among the agents of a founding verb in the passive."""
    agent = _founding_agent(mention.root)
    if agent is None:
        return None
    verb = agent.head
    row = table("leading_verbs").get(_founding_lemma(verb))
    if row is None or not row[0].endswith("founder"):
        return None
    org = _founded_org(verb, ctx)
    return (row[0], org) if org is not None else None


def _founding_agent(root: Token) -> Token | None:
    """The "by" of the passive the person is the agent of: its object, or a conjunct ("and B") whose head
    lies between that "by" and the person (the first founder or a word of the first founder's description)
    or is the passive verb itself, with no clause of its own in between."""
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head
    if root.dep_ != "conj":
        return None
    agents = [t for t in root.sent if t.dep_ == "agent" and (t.i < root.head.i or t.head == root.head)]
    if not agents or agents[-1].i > root.i:
        return None
    agent = agents[-1]  # the conjunct hangs on the list ("by A, a banker, and B") or on the verb itself
    first = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if first is None or first.ent_type_ != "PERSON":
        return None
    between = root.doc[agent.i : root.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in between):
        return None  # a clause of its own in between: "by Lee, who later sold it to Das": Das founded nothing
    return agent


def _founding_lemma(verb: Token) -> str:
    """ "founded" -> found; "co-founded", which the tokenizer may split into "co - founded", -> co-found."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co":
        return f"co-{lemma}"
    return lemma


def _founded_org(verb: Token, ctx: DocContext) -> str | None:
    """The organization founded: the noun the participle describes ("the bank, founded by"), else the
    passive verb's subject ("Kestrel was founded by"), or the subject of the verb it is joined to (a split
    "co-" that became a verb of its own, "was set up and was founded by")."""
    if verb.dep_ == "acl":
        return _organization(verb.head, ctx)
    holders = [verb, verb.head] if verb.dep_ in ("advcl", "conj") else [verb]  # "was started and was founded by"
    # a split "co - founded" may leave the subject on the passive "was" ("X was co-founded by"), not on a verb
    holders += [c for h in holders for c in h.children if c.dep_ in AUX_DEPS]
    for holder in holders:
        subject = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return _organization(subject, ctx)
    return None


def _organization(token: Token, ctx: DocContext) -> str | None:
    """A named organization, or an anaphor ("the company") that resolves to one; never a person or place, and
    never the parent a unit's noun would resolve to ("the robot unit was founded by"): the unit was founded.
    Only a common noun outside any entity is such a unit: a name ending in one ("Arm", "Tolva Business") is the
    company itself."""
    if _is_unit_noun(token):
        return None
    name = resolve_subject(token, ctx)
    return name if name is not None and name in ctx.entities.org_names() else None


def _is_unit_noun(token: Token) -> bool:
    """A common noun naming a part of a company ("unit", "division"), not the last word of a company's name."""
    return token.pos_ == "NOUN" and not token.ent_type_ and token.lemma_.lower() in words("unit_words")
