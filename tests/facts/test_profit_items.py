"""A gain sized in money is a profit item's level, not a rise (round 24): sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 10, 26)


def facts(nlp, text):
    return [
        (f.kind, f.predicate, f.value.amount, f.value.unit, f.value.direction)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind in ("metric", "change") and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halvard Mills also booked a gain of $61.2 million from settling a dispute with its insurers.", 61_200_000.0),
        (
            "The prior-year quarter at Pellow Shipping held a one-off gain of $8.4 million from discontinued lines.",
            8_400_000,
        ),
        ("Leaving aside a gain of $1.15 a share on the sale of its cement arm, Tarvik Group earned 40 cents.", 1.15),
        (
            "Brisco Energy recorded gains of 320 million euros on the disposal of two pipelines last quarter.",
            320_000_000,
        ),
    ],
)
def test_a_gain_of_money_is_a_metric_of_the_gain(nlp, text, amount):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found, facts(nlp, text)
    kind, predicate, _, _, direction = found[0]
    assert (kind, direction) == ("metric", None)
    assert "gain" in predicate


def test_a_per_share_restatement_of_the_gain_is_a_metric_too(nlp):
    text = "A tax refund handed Ostler Corp a gain of $90 million, or roughly 35 cents a share, last quarter."
    per_share = [f for f in facts(nlp, text) if f[2] == pytest.approx(0.35)]
    assert per_share and per_share[0][0] == "metric" and per_share[0][4] is None, facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        # precision probes: a gain in something, a percent gain and a traded price's gain still move
        ("Quillon Retail posted a gain of $200 million in online revenue during the quarter.", 200_000_000, "up"),
        ("Ferrex Tools Inc posted a 7 percent gain in sales in the third quarter.", 7.0, "up"),
        ("Kestrel Foods stock posted a gain of 45 cents on Friday.", 0.45, "up"),
    ],
)
def test_a_gain_in_something_a_percent_gain_or_a_share_gain_still_moves(nlp, text, amount, direction):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found and found[0][0] == "change" and found[0][4] == direction, facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        # review probes, round 24: a gain compared with an earlier period is the measure's rise
        ("Orders at Gansett Mills showed a gain of $65 million versus the prior-year quarter.", 65_000_000, "orders"),
        ("Ticketing revenue at Halm Arenas Inc posted a $12 million gain from a year ago.", 12_000_000, "revenue"),
        ("Wendle Corp's cash flow marked a gain of $8 million over the year-earlier half.", 8_000_000, None),
        ("Pipeline fees brought Ostrava Gas a gain of $6 million compared with last year.", 6_000_000, None),
        # a gain set off by a comma restates the rise of the level before it
        ("Tollan Bank's deposits climbed to $9.4 billion, a gain of $700 million.", 700_000_000, "deposits"),
        ("Cocoa futures ended at $2,410 a tonne, a $35 gain for the session.", 35.0, "price"),
        ("Coverley Inc's book value per share reached $21.60, a gain of 95 cents.", 0.95, None),
        # a measure or a commodity as the verb's subject: the gain is its rise
        ("Operating income at Sabre Vale registered a gain of $27 million.", 27_000_000, "operating income"),
        ("Silver notched a gain of 40 cents an ounce as buyers returned.", 0.40, "price"),
        ("Copper registered a gain of $60 a tonne in London trading.", 60.0, "price"),
        ("Kerrow Bank's cash dividend was a gain of 3 cents a share.", 0.03, "dividend"),
    ],
)
def test_a_gain_that_is_a_measures_rise_still_moves(nlp, text, amount, predicate):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found, facts(nlp, text)
    kind, got_predicate, _, _, direction = found[0]
    assert (kind, direction) == ("change", "up"), facts(nlp, text)
    assert "gain" not in got_predicate
    if predicate is not None:
        assert predicate in got_predicate


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # what brought the gain is told, or the company books it: a profit item even beside a measure or a period
        ("Annual profit at Corran Ltd included a gain of $14 million on a land sale.", 14_000_000),
        ("Drummond Inc recognized a $19 million gain tied to the sale of its trucks last year.", 19_000_000),
        ("Sales at Piel Group posted a gain of $3 million from the sale of a warehouse.", 3_000_000),
    ],
)
def test_a_gain_with_its_source_stays_a_metric(nlp, text, amount):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found and found[0][0] == "metric" and found[0][4] is None and "gain" in found[0][1], facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hollis Inc booked a one-time gain of $12 million on the sale.",
        "Marden Corp took a $7 million one-time gain from selling a depot.",
        "Ruskin Ltd recorded a one-off gain of $4 million on the lease buyout.",
    ],
)
def test_a_numbered_compound_does_not_name_the_gain(nlp, text):
    gains = [f for f in facts(nlp, text) if f[0] == "metric" and "gain" in f[1]]
    assert gains and all(f[1].split()[0] == "gain" for f in gains), facts(nlp, text)  # not "time gain"
