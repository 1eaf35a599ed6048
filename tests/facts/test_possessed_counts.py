"""A count written as a party's holding (periods39): "its four divisions", "<Name>'s 900 brokers", "<Name>, with
about 40 staff, ..." is a level the party holds (FACTS.md: `as_of`, no period), not dated by the period phrase
of the clause around it. Counts that a flow makes ("jobs lost during the month", "new lines", "this week's three
auctions") and counts a verb cuts keep their period."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2011, 3, 15)
STORY = " date 2011-03-15 {title}\n\nLONDON (Reuters) - {lead}\n\n{body}\n"


def dated(title: str, lead: str, body: str, surface: str) -> tuple | None:
    facts = extract(STORY.format(title=title, lead=lead, body=body), published=PUBLISHED)
    found = [f for f in facts if f.value is not None and f.value.surface == surface and f.kind == "metric"]
    assert found, [(f.predicate, f.value and f.value.surface) for f in facts]
    period = found[0].period
    return (period.start, period.end) if period is not None else None


@pytest.mark.parametrize(
    ("title", "lead", "body", "surface"),
    [
        (
            "Corvane Bank courts brokers",
            "Corvane Bank Plc said on Tuesday it would hire more advisers.",
            "Last month, Corvane Bank reached out to Pellmore's 2,300 brokers, offering them new contracts.",
            "2,300",
        ),
        (
            "Hadley Grove loses lawyers",
            "Law firm Hadley Grove LLP is negotiating with its banks, two sources told reporters on Tuesday.",
            "Since January, Hadley Grove has lost about 40 of its 160 lawyers to rival firms.",
            "160",
        ),
        (
            "Brisket Labs raises funds",
            "Brisket Labs Inc is a fast-growing software maker, a source said on Tuesday.",
            "Brisket Labs, with roughly 30 engineers based in Leeds, raised $20 million in new funds last week.",
            "30",
        ),
        (
            "Tamworth Mills results",
            "Tamworth Mills Plc said on Tuesday its 2010 profit rose 12 percent.",
            "In 2010 Tamworth Mills lifted output at all of its six factories, the company said.",
            "six",
        ),
        (
            "Orlen Freight gets loan",
            "Orlen Freight Ltd said on Tuesday its owners would lend it money.",
            "Orlen Freight said its five shareholders agreed in February to lend it $200 million.",
            "five",
        ),
    ],
)
def test_a_count_held_by_a_party_takes_no_period(title, lead, body, surface):
    assert dated(title, lead, body, surface) is None


@pytest.mark.parametrize(
    ("title", "lead", "body", "surface", "period"),
    [
        # near-misses: a flow over the period (a participle on the noun, "new"), a time as the possessor
        (
            "Jobs fall",
            "Employment in Britain fell in February, the ministry said on Tuesday.",
            "Payrolls shrank in February as 54,000 jobs were shed over the month, the ministry said.",
            "54,000",
            (D(2011, 2, 1), D(2011, 2, 28)),
        ),
        (
            "Broadband grows",
            "Britain's broadband market grew in February, a trade group said on Tuesday.",
            "Kestrel Telecom signed up 25,000 new lines in February, its best month so far.",
            "25,000",
            (D(2011, 2, 1), D(2011, 2, 28)),
        ),
        (
            "Gilts fall",
            "British government bond prices fell on Tuesday, traders said.",
            "The Debt Office sold 3 billion pounds of gilts in the second of last week's three auctions.",
            "three",
            (D(2011, 3, 7), D(2011, 3, 13)),
        ),
    ],
)
def test_a_count_of_a_flow_keeps_its_period(title, lead, body, surface, period):
    assert dated(title, lead, body, surface) == period
