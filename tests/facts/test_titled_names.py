"""Roles of people the recognizer missed right after a capitalized title ("Chief Executive Ann Lee said").
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2017, 7, 7)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Brandt Holdings Inc said Chief Executive Vikram Pandor had cut 500 jobs.",
            ("Brandt Holdings", "chief executive", "Vikram Pandor"),
        ),
        (
            "Harwick Foods Corp shares fell after Chairman and Chief Executive Vittorio Orsani left for Milan.",
            ("Harwick Foods", "chairman and chief executive", "Vittorio Orsani"),
        ),
        (
            "Brisco Bank Inc investors wrote to Chief Executive Rajan Pandor on Monday.",
            ("Brisco Bank", "chief executive", "Rajan Pandor"),
        ),
    ],
)
def test_an_untagged_name_after_a_title_is_a_person_with_that_role(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bank Corp said its Chief Executive Office moved to Dublin.",
        "The President Hotel Group reported higher occupancy in March.",
        "Brandt Holdings Inc named a new Chief Executive on Monday.",
    ],
)
def test_no_person_without_a_name_after_the_title(nlp, text):
    assert roles_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "OSAKA (Reuters) - Bank of Japan Governor Masa Shira said policymakers must act.",
            ("Bank of Japan", "governor", "Masa Shira"),
        ),
        (
            "Brisco Bank Inc fell. Federal Reserve Bank of Atlanta President Marcus Lock told a panel rates will rise.",
            ("Federal Reserve Bank of Atlanta", "president", "Marcus Lock"),
        ),
        (
            "Brisco Bank Inc fell after Reserve Bank of Freedonia Deputy Governor Ola Brun spoke on Monday.",
            ("Reserve Bank of Freedonia", "deputy governor", "Ola Brun"),
        ),
    ],
)
def test_a_name_built_with_of_a_place_before_the_title_is_the_organization(nlp, text, role):
    """The recognizer often leaves "Bank of <Place>" untagged or tags only its place."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Brisco Bank Inc raised rates. "Demand is weak," said Halvor Motors\' ( 7299.T ) Chief Executive Jo Marr.',
            ("Halvor Motors", "chief executive", "Jo Marr"),
        ),
        (
            "Brisco Bank Inc raised rates. Halvor Motors Co ( HMC.N ) Chief Executive Jo Marr said demand was weak.",
            ("Halvor Motors", "chief executive", "Jo Marr"),
        ),
        (
            "Brisco Bank Inc rose. Quarry Foods Inc ( QFD.N ) Chief Financial Officer Ines Kahl sold shares.",
            ("Quarry Foods", "chief financial officer", "Ines Kahl"),
        ),
    ],
)
def test_a_company_before_its_ticker_holds_the_title_after_it(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Brisco Bank Inc fell, said Halvor & Co analyst Jo Marr.", ("Halvor & Co", "analyst", "Jo Marr")),
        ("Brisco Bank Inc fell, Tolland & Co strategist Ines Kahl said.", ("Tolland & Co", "strategist", "Ines Kahl")),
        ("Brisco Bank Inc fell, said co-chief executive Jo Marr.", ("Brisco Bank", "co-chief executive", "Jo Marr")),
    ],
)
def test_co_is_a_title_prefix_only_when_hyphenated(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Pollard Inc shares fell 4 percent. "Margins will thin," Hadley Securities analyst Marcus Oakley wrote.',
            "Marcus Oakley",
        ),
        ("Pollard Inc shares fell. Brixton Capital spokeswoman Helen Carver declined to comment.", "Helen Carver"),
        ("Pollard Inc cut its dividend, and spokesman Victor Hale said the board agreed.", "Victor Hale"),
    ],
)
def test_a_name_after_a_title_is_a_person_even_tagged_as_a_firm(nlp, text, name):
    """Whatever label the recognizer gives a two- or three-word name right after a role noun, it is the titled
    person (a firm's name is not written after its own employee's title)."""
    assert name in {f.object for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"}


@pytest.mark.parametrize(
    "text",
    [
        "Pollard Inc fell. Rivals want the executive Halden Council to rule on the merger.",
        "Pollard Inc fell. Rivals asked the director Halden Council to rule on the merger.",
        "Pollard Inc fell as the executive Tarvik Council delayed a vote on the merger.",
    ],
)
def test_a_name_after_a_described_title_noun_is_no_person(nlp, text):
    """ "the executive Halden Council", "fund manager X Associates": a title noun after a determiner or a lower-case
    noun describes the name that follows (a body, a firm), it is no person's title."""
    objects = {f.object for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"}
    assert not objects & {"Halden Council", "Tarvik Council"}
