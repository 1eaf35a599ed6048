"""Whether a story's lead reports results in its main clause ("Acme posted a lower profit on Tuesday"), as
opposed to mentioning them in passing: a relative clause on the company ("whose profit fell last week"), a
phrase of ground ("after a slump in profit") or an outlook ("said its earnings would suffer"). Only such a lead
makes the story a results report when its title names no result (story_period.report_period)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import is_clause_verb
from extractor.lexicons import words

RESULT_WORDS = words("result_nouns")
# a result clause may hang on the root as what was said ("Acme said its profit rose") or as its second verb
MAIN_CLAUSE_LINKS = ("conj", "ccomp")
PAST_OR_PRESENT = ("VBD", "VBN", "VBZ", "VBP")
CORE_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def reports_results(sent: Span) -> bool:
    """A result noun of the sentence belongs to its main clause, which reports rather than forecasts."""
    return any(t.lower_ in RESULT_WORDS and _reported_in_main_clause(t) for t in sent)


def _reported_in_main_clause(noun: Token) -> bool:
    verb = _clause_verb(noun)
    return verb is not None and _main_clause(verb) and not is_outlook(verb)


def _clause_verb(noun: Token) -> Token | None:
    """The verb the noun is a core argument of (subject, object, attribute), directly or as the object of "in" or
    "of" under a noun that is one ("posted a rise in profit"); None for a noun that only describes ("the largest
    chain by revenue", "for 14 times its earnings") or gives ground ("after a slump in profit", "because of weak
    earnings")."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "profit and revenue rose": the first conjunct holds the place
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "of") and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.dep_ not in CORE_DEPS or not is_clause_verb(node.head):
        return None
    return node.head


def _main_clause(verb: Token) -> bool:
    """The root's clause, or one joined to it or said by it; not a relative or adverbial clause."""
    while verb.dep_ in MAIN_CLAUSE_LINKS:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_outlook(verb: Token) -> bool:
    """The clause speaks of what is to come: a modal ("would suffer", "will be hit", "could fall" — also on the
    verb it is joined to), a verb of predicting ("forecast lower profit", "is expected to", `prediction_verbs`), a
    base form ("to fall": an infinitive's "to" is no tense), or an infinitive on a word of prediction ("is likely
    to")."""
    for clause in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children):
            return True
    if verb.lemma_.lower() in words("prediction_verbs"):
        return True
    tensed = any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)
    if verb.tag_ not in PAST_OR_PRESENT and not tensed:
        return True
    return verb.dep_ in ("xcomp", "ccomp") and _predicting(verb.head)


def _predicting(head: Token) -> bool:
    outlook = words("outlook_words") | words("prediction_verbs")
    return head.lemma_.lower() in outlook or any(
        c.dep_ == "acomp" and c.lemma_.lower() in outlook for c in head.children
    )
