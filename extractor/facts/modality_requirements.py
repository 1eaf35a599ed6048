"""Levels a rule sets: a figure that sizes a requirement or a minimum ("a liquidity requirement of 30 percent", "the
supervisor's 8 percent minimum", "a minimum liquidity ratio of 14 percent", "the 5 percent floor required under the
banking law") is the level the rule binds its subjects to: a target (FACTS.md: a goal the subject is held to; both
readable annotations of one bank-rule story read a regulator's minimum ratio so), whatever the clause around it
tells ("draft rules set ...", "comfortably clear of the 8 percent minimum")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words

SIZING_DEPS = frozenset({"nummod", "compound", "quantmod", "nmod", "amod"})


def set_by_a_rule(span: Span) -> bool:
    """The figure sizes a noun of requirement: it stands before the noun ("the 8 percent minimum") or in an "of"
    after it ("a minimum ratio of 14 percent"). Not the bound phrase "a minimum of 500 jobs", which only says at
    least."""
    return any(_names_a_requirement(noun) for noun in _sized_nouns(span.root))


def _sized_nouns(root: Token) -> list[Token]:
    """The noun the figure stands before, or the noun whose "of" phrase the figure is."""
    head = root.head
    if root.dep_ in SIZING_DEPS and head.i > root.i and _nominal(head):
        return [head]
    if root.dep_ == "pobj" and head.lower_ == "of" and _nominal(head.head):
        return [head.head]
    return []


NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger calls an adjective where it stands as one ("clear of the bank's 6 percent
    minimum": "minimum" tagged JJ as the object of "of")."""
    return token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS


def _names_a_requirement(noun: Token) -> bool:
    """A requirement noun ("requirement", "minimum"), a noun a requirement adjective comes before ("minimum capital
    ratio"; not "a reserve requirement ratio", which names a policy setting), or a noun a participle of requiring
    follows ("the floor required by law")."""
    nouns = words("requirement_nouns")
    if noun.lemma_.lower() in nouns:
        return not _bound_phrase(noun)  # "a minimum of 500 jobs": at least 500
    if any(t.lemma_.lower() in nouns and t.dep_ == "amod" for t in noun.subtree if t.i < noun.i):
        return True
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words("requiring_participles")
        for c in noun.children
    )


def _bound_phrase(noun: Token) -> bool:
    """ "a minimum of 500 jobs": "a", the noun and "of" with nothing else of the noun's own form a bound cue
    (`lexicons/bound_cues.tsv`) on the figure, which says at least, not a rule's level ("a capital requirement of 8
    percent", "its current minimum of 50,000 crowns" are levels)."""
    own = [c for c in noun.children if c.dep_ != "prep"]
    bare = all(c.dep_ == "det" and c.lower_ == "a" for c in own)
    return bare and f"a {noun.lower_} of" in table("bound_cues")
