"""`ticker_evidence.name_then_ticker` finds, without compiling a pattern per name, what the per-name pattern
`(?<![\\w-])NAME` + a few name words + a ticker with its exchange found: the same starts, tails and ends, left to
right and without overlaps. Texts written for these tests, invented names and codes."""

import re

import pytest

from extractor.mentions import ticker_evidence
from extractor.mentions.ticker_evidence import EXCHANGE_TICKER, MAX_NAME_TAIL, name_then_ticker


def _compiled_per_name(name: str, text: str) -> list[tuple[int, str, int]]:
    """The reading the search replaces: one pattern compiled for the name."""
    tail_words = rf"((?:\s+[A-Z][\w.&'-]*){{0,{MAX_NAME_TAIL}}})"
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}{tail_words}\s*\(?\s*(?<![\w.]){EXCHANGE_TICKER}(?![\w.])")
    return [(m.start(), m.group(1), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("name", "text", "starts"),
    [
        ("Quillon", "Quillon Dairy Group QDG.ZX trimmed its dividend on Tuesday.", [0]),
        ("Quillon", "Brokers said Sub-Quillon QLN.ZX and Quillon ( QLN.ZX ) both opened lower.", [36]),
        ("Tavry", "Analysts at Tavry Harbour Freight Lines Co TVH.OQ expect a weak quarter.", []),
        ("Aa", "Aaa AA.PX rose while Aa AB.PX fell, then Aa Aa AC.PX was flat.", [21, 41]),
        ("Ostmere", "Ostmere said nothing about its listing; no code was given for Ostmere at all.", []),
        ("Brelk", "MidBrelk BRK.LX and Brelk.com BRK.LX are not it; Brelk BRK.LX is.", [49]),
        ("Corvane Bank", "Corvane Bank(CVB.HX) said fees fell; Corvane Bank  CVB.HX later rallied.", [0, 37]),
    ],
)
def test_the_search_finds_what_a_pattern_compiled_per_name_finds(name, text, starts):
    found = [(start, match.group(1), match.end()) for start, match in name_then_ticker(name, text)]
    assert found == _compiled_per_name(name, text)
    assert [start for start, _, _ in found] == starts


def test_no_pattern_is_compiled_per_name(monkeypatch):
    text = "Pendle Foods Inc PDF.AX cut 40 jobs; Harrow Mills HMW.AX kept its staff."
    assert ticker_evidence.ticker_follows("Pendle Foods", text)  # the module's own patterns, compiled once

    def refuse(*args, **kwargs):
        raise AssertionError("a pattern was compiled per name")

    monkeypatch.setattr(ticker_evidence.re, "compile", refuse)
    assert ticker_evidence.ticker_follows("Harrow Mills", text)
    searched = []

    def counted(name, text):
        searched.append(name)
        return name_then_ticker(name, text)

    monkeypatch.setattr(ticker_evidence, "name_then_ticker", counted)
    # the name stands just before a ticker, so it is searched for; "'s" starts no name word, so no match
    assert not ticker_evidence.ticker_follows("Harrow", "Harrow's unit Pendle Foods Inc PDF.AX cut 40 jobs.")
    assert searched == ["Harrow"]
