"""The literal gates in front of the period rules: a gate may refuse a text only when its pattern cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.mentions.periods import _GATED_RULES
from extractor.mentions.regex_gate import literal_gate, lowered_text

ARTICLES = Path(__file__).resolve().parents[2] / "corpus" / "articles"


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        # a required word, in any case under IGNORECASE
        (r"\bsince\s+\d+", "Prices have held SINCE 12 weeks", "Prices have held for 12 weeks"),
        # one word of an alternation is enough
        (r"\b(?:in|during)\s+(march|april)\b", "output rose during April", "output rose during the summer"),
        # a word required in one branch only is not required of the pattern
        (r"\bfoo\s+bar\b|\bbaz\b", "a baz here", "a qux here"),
        # adjacent pieces join into one longer string ("h1", "h2")
        (r"(?<![\w])H([12])\b", "sales in h2 were flat", "the h-shaped recovery"),
        # what a lookahead sees is in the text too
        (r"\b\d+\s+months?(?=\s+(?:profit|sales)\b)", "nine months profit at Tarvel", "in 9 months time"),
        # a lookbehind's word as well
        (r"(?<=\bpence\s)\d+", "a price of pence 40", "a price of 40 cents"),
        # a word every branch requires (here in each branch's lookahead) is required of the whole
        (r"\bnine\s+months(?=\s+sales)|\b9M(?=\s+sales)", "Orvex 9M sales grew", "nine months later, at Orvex"),
        # a non-ASCII piece cannot gate, the literal run before it still does
        (r"\b(?:June|July)['’]s\b", "after July’s 2 percent gain", "after the summer’s gain"),
        (r"\bweek[–-]on[–-]week\b", "sales rose week–on–week", "sales rose on the month"),
        (r"\b(?:euro|yen) zone\b", "in the euro zone", "in the dollar area"),
    ],
)
def test_gate_admits_matching_and_refuses_impossible_texts(pattern: str, admitted: str, refused: str) -> None:
    compiled = re.compile(pattern, re.I)
    gate = literal_gate(compiled)
    assert gate.admits(lowered_text(admitted))
    assert not gate.admits(lowered_text(refused))
    assert compiled.search(refused) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+\s*%",  # no literal word at all
        r"(?:the\s+)?(?:next\s+)?\w+",  # only optional words
        r"(?:foo|)bar?",  # an empty branch: "foo" is not required ("ba" is)
        r"\bbar(?!\s+foo)",  # a negative lookahead requires its word to be absent, not present
        r"(?<!next\s)\bbar",  # a negative lookbehind likewise
        r"\bbar(?=\s+foo)|\bbaz",  # a lookahead in one branch only
    ],
)
def test_gate_never_requires_an_optional_word(pattern: str) -> None:
    gate = literal_gate(re.compile(pattern, re.I))
    assert all("foo" not in strings and "next" not in strings for strings in gate.requirements)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Output at the Zürich plant has grown \u017fince May", True),  # a long s: IGNORECASE reads it as "s"
        ("Output rose \u0130N March at the Kelso works", False),  # a dotted capital I
        ("Orders grew 3 percent since the Kelvin-scale \u212ailn opened", True),  # the Kelvin sign
    ],
)
def test_text_with_a_letter_ignorecase_takes_for_ascii_is_always_admitted(text: str, matches: bool) -> None:
    gate = literal_gate(re.compile(r"\bsince\b", re.I))
    assert lowered_text(text) is None
    assert gate.admits(lowered_text(text))
    assert (re.search(r"\bsince\b", text, re.I) is not None) == matches


@pytest.mark.parametrize(
    "text", ["Sales at Brévan SA fell 4% — the steepest drop", "“We expect more,” said Anaïs Lenoir", "Prices: €5"]
)
def test_other_text_beyond_ascii_is_gated(text: str) -> None:
    gate = literal_gate(re.compile(r"\bsince\b", re.I))
    assert lowered_text(text) == text.lower()
    assert not gate.admits(lowered_text(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue at Palvex Corp rose 4% in the three months ended Sept. 30, 2015, from a year earlier.",
        "The Korlan Group expects H2 2016 margins to recover by the end of next year.",
        "Sales have been the weakest since March last year, the Dunmore trade body said on Tuesday.",
        "Shipments rose 2% year-to-date, after a 1st-quarter fall and FY2014/15 losses.",
        "No period at all is named in this sentence about Vestra Ltd's factories.",
    ],
)
def test_gates_change_no_period_rule_match(sentence: str) -> None:
    """Each rule finds the same matches with its gate as without it."""
    lowered = lowered_text(sentence)
    for gate, pattern, _ in _GATED_RULES:
        if not gate.admits(lowered):
            assert pattern.search(sentence) is None, pattern.pattern[:60]


def test_gates_refuse_no_line_of_the_development_articles_a_rule_matches() -> None:
    lines = [line for path in sorted(ARTICLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    refused = 0
    for line in lines:
        lowered = lowered_text(line)
        for gate, pattern, _ in _GATED_RULES:
            if not gate.admits(lowered):
                refused += 1
                assert pattern.search(line) is None, (pattern.pattern[:60], line)
    assert refused > len(lines)  # the gates do refuse work


@pytest.mark.parametrize(
    "text",
    [
        "Call the Tarvel desk on (212) 555-0134 for details.",  # area code in brackets
        "Orders go to 555-0199 on weekdays.",  # a local number
        "Reach Brosk AG at +41 44 555 01 23 before noon.",  # international
        "The Kelmont office, 020 7946 0321, stays open.",  # trunk prefix
        "Fax 212.555.0188 or write to the Norvale office.",  # dotted
    ],
)
def test_phone_numbers_are_still_blocked_behind_their_digit_check(text: str) -> None:
    """`PHONE_NEEDS` is a necessary condition of `PHONE`: every phone shape passes it and stays blocked."""
    from extractor.mentions.quantities.filters import PHONE, PHONE_NEEDS, blocked_spans

    match = PHONE.search(text)
    assert match is not None and PHONE_NEEDS.search(text) is not None
    assert match.span() in blocked_spans(text)


def test_phone_digit_check_refuses_no_line_of_the_development_articles_phone_matches() -> None:
    from extractor.mentions.quantities.filters import PHONE, PHONE_NEEDS

    lines = [line for path in sorted(ARTICLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    refused = [line for line in lines if PHONE_NEEDS.search(line) is None]
    assert all(PHONE.search(line) is None for line in refused)
    assert len(refused) > len(lines) / 2  # the check does spare most lines the costly scan


GATE_SET_TEXTS = [
    "Orvell Ltd's same-store sales rose 3% in the 12 months to March 31, the Tessan chain said.",
    "Net income fell to 4.1 million euros in the second half from a year earlier, Brakka AG said on Friday.",
    "The figure for 2021/22 was revised; analysts at Quorra see a recovery by the end of next year.",
    "İSTANBUL - the ſame quarter a year ago, K-rated bonds",  # letters IGNORECASE takes for ASCII: all admitted
    "Nothing here names a time at all.",
    "",
]


@pytest.mark.parametrize("text", GATE_SET_TEXTS)
def test_gate_set_gives_each_gate_its_own_answer(text: str) -> None:
    """`GateSet.admitted` is `Gate.admits` for every period rule's gate, word lookups and text lookups alike."""
    from extractor.mentions.regex_gate import GateSet

    gates = [gate for gate, _, _ in _GATED_RULES]
    lowered = lowered_text(text)
    assert GateSet(gates).admitted(lowered) == [gate.admits(lowered) for gate in gates]


def test_gate_set_agrees_on_every_line_of_the_development_articles() -> None:
    from extractor.mentions.periods import _RULE_GATES

    lines = [line for path in sorted(ARTICLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        lowered = lowered_text(line)
        assert _RULE_GATES.admitted(lowered) == [gate.admits(lowered) for gate, _, _ in _GATED_RULES], line


@pytest.mark.parametrize(
    ("entries", "pattern", "text"),
    [
        (["USD", "EUR", "Rs"], r"(?<![A-Za-z])(?:USD|EUR|Rs)(?=\d)", "paid USD500 and Rs20, not XUSD5 or usd7"),
        (["one", "two", "half"], r"(?<![\w-])(?:one|two|half)\b", "One or two, Half and half-time, none"),
        (["$", "R"], r"(?<![\w$])(?:\$|R)(?=\d)", "$5, R20, A$7, R, $"),
    ],
)
def test_starting_with_keeps_every_match(entries: list[str], pattern: str, text: str) -> None:
    """The lookahead of first characters only speeds a scan: the same matches, with or without IGNORECASE."""
    from extractor.mentions.regex_gate import starting_with

    for flags in (0, re.IGNORECASE):
        plain, fast = re.compile(pattern, flags), re.compile(starting_with(entries) + pattern, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert plain.search(text) is not None


@pytest.mark.parametrize(
    ("pattern", "lookahead", "text"),
    [
        # a boundary and optional words: the first characters of every way in
        (r"\b(?:the\s+)?(?:first|second)\s+half\b", "(?=[fst])", "The first half, the Second Half and half time"),
        # a category stays a category: \d is the pattern's own (any decimal digit, not only ASCII)
        (r"(?<![\w$])(\d{1,2}|nine)\s+months?\b", r"(?=[\dn])", "9 months, nine months, \u0669 months and $3 months"),
        # under IGNORECASE the class takes a letter's other case as the literal does
        (r"\b(?:in|by)\s+(May|June)\b", "(?=[bi])", "IN June, By May, ok may, Kin June"),
        # a case-sensitive piece inside an IGNORECASE pattern only narrows what the lookahead admits
        (r"(?<![\w])(?-i:H)([12])\b|\bhalf\b", "(?=[Hh])", "H1 and h2 in the first Half"),
    ],
)
def test_first_characters_keep_every_match(pattern: str, lookahead: str, text: str) -> None:
    """The lookahead of the characters a match starts with: the same matches, spans and groups."""
    from extractor.mentions.regex_gate import with_first_characters

    plain = re.compile(pattern, re.IGNORECASE)
    fast = with_first_characters(plain)
    assert fast.pattern.startswith(lookahead)
    found = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == found
    assert len(found) >= 2


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:the\s+)?",  # can match the empty string
        r"(?:\s+|.)\d+",  # any character first
        r"[^a-z]\d",  # a negated class
        r"(?i)\bmonths?\b",  # a global flag must open the pattern
    ],
)
def test_first_characters_leave_a_pattern_they_cannot_list(pattern: str) -> None:
    from extractor.mentions.regex_gate import with_first_characters

    compiled = re.compile(pattern)
    assert with_first_characters(compiled) is compiled


def test_first_characters_change_no_period_rule_match_on_the_development_articles() -> None:
    from extractor.mentions.periods import _GENERAL_RULES, _SPECIFIC_RULES

    lines = [line for path in sorted(ARTICLES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    originals = [pattern for _, pattern, _ in (*_SPECIFIC_RULES, *_GENERAL_RULES)]
    assert sum(fast is not plain for plain, (_, fast, _) in zip(originals, _GATED_RULES, strict=True)) >= 30
    for plain, (_, fast, _) in zip(originals, _GATED_RULES, strict=True):
        for line in lines:
            found = [(m.span(), m.groups()) for m in fast.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(line)], (plain.pattern[:60], line)


# (surface, case kept): unit-like names, case-kept symbols beside case-free names of the same letter, non-ASCII ones
GROUPED_NAMES = [
    ("kilometres", False),
    ("km", True),
    ("Km", True),
    ("kelvin", False),
    ("K", True),
    ("mw", False),
    ("MW", True),
    ("µm", True),
    ("μmol", False),
    ("°C", True),
    ('"', True),
    ("sq ft", False),
    ("square feet", False),
]
GROUPED_TEXTS = [
    "5 km and 3 Km, 2 KM or 7 kilometres",
    "heated to 300 kelvin, 300 K or 300 \u212a (a Kelvin sign)",
    '90 MW, 90 mw, 90 Mw; 3 µm, 3 μm, 4 μMOL, 2 °C, 12" of rain',
    "1,200 sq ft, 1,200 SQ FT and 900 square feet",
]


@pytest.mark.parametrize("text", GROUPED_TEXTS)
def test_first_character_groups_match_what_the_plain_alternation_matches(text: str) -> None:
    from extractor.mentions.regex_gate import first_character_groups

    pieces = [(s[0], ("(?-i:" if kept else "(?i:") + re.escape(s) + ")") for s, kept in GROUPED_NAMES]
    plain = re.compile(r"(?<![\w])(" + "|".join(regex for _, regex in pieces) + r")(?![\w])")
    grouped = re.compile(r"(?<![\w])(" + first_character_groups(pieces) + r")(?![\w])")
    assert grouped.pattern != plain.pattern
    found = [(m.span(), m.group(1)) for m in grouped.finditer(text)]
    assert found == [(m.span(), m.group(1)) for m in plain.finditer(text)]
    assert found  # every text names some


def test_first_character_groups_keep_the_plain_alternation_for_a_letter_folding_to_ascii() -> None:
    from extractor.mentions.regex_gate import first_character_groups

    pieces = [("\u212a", "(?i:\u212a)"), ("k", "(?i:km)")]
    assert first_character_groups(pieces) == "(?i:\u212a)|(?i:km)"


def test_units_after_a_number_read_as_before() -> None:
    from extractor.mentions.quantities.lexicon import lex

    unit_after = lex().unit_after
    for text, unit in [("5 km", "km"), ("20 (kg)", "kg"), ("3 \u212am", None), ("12 MW", "MW"), ("4 mph", "mph")]:
        match = unit_after.match(text, 1 if text[1] == " " else 2)
        assert (match.group("unit") if match else None) == unit, text
