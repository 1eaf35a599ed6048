"""A stock's date (`as_of`) is the nearest "at the end of" / "at end-" phrase not across a comparison from it
(`facts/stock_dates.py`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2012, 11, 6)


def _as_of(nlp, text: str) -> dict[str, dt.date | None]:
    facts = extract("Report\n\n" + text, published=PUBLISHED, nlp=nlp)
    return {f.value.surface: f.as_of for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "later", "earlier", "date"),
    [
        (
            "Pellow Steel's net debt fell to 3.1 billion euros at the end of September from 3.9 billion euros at "
            "the end of June.",
            "3.1 billion euros",
            "3.9 billion euros",
            D(2012, 6, 30),
        ),
        (
            "Varnholt Bank's capital ratio rose to 11.2 percent, compared with 9.8 percent at end-2011.",
            "11.2 percent",
            "9.8 percent",
            D(2011, 12, 31),
        ),
        (
            "Orlin Mining's cash pile stood at $2.4 billion, against $1.7 billion at the end of March.",
            "$2.4 billion",
            "$1.7 billion",
            D(2012, 3, 31),
        ),
    ],
)
def test_a_stock_takes_the_date_on_its_own_side(nlp, text, later, earlier, date):
    found = _as_of(nlp, text)
    assert found[earlier] == date
    assert found[later] != date  # the earlier side's phrase does not date the later side


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "Ostrava's regulator expects 90 million broadband users by the end of 2014, up from 70 million now.",
            "70 million",
        ),
        (
            "Norvik's regulator expects 40 million mobile users by the end of 2015, up from 28 million now.",
            "28 million",
        ),
        (
            "Pelland's government expects 12 million broadband lines by the end of 2013, up from 9 million today.",
            "9 million",
        ),
    ],
)
def test_the_earlier_side_of_a_deadline_is_todays_level(nlp, text, now):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.surface == now)
    assert fact.period is None
    assert fact.as_of == PUBLISHED
