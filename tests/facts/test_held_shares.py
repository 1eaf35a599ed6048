"""periodset42: a count of shares someone owns or holds ("owns 3 million shares", "which holds 12 million shares",
"has 900 million shares outstanding"), or the percentage of them held, is a stock. FACTS.md gives stocks `as_of` (the
stated date, else the publication date) and no period, as the extractor already does for a stake ("owns a 5 percent
stake"). Before, the "shares" predicate made such a count a quote of the session, dated by the publication day as
a share price is. Shares traded, sold or bought on a day, and share prices, keep that day."""

import datetime as dt

import pytest

from tests.facts.period_facts import datings_by_amount

D = dt.date
PUBLISHED = D(2015, 9, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "amount", "as_of"),
    [
        ("Tavish Capital owns 4.5 million shares of Orrin Mills, the filing showed.", 4_500_000.0, PUBLISHED),
        ("It came from Pellmore Advisers, which holds 12 million shares of Kesby Foods.", 12_000_000.0, PUBLISHED),
        ("Brindle Bank has 900 million shares outstanding.", 900_000_000.0, PUBLISHED),
        ("Funds owning about 6.2 million shares of Quarro Corp backed the merger.", 6_200_000.0, PUBLISHED),
        ("Lanvale Inc had 41.3 million diluted shares outstanding at the end of June.", 41_300_000.0, D(2015, 6, 30)),
        # the percentage of a class of shares held
        ("Its founders own two-thirds of the voting shares, Harlow Group Inc said.", 66.67, PUBLISHED),
    ],
)
def test_a_count_of_shares_held_is_a_stock_with_no_period(nlp, text, amount, as_of):
    assert datings_by_amount(nlp, text, PUBLISHED)[amount] == (None, as_of)


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        # shares traded in a session: the session's volume, of that day
        ("Trading in Kesby Foods Inc was heavy, with about 12 million shares changing hands.", 12_000_000.0, PUBLISHED),
        # a share price and a sale of shares on a day keep the day
        ("Orrin Mills Inc shares rose 3 percent to $14.20 on Wednesday.", 14.2, PUBLISHED),
        ("Tavish Capital sold 2 million shares of Orrin Mills Inc on Monday.", 2_000_000.0, D(2015, 9, 14)),
    ],
)
def test_shares_traded_or_sold_and_share_prices_keep_their_day(nlp, text, amount, day):
    period, _ = datings_by_amount(nlp, text, PUBLISHED)[amount]
    assert period == (day, day)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a stake was already as of the day with no period; the counts above now read the same
        ("Tavish Capital owns a 5 percent stake in Orrin Mills.", 5.0),
        ("Pellmore Advisers holds 12 percent of Kesby Foods.", 12.0),
        ("The Marsh family controls three-quarters of the class A shares of Orrin Mills Inc.", 75.0),
    ],
)
def test_a_stake_held_stays_as_of_the_day(nlp, text, amount):
    assert datings_by_amount(nlp, text, PUBLISHED)[amount] == (None, PUBLISHED)
