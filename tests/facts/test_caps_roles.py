"""Roles in the all-capitals attribution lines of reaction stories ("NAME, TITLE, FIRM, CITY"): the person,
the title and the organization, read by their commas. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.caps_title_lines import caps_title_lines

PUBLISHED = dt.date(2019, 8, 14)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Brisco Inc cut its forecast. REACTION: ANNA KOVAL, SENIOR RATES STRATEGIST, HALVERN CAPITAL MARKETS, "
            'OSLO "The cut was expected."',
            ("Halvern Capital Markets", "senior rates strategist", "Anna Koval"),
        ),
        (
            "Brisco Inc cut its forecast. TOMAS REED, CHIEF ECONOMIST AT PELLAM BANK OF FREEDONIA IN RIVERTON "
            '"We saw it coming."',
            ("Pellam Bank of Freedonia", "chief economist", "Tomas Reed"),
        ),
        (
            "Brisco Inc cut its forecast. LENA W. MARSH, PRESIDENT OF OSTLER FUTURES, IN DALBY, FREEDONIA "
            '"Nobody was surprised."',
            ("Ostler Futures", "president", "Lena W. Marsh"),
        ),
        (
            'Brisco Inc cut its forecast. COMMENTARY: OMAR VANCE, ANALYST, KESTREL & CO "It is a fair price."',
            ("Kestrel & Co", "analyst", "Omar Vance"),
        ),
    ],
)
def test_a_capitals_attribution_line_is_a_role(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Brisco Inc cut its forecast.\n\nGRETA NYLUND, CHIEF ECONOMIST AT DORRIT SECURITIES IN VALLEN:\n"
            "Nobody on the desk expected a cut this early in the year.",
            ("Dorrit Securities", "chief economist", "Greta Nylund"),
        ),
        (
            "Brisco Inc cut its forecast.\n\nPAVEL ORLOV, HEAD OF CREDIT RESEARCH, MARWICK PARTNERS, LONDON:\n"
            "The bonds will take the news in their stride.",
            ("Marwick Partners", "head of credit research", "Pavel Orlov"),
        ),
        (
            "Brisco Inc cut its forecast.\n\nSIRI LUND, SENIOR ANALYST AT TOVE BANK:\nShares could slip further "
            "from here if demand stays soft.",
            ("Tove Bank", "senior analyst", "Siri Lund"),
        ),
    ],
)
def test_a_speaker_line_without_quote_marks_is_a_role_too(nlp, text, role):
    """Commentary blocks also set the speaker's words as plain text on the next line."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "DALBY, FREEDONIA, March 3 - Brisco Inc cut its forecast on Monday.",
        "KEY POINTS: BRISCO CUTS 900 JOBS, SHUTS TWO PLANTS, LOWERS OUTLOOK.",
        "Brisco Inc said: WE EXPECT SALES TO FALL, PRICES TO RISE, MARGINS TO SHRINK.",
        "HILDE BRANDT, FINANCE CHIEF, LEAVES ORVEL MOTORS\n\nOrvel Motors said its finance chief would leave.",
        "Rates rose.\n\nSTEN VIK, HEAD OF TRADING, SAYS BONDS TO RALLY\n\nThe bank's head of trading spoke.",
        "Prices fell.\n\nANNE MOE, LABOUR MINISTER, RESIGNS\n\nThe minister gave no reason.",
    ],
)
def test_other_runs_of_capitals_are_no_roles(nlp, text):
    assert roles_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Freight volumes slowed over the summer. Here is what bosses told us on Thursday: HARLOW TRUCKING CO "
            "CHIEF EXECUTIVE DENNIS OKAFOR Bookings have cooled since July, Okafor told a reporter.",
            ("Harlow Trucking", "chief executive", "Dennis Okafor"),
        ),
        (
            "Policy makers disagree on the pace of tightening. * WESTBURY FED PRESIDENT MIRIAM ACHTERBERG, May 4 "
            '"I would rather wait for firmer data before we move."',
            ("Westbury Fed", "president", "Miriam Achterberg"),
        ),
        (
            'Pulp buyers grew nervous. "We are cutting back," one trader said. BELLMARK PAPER MILLS VICE PRESIDENT '
            "RAFAEL ONDRA The mill owner expects pulp to climb further, according to Ondra.",
            ("Bellmark Paper Mills", "vice president", "Rafael Ondra"),
        ),
    ],
)
def test_a_capitals_heading_with_the_title_before_the_name_is_a_role(nlp, text, role):
    """Round-up stories open each excerpt with the firm, the title and the name in capitals, and no comma."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Orders picked up. TARVIK CEO SEES GROWTH Tarvik Freight expects more orders next year.",  # a headline
        "Costs rose. ORVEL MOTORS CHIEF EXECUTIVE QUITS The carmaker gave no reason for the exit.",
        "Costs rose. ORVEL MOTORS NAMES NEW CHIEF EXECUTIVE The carmaker did not name him yet.",
        "Tariffs went up. BRAVIA TRADE AND INDUSTRY MINISTER ELSA TORN Torn said duties would stay.",  # title?
        "Rates held while HOLLIS FED PRESIDENT INGA DAHL, on May 4, urged patience, Dahl's staff said.",  # in a clause
    ],
)
def test_capitals_that_are_no_title_heading(text):
    assert caps_title_lines(text) == ()
