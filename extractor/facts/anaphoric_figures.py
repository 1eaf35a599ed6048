"""A figure told of a word that only points back takes the measure of the figure it points to (docs/DECISIONS.md,
"Anaphoric figures", round 27).

"Orders climbed 7 percent. The climb lifted them to 3.1 million units", "80,000 members joined in June. Its
overall base now tops 2 million", "volumes fell 8 percent to 12 million tonnes, and more drops, perhaps down to 10
million, are expected": the parse finds only a word that refers back (a move noun, a level, a base, a total, a unit;
`anaphoric_measure_words`), so the fact was named after that word. Such a figure restates the measure of an earlier
figure of the same holder, in its own sentence or in the one before. The candidates are scored on explicit
evidence, not tried in a cascade:

- same holder: required (a figure of another company, or of a rival told before, is never borrowed from);
- same unit class (a count after a count, a sum after a sum, a percent after a percent): 2;
- a level after a percent move of the same holder, told by a move noun ("climbed 7 percent ... the climb lifted
  them to 3.1 million"), when no level of that measure was told already: 1; a unit, total, level or base alone
  ("revenue fell 8 percent. It expects to build 4,000 units") is a measure of its own, not the move's;
- otherwise 0, never taken.

The highest score wins, the nearest earlier figure among equals. A candidate whose own predicate only points
back, names nothing ("amount") or is a stock's move is no antecedent: a stock's move told before is not the
measure of the results told after it. An index, commodity or bond quote keeps its own name (read before this).
"Unit(s)" points back only beside a pace or rate word ("a 2.6 million-unit pace", "the pace was cut to 90,000
units"): "its 1,450 investors hold 2,600 units" counts ownership units, not investors. A pointer word owned by a
possessive ("the bank's level") is left alone, and so is a change: a move noun sized by its figure ("after a 700
decline") is `bare_moves`' own, which checks whether the clause writes what moved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.predicate_forms import FALLBACK_PREDICATE, SHARE_MOVES
from extractor.lexicons import any_words, words
from extractor.mentions.quantities.unit_classes import unit_class
from extractor.models import Fact, Quantity

SAME_CLASS = 2
LEVEL_AFTER_MOVE = 1
UNIT_WORDS = frozenset({"unit", "units"})
STOCK_POINTERS = frozenset({"base", "total", "level", "levels", "tally"})  # what is held, not a flow into it
FLOW_WORDS = frozenset({"added", "net", "new"})  # "net subscribers added": the flow's words, not the stock's
COUNT_RATES = frozenset({"rate", "rates"})  # "rate" alone is a measure of its own only for a percent ("its rate")
PACE_WORDS = frozenset({"pace", "rate", "rates"})  # beside these, "units" is the pace of what was counted before
POINTERS = ("anaphoric_measure_words", "anaphoric_move_words")


def points_back(predicate: str | None, count: bool = False) -> bool:
    """A predicate made only of words that refer back to a measure ("rise", "overall base", "latest level"); for
    a count, a rate too ("a 5 million unit rate" is the pace of what an earlier count counted)."""
    parts = (predicate or "").split()
    pointers = any_words(*POINTERS) | (COUNT_RATES if count else frozenset())
    return bool(parts) and all(p in pointers for p in parts)


def anaphoric_measure(
    predicate: str | None,
    measured: Token | None,
    span: Span,
    quantity: Quantity,
    kind: str,
    subject: str | None,
    earlier: list[Fact],
) -> Fact | None:
    """The earlier fact (in document order, the sentence before first) whose measure the figure restates; None
    when the figure names a measure of its own or nothing scores."""
    if not points_back(predicate, unit_class(quantity) == "count") or subject is None or _owned(measured):
        return None
    if kind == "change":
        return None  # a sized move ("its workforce saw a 700 decline") is `bare_moves`' own, with its mover checks
    if any(w in UNIT_WORDS for w in (predicate or "").split()) and not _paced(predicate, span):
        return None  # "the unit, which makes 8 percent of sales", "investors hold 2,600 units": units of their own
    moved = bool(words("anaphoric_move_words") & set((predicate or "").split())) or _moved_subject(span)
    best, best_score = None, 0
    for fact in reversed(earlier):  # the nearest first, so that an equal score keeps the nearest
        score = _score(fact, quantity, kind if moved else "", subject, earlier)
        if score > best_score:
            best, best_score = fact, score
    return best


def _score(fact: Fact, quantity: Quantity, kind: str, subject: str, earlier: list[Fact]) -> int:
    """`kind` is "" when the figure's pointer is no move noun: then only a figure of the same unit class scores."""
    if fact.subject != subject or fact.value is None or not _names_a_measure(fact.predicate):
        return 0
    if unit_class(fact.value) == unit_class(quantity):
        return SAME_CLASS
    moved = fact.kind == "change" and unit_class(fact.value) == "percent"
    # "net income was $200 million, 10 percent more than a year before. The increase took its total to 3 million
    # units": a measure whose level was told already is no measure of a level of another kind
    leveled = any(f.predicate == fact.predicate and f.kind == "metric" for f in earlier if f.subject == subject)
    return LEVEL_AFTER_MOVE if moved and kind == "metric" and not leveled else 0


def _names_a_measure(predicate: str) -> bool:
    return predicate != FALLBACK_PREDICATE and predicate not in SHARE_MOVES and not points_back(predicate, count=True)


def _clause_words(span: Span) -> list[Token]:
    """The figure's own words, the words up to its verb, and that verb's subject ("the pace was cut to 90,000")."""
    chain, head = list(span), span.root
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
        chain.append(head)
    return chain + [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _paced(predicate: str | None, span: Span) -> bool:
    """ "a 2.6 million-unit pace", "a 310,000 unit rate", "the pace for April stands at 280,000 units": units
    beside a pace or rate word are the pace of what an earlier count counted."""
    told = set((predicate or "").split()) | {t.lower_ for t in _clause_words(span)}
    return bool(told & PACE_WORDS)


def _moved_subject(span: Span) -> bool:
    """ "the rise took sales to 4.5 million units": the figure's verb has a move noun for its subject."""
    moves = words("anaphoric_move_words")
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in moves for t in _clause_words(span))


def _owned(measured: Token | None) -> bool:
    """ "the bank's level", "Norland's total": a possessive names whose figure it is, a measure of its own."""
    return measured is not None and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in measured.children)


def with_counted_of(quantity: Quantity, told: Fact) -> Quantity:
    """A count that restates a count counts what that count counted ("315,000 units" after "new home sales")."""
    counted = told.value.counted if told.value is not None and told.value.unit is None else None
    return quantity.model_copy(update={"counted": counted}) if quantity.unit is None and counted else quantity


def restated_predicate(predicate: str, told: Fact) -> str:
    """The antecedent's measure; a stock pointed to by a flow's name is the stock ("its overall base" after
    "net subscribers added" is subscribers)."""
    if not STOCK_POINTERS & set(predicate.split()):
        return told.predicate
    kept = [w for w in told.predicate.split() if w not in FLOW_WORDS]
    return " ".join(kept) or told.predicate
