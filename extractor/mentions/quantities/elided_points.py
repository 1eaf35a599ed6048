"""A bare "point(s)" that shortens a "percentage point(s)" written earlier in the sentence: "the spread widened 1.2
percentage points, then narrowed to 0.9 points", "imports cut growth by 0.2 percentage point,
though economists had looked for 0.1 point". News writes the full unit once and then its short form; the short form
is the same step of a rate, not an index point.

Read only when the full unit stands earlier in the same sentence (lexicon `elided_point_antecedents`), the figure
is below 100 (a step of a rate; index moves and levels are larger as often as not), and the figure's own clause
names no other measure: no index or market noun (lexicons `index_nouns`, `market_subject_nouns`: "the index fell 3
points", "stocks lost 2 points") and no capitalised word
(a named index or company: "the Dow lost 9 points") between the clause's opening and the figure.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import any_words, words
from extractor.mentions.quantities.reading import Reading

_LARGEST_STEP = 100
# a sentence ends at a stop followed by a space or a line break ("0.9" and "U.S." inside a sentence do not end it)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_CAPITALISED = re.compile(r"\b[A-Z][\w&.-]*")


@cache
def _antecedent() -> re.Pattern[str]:
    phrases = sorted(words("elided_point_antecedents"), key=len, reverse=True)
    alternation = "|".join(r"[\s-]+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(r"\b(?:" + alternation + r")s?\b", re.IGNORECASE)


@cache
def _clause_joiner() -> re.Pattern[str]:
    """What opens a clause of its own: a comma, a semicolon or a clause coordinator (lexicon `clause_coordinators`)."""
    joiners = "|".join(sorted(words("clause_coordinators")))
    return re.compile(r"[,;]|\b(?:" + joiners + r")\b", re.IGNORECASE)


@cache
def _market_noun() -> re.Pattern[str]:
    """An index or a market as a subject of its own ("the index", "stocks"; lexicons `index_nouns`,
    `market_subject_nouns`), whose points are index points."""
    nouns = sorted(any_words("index_nouns", "market_subject_nouns"))
    return re.compile(r"\b(?:" + "|".join(nouns) + r")(?:es|s)?\b", re.IGNORECASE)


def _sentence_before(text: str, at: int) -> str:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, at):
        start = match.end()
    return text[start:at]


def _clause_names_other_measure(stretch: str) -> bool:
    """ "... and the Dow fell ": the figure's clause has a subject of its own that is an index or a name."""
    clause = _clause_joiner().split(stretch)[-1]
    return _market_noun().search(clause) is not None or _CAPITALISED.search(clause) is not None


def is_elided_percentage_point(text: str, r: Reading) -> bool:
    """Whether the bare "point(s)" after the figure `r` is a percentage point named in full earlier."""
    if r.unit or r.low is not None or not 0 < r.amount < _LARGEST_STEP:
        return False
    sentence = _sentence_before(text, r.start)
    antecedents = list(_antecedent().finditer(sentence))
    if not antecedents:
        return False
    return not _clause_names_other_measure(sentence[antecedents[-1].end() :])
