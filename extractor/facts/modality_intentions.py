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
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def intended_act(verb: Token) -> bool:
    """Whether `verb`, a verb on the figure's path, is the "to" infinitive of a word of intention, decision or
    attempt (see the module's docstring). The infinitive itself is asked, not the word above it: the claim of a
    figure stops at a relative clause, and the parser often makes "a strategy to lift ..." one."""
    if not _to_infinitive(verb):
        return False
    head = verb.head
    if _negated(head):
        return False
    if _takes_a_step(head, verb):
        return True  # "is taking steps to keep ...": the parser hangs the infinitive on the verb, not on "steps"
    lemma = head.lemma_.lower()
    if lemma in words("attempt_verbs"):
        return head.pos_ == "VERB" and _present(head)
    return lemma in words("intention_heads") and head.pos_ in ("NOUN", "ADJ", "VERB")


def _to_infinitive(verb: Token) -> bool:
    """A bare verb hanging on a word above it with its own "to" ("steps to keep", "willing to put", "decided to
    buy")."""
    if verb.dep_ not in COMPLEMENT_DEPS or verb.tag_ != "VB" or verb.head == verb:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _takes_a_step(verb: Token, infinitive: Token) -> bool:
    """A verb whose object, before the infinitive, is a noun of a course of action ("took steps to", "is making
    efforts to")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = words("intention_heads")
    return any(c.dep_ == "dobj" and c.i < infinitive.i and c.lemma_.lower() in nouns for c in verb.children)


def _present(verb: Token) -> bool:
    """ "tries", "is trying", "has been trying": an attempt under way; not "tried", nor a bare participle ("accused
    of trying to steal", "after trying to sell"), which tells a past act."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(a.tag_ in PRESENT_TAGS or a.lower_ == "been" for a in auxiliaries)


def _negated(head: Token) -> bool:
    """ "is not willing to", "was not prepared to": the "not" may hang on the copula above the adjective."""
    holders = [head, head.head] if head.dep_ == "acomp" else [head]
    return any(c.dep_ == "neg" for h in holders for c in h.children)
