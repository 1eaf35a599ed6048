"""A move noun told of a named index where the parse gives it no "in"/"of" phrase: "compared with a 4 percent rise on
the Norland 100 index", "the Norland 100 index posted a 2 percent gain". The index is what moved, so the figure is
the index's change (FACTS.md: a named index is the subject of its own readings); without it the move named nothing
("amount", "reading") or borrowed the sentence's earlier measure, a stock's "share price".

Only a named index (a proper name or a quote code, `syntax.names_an_index`): "a gain on the sale", "a rise on the
year" and "the company posted a 2 percent gain" keep their readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS, names_an_index, prep_object


def moved_index(move: Token) -> Token | None:
    """The named index of a move noun's "on" phrase, or the named index subject of the verb whose object is the
    move noun; else None."""
    told_on = prep_object(move, ("on",))
    if told_on is not None and names_an_index(told_on):
        return told_on
    if move.dep_ != "dobj":
        return None
    subject = next((c for c in move.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and names_an_index(subject) else None
