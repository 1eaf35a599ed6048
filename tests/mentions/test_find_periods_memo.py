"""`find_periods` works out each distinct ask once (perf33): the remembered answer must equal a fresh one, for the
same arguments only, and every caller gets a list of its own."""

import datetime as dt

import pytest

from extractor.mentions import periods as periods_module
from extractor.mentions.periods import FiscalCalendar, find_periods
from extractor.models import Period

D = dt.date
PUBLISHED = D(2019, 5, 14)
REPORT = Period(start=D(2019, 1, 1), end=D(2019, 3, 31), label="Q1 2019")


def fresh(text: str, **asked) -> list:
    """The answer worked out now, without the remembered ones."""
    periods_module._FOUND.clear()
    return find_periods(text, **asked)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Freight said sales rose 4 percent in the first quarter from a year earlier.",
        "Brindle expects margins to widen in the second half of 2020.",
        "Quillby's orders in March were the highest since the quarter ended Sept. 30.",
        "The Ostrava plant will close by the end of next year, the union said on Tuesday.",
        "Revenue for the full year fell to 2.1 billion crowns.",
    ],
)
@pytest.mark.parametrize("future", [False, True])
def test_remembered_answer_equals_a_fresh_one(text, future):
    asked = {"published": PUBLISHED, "future": future, "report": REPORT}
    first = fresh(text, **asked)
    again = find_periods(text, **asked)
    assert again == first
    assert again is not first  # a list of its own: a caller that sorts or appends changes no other caller's


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # another publication date, reading, fiscal calendar or report period is another ask
        ("Halden's profit fell in the first quarter.", {"published": D(2018, 5, 14)}),
        ("Brindle will open two stores in February.", {"future": True}),
        ("Quillby's sales rose in the third quarter.", {"fiscal": FiscalCalendar(10)}),
        (
            "Ostrava Steel's output for the full year rose 3 percent.",
            {"report": Period(start=D(2018, 1, 1), end=D(2018, 12, 31), label="2018")},
        ),
    ],
)
def test_each_argument_is_part_of_the_ask(text, other):
    asked = {"published": PUBLISHED, "future": False, "report": REPORT}
    find_periods(text, **asked)  # remembered first
    changed = {**asked, **other}
    assert find_periods(text, **changed) == fresh(text, **changed)


def test_a_report_period_is_asked_by_its_fields():
    text = "Halden Freight's profit for the full year rose 8 percent."
    same_fields = Period(start=REPORT.start, end=REPORT.end, label=REPORT.label)
    assert find_periods(text, published=PUBLISHED, report=same_fields) == fresh(
        text, published=PUBLISHED, report=REPORT
    )


def test_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr(periods_module, "MAX_FOUND", 3)
    periods_module._FOUND.clear()
    for year in range(2010, 2020):
        text = f"Brindle's sales rose in {year}."
        assert find_periods(text, published=PUBLISHED) == fresh(text, published=PUBLISHED)
        assert len(periods_module._FOUND) <= 3
