"""A stock's price belongs to the company whose stock it is, even when the story's main company is another one
and the tagger misses the short name at this mention (a short name opening a sentence, read as a common
noun), and the story also names the group's units ("Norvale Bank", "Norvale Insurance" beside "Norvale"): the
name written exactly wins over the longer names that begin with it. Stories written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2019, 3, 9)


def subject_of(nlp, text, surface):
    return subject_in(nlp, text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            " date 2019-03-09 Quarrow to buy Velmont banking arm\n\n"
            "BRUSSELS (Reuters) - Quarrow Group SA agreed on Saturday to buy Velmont Bank from Velmont for "
            "3 billion euros, leaving Velmont with only Velmont Insurance.\n\n"
            "Quarrow said the deal would lift its earnings. Velmont shares closed up 4.2 percent at 2.10 euros.",
            "4.2 percent",
            "Velmont",
        ),
        (
            " date 2019-03-09 Ardent Capital bids for Tessaro lender\n\n"
            "LONDON (Reuters) - Ardent Capital Plc offered on Friday to buy Tessaro Finance, the lending unit of "
            "Tessaro, for 900 million pounds. Tessaro Leasing is not part of the bid.\n\n"
            "Ardent expects the purchase to add to profit next year. Tessaro shares jumped 11 percent to 85 pence "
            "in London.",
            "11 percent",
            "Tessaro",
        ),
        (
            " date 2019-03-09 Merrow agrees deal for Kalvo insurer\n\n"
            "FRANKFURT (Reuters) - Merrow AG will acquire Kalvo Life from Kalvo in a deal worth 2 billion euros, "
            "the companies said on Monday, leaving Kalvo with Kalvo Bank alone.\n\n"
            "Merrow will pay in cash. Kalvo shares ended 6.5 percent lower at 14.20 euros.",
            "6.5 percent",
            "Kalvo",
        ),
    ],
)
def test_a_stock_belongs_to_the_company_named_on_it(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            " date 2019-03-09 Regulators clear Harlow takeover\n\n"
            "WASHINGTON (Reuters) - U.S. regulators cleared Quarrow Group's purchase of Harlow Brokerage, the "
            "Federal Trade Commission said Wednesday.\n\n"
            "Bank of Ostrava shares were 1.9 percent higher at $31.40 in morning trade, while Harlow rose 3 percent.",
            "1.9 percent",
            "Bank of Ostrava",
        ),
        (
            " date 2019-03-09 Quarrow wins approval\n\n"
            "LONDON (Reuters) - Quarrow Plc won approval on Friday for its bid for Marden Bank.\n\n"
            "Quarrow said it would close the deal in May. Bank of Tessaly shares ended 4 percent down at 120 "
            "pence after it dropped out of the race.",
            "4 percent",
            "Bank of Tessaly",
        ),
        (
            " date 2019-03-09 Lender weighs sale of card unit\n\n"
            "NEW YORK (Reuters) - Marden Financial Corp is weighing a sale of its credit card business, people "
            "familiar with the matter said.\n\n"
            "Bank of Corvia shares, which had led the sector, slid 2.6 percent to $18.20 on Tuesday.",
            "2.6 percent",
            "Bank of Corvia",
        ),
    ],
)
def test_a_name_with_of_before_shares_owns_them(nlp, text, surface, subject):
    """ "Bank of Freedonia shares": the parse hangs the name on "shares" as a modifier, not a compound."""
    assert subject_of(nlp, text, surface) == subject
