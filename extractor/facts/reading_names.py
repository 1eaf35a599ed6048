"""How two kinds of level are named (FACTS.md "Predicates": the measured noun with its qualifiers).

- An index reading written with a stand-in noun ("forecasters had pencilled in a reading of 57", "the
  expectations barometer slid to 39") measures the index: the stand-in (`index_reading_nouns`) becomes "index",
  its qualifiers kept ("expectations index"). Only where an index or a survey is in view: the stand-in's
  sentence or the two before it name one (`index_context_words`); "the fuel gauge on the truck read 40 percent"
  reads no index. A stand-in with an of/for noun of its own names what it reads ("the barometer for its loan
  book", "a gauge of mortgage demand") and is left alone.
- A percent level of a population share ("joblessness reached 7.5 percent", "occupancy averaged 64 percent")
  is that share's rate: "joblessness rate" (`percent_rate_nouns`), and so is a move in points ("unemployment
  edged up 0.3 point"). A percent change of the noun ("the count of jobless rose 8 percent") is a move of a
  count, not a rate, and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.predicate_forms import head_index
from extractor.facts.syntax import NUMBER_ENTS
from extractor.lexicons import words
from extractor.models import Quantity

_CONTEXT_SENTENCES = 3  # the stand-in's sentence and the two before: "The index fell to 90. A reading of 92 ..."


def rate_name(predicate: str, kind: str, quantity: Quantity) -> str:
    """A population share's percent level named as its rate ("joblessness" -> "joblessness rate")."""
    words_ = predicate.split()
    if not words_:
        return predicate
    head_at = head_index(words_)
    if words_[head_at] in words("percent_rate_nouns") and _rate_level(kind, quantity):
        return " ".join([*words_[: head_at + 1], "rate", *words_[head_at + 1 :]])
    return predicate


def index_name(predicate: str, measured: Token | None) -> str:
    """An index stand-in named as the index ("expectations barometer" -> "expectations index"). Applied to the
    finished fact only: the stand-in is the word of a survey, so the figure keeps the period of a survey
    reading (a month), never the day an "index" predicate gives a market quote."""
    words_ = predicate.split()
    if not words_ or measured is None:
        return predicate
    head_at = head_index(words_)
    head = words_[head_at]
    if head not in words("index_reading_nouns") or head_at != len(words_) - 1:
        return predicate
    if _reads_something(measured, head) or not _index_in_view(measured):
        return predicate
    return " ".join([*words_[:head_at], "index"])


def _reads_something(measured: Token, head: str) -> bool:
    """ "the barometer for its loan book", "a gauge of mortgage demand": the stand-in names what it reads."""
    if measured.lower_ != head:
        return False
    objects = (o for c in measured.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for o in c.children)
    # "a reading of 57" holds the figure itself; "the barometer for its loan book" names a thing
    return any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in NUMBER_ENTS for o in objects)


def _index_in_view(measured: Token) -> bool:
    """An index or a survey named in the stand-in's sentence or just before it: the stand-in is its reading."""
    sentences = [s for s in measured.doc.sents if s.start <= measured.i]
    context = words("index_context_words")
    return any(t.lemma_.lower() in context for s in sentences[-_CONTEXT_SENTENCES:] for t in s)


def _rate_level(kind: str, quantity: Quantity) -> bool:
    """A percent level ("reached 7.5 percent") or a move in points ("edged up 0.3 point", "fell 0.4 percentage
    point"): a rate's figures."""
    if quantity.unit in ("percentage_point", "point"):
        return True
    return quantity.unit == "percent" and kind == "metric"
