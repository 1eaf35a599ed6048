"""A deal verb in the to-clause of talks names what is negotiated, not a deal done: "is in talks to buy X",
"opened exclusive negotiations with buyers to sell a division", "launched talks to merge with X". The parser hangs
that to-clause on the talks noun ("talks to buy": acl) or, after a modifier or a with-phrase, on the clause's
verb ("is in final talks to sell X": advcl of "is"); both are talks (lexicons/talks_nouns.txt)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import to_infinitive
from extractor.lexicons import words

NOUN_CLAUSES = ("acl", "relcl", "xcomp")  # "talks to buy X": the to-clause hangs on the noun
VERB_CLAUSES = ("advcl", "xcomp")  # "is in final talks to sell X": the to-clause hangs on "is"


def negotiating_noun(verb: Token) -> Token | None:
    """The talks noun whose to-clause the deal verb is, or None: the verb's own head, or a talks noun its
    head verb governs before it, as object ("launched talks to merge") or through "in"/"into"."""
    head = verb.head
    if verb.dep_ in NOUN_CLAUSES and _is_talks(head):
        return head
    if verb.dep_ not in VERB_CLAUSES or not to_infinitive(verb):
        return None
    return next((noun for noun in _governed_nouns(head) if noun.i < verb.i and _is_talks(noun)), None)


def _governed_nouns(verb: Token) -> list[Token]:
    """The verb's objects and the objects of its "in"/"into" phrases."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words("negotiation_prepositions"):
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    return nouns


def _is_talks(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("talks_nouns")
