"""Lines of a wire brief (extractor/mentions/brief_lines.py). Text written for these tests."""

import pytest

from extractor.mentions.brief_lines import in_brief_furniture, is_capital_bullet, line_at


@pytest.mark.parametrize(
    ("text", "target", "line"),
    [
        (
            "Oct 2 (Reuters) - Pellow Systems Inc:\n\n* Q3 REVENUE $2.31 BILLION\n",
            "$2.31",
            "* Q3 REVENUE $2.31 BILLION",
        ),
        ("* QTRLY SHR $0.52", "$0.52", "* QTRLY SHR $0.52"),
        ("x" * 900 + " profit $4 million " + "y" * 900, "$4", ""),  # a long line of prose: no brief line
    ],
)
def test_the_line_around_a_span_is_looked_for_nearby_only(text, target, line):
    start = text.index(target)
    assert line_at(text, start, start + len(target))[1] == line


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("* SEES FY 2019 ADJUSTED EPS $4.60 TO $4.70", True),
        ("* Revenue rose 4 percent in the quarter", False),
        ("Q3 REVENUE $2.31 BILLION", False),
    ],
)
def test_a_capital_bullet_starts_with_a_bullet_and_has_no_lower_case_letter(line, bullet):
    assert is_capital_bullet(line) is bullet


@pytest.mark.parametrize(
    ("text", "target", "furniture"),
    [
        ("* Q3 NET SALES $2 BLN\n", "BLN", True),
        ("Source text in Chinese: bit.ly/x\n", "Chinese", True),
        ("Pellow Systems said net sales rose in Chinese markets.\n", "Chinese", False),
    ],
)
def test_brief_furniture_is_a_capital_bullet_or_the_source_footer(text, target, furniture):
    start = text.index(target)
    assert in_brief_furniture(text, start, start + len(target)) is furniture
