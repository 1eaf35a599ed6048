"""A day written on the noun a figure is the value of (periods29): "Tuesday's closing price of $12.10", "a Friday
close of $18.40" is that day's figure, whatever verb the clause has ("values the firm above", "is a premium to").
Only quote and level nouns (lexicons/day_quote_nouns.txt): not a day on earnings, a dividend or an offer, nor on a noun
the figure only sizes through another ("its Thursday report of a $20 million loss"), nor the day of a telling."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2014, 8, 6)  # a Wednesday
TITLE = "Kestrel shares.\n\n"


def one_fact(text: str, surface: str):
    facts = extract(TITLE + text, published=PUBLISHED)
    found = [f for f in facts if f.value is not None and f.value.surface == surface and f.kind == "metric"]
    assert len(found) == 1, [(f.predicate, f.value.surface) for f in facts if f.value]
    return found[0]


def dates(fact):
    return None if fact.period is None else (fact.period.start, fact.period.end)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The bid values Kestrel Corp at 30 percent above Tuesday's closing price of $12.10.", "$12.10", D(2014, 8, 5)),
        (
            "Brenna Ltd's bid is 15 percent under Kestrel Corp's Friday closing stock price of $18.40.",
            "$18.40",
            D(2014, 8, 1),
        ),
        ("The offer is a 20 percent premium to Kestrel Corp's Monday close of $44.90.", "$44.90", D(2014, 8, 4)),
    ],
)
def test_a_day_on_the_valued_noun_dates_the_figure(text, surface, day):
    assert dates(one_fact(text, surface)) == (day, day)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # precision probes: the day of a telling noun, of a telling verb, and a day ahead
        ("Kestrel Corp shares fell 3 percent after its Thursday report of a $20 million loss.", "$20 million"),
        ("Kestrel Corp said on Tuesday that quarterly revenue rose to $5 million.", "$5 million"),
        ("Kestrel Corp's Monday statement said it would cut 300 jobs.", "300"),
        # a day on a noun that is no quote or level: earnings, a dividend, an offer keep their own reading
        ("Halvard Inc's Thursday earnings of 85 cents a share topped estimates.", "85 cents"),
        ("Halvard Inc's Monday dividend of 22 cents a share went to holders of record.", "22 cents"),
        ("Orrin Group's Friday offer of $31 a share for Halvard Inc was turned down.", "$31"),
    ],
)
def test_a_day_of_telling_does_not_date_the_figure(text, surface):
    period = dates(one_fact(text, surface))
    assert period is None or period[0] != period[1]
