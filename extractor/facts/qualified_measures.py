"""A figure whose "of" the parse hangs inside a qualifier of the measure: "net income from remaining operations of
$4.15 a share", "a profit excluding special items of 63 cents a share", "operating profit, excluding charges, of 19
cents a share". The figure sizes the measure before the qualifier (the income, the profit), never the operations or
items the qualifier names (docs/DECISIONS.md, "Predicates, round 24"). Only qualifier nouns that set part of a
measure aside count (`lexicons/measure_qualifier_nouns.txt`): "fees from contracts of $2 million apiece" size the
contracts. "before" and "after" are `measures_deductions`'s."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measure_phrases import is_measure_word
from extractor.lexicons import words


def qualified_measure(root: Token, of: Token) -> Token | None:
    """The measure noun a qualifier follows, when the figure `root` is the object of `of` and that "of" hangs on the
    qualifier's noun or on the qualifier word; None otherwise. A qualifier noun that is itself a measure ("profit
    excluding charges of $50 million") keeps the figure, unless a comma sets the qualifier off before "of"."""
    if root.dep_ != "pobj" or of.lower_ != "of":
        return None
    inner = of.head
    qualifiers = words("measure_qualifier_preps")
    if inner.pos_ in ("NOUN", "PROPN") and inner.dep_ == "pobj" and inner.head.lower_ in qualifiers:
        if not _sets_aside(inner):
            return None  # "revenue from contracts of $5 million each": the contracts' own size
        if any(c.dep_ in ("det", "poss") for c in inner.children):
            return None  # "including a tax credit of 6 cents": a determined noun is a thing of its own, sized here
        set_off = of.i > 0 and of.doc[of.i - 1].text == ","  # "earnings, excluding charges, of $2": the earnings'
        if _is_measure(inner) and not set_off:
            return None
        qualifier = inner.head
    elif inner.lower_ in qualifiers and inner.dep_ == "prep" and any(_sets_aside(c) for c in inner.children):
        qualifier = inner  # "profit, excluding charges, of 19 cents": the parse hangs "of" on "excluding"
    else:
        return None
    measure = _qualified(qualifier)
    return measure if measure is not None and _is_measure(measure) else None


def _qualified(qualifier: Token) -> Token | None:
    """The noun a qualifier word hangs on, or, when the parse hangs it on the verb, that verb's object before it
    ("reported profit excluding items")."""
    owner = qualifier.head
    if owner.pos_ == "NOUN":
        return owner
    if owner.pos_ in ("VERB", "AUX"):
        objects = [c for c in owner.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < qualifier.i]
        return objects[-1] if objects else None
    return None


def _sets_aside(noun: Token) -> bool:
    """A qualifier noun that sets part of a measure aside ("operations", "items"), not a thing with a size."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in words("measure_qualifier_nouns")


def _is_measure(token: Token) -> bool:
    return is_measure_word(token.lower_) or is_measure_word(token.lemma_.lower())
