"""How two kinds of level are named (FACTS.md "Predicates": the measured noun with its qualifiers).

- An index reading written with a stand-in noun ("economists had expected a reading of 61", "the current
  conditions gauge rose to 48") measures the index: the stand-in (`index_reading_nouns`) becomes "index",
  its qualifiers kept ("current conditions index"). A stand-in with an of/for phrase names what it reads
  ("the reading for initial claims", "a gauge of inflation") and is left alone.
- A percent level of a population share ("unemployment hit 9.5 percent", "occupancy stood at 71 percent")
  is that share's rate: "unemployment rate" (`percent_rate_nouns`). A percent change of the noun ("jobless
  numbers rose 5 percent") is a move of a count, not a rate, and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.predicate_forms import POST_MODIFIERS
from extractor.lexicons import words
from extractor.models import Quantity


def rate_name(predicate: str, kind: str, quantity: Quantity) -> str:
    """A population share's percent level named as its rate ("unemployment" -> "unemployment rate")."""
    words_ = predicate.split()
    if not words_:
        return predicate
    head_at = _head_index(words_)
    if words_[head_at] in words("percent_rate_nouns") and _rate_level(kind, quantity):
        return " ".join([*words_[: head_at + 1], "rate", *words_[head_at + 1 :]])
    return predicate


def index_name(predicate: str, measured: Token | None) -> str:
    """An index stand-in named as the index ("present situation gauge" -> "present situation index"). Applied
    to the finished fact only: the stand-in is the word of a survey, so the figure keeps the period of a
    survey reading (a month), never the day an "index" predicate gives a market quote."""
    words_ = predicate.split()
    if not words_:
        return predicate
    head_at = _head_index(words_)
    head = words_[head_at]
    if head in words("index_reading_nouns") and head_at == len(words_) - 1 and not _reads_something(measured, head):
        return " ".join([*words_[:head_at], "index"])
    return predicate


def _reads_something(measured: Token | None, head: str) -> bool:
    """ "the reading for fixed income", "a gauge of inflation": the stand-in names what it reads."""
    if measured is None or measured.lower_ != head:
        return False
    objects = (o for c in measured.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for o in c.children)
    # "a reading of 61" holds the figure itself; "the reading for fixed income" names a thing
    return any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in _FIGURES for o in objects)


_FIGURES = ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")


def _head_index(words_: list[str]) -> int:
    """Where the measured noun stands: the last word before the first post-modifier."""
    for i, word in enumerate(words_):
        if word in POST_MODIFIERS and i > 0:
            return i - 1
    return len(words_) - 1


def _rate_level(kind: str, quantity: Quantity) -> bool:
    """A percent level ("hit 9.5 percent") or a move in points ("rose 0.2 point"): a rate's figures."""
    if quantity.unit == "percentage_point":
        return True
    return quantity.unit == "percent" and kind == "metric"
