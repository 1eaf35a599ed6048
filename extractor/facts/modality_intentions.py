"""Acts a subject sets out to do: a figure in the "to" infinitive of a word of intention, decision or attempt.

"Velden is taking steps to keep its stock at 40 days of sales", "its strategy to build cars on five platforms",
"among the banks willing to put up $20 billion", "the board decided to keep buying $5 billion of bonds a month", "is
trying to shed $9 billion of assets": the infinitive tells what the subject means to do, so its figure is a target,
not a result, whatever tense the sentence around it takes. The head word is a noun of a course of action, an
adjective of readiness or a verb of deciding (`lexicons/intention_heads.txt`; a decision stands once taken, so its
simple past counts), or a verb of attempting in the present (`lexicons/attempt_verbs.txt`; "tried to sell" may have
failed). Words of need ("needs to raise") and agreement ("agreed to pay") are left out: the gold reads a capital
shortfall and an agreed price as measured now. A negated head ("is not willing to pay") is left alone."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "relcl", "advcl"})
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})


def intended_act(head: Token, below: Token | None) -> bool:
    """Whether `below`, the token under `head` on the figure's path, is the "to" infinitive of a word of intention,
    decision or attempt (see the module's docstring)."""
    if below is None or not _to_infinitive(below, head):
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False
    if _takes_a_step(head, below):
        return True  # "is taking steps to keep ...": the parser hangs the infinitive on the verb, not on "steps"
    lemma = head.lemma_.lower()
    if lemma in words("attempt_verbs"):
        return head.pos_ == "VERB" and head.tag_ in PRESENT_TAGS
    if lemma not in words("intention_heads"):
        return False
    return head.pos_ in ("NOUN", "ADJ", "VERB")


def _to_infinitive(verb: Token, head: Token) -> bool:
    """A bare verb hanging on `head` with its own "to" ("steps to keep", "willing to put", "decided to buy")."""
    if verb.head != head or verb.dep_ not in COMPLEMENT_DEPS or verb.tag_ != "VB":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _takes_a_step(verb: Token, infinitive: Token) -> bool:
    """A verb whose object, before the infinitive, is a noun of a course of action ("took steps to", "is making
    efforts to")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = words("intention_heads")
    return any(c.dep_ == "dobj" and c.i < infinitive.i and c.lemma_.lower() in nouns for c in verb.children)
