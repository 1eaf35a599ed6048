"""A slash acronym that ends a sentence ("... according to Carvell I/B/E/S. Revenue rose ...") keeps its dot on
its last letter, and the parser reads on: the next sentence's results then sit under the analysts' "expected".
Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 2, 8)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Analysts on average had expected 31 cents a share, according to Carvell Data I/B/E/S. "
            "Revenue at Hollin Bank rose 4 percent to $2.1 billion.",
            "$2.1 billion",
        ),
        (
            "Hollin Bank earned 40 cents a share, above the 36 cents analysts had forecast, according to "
            "Merrow I/B/E/S. Sales at Hollin Bank fell 2 percent in the quarter.",
            "2 percent",
        ),
        (
            "Analysts were looking for a profit of 12 cents a share at Norvale Foods Inc, according to T/R/E/S. "
            "Net income climbed to $80 million.",
            "$80 million",
        ),
        (
            "Analysts had expected 20 cents a share at Norvale Foods Inc, according to Carvell I/B/E/S. "
            '"Sales rose 6 percent to $900 million in a tough market," the company said.',
            "$900 million",
        ),
    ],
)
def test_the_sentence_after_a_slash_acronym_is_its_own(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    assert facts[0].modality == "actual"
    assert facts[0].evidence.sentence == text[text.index(". ") + 2 :]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts polled by Merrow I/B/E/S expected revenue of $2 billion.",
        "The estimate comes from the A/B/C/D poll of 12 analysts.",
        "Carvell I/B/E/S. data showed the average forecast was 40 cents.",
    ],
)
def test_a_slash_acronym_inside_a_sentence_splits_nothing(nlp, text):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "heading", "after"),
    [
        (
            "Orders at Pellam Tools fell 3 percent. WEAKER DEMAND AHEAD Margins shrank to 9 percent in the quarter.",
            "WEAKER DEMAND AHEAD",
            "Margins shrank to 9 percent in the quarter.",
        ),
        (
            '"We will keep hiring," Ana Ruiz said. NEW PLANTS Brandt Outlet plans to open two factories next year.',
            "NEW PLANTS",
            "Brandt Outlet plans to open two factories next year.",
        ),
        (
            "The deal closed in May! PRICE TOO HIGH Some investors said the $4 billion offer was rich.",
            "PRICE TOO HIGH",
            "Some investors said the $4 billion offer was rich.",
        ),
    ],
)
def test_a_subheading_in_capitals_glued_between_paragraphs_is_its_own_sentence(nlp, text, heading, after):
    sentences = [sent.text for sent in nlp(text).sents]
    assert sentences[-2:] == [heading, after]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue at IBM rose. IBM AG said so.",  # a short run of acronyms, no heading word
        "He said the NEW YORK office would close.",  # not after a sentence end
        "Sales rose. GDP GROWTH was slow.",  # no capitalized word after the run
    ],
)
def test_capitals_that_are_no_glued_subheading_split_nothing_new(nlp, text):
    sentences = [sent.text for sent in nlp(text).sents]
    assert not any(sentence.isupper() for sentence in sentences)


@pytest.mark.parametrize(
    ("text", "heading", "after"),
    [
        (
            "Margins slipped. SLOW YEAR NKB Securities analyst Ann Lee said demand would stay weak.",
            "SLOW YEAR",
            "NKB Securities analyst Ann Lee said demand would stay weak.",
        ),
        (
            "Prices rose again. NO QUICK FIX BKV President Jo Marr told reporters the plan needs time.",
            "NO QUICK FIX",
            "BKV President Jo Marr told reporters the plan needs time.",
        ),
        (
            "Shares fell 4 percent. A TOUGH CALL HLT Capital chief strategist Bo Chen cut his target.",
            "A TOUGH CALL",
            "HLT Capital chief strategist Bo Chen cut his target.",
        ),
    ],
)
def test_initials_that_end_a_heading_before_a_title_open_the_sentence(nlp, text, heading, after):
    sentences = [sent.text for sent in nlp(text).sents]
    assert sentences[-2:] == [heading, after]


def test_initials_and_a_title_that_make_the_whole_run_are_no_heading(nlp):
    text = "The plan stalled. BKV CEO Jo Marr will leave in June, the bank said."
    assert list(nlp(text).sents)[-1].text == "BKV CEO Jo Marr will leave in June, the bank said."


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("The deal closed. RATES ON HOLD The bank kept rates unchanged.", "RATES ON HOLD"),  # a word, then "The"
        ("Sales fell. NOT SO FAST Halden Group said its margins shrank.", "NOT SO FAST"),  # "Group" is no post
        ("Costs rose. BACK ON TRACK Jo Marr, the chief executive, said so.", "BACK ON TRACK"),  # a name, no title
        ("Costs rose. A BIG STEP UP Halden analysts said so.", "A BIG STEP UP"),  # "UP" is a common word
    ],
)
def test_a_heading_keeps_its_last_word_unless_initials_own_a_title(nlp, text, heading):
    assert heading in [sent.text for sent in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Margins slipped. SLOW YEAR NKB Securities analyst Ann Lee said demand would stay weak.",
            ("NKB Securities", "analyst", "Ann Lee"),
        ),
        (
            "Costs rose. STILL WAITING Brindle Research strategist Ines Kahl said the chain is losing ground.",
            ("Brindle Research", "strategist", "Ines Kahl"),
        ),
        (
            "Costs rose. NOT THERE YET Tarrow Equity analyst Pia Lund said the chain is losing ground.",
            ("Tarrow Equity", "analyst", "Pia Lund"),
        ),
        (  # a heading that ends in a word with vowels, written nowhere else: no part of the firm's name
            "Costs rose. A LONG ROAD Quillmark Advisors economist Bo Chen said the chain is losing ground.",
            ("Quillmark Advisors", "economist", "Bo Chen"),
        ),
        (  # initials with vowels that the story writes again outside the heading
            "Costs rose. PUBLIC APOLOGY OBE Chairman Jo Marr apologized on Saturday. OBE shares fell.",
            ("OBE", "chairman", "Jo Marr"),
        ),
    ],
)
def test_the_firm_before_a_title_after_a_heading_is_read_whole(text, role):
    roles = {(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED) if f.kind == "role"}
    assert role in roles
    assert not any(subject.isupper() and subject != role[0] for subject, _, _ in roles)
