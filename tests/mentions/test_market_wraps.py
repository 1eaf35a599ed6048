"""A market wrap (its opening names a market or an index moving, and it reads several indexes) has no main
organization: a company it names often is a mover of the day, the holder of its own clause's figures, never of the
day's volume or a bond's yield (mentions/market_wraps.py). Stories written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor.mentions.entities import index_entities
from tests.facts.surface_facts import facts_of

PUBLISHED = dt.date(2011, 3, 4)

INDEXES = (
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. "
)


NEUTRAL_TITLE = "Friday report"  # a title with no market in it: the opening alone must make the wrap


def wrap_of(nlp, title, text):
    """Whether the story is read as a wrap (the flag `index_entities` keeps on the EntityIndex)."""
    header = f" date {PUBLISHED.isoformat()} {title}\n\n"
    return index_entities(nlp(header + text), title=title, body_start=len(header)).market_wrap


@pytest.mark.parametrize(
    ("title", "opening", "mover", "unheld"),
    [
        (
            "Stocks slip as oil climbs",
            "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. Corvane Systems Inc "
            "( CVN.N ) fell 4 percent after a weak forecast. Corvane said demand slowed. Corvane cut jobs. ",
            "Corvane",
            "Roughly 6.2 billion shares were traded over the session, a quiet total.",
        ),
        (
            "Stocks slip as oil climbs",
            "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. Corvane Systems Inc "
            "( CVN.N ) fell 4 percent after a weak forecast. Corvane said demand slowed. Corvane cut jobs. ",
            "Corvane",
            "Gainers led decliners by 3 to 2.",
        ),
        (
            "Rally fades late in the day",
            "LONDON (Reuters) - European equity markets gave up early gains on Thursday. Brisket Holdings "
            "plc rose 6 percent on a bid report. Brisket declined to comment. Brisket is a caterer. ",
            "Brisket",
            "The energy sector gained 1.5 percent over the session.",
        ),
        (
            "Tokyo index ends week higher",
            "TOKYO (Reuters) - The benchmark average ended 1.1 percent higher, helped by exporters. Ormsby "
            "Electric Co rose 9 percent. Ormsby makes motors. Ormsby shares hit a year high. ",
            "Ormsby",
            "Trading volume came to 5.8 billion shares, under the norm for March.",
        ),
    ],
)
def test_a_wraps_mover_holds_no_unheld_figure(nlp, title, opening, mover, unheld):
    facts = facts_of(nlp, opening + INDEXES + unheld, title=title, published=PUBLISHED.isoformat())
    held = [f for f in facts if f.subject.startswith(mover) and f.kind in ("metric", "change")]
    assert held, [(f.subject, f.value and f.value.surface) for f in facts]  # its own move stays its own
    taken = [f for f in held if f.evidence.sentence.startswith(unheld[:20])]
    assert not taken, [(f.subject, f.value and f.value.surface) for f in taken]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        # a company's shares open the story: a story about the company
        ("Corvane shares fall", "NEW YORK (Reuters) - Shares of Corvane Systems Inc fell 4 percent on Friday. "),
        # the company is the subject of the opening
        ("Brisket wins contract", "LONDON (Reuters) - Brisket Holdings won a catering contract on Thursday. "),
        (NEUTRAL_TITLE, "LONDON (Reuters) - Brisket Holdings won a catering contract on Thursday. "),
        # a market of something else than shares opens the story
        (
            "Hiring data cheer traders",
            "NEW YORK (Reuters) - With the jobs market picking up, traders think the central bank will slow "
            "its bond buying. ",
        ),
        # a market opening, but one index named: a stock's story with a sector comparison
        (
            "Ormsby climbs on order",
            "TOKYO (Reuters) - Exporters led the market higher as Ormsby Electric Co won an order. "
            "The Halden Industrial Index .HDI rose 1 percent. ",
        ),
    ],
)
def test_not_a_wrap(nlp, title, opening):
    text = opening if "index" in opening.lower() else opening + INDEXES
    assert not wrap_of(nlp, title, text)


@pytest.mark.parametrize(
    "opening",
    [
        "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. ",
        "LONDON (Reuters) - The euro fell while European shares slid on Thursday. ",
        "TOKYO (Reuters) - The Halden 300 ended the week flat after a choppy Friday. ",
        # a market of bonds opens a wrap as treasuries do
        "LONDON (Reuters) - The bond market rallied on Thursday as traders priced in slower growth. ",
    ],
)
def test_a_wrap(nlp, opening):
    assert wrap_of(nlp, NEUTRAL_TITLE, opening + INDEXES)
