"""A pronoun subject of a bare move that stands for a measure told before it, outside a clause joined to its own:
"Operating profit grew fastest at the lifts unit, where it rose 21 percent" (a relative clause on another noun),
"The price index rose 0.4 percent in May. It is expected to rise 0.2 percent in June" (the previous sentence's
subject). Without it the pronoun read as the company and its percent as a share-price move.

The antecedent is the nearest subject written before the pronoun in its sentence ("investment has been falling -
in 2012 it tumbled 9 percent"), else, for a pronoun that is its sentence's first subject, the subject of the previous
sentence's main clause. It is kept only when it is a
common measure noun: never a name (the company "it"), never shares or stock ("Shares fell 2 percent. It closed at
$4" stays a share price, `stock_moves`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject
from extractor.lexicons import words


def measure_told_before(verb: Token, pronoun: Token) -> Token | None:
    """The measure noun `pronoun` (the subject of the bare move `verb`) stands for, or None."""
    sentence = verb.sent
    before = [t for t in sentence.doc[sentence.start : pronoun.i] if t.dep_ in SUBJECT_DEPS]
    if before:
        antecedent = before[-1]  # "profit grew fastest at the unit, where it rose 21 percent": the nearest subject
    elif sentence.start > 0:
        antecedent = clause_subject(sentence.doc[sentence.start - 1].sent.root)  # "It is expected to rise"
    else:
        return None
    return antecedent if antecedent is not None and _common_measure(antecedent) else None


def _common_measure(token: Token) -> bool:
    """A common noun that names a measure: not a name, not a stock's shares."""
    if token.pos_ != "NOUN" or token.ent_type_ or token.lemma_.lower() in words("share_nouns"):
        return False
    return is_measure_noun(token)
