"""A pronoun that stands for a company's shares: "Its shares slipped on Monday. They closed at $31.40", "the stock
rose 2 percent before it ended at $8". A market verb whose subject is such a pronoun prices the shares, so the
figure is a share price, not a noun the parse finds further away ("deals", "revenue") or a fallback."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import SHARE_WORDS
from extractor.facts.stock_moves import is_market_verb
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, governing_verb
from extractor.lexicons import words

_PLURAL_PRONOUNS = frozenset({"they"})  # a plural pronoun agrees with "shares"; a singular one with "stock"


def pronoun_share_move(span: Span) -> bool:
    """The figure's verb is a market verb whose own subject is a pronoun whose antecedent is a share noun."""
    verb = governing_verb(span.root)
    if verb is None or not is_market_verb(verb):
        return False
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ not in words("measure_pronouns"):
        return False
    antecedent = _antecedent(verb, pronoun)
    return antecedent is not None and _agrees(pronoun, antecedent)


def _antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The subject the pronoun takes up: of a clause joined to the pronoun's own and written before it ("the stock
    rose before it ended", "Shares jumped; they closed"), else of the previous sentence's main clause."""
    joined = [verb.head] if verb.dep_ != "ROOT" else [c for c in verb.children if c.pos_ in ("VERB", "AUX")]
    subjects = [clause_subject(clause) for clause in joined]
    before = [s for s in subjects if s is not None and s.i < pronoun.i]
    if before:
        return max(before, key=lambda s: s.i)
    sentence = verb.sent
    if verb.dep_ != "ROOT" or sentence.start == 0:
        return None
    return clause_subject(sentence.doc[sentence.start - 1].sent.root)


def _agrees(pronoun: Token, antecedent: Token) -> bool:
    """A share noun of the pronoun's number: "they" for "shares", "it" for "stock"."""
    if antecedent.pos_ != "NOUN" or antecedent.lemma_.lower() not in SHARE_WORDS:
        return False
    return (antecedent.tag_ == "NNS") == (pronoun.lower_ in _PLURAL_PRONOUNS)
