"""The quantity layer's word lists moved out of code (hedges, weight cues, dollar prefixes) read as before."""

from __future__ import annotations

import re

import pytest

from extractor.lexicons import LEXICON_DIR
from extractor.mentions.quantities.currencies import WEIGHT_CUES
from extractor.mentions.quantities.lexicon import dollar_prefixes, hedge_pattern, stem_alternation


@pytest.mark.parametrize(
    ("kinds", "text", "skipped"),
    [
        (("round",), "about ", True),
        (("round",), "nearly ", False),
        (("round", "near"), "almost ", True),
        (("round", "near"), "more than ", False),
        (("round", "near", "loose", "bound"), "more  than ", True),
        (("round", "near", "loose", "bound"), "an estimated ", True),
        (("round", "near", "loose", "bound"), "precisely ", False),
    ],
)
def test_hedge_kinds(kinds: tuple[str, ...], text: str, skipped: bool) -> None:
    matched = re.fullmatch(hedge_pattern(*kinds) + r"\d", text + "7", re.IGNORECASE)
    assert (matched is not None) is skipped


@pytest.mark.parametrize(
    ("text", "weighs"),
    [
        ("The terrier weighed 30 pounds at the vet.", True),
        ("She shed 25 pounds on a strict dieting plan.", True),
        ("Heavyweight contenders cut 12 pounds before the bout.", True),
        ("The charity collected 40 pounds at the fair.", False),
        ("Tickets cost 15 pounds at the gate.", False),
    ],
)
def test_weight_cues(text: str, weighs: bool) -> None:
    assert (WEIGHT_CUES.search(text) is not None) is weighs


def test_stem_entries_take_any_ending() -> None:
    assert re.fullmatch(stem_alternation("weight_cues"), "weighing", re.IGNORECASE)
    assert not re.fullmatch(stem_alternation("weight_cues"), "tonnage", re.IGNORECASE)


@pytest.mark.parametrize("written", ["US$", "HK$", "C$", "A$", "S$"])
def test_dollar_prefixes(written: str) -> None:
    assert re.fullmatch(r"(?:" + dollar_prefixes() + r")\$", written)


@pytest.mark.parametrize(
    "name",
    [
        "figure_hedges.tsv",
        "weight_cues.txt",
        "dollar_prefixes.txt",
        "estimate_gap_words.txt",
        "estimate_lead_verbs.txt",
        "denominator_scale_prefixes.tsv",
        "current_level_modifiers.txt",
        "quote_level_nouns.txt",
    ],
)
def test_lists_have_no_duplicates(name: str) -> None:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    entries = [line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")]
    assert len(entries) == len(set(entries))
    assert all(entry == entry.lower() for entry in entries)
