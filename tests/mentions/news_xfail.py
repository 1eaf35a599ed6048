"""Rows of the news quantity table the quantity layer does not support today, each with its reason.

`test_quantities_news.py` marks them `xfail(strict=True)`: a row that starts to pass fails the run and
must leave this list. Owned by the quantity layer (helper "quant"); the rows themselves live in
`news_rows.py`.
"""

from __future__ import annotations

XFAIL: dict[str, str] = {
    "Gusts of 45 kt were recorded at the port.": (
        "'kt' is knots in weather and kilotonnes in mining news; left ambiguous (ambiguous_unit_symbols)"
    ),
    "Fuel will average $2.07 per gallon this quarter and $1.99 for the year.": (
        "a rate stated once for a later figure of another period is not shared"
    ),
    "Auctions are held every seven, 14 or 28 days.": (
        "written numbers do not share a list's unit: 'two or three weeks' would then become a fact of 2 weeks"
    ),
    "Our targets are 100 yen for June, 102 for December and 106 for next year.": (
        "a unit written on the first figure of a list is not carried forward to later bare figures"
    ),
    "The field produces 2 bcf per day.": ("'bcf' (billion cubic feet) needs a scaled unit; unit names carry no factor"),
    "The crane can lift 1,500 kg.": (
        "'lift' is a change verb ('lifted its forecast'); a physical object of it still reads as up"
    ),
    "It was -5C in the capital.": ("a single capital glued to a number ('5C') is read as a name, not a unit"),
    "The sports car maker is known for its 740 Roadster.": (
        "a number before a capitalised model name is read as a count; names after a number are not detected"
    ),
}
