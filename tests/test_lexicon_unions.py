"""The cached unions of word lists (`any_words`, `words_but`) are the sets the rules used to join per call."""

from __future__ import annotations

import pytest

from extractor.lexicons import any_words, words, words_but

UNIONS = [
    ("change_up", "change_down"),
    ("forecast_nouns", "forecast_cues", "guidance_nouns"),
    ("role_nouns", "title_words"),
    ("deal_nouns", "bid_nouns", "deal_kind_words", "currency_nouns"),
]


@pytest.mark.parametrize("names", UNIONS)
def test_any_words_is_the_union(names: tuple[str, ...]) -> None:
    expected = frozenset()
    for name in names:
        expected |= words(name)
    assert any_words(*names) == expected
    assert any_words(*names) is any_words(*names)  # built once


@pytest.mark.parametrize(
    ("names", "left_out"),
    [(("change_up", "change_down"), "not_change_nouns"), (("index_nouns",), "forecast_index_nouns")],
)
def test_words_but_leaves_the_list_out(names: tuple[str, ...], left_out: str) -> None:
    assert words_but(names, left_out) == any_words(*names) - words(left_out)
    assert not words_but(names, left_out) & words(left_out)


def test_one_list_is_itself() -> None:
    assert any_words("anaphors") == words("anaphors")
