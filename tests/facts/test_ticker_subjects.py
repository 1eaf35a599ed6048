"""A stock ticker beside a name (facts/ticker_heads.py, mentions/ticker_evidence.py): where the parser makes the
ticker the head of the name ("Kestrel Foods ( KST.N ) cut ..."), the figure is the named company's; a ticker
with its exchange written after a name, bracketed or not, makes the name a company's even where NER read it as a
place or a work of art or missed the mention. And "the publisher of X said it ..." is the described company, not
X. Stories written for these tests, invented names."""

import pytest

from extractor.mentions.ticker_evidence import ticker_follows
from tests.facts.surface_facts import subject_of


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Marlow Credit slips",
            "(Reuters) - Orvane Bank ( ORVN.VX ) posted higher profit. Stock of Marlow Credit AG MCR.VX, the "
            "second-biggest lender, slid 1.8 percent to 31.2 francs.",
            "1.8 percent",
            "Marlow Credit",
        ),
        (
            "Orvane Bank profit rises",
            "(Reuters) - Orvane Bank ( ORVN.VX ) posted higher profit. Shares of Pellgrin Credit AG PLCR.VX ended "
            "31.2 francs lower after the results.",
            "31.2 francs",
            "Pellgrin Credit",
        ),
        (
            "Orvane Bank profit rises",
            "(Reuters) - Orvane Bank ( ORVN.VX ) posted higher profit. Shares of Pellgrin Credit AG PLCR.VX fell "
            "1.8 percent to 31.2 francs.",
            "31.2 francs",
            "Pellgrin Credit",
        ),
    ],
)
def test_a_ticker_parsed_as_head_stands_for_the_name_before_it(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("name", "text", "follows"),
    [
        ("Brindle City", "NEW YORK (Reuters) - Brindle City Stores Inc. BCS.N said it would", True),
        ("Vellmar", "Shares in Vellmar VLMG.DE rose more than 3 percent", True),
        ("Garston Sands", "Garston Sands ( GSX.N ) said on Monday", True),
        ("Osterfeld", "a loan from National Bank of Osterfeld NBO.AD on Friday", False),
        ("Vellmar", "Vellmar Chief Executive Tom Reed VMG.N", False),
        ("Vellmar", "Vellmar said sales rose", False),
        ("Dunmore Freight", "a stake in Dunmore Freight Plc (DMF.L) on Friday", True),
        ("Sands", "Garston Sands ( GSX.N ) said on Monday", True),
        ("Japan", "Japan Airways JAW.T said on Monday", False),
        ("Canada", "Brindle Canada ( BRC.TO ) said on Monday", False),
    ],
)
def test_a_ticker_with_its_exchange_after_a_name_is_company_evidence(name, text, follows):
    assert ticker_follows(name, text) is follows


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Brenning up on bid talk",
            "FRANKFURT (Reuters) - Shares in Brenning BRNG.DE jumped 6 percent after Halden Corp ( HDN.N ) said it "
            "had built a stake in the toolmaker.",
            "6 percent",
            "Brenning",
        ),
        (
            "Salvatti gains on report",
            "MILAN (Reuters) - Shares in Salvatti SLVT.MI closed 5 percent higher on Friday, the day Orland Inc "
            "( ORL.N ) disclosed a 10 percent holding.",
            "5 percent",
            "Salvatti",
        ),
        (
            "Kestrel Mining rises",
            "SYDNEY (Reuters) - Shares in Kestrel KSTL.AX climbed 7 percent, their best day in a year, once "
            "Dunvale Corp ( DUN.TO ) confirmed talks.",
            "7 percent",
            "Kestrel",
        ),
    ],
)
def test_a_name_a_ticker_follows_is_a_company(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Dunmore Press to cut jobs",
            "(Reuters) - Dunmore Press Co posted lower ad revenue. The publisher of the Ashford Gazette and two "
            "other dailies said on Monday that it plans to eliminate 600 positions.",
            "600",
            "Dunmore Press",
        ),
        (
            "Ashby Media cuts jobs",
            "(Reuters) - Ashby Media Group said ad sales slid. The publisher of the Harwick Times told staff that "
            "it would shed 300 jobs by June.",
            "300",
            "Ashby Media",
        ),
        (
            "Arden publisher to cut jobs",
            "(Reuters) - Arden Publishing Corp posted weaker revenue. The publisher of the Mersey Star and Wick "
            "Herald expects its costs to fall 8 percent.",
            "8 percent",
            "Arden Publishing",
        ),
    ],
)
def test_a_described_company_that_says_it_is_not_a_name_in_its_description(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject
