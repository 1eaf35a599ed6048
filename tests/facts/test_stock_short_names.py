"""A short name right before a stock noun ("Ostby shares fell") names the one organization of the story whose name
it begins, even where the tagger read the word as an adjective or a common noun (facts/stock_short_names.py); a
nationality, a region or a word the story also writes in lower case names no company. Stories written for these
tests, with invented companies."""

import pytest

from tests.facts.surface_facts import subject_in

LEAD = "NEW YORK (Reuters) - Harlow Bank Corp on Tuesday reported profit 12 percent higher for its third quarter. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the second company's stock in a clause of its own
            LEAD + "Ostby Bancorp, a smaller lender, posted a loss. Harlow stock gained 1.1 percent by midday; Ostby "
            "shares, meanwhile, dropped 6 percent to $8.40.",
            "$8.40",
            "Ostby Bancorp",
        ),
        (  # a sentence of its own about another company's stock
            LEAD + "Pellworth Investment Group also reported results. Pellworth shares slid $1.40, or 4.9 percent, "
            "to $27.15 in afternoon dealings.",
            "$27.15",
            "Pellworth Investment Group",
        ),
        (  # a short name the tagger may read as an adjective
            LEAD + "Rival Corvane Financial Holdings cut its dividend. Corvane stock closed 8 percent lower on the "
            "day.",
            "8 percent",
            "Corvane Financial Holdings",
        ),
    ],
)
def test_a_short_name_before_a_stock_noun(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (  # a nationality before "shares" is a market, never the company whose name begins with it
            LEAD + "Canadian Pacific Lenders Inc was not traded. Canadian shares rose 0.4 percent in Toronto.",
            "0.4 percent",
            "Harlow Bank",
        ),
        (  # the story writes "mining" in lower case too: a common noun, not the short name of "Mining Venture ..."
            LEAD + "Mining Venture Partners kept its forecast. Mining shares rose 2 percent across the sector as "
            "mining output picked up.",
            "2 percent",
            "Harlow Bank",
        ),
        (  # "stocks" before the short name is read: a sector's stocks or inventories, not the one company
            LEAD + "Energy Crestline Corp kept its outlook. Energy stocks rose 2 percent.",
            "2 percent",
            "Harlow Bank",
        ),
        (  # a sector word (`sector_words`) even where the story never writes it in lower case
            LEAD + "Gold Basin Partners kept its outlook. Gold shares rose 3 percent after bullion hit a record.",
            "3 percent",
            "Harlow Bank",
        ),
        (  # another sector word
            LEAD + "Steel Ridge Holdings did not comment. Steel shares slipped 1.5 percent on weaker orders from "
            "carmakers.",
            "1.5 percent",
            "Harlow Bank",
        ),
    ],
)
def test_no_company_named_by_a_common_word(nlp, text: str, surface: str, holder: str) -> None:
    assert subject_in(nlp, text, surface) == holder
