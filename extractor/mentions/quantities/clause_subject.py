"""Whether two amounts of a sentence are told of the same subject, read from the parse: "Crude settled at $62 a
barrel, down $1.15, after gaining $2.05" tells all three of crude; "Crude rose to $90 a barrel, and <a refiner> rose
$1.10" and "..., pushing up retail gasoline 12 cents" tell the second amount of another subject (a conjoined clause
with its own subject, a clause with its own object). Used to read a small change as a change of a price per unit
(quantities/view.py)."""

from __future__ import annotations

from spacy.tokens import Span, Token

_MAX_CLIMB = 6  # head steps from an amount to the verb that tells it
_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "csubj"})  # a clause with these tells another thing
_SUBORDINATE = frozenset({"advcl", "xcomp"})  # "after gaining $2.05", "having slipped $1.05", "to finish at $81"


def _verb_of(span: Span) -> Token | None:
    """The first verb above the amount: the clause that tells it."""
    token = span.root
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and token is not span.root:
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _path(span: Span, verb: Token) -> set[int]:
    """Token indices from the amount up to its verb: a word on it is the amount's own ("slipped $1.05 the session
    before" parses the amount into an object)."""
    token, seen = span.root, set(range(span.start, span.end))
    for _ in range(_MAX_CLIMB):
        if token == verb or token.head == token:
            break
        seen.add(token.i)
        token = token.head
    return seen


def _governor(verb: Token) -> Token | None:
    """The clause a subordinate clause hangs from: "having slipped" (advcl), "after gaining" (a preposition's
    clause)."""
    if verb.dep_ in _SUBORDINATE:
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.head
    return None


def _borrows_subject(verb: Token, amount: Span) -> bool:
    """A subordinate clause with no subject and no object of its own (other than the amount's) tells of its
    head's subject."""
    mine = _path(amount, verb)
    return not any(c.dep_ in _OWN_ARGUMENTS and c.i not in mine for c in verb.children)


def same_subject(change: Span, level: Span) -> bool:
    """The change is told in the level's clause, or in a subordinate clause of it (or the level in one of the
    change's) that borrows its subject."""
    change_verb, level_verb = _verb_of(change), _verb_of(level)
    if change_verb is None or level_verb is None:
        return False
    if change_verb == level_verb:
        return True
    if _governor(change_verb) == level_verb and _borrows_subject(change_verb, change):
        return True
    return _governor(level_verb) == change_verb and _borrows_subject(level_verb, level)
