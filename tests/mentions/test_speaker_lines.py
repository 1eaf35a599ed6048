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
    assert speaker_lines(text) == ()


def test_title_with_of_names_the_firm():
    text = 'LENA VOSS, CHIEF ECONOMIST OF BRAMWELL TRUST: "Rates stay put."'
    (line,) = speaker_lines(text)
    assert text[slice(*line.person)] == "LENA VOSS"
    assert text[slice(*line.organization)] == "BRAMWELL TRUST"
    assert line.places == ()
    assert text[slice(*line.title)] == "CHIEF ECONOMIST"


def extracted(nlp, text):
    import datetime as dt

    from extractor import extract

    return [(f.kind, f.subject, f.predicate, f.object) for f in extract(text, published=dt.date(2019, 8, 14), nlp=nlp)]


# the line and its quote fall in different sentences, and NER finds no company in the lead
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Quarterly orders at the shipyard rose 4 percent, the company said on Tuesday.\n\n"
            'PRIYA NAND, HEAD OF CREDIT RESEARCH, TALLIS SECURITIES, OSLO:\n\n"Orders held up better than we thought."',
            ("role", "Tallis Securities", "head of credit research", "Priya Nand"),
        ),
        (
            "Sales of the new tractor fell by 12 percent in the second quarter.\n\nREACTION:\n"
            'GUNNAR HOLM, CHIEF ECONOMIST, BRAMLEY MARKETS, TURKU:\n\n"That is a weak number for a tractor maker."',
            ("role", "Bramley Markets", "chief economist", "Gunnar Holm"),
        ),
        (
            "The lender cut 300 jobs in its home market, it said on Monday.\n\n"
            'MARTA ILLES, SENIOR ANALYST AT WENLOCK PARTNERS IN VIENNA:\n\n"Costs had to come down."',
            ("role", "Wenlock Partners", "senior analyst", "Marta Illes"),
        ),
    ],
)
def test_speaker_line_read_once_over_the_document(nlp, text, role):
    """One role per line (none from the sentence reader as well), and the speaker's firm is no subject of the
    lead's figure: it is a source, never the story's company."""
    facts = extracted(nlp, text)
    assert [f for f in facts if f[0] == "role"] == [role]
    firm = role[1].lower()
    assert not any(f[1] and f[1].lower() == firm for f in facts if f[0] != "role")
