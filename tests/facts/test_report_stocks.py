"""An undated stock of the reporting company in a results report is as of the end of the period the report covers
(FACTS.md: "the stated date, else the end of the period a results report covers, else the publication date");
prices, market values, plans, quotes, states of today, economy and deal stories keep the publication date
(`extractor.facts.report_stocks`)."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 11, 4)
QUARTER_END = dt.date(2021, 9, 30)
RESULTS = (
    " date 2021-11-04 Brindle Foods third-quarter profit rises\n\n"
    "TORONTO (Reuters) - Brindle Foods Inc said on Thursday its third-quarter profit rose 12 percent on higher "
    "prices at its grocery stores.\n\n"
)
DEAL = (
    " date 2021-11-04 Brindle Foods to buy Kestrel Markets for $2 billion\n\n"
    "TORONTO (Reuters) - Brindle Foods Inc agreed on Thursday to acquire Kestrel Markets in a $2 billion cash "
    "deal to widen its reach in the Prairies.\n\n"
)
PREVIEW = (
    " date 2021-11-04 Brindle Foods quarterly earnings expected to climb\n\n"
    "TORONTO (Reuters) - Brindle Foods Inc is likely to post higher third-quarter earnings later on Thursday, analysts "
    "polled by a data firm said, as shoppers kept paying more for groceries.\n\n"
)
JOB_CUTS = (
    " date 2021-11-04 Brindle Foods to shed 1,500 jobs after weak third-quarter sales\n\n"
    "TORONTO (Reuters) - Brindle Foods Inc will shed 1,500 jobs and shut 30 warehouses following a drop in "
    "third-quarter sales, the company said on Thursday.\n\n"
)
LAWSUIT = (
    " date 2021-11-04 Shareholders sue Brindle Foods over third-quarter earnings miss\n\n"
    "TORONTO (Reuters) - A group of Brindle Foods Inc shareholders filed suit on Thursday, claiming the grocer hid "
    "the costs behind its third-quarter earnings miss.\n\n"
)
UPGRADE = (
    " date 2021-11-04 Broker lifts Brindle Foods to outperform on third-quarter revenue\n\n"
    "TORONTO (Reuters) - Brokerage Larch Capital lifted its rating on Brindle Foods Inc to outperform on "
    "Thursday, pointing to the grocer's robust third-quarter revenue.\n\n"
)
ECONOMY = (
    " date 2021-11-04 Freedonia third-quarter growth slows\n\n"
    "SYLVANIA (Reuters) - Freedonia's economy expanded at a 1.2 percent pace over July to September, the "
    "statistics office said on Thursday, slower than in the second quarter.\n\n"
)


def as_of(story: str, text: str, amount: float) -> dt.date | None:
    for fact in extract(story + text, published=PUBLISHED):
        if fact.value is not None and fact.value.amount == amount and fact.kind == "metric":
            return fact.as_of
    raise AssertionError(f"no metric of {amount}")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Membership in Brindle's loyalty club rose 4 percent to 2.6 million.", 2_600_000.0),
        ("Its meal-kit service ended the quarter with 410,000 paying members.", 410_000.0),
        ("Brindle, which has 812 stores across Canada, said margins improved in every region.", 812.0),
        ("The grocer employed 23,500 people, up from 22,900 a year before.", 23_500.0),
        ("Net debt stood at C$1.4 billion.", 1_400_000_000.0),
    ],
)
def test_reported_level_is_as_of_the_quarter_end(text, amount):
    assert as_of(RESULTS, text, amount) == QUARTER_END


@pytest.mark.parametrize(
    ("story", "text", "amount", "expected"),
    [
        # a present-tense count in a deal story: the company as it is today
        (DEAL, "Brindle, which runs 640 stores, will keep the Kestrel name.", 640.0, PUBLISHED),
        # a share price and a market value are the day's quotes
        (RESULTS, "Brindle shares rose 3 percent to C$41.20 in Toronto.", 41.2, PUBLISHED),
        (RESULTS, "The rally lifted Brindle's market value to C$9 billion.", 9_000_000_000.0, PUBLISHED),
        # a stock dated by its own phrase keeps that date
        (RESULTS, "Brindle had 790 stores at the end of June.", 790.0, dt.date(2021, 6, 30)),
        # an economy story's stocks are the country's, as of publication
        (ECONOMY, "Household bank deposits rose to 2.3 trillion crowns.", 2_300_000_000_000.0, PUBLISHED),
        # told as a state of today: a quote, the present perfect, "currently"
        (RESULTS, '"We now have 5,000 drivers on the road," Chief Executive Ann Lowe said.', 5000.0, PUBLISHED),
        (RESULTS, "Brindle has opened accounts for 12,000 farm customers since it began.", 12_000.0, PUBLISHED),
        (RESULTS, "Brindle currently operates 300 warehouses.", 300.0, PUBLISHED),
        # a results word and a finished quarter in a story that does not report the results: preview, job cuts,
        # lawsuit, rating change
        (PREVIEW, "Brindle employed 23,500 people.", 23_500.0, PUBLISHED),
        (JOB_CUTS, "The grocer had net debt of C$1.4 billion.", 1_400_000_000.0, PUBLISHED),
        (LAWSUIT, "Brindle, which has 812 stores, rejected the claims.", 812.0, PUBLISHED),
        (UPGRADE, "Brindle had 23,500 employees.", 23_500.0, PUBLISHED),
        # a past tense of an earlier time than the quarter: a time word, or the past perfect
        (RESULTS, "Back when it listed its shares, the grocer ran only 60 stores.", 60.0, PUBLISHED),
        (RESULTS, "In its first decade, the chain had 150 outlets.", 150.0, PUBLISHED),
        (RESULTS, "The grocer formerly counted 2,400 franchise stores.", 2_400.0, PUBLISHED),
        (RESULTS, "Brindle had 640 stores at the time of its listing.", 640.0, PUBLISHED),
        (RESULTS, "At the height of the boom, the chain operated 1,150 stores.", 1_150.0, PUBLISHED),
        (RESULTS, "Brindle had run 1,200 stores, filings showed.", 1_200.0, PUBLISHED),
    ],
)
def test_level_keeps_its_own_date(story, text, amount, expected):
    assert as_of(story, text, amount) == expected


def test_target_level_is_not_dated_at_the_quarter_end():
    # a planned level is a target of its own period, never a level of the quarter the report covers
    facts = [f for f in extract(RESULTS + "Brindle plans to have 900 stores by the end of 2023.", published=PUBLISHED)]
    target = next(f for f in facts if f.value is not None and f.value.amount == 900.0)
    assert (target.modality, target.as_of) == ("target", None)
    assert (target.period.start, target.period.end) == (PUBLISHED, dt.date(2023, 12, 31))
