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


def reports_results(sent: Span) -> bool:
    """A result noun of the sentence belongs to its main clause, which reports rather than forecasts."""
    return any(t.lower_ in RESULT_WORDS and _reported_in_main_clause(t) for t in sent)


def _reported_in_main_clause(noun: Token) -> bool:
    verb = _clause_verb(noun)
    return verb is not None and _main_clause(verb) and not is_outlook(verb)


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun is an argument of, or None when the way up passes a preposition of
    ground ("cut jobs after a slump in profit": the slump is the reason, not the report)."""
    node = noun
    while not is_clause_verb(node):
        if node.dep_ == "prep" and node.lower_ in words("background_prepositions"):
            return None
        if node.head is node:
            return None
        node = node.head
    return node


def _main_clause(verb: Token) -> bool:
    """The root's clause, or one joined to it or said by it; not a relative or adverbial clause."""
    while verb.dep_ in MAIN_CLAUSE_LINKS:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_outlook(verb: Token) -> bool:
    """The clause speaks of what is to come: a modal ("would suffer", "will be hit", "could fall" — also on the
    verb it is joined to), a base form ("to fall"), or an infinitive on a word of prediction ("is likely to")."""
    for clause in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children):
            return True
    if verb.tag_ not in PAST_OR_PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and _predicting(verb.head)


def _predicting(head: Token) -> bool:
    outlook = words("outlook_words")
    return head.lemma_.lower() in outlook or any(
        c.dep_ == "acomp" and c.lemma_.lower() in outlook for c in head.children
    )
