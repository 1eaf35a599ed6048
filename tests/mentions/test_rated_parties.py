"""A story that opens on a rating action is about the party rated (rated_parties.py): the rater that the title
and the lead name first does not become the story's organization, so the rated company's unheld figures stay
its own. A lead without a rating action, or one that rates several companies, keeps the ordinary choice.
Stories written for these tests, invented names."""

import pytest

from extractor.header import find_header
from extractor.mentions.entities import index_entities


def main_org(nlp, title, body):
    text = f" date 2010-06-02 {title}\n\n{body}"
    header = find_header(text)
    entities = index_entities(nlp(text), title=header.title, body_start=header.end)
    return entities.main_org.name if entities.main_org else None


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Orvell Ratings lowers Brandstead to junk",
            "NEW YORK (Reuters) - Orvell Ratings on Tuesday lowered its credit ratings on Brandstead Corp to "
            "junk, citing mounting debt. Orvell Ratings said the outlook was negative. Brandstead said it "
            "disagreed, and Brandstead shares fell 9 percent.",
            "Brandstead",
        ),
        (
            "Kessimer Investors cuts Tolland Steel",
            "LONDON (Reuters) - Kessimer Investors Service cut Tolland Steel's long-term rating by two notches "
            "on Monday. Kessimer Investors Service warned of weak prices; Tolland Steel said its plants ran at "
            "80 percent of capacity.",
            "Tolland Steel",
        ),
        (
            "Marden Ratings Service downgrades Pelham Foods",
            "CHICAGO (Reuters) - Marden Ratings Service downgraded Pelham Foods Inc to BB on Thursday after the grocer "
            "took on more debt. Marden Ratings Service said it could act again, and Marden Ratings Service "
            "expects slower sales at the chain.",
            "Pelham Foods",
        ),
    ],
)
def test_rated_company_is_the_story(nlp, title, body, company):
    assert main_org(nlp, title, body) == company


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Orvell Ratings hires new chief",
            "NEW YORK (Reuters) - Orvell Ratings on Tuesday named a new chief executive after a year of "
            "criticism of its grades. Orvell Ratings said Brandstead Corp's former finance chief would join.",
            "Orvell Ratings",
        ),
        (
            "Kessimer Investors cuts three steelmakers",
            "LONDON (Reuters) - Kessimer Investors Service cut its ratings on Tolland Steel and Marrow Alloys "
            "on Monday. Kessimer Investors Service warned of weak prices across the industry.",
            "Kessimer Investors Service",
        ),
    ],
)
def test_no_single_rated_company(nlp, title, body, company):
    assert main_org(nlp, title, body) == company
