"""An instrument's readings under its usual name (FACTS.md "Subjects": a traded instrument is the subject of its
own readings): a bond with a maturity is named in the singular whatever number the sentence writes it in, a
currency's nickname reads as the currency, a markup symbol before the name is dropped. Sentences written for
these tests, with invented company names."""

import datetime as dt

import pytest

from extractor.facts.instrument_names import usual_instrument_name
from tests.facts.surface_facts import only_fact_with_amount, story_extraction

PUBLISHED = dt.date(2014, 6, 11)
LEAD = "Tarnwick Freight said on Wednesday it would close a depot. "


def run(nlp, text):
    return story_extraction(nlp, LEAD + text, title="Markets report", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "subject"),
    [
        ("Benchmark 10-year Treasury notes fell 12/32 in price to yield 2.71 percent.", 2.71, "10-year Treasury note"),
        ("Yields on 10-year Treasuries climbed to 2.45 percent by late afternoon.", 2.45, "10-year Treasury"),
        ("Five-year notes eased, pushing their yield to 1.62 percent.", 1.62, "Five-year note"),
        ("Freedonia sold 3-year bonds at 2.215 percent on Tuesday.", 2.215, "3-year bond"),
        (
            "Stocks rallied. <XX:A1B2C3> Benchmark 10-year notes rose 5/32 in price to yield 2.93 percent.",
            2.93,
            "10-year note",
        ),
        ("Shares gained. <QR:Z7> 30-year bonds fell 1 percent in price.", 1.0, "30-year bond"),
        ("Brent crude oil rose 1.2 percent to $104.60 a barrel.", 104.60, "Brent crude"),
        ("U.S. light sweet crude oil fell $1.05 to settle at $96.30 a barrel.", 96.30, "U.S. light sweet crude"),
        ("Prices of U.S. crude oil climbed 2.1 percent.", 2.1, "U.S. crude"),
        ("The greenback rose 0.4 percent against the yen after the data.", 0.4, "dollar"),
        ("Against the euro the greenback stood at $1.3620 late in the day.", 1.3620, "dollar"),
    ],
)
def test_instrument_takes_its_usual_name(nlp, text, amount, subject):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.subject.lower() == subject.lower()


# near misses: names already usual, and plural names without a maturity, are kept as written
@pytest.mark.parametrize(
    ("text", "amount", "subject"),
    [
        ("The 10-year Treasury note fell 9/32 in price to yield 2.64 percent.", 2.64, "10-year Treasury note"),
        ("German Bunds slipped 0.4 percent as investors bought riskier assets.", 0.4, "German Bunds"),
        ("The dollar rose 0.5 percent against the Swiss franc on the data.", 0.5, "dollar"),
        ("Spot gold rose 1.3 percent as the dollar weakened.", 1.3, "spot gold"),
        ("Crude oil rose 1.4 percent on the supply news.", 1.4, "crude oil"),  # no grade: kept
        ("Heating oil futures rose 3 cents to $2.91 a gallon.", 2.91, "heating oil"),
    ],
)
def test_usual_names_are_kept(nlp, text, amount, subject):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.subject.lower() == subject.lower()


@pytest.mark.parametrize(
    ("name", "kind", "usual"),
    [
        ("10-year Treasury notes", "bond", "10-year Treasury note"),
        ("two-year Schatz", "bond", "two-year Schatz"),  # no plural ending after a double s: kept
        ("30-year gilts", "bond", "30-year gilt"),
        ("> 2-year bonds", "bond", "2-year bond"),
        ("QQ:B7> 5-year notes", "bond", "5-year note"),
        ("Treasuries", "bond", "Treasuries"),  # no maturity: the issues as a class
        ("greenback", "currency", "dollar"),
        ("Canadian dollar", "currency", "Canadian dollar"),
        ("Brent crude", "commodity", "Brent crude"),
        ("Texas crude oil", "commodity", "Texas crude"),
        ("crude oil", "commodity", "crude oil"),
        ("palm oil", "commodity", "palm oil"),
        ("$1,200 gold", "commodity", "$1,200 gold"),  # a currency sign is no markup
    ],
)
def test_usual_instrument_name(name, kind, usual):
    assert usual_instrument_name(name, kind) == usual
