"""A market wrap (its opening names a market or an index moving, and it reads several indexes) has no main
organization: a company it names often is a mover of the day, the holder of its own clause's figures, never of the
day's volume or a bond's yield (mentions/market_wraps.py). Stories written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from extractor.mentions.market_wraps import is_market_wrap

PUBLISHED = dt.date(2011, 3, 4)

INDEXES = (
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. "
)


def facts_of(nlp, title, text):
    header = f" date {PUBLISHED.isoformat()} {title}\n\n"
    document = document_from_text(header + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp)).facts


def wrap_of(nlp, title, text):
    header = f" date {PUBLISHED.isoformat()} {title}\n\n"
    doc = nlp(header + text)
    return is_market_wrap(doc, len(header))


@pytest.mark.parametrize(
    ("title", "opening", "mover", "unheld"),
    [
        (
            "Stocks slip as oil climbs",
            "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. Corvane Systems Inc "
            "( CVN.N ) fell 4 percent after a weak forecast. Corvane said demand slowed. Corvane cut jobs. ",
            "Corvane",
            "Volume was light, with about 6.2 billion shares traded.",
        ),
        (
            "Rally fades late in the day",
            "LONDON (Reuters) - European equity markets gave up early gains on Thursday. Brisket Holdings "
            "plc rose 6 percent on a bid report. Brisket declined to comment. Brisket is a caterer. ",
            "Brisket",
            "The yield on the benchmark 10-year bond rose to 3.42 percent.",
        ),
        (
            "Tokyo index ends week higher",
            "TOKYO (Reuters) - The benchmark average ended 1.1 percent higher, helped by exporters. Ormsby "
            "Electric Co rose 9 percent. Ormsby makes motors. Ormsby shares hit a year high. ",
            "Ormsby",
            "Declining issues were outnumbered by advancing ones by 3 to 2.",
        ),
    ],
)
def test_a_wraps_mover_holds_no_unheld_figure(nlp, title, opening, mover, unheld):
    facts = facts_of(nlp, title, opening + INDEXES + unheld)
    held = [f for f in facts if f.subject.startswith(mover) and f.kind in ("metric", "change")]
    assert held, [(f.subject, f.value and f.value.surface) for f in facts]  # its own move stays its own
    assert all(unheld.startswith(f.evidence.sentence[:20]) is False for f in held), [
        (f.subject, f.evidence.sentence) for f in held
    ]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        # a company's shares open the story: a story about the company
        ("Corvane shares fall", "NEW YORK (Reuters) - Shares of Corvane Systems Inc fell 4 percent on Friday. "),
        # the company is the subject of the opening
        ("Brisket wins contract", "LONDON (Reuters) - Brisket Holdings won a catering contract on Thursday. "),
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
        "TOKYO (Reuters) - The Halden 300 turned positive for the year on Friday. ",
    ],
)
def test_a_wrap(nlp, opening):
    assert wrap_of(nlp, "Markets end mixed", opening + INDEXES)
