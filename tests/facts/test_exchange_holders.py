"""A market wrap's volume and breadth are the figures of the exchange its clause names with "on"
(facts/exchange_holders.py). Stories written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2011, 3, 4)

WRAP = (
    "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. "
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. "
    "Tarrant Corp ( TRT.N ) fell 4 percent after a weak forecast. {sentence}"
)


def facts_of(nlp, text, title="Stocks slip as oil climbs"):
    header = f" date {PUBLISHED.isoformat()} {title}\n\n"
    document = document_from_text(header + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp)).facts


@pytest.mark.parametrize(
    ("sentence", "surface", "exchange"),
    [
        (
            "Some 900 million shares changed hands on the Calloway Stock Exchange, a light day.",
            "900 million",
            "Calloway Stock Exchange",
        ),
        (
            "About 4.2 billion shares traded on the Marrow Exchange, below the daily average.",
            "4.2 billion",
            "Marrow Exchange",
        ),
        (
            "On the Marrow Exchange, falling issues beat rising ones by about 4 to 1.",
            "4",
            "Marrow Exchange",
        ),
    ],
)
def test_wrap_volume_is_the_exchanges(nlp, sentence, surface, exchange):
    facts = facts_of(nlp, WRAP.format(sentence=sentence))
    found = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert found and all(f.subject == exchange for f in found), [
        (f.subject, f.value and f.value.surface) for f in facts
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "holder"),
    [
        # a company's own shares stay the company's
        (
            "Shares of Kessling Foods fell 3 percent to $12.40 on the Marrow Exchange.",
            "3 percent",
            "Kessling Foods",
        ),
        (
            "Kessling Foods shares dropped 6 percent on the Marrow Exchange.",
            "6 percent",
            "Kessling Foods",
        ),
        (
            "Tarrant said it sold 2 million shares of stock on Friday.",
            "2 million",
            "Tarrant",
        ),
    ],
)
def test_owned_shares_keep_their_owner(nlp, sentence, surface, holder):
    facts = facts_of(nlp, WRAP.format(sentence=sentence))
    found = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert found and all(f.subject.startswith(holder) for f in found), [
        (f.subject, f.value and f.value.surface) for f in facts
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnover stayed low on the Calloway Stock Exchange, where about 900 million shares traded.",
        "About 4.2 billion shares traded on the Marrow Exchange, below the daily average.",
        "Volume on the Marrow Exchange was heavy, with 3.3 billion shares traded.",
    ],
)
def test_a_company_story_keeps_its_volume(nlp, sentence):
    """Outside a wrap the rule stays off: a company story's "shares traded" are not given to the exchange."""
    text = "NEW YORK (Reuters) - Tarrant Corp said on Friday that quarterly profit rose 12 percent. " + sentence
    facts = facts_of(nlp, text, title="Tarrant profit rises")
    assert not [f for f in facts if "Exchange" in f.subject], [(f.subject, f.value and f.value.surface) for f in facts]
