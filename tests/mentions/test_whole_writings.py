"""Where a cluster's name is written whole (`entity_clusters._whole_writings`): found with `str.find` and two
precompiled tests, it must give the spans the one pattern per name gave before, `\\bNAME\\b` not followed by a
group word or ".X". Texts written for this test, with invented names."""

import re

import pytest

from extractor.mentions.entity_clusters import _whole_writings
from extractor.mentions.legal_names import GROUP_WORDS


def pattern_spans(name: str, text: str) -> list[tuple[int, int]]:
    """The pattern the finder replaces, compiled per name as it was."""
    group = "|".join(GROUP_WORDS)
    return [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b(?!\s+(?i:{group})\b|\.[A-Z])", text)]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # a group word after it, in any case, is not the bare name; the other writing is
        ("Tolvane", "Tolvane GROUP said on Friday that Tolvane would sell its ferries.", [(34, 41)]),
        # a ticker's exchange glued on ("TLV.N") is no writing of the name "TLV"; inside a longer word neither
        ("TLV", "Shares of Brask (TLV.N) fell; TLVX and TLV both trade in Oslo.", [(39, 42)]),
        # a name ending in a full stop has no word boundary after it before a space or comma, as in the pattern
        ("Orrin Co.", "Orrin Co. Holdings, unlike Orrin Co., kept its 2 percent dividend.", []),
        ("Orrin Co", "Orrin Co. Holdings, unlike Orrin Co., kept its 2 percent dividend.", [(0, 8), (27, 35)]),
        # overlapping writings: the next try starts after a match, as finditer's did
        ("Aa Aa", "Aa Aa Aa Aa rose.", [(0, 5), (6, 11)]),
        # an empty name matched at every word boundary
        ("", "Ve Lo", [(0, 0), (2, 2), (3, 3), (5, 5)]),
    ],
)
def test_whole_writings_are_the_patterns_matches(name, text, expected):
    assert list(_whole_writings(name, text)) == expected
    assert pattern_spans(name, text) == expected
