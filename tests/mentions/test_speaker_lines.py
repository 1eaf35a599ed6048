"""Speaker lines of reaction stories ("NAME, TITLE, FIRM, TOWN: "quote""): the person, the firm and the towns are
entities, the title never is. Lines written for this test, with invented names."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text
from extractor.mentions.speaker_lines import speaker_lines

STORY = "OSLO (Reuters) - Tarvik Freight said on Monday its orders slipped 4 percent in May.\n\n"


def entities(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(STORY + text, doc_id="t")))
    return {(e.label, e.name.lower()) for e in doc._.entities}


@pytest.mark.parametrize(
    ("block", "expected", "absent"),
    [
        (
            'REACTION: ODILE FARRANT, HEAD OF RATES RESEARCH, MERLOW SECURITIES, GENEVA: "Freight is the first '
            'thing to crack when buyers get nervous."',
            {("PERSON", "odile farrant"), ("ORG", "merlow securities"), ("GPE", "geneva")},
            {"head of rates research", "reaction", "odile"},
        ),
        (
            'TOBIAS WENNERGREN, SENIOR EQUITY ANALYST AT HOLMGARD BANK IN STAVANGER "We had pencilled in a far '
            'steeper slide than this."',
            {("PERSON", "tobias wennergren"), ("ORG", "holmgard bank"), ("GPE", "stavanger")},
            {"senior equity analyst", "holmgard bank in stavanger"},
        ),
        (
            'Shares were flat. PRIYA KELLERMAN, PORTFOLIO MANAGER, ASHCOMBE ASSET PARTNERS, LEEDS, ENGLAND "May '
            'is seasonally soft, so I would not read much into it."',
            {
                ("PERSON", "priya kellerman"),
                ("ORG", "ashcombe asset partners"),
                ("GPE", "leeds"),
                ("GPE", "england"),
            },
            {"portfolio manager", "priya"},
        ),
    ],
)
def test_speaker_line_entities(nlp, block, expected, absent):
    found = entities(nlp, block)
    assert expected <= found
    assert not any(name in absent for _, name in found)


@pytest.mark.parametrize(
    "text",
    [
        'NORTH SEA OUTPUT, WINTER STORMS AND PRICES "a heading, not a speaker"',  # no title in the second part
        "ODILE FARRANT, HEAD OF RESEARCH, MERLOW SECURITIES said prices would hold.",  # no quote opens after it
        'KEY POINTS: * Orders fell 4 percent, the statistics office said. "Soft," one trader said.',
    ],
)
def test_not_a_speaker_line(text):
    assert speaker_lines(text) == []


def test_title_with_of_names_the_firm():
    text = 'LENA VOSS, CHIEF ECONOMIST OF BRAMWELL TRUST: "Rates stay put."'
    (line,) = speaker_lines(text)
    assert text[slice(*line.person)] == "LENA VOSS"
    assert text[slice(*line.organization)] == "BRAMWELL TRUST"
    assert line.places == ()
