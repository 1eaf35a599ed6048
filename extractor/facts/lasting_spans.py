"""A span of time that says how long something went on is that thing's duration, a fact of its own.

A duration is a period phrase and no fact ("in five years", "after 12 hours of talks"), so every figure in a time
unit is dropped before it is read (`assembly.quantity_facts`). After a verb of lasting (`lasting_verbs`: "the
recession lasted eight months", "a trial expected to last as long as five months", "the outage could last for six
weeks") the span is the length of the verb's subject, which the gold takes as a metric ("recession duration").
The adjective "last" ("the last two years") is a period and is never a verb here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words

# words a span of time may hang on below the verb: "for six weeks", "as long as five months"
LINK_POS = frozenset({"ADP", "ADV", "ADJ"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MAX_LINKS = 3


def lasting_predicate(span: Span) -> str | None:
    """ "recession duration" for the span of "the recession lasted eight months"; None when no verb of lasting
    holds the span or what lasted is no common noun."""
    verb = _lasting_verb(span.root)
    if verb is None:
        return None
    lasted = _what_lasted(verb)
    if lasted is None or lasted.pos_ != "NOUN":
        return None
    return f"{lasted.lemma_.lower()} duration"


def _lasting_verb(time: Token) -> Token | None:
    token = time
    for _ in range(MAX_LINKS):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ == "VERB":
            return head if head.lemma_.lower() in words("lasting_verbs") else None
        if head.pos_ not in LINK_POS:
            return None
        token = head
    return None


def _what_lasted(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause the noun it describes ("recessions, which lasted"), for a verb
    after "expected to" the subject of the verb it completes, or the noun its participle describes."""
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "xcomp":
        if verb.head.dep_ in ("relcl", "acl"):  # "a trial expected to last": the noun the participle is on
            return verb.head.head
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject
