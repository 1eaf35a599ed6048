"""The decade reader's text pre-test skips only texts where neither pattern can match: its answers are those of the
two patterns' full scans. Sentences written for this test, invented names and figures."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import decades as decades_module
from extractor.mentions.quantities.decades import decades


def _scanned(text: str) -> list[tuple[int, int, float | None, str | None]]:
    """The readings of both patterns' scans, with no pre-test."""
    found = [decades_module._decade(m, "year") for m in decades_module._AGE.finditer(text)]
    found = [
        r
        for r, m in zip(found, decades_module._AGE.finditer(text), strict=True)
        if decades_module._age_ends(text, m.end())
    ]
    temperature = decades_module._temperature()
    found += [
        decades_module._decade(m, "degree")
        for m in temperature.finditer(text)
        if decades_module._is_temperature(text, m)
    ]
    return [(r.start, r.end, r.amount, r.unit) for r in found]


@pytest.mark.parametrize(
    "text",
    [
        "The founder of Brisko Tiles, now in his 60s, still visits the kiln each week.",
        "Workers in their early 20s made up a third of Halden's new hires.",
        "Afternoon temperatures in the valley climbed into the upper 80s on Tuesday.",
        "OVERNIGHT TEMPERATURES IN THE LOW 40S WORRIED GROWERS AT OSTRY FARMS.",
        "A retiree in her 70's said the Venn clinic had helped her.",
        "Pellow Foods sold 40 tonnes of flour in the 1990s and 30 tonnes last year.",
        "Kemble shares hit highs in the 50s before falling back.",
        "Revenue at Tarvel rose 8 percent to 500 million crowns.",
        "",
    ],
)
def test_the_pre_test_keeps_every_decade_the_scans_find(text):
    assert [(r.start, r.end, r.amount, r.unit) for r in decades(text)] == _scanned(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnover at Quill Banks grew 6 percent in May.", False),
        ("Dunmore hired 300 staff in 2023 and 40 in spring.", False),
        ("Staff in their 30s led the Brell project.", True),
        ("THE MERCURY HIT THE MID-90S.", True),
    ],
)
def test_the_pre_test_passes_a_text_only_where_a_decade_is_written(text, expected):
    assert bool(decades_module._DECADE_WRITTEN.search(text)) is expected
