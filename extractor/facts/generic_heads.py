"""A generic figure noun keeps what it is a figure of (docs/DECISIONS.md, round 41 "Generic heads").

"the rate for business loans will be 4.3 percent", "the reading for bond trading rose 10 percent", "the size of the
offering grew to $900 million", "the cost of the repair reached $60 million": the measured noun names only a kind or
a dimension of a figure (`lexicons/generic_measure_heads.txt`: rate, reading, average, size, cost, return, ratio),
and `noun_phrase` keeps no "of"/"for" phrase, so the predicate was the bare word, which names nothing measured
(FACTS.md "Predicates": the measured noun first, then its post-modifier). The phrase is kept as written after the
head. Left as they are: an object that is a place, an organization, a person, a region or a time ("the reading for
Freedonia", "for the euro zone": whose figure it is, the subject's business; "for the whole of 2014": when), a move
noun ("the rate of decline": what moved is told elsewhere), a figure ("an average of 5 percent") and a pronoun. The
period rules read the bare head (`predicate_forms.measured_part`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.predicate_forms import GENERIC_HEAD_PREPS
from extractor.facts.syntax import noun_phrase
from extractor.lexicons import any_words, words

# an object that tells whose or when the figure is, not what it measures
HOLDER_ENTITIES = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "DATE", "TIME", "FAC"})
FIGURE_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})


def generic_head_phrase(predicate: str, measured: Token | None, skip: frozenset[int] = frozenset()) -> str:
    """ "rate" -> "rate for business loans" when the bare generic noun `measured` has an "of"/"for" phrase naming a
    common noun; any other predicate as it is."""
    if measured is None or predicate != measured.lower_ or predicate not in words("generic_measure_heads"):
        return predicate
    for prep in measured.rights:
        if prep.dep_ != "prep" or prep.lower_ not in GENERIC_HEAD_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and _names_what_is_measured(obj, skip):
            return f"{predicate} {prep.lower_} {noun_phrase(obj, drop_entities=False, skip=skip)}"
    return predicate


def _names_what_is_measured(obj: Token, skip: frozenset[int]) -> bool:
    """A common noun that is no figure, no holder or time, and no move ("the rate of decline")."""
    if obj.i in skip or obj.pos_ != "NOUN" or obj.like_num:
        return False
    if obj.ent_type_ in HOLDER_ENTITIES or obj.ent_type_ in FIGURE_ENTITIES:
        return False
    if any(t.ent_type_ in TIME_ENTITIES for t in _own_words(obj)):
        return False  # "a rate of 4 percent for the whole of 2014": when, not what
    lemma = obj.lemma_.lower()
    return lemma not in any_words("change_up", "change_down", "bare_move_nouns", "region_words")  # "the euro zone"


def _own_words(obj: Token) -> list[Token]:
    """The object's phrase without a clause or aside on it ("trucks, which rose most since May": not its time)."""
    asides = {t.i for c in obj.children if c.dep_ in ASIDE_DEPS for t in c.subtree}
    return [t for t in obj.subtree if t.i not in asides]
