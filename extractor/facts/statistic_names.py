"""A government statistic told by what it counts is named by its release (docs/DECISIONS.md, round 35 preds35).

"the count of those still getting benefits dropped 20,000", "new applications for unemployment aid rose to
400,000", "home resales climbed 3 percent": the weekly jobless report and the monthly housing report are written
around their release names, and the gold names the figures so ("continuing claims", "initial claims", "existing
home sales"), though the sentence has no token of the name. The descriptions are rows of the lexicon
`statistic_release_names`: lemmas the measured noun's own phrase holds in order. The phrase is the measured noun's
subtree up to its first comma, so a word of a later aside ("..., which pays benefits") does not count.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extractor.lexicons import table


@cache
def _descriptions() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(lemmas in order, release name) for each lexicon row, the longest description first."""
    rows = [(tuple(lemmas.split()), row[0]) for lemmas, row in table("statistic_release_names").items()]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def release_name(predicate: str, measured: Token | None) -> str:
    """The release's name when the measured noun's phrase describes one of the lexicon's statistics, else
    `predicate` as it is."""
    if measured is None:
        return predicate
    lemmas = _phrase_lemmas(measured)
    return next((name for words_, name in _descriptions() if _holds_in_order(lemmas, words_)), predicate)


def _phrase_lemmas(measured: Token) -> list[str]:
    """Lower-case lemmas of the measured noun's subtree from its left edge up to the first comma, dash or bracket."""
    lemmas: list[str] = []
    for token in measured.doc[measured.left_edge.i : measured.right_edge.i + 1]:
        if token.i > measured.i and token.is_punct and token.lower_ in (",", "--", "—", ";", "("):
            break
        lemmas.append(token.lemma_.lower())
    return lemmas


def _holds_in_order(lemmas: list[str], wanted: tuple[str, ...]) -> bool:
    """Every wanted lemma occurs in `lemmas`, in this order (other lemmas may stand between)."""
    rest = iter(lemmas)
    return all(any(lemma == word for lemma in rest) for word in wanted)
