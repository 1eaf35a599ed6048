"""A count whose counted noun is the move it sizes counts what moved (docs/DECISIONS.md "Round 35 (counted35)").

"a 40,000 gain in jobs", "a 9,000 decline in payrolls", "12,000 subscriber additions": the quantity layer reads
the noun after the figure as what it counts, here a move noun (`change_up`, `change_down`, `count_change_words`),
and the facts then read `counted` "gain" and no direction, since a count before a verb's object is a count of
that object ("cut 1,000 jobs"). The figure sizes the move of the thing the noun names, in its "in"/"of" phrase
or as its compound: that thing is counted, and the move noun gives the direction. A plural noun of cutting
(`counted_cut_nouns`: "1,900 job cuts") or of closing (`counted_act_nouns`: "200 branch closures") keeps its
FACTS.md reading, a metric of what was cut: only its counted noun is the compound's (job, branch).
Money and percents are left alone ("a $250 million loss" is a net loss, a metric).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import count_direction
from extractor.lexicons import words
from extractor.models import Quantity

SIZING_DEPS = frozenset({"nummod", "compound", "amod", "quantmod"})  # "a 40,000 gain", "12,000 job additions"
MOVED_PREPS = frozenset({"in", "of"})  # "a 40,000 gain in jobs", "a decline of 9,000 in payrolls"
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "a 9,000 gain in May" dates the move, it names nothing moved


def move_direction(lemma: str) -> str | None:
    """ "up" or "down" for a noun that states a move of what it governs; None for any other noun."""
    if lemma in words("not_change_nouns"):
        return None  # "a $5 million contract": the noun names a thing
    return count_direction(lemma)  # "gain", "loss", "addition": nouns of a count's move


def _moved_noun(move: Token) -> Token | None:
    """What the move noun says moved: its compound ("subscriber additions") or, for a single move, its "in"/"of"
    object ("a gain in jobs"); a time or a duration only dates the move. A plural move without a compound is a
    number of moves ("three straight declines in output"), so only a compound names the units of a plural."""
    # the compound next to the move heads its chain: "broadband subscriber additions" add subscribers
    compounds = [c for c in move.children if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.like_num][-1:]
    preps = [p for p in move.children if p.dep_ == "prep" and p.lower_ in MOVED_PREPS] if move.tag_ == "NN" else []
    objects = [o for p in preps for o in p.children]
    for noun in [*compounds, *(o for o in objects if o.dep_ == "pobj")]:
        if noun.pos_ == "NOUN" and noun.ent_type_ not in TIME_ENTITIES:
            if noun.lemma_.lower() not in words("duration_nouns"):
                return noun
    return None


def moved_count(span: Span, quantity: Quantity) -> Quantity | None:
    """The count `span` read with what moved as its counted noun and the move noun's direction, when the noun
    it was read to count is a move it sizes; None otherwise."""
    if quantity.unit is not None or not quantity.counted:
        return None
    move = span.root.head
    if span.root.dep_ not in SIZING_DEPS or move.i <= span.root.i or move.lemma_.lower() != quantity.counted:
        return None
    direction = move_direction(quantity.counted)
    moved = _moved_noun(move) if direction is not None else None
    if moved is None:
        return None
    counted = moved.lemma_.lower()
    if move.tag_ == "NNS" and quantity.counted in words("counted_cut_nouns") | words("counted_act_nouns"):
        return quantity.model_copy(update={"counted": counted})  # "1,900 job cuts": jobs cut, a metric
    return quantity.model_copy(update={"counted": counted, "direction": direction})
