"""The `extract` fact table fitted to a terminal: amounts, units and periods are never cut (issue 12, edge 5)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from rich.console import Console

from extractor.eval.reports import facts_table, facts_title, quantity_text
from extractor.models import Evidence, Fact, Period, Quantity

WIDTHS = [60, 80, 120, 200]


def fact(subject: str, predicate: str, quantity: Quantity | None, period: Period | None, sentence: str, **extra):
    return Fact(
        doc_id="t",
        fact_id=f"t-{len(sentence)}",
        kind=extra.pop("kind", "metric"),
        subject=subject,
        predicate=predicate,
        value=quantity,
        period=period,
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
        **extra,
    )


FY = Period(start=dt.date(2031, 4, 1), end=dt.date(2032, 3, 31), label="fiscal year ending March 2032")
FACTS = [
    fact(
        "Tamarind Foods International Holdings",
        "net revenue from continuing operations",
        Quantity(
            amount=987_654_321_000.0,
            unit="INR",
            surface="Rs 98,765.4321 crore",
            equivalents=[Quantity(amount=11_850_000_000.0, unit="USD", surface="$11.85 billion")],
        ),
        FY,
        "Tamarind Foods International Holdings said net revenue from continuing operations reached "
        "Rs 98,765.4321 crore in the fiscal year ending March 2032, a record for the group.",
    ),
    fact(
        "Velora Shipping",
        "container volumes",
        Quantity(amount=12.5, unit="percent", direction="down", surface="12.5 percent"),
        Period(start=dt.date(2030, 7, 1), end=dt.date(2030, 9, 30), label="Q3 2030"),
        "Container volumes at Velora Shipping slid 12.5 percent in the third quarter.",
        kind="change",
    ),
    fact(
        "Quillmark Bank",
        "chief executive officer",
        None,
        None,
        "Quillmark Bank named Ada Brennan-Okafor chief executive officer on Tuesday.",
        kind="role",
        object="Ada Brennan-Okafor",
    ),
    fact(
        "Brightwater Utilities",
        "customers",
        Quantity(amount=1_250_000.0, counted="household", bound=">=", approximate=True, surface="over 1.25 million"),
        None,
        "Brightwater Utilities now serves more than 1.25 million households.",
        as_of=dt.date(2030, 12, 31),
        modality="forecast",
    ),
]


def render(facts: list[Fact], width: int) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    console.print(facts_table(facts, title=facts_title(len(facts), "t"), width=width))
    return console.export_text()


def kept_words(item: Fact) -> list[str]:
    period = item.period.label if item.period else (f"as of {item.as_of}" if item.as_of else "")
    return quantity_text(item.value).split() + period.split()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("index", range(len(FACTS)))
def test_values_and_periods_are_whole_at_every_width(width, index):
    text = render(FACTS, width)
    assert max(len(line) for line in text.splitlines()) <= width
    for word in kept_words(FACTS[index]):
        assert word in text, (width, word)


@pytest.mark.parametrize("width", [80, 120])
def test_the_evidence_goes_before_any_other_column_wraps(width):
    text = render(FACTS, width)
    header = next(line for line in text.splitlines() if "kind" in line)
    assert "evidence" not in header
    assert "…" not in text  # nothing ellipsized once the evidence is gone


def test_a_wide_console_shows_the_evidence_beside_full_columns():
    text = render(FACTS[1:2], 200)
    assert "evidence" in text and "Velora Shipping" in text
    assert "12.5 percent, down" in text


@pytest.mark.parametrize(("width", "kept"), [(80, ["Quillmark", "Brennan-Okafor", "forecast"]), (60, ["(forecast)"])])
def test_a_narrow_console_merges_columns_and_keeps_the_modality(width, kept):
    text = render(FACTS, width)
    assert "subject" not in text and "fact" in text
    for word in kept:
        assert word in text


@pytest.mark.parametrize(
    ("count", "title"), [(0, "t: 0 facts"), (1, "t: 1 fact"), (2, "t: 2 facts"), (21, "t: 21 facts")]
)
def test_the_title_counts_in_english(count, title):
    assert facts_title(count, "t") == title


def test_without_a_width_the_table_has_every_column():
    table = facts_table(FACTS)
    assert [column.header for column in table.columns][-1] == "evidence"
    assert table.row_count == len(FACTS)
