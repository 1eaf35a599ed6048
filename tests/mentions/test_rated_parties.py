"""A story that opens on a rating action is about the party rated (rated_parties.py): the rater that the title
and the lead name first does not become the story's organization, so the rated company's unheld figures go to
it. A lead without a rating action, one that rates several companies, or a rater that reports figures of its
own keeps the ordinary choice. Stories written for these tests, invented names."""

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text


def story(title, body):
    return f" date 2013-09-04 {title}\n\n{body}"


def main_org(story_entities, title, body):
    entities = story_entities(title, body, date="2013-09-04")
    return entities.main_org.name if entities.main_org else None


def holders(nlp, title, body, surface):
    """The subjects of the figures written as `surface`."""
    extraction = next(extract_documents([document_from_text(story(title, body), doc_id="t")], nlp=nlp))
    found = {f.subject for f in extraction.facts if f.value is not None and f.value.surface == surface}
    assert found, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Kestrel Analytics downgrades Pellam Foods",
            "CHICAGO (Reuters) - Kestrel Analytics downgraded grocer Pellam Foods Inc to BB-plus, saying the "
            "chain had borrowed too heavily to pay for store refits. Kestrel Analytics expects no upgrade soon.",
            "Pellam Foods",
        ),
        (
            "Kessimer Investors puts Tolland Steel lower",
            "LONDON (Reuters) - Kessimer Investors Service put Tolland Steel's long-term rating two notches "
            "lower, to BB. Kessimer Investors Service warned of weak prices; Tolland Steel said its plants ran at "
            "80 percent of capacity.",
            "Tolland Steel",
        ),
        (
            "Marden Ratings Service trims Halbrook Mining",
            "SYDNEY (Reuters) - Pointing to falling copper prices, Marden Ratings Service lowered its rating of "
            "Halbrook Mining Ltd by a notch. Marden Ratings Service said it could act again, and Marden Ratings "
            "Service expects thin margins at the miner.",
            "Halbrook Mining",
        ),
    ],
)
def test_rated_company_is_the_story(story_entities, title, body, company):
    assert main_org(story_entities, title, body) == company


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "Kestrel Analytics hires new chief",
            "NEW YORK (Reuters) - Kestrel Analytics named a new chief executive after a year of criticism of its "
            "grades. Kestrel Analytics said Pellam Foods' former finance chief would join.",
            "Kestrel Analytics",
        ),
        (
            "Kessimer Investors cuts three steelmakers",
            "LONDON (Reuters) - Kessimer Investors Service cut its ratings on Tolland Steel and Marrow Alloys "
            "after a slump in prices. Kessimer Investors Service warned of weak demand across the industry.",
            "Kessimer Investors Service",
        ),
        (
            "Kessimer Investors moves two steelmakers",
            "LONDON (Reuters) - Kessimer Investors Service lowered Tolland Steel Corp's debt rating to BB and "
            "lifted the rating of Marrow Alloys Inc. Kessimer Investors Service said the two had taken different "
            "paths.",
            "Kessimer Investors Service",
        ),
    ],
)
def test_no_single_rated_company(story_entities, title, body, company):
    assert main_org(story_entities, title, body) == company


@pytest.mark.parametrize(
    ("title", "body", "surface", "rater"),
    [
        (
            "Kestrel Analytics downgrades Pellam Foods, reports lower profit",
            "NEW YORK (Reuters) - Kestrel Analytics downgraded Pellam Foods Inc to B and said its own "
            "half-year profit dropped 14 percent. Fees at the rating agency shrank 6 percent to $420 million, "
            "and Kestrel Analytics shares eased.",
            "$420 million",
            "Kestrel Analytics",
        ),
        (
            "Kestrel Analytics lowers Pellam Foods",
            "NEW YORK (Reuters) - Kestrel Analytics lowered Pellam Foods' senior debt rating to junk. The "
            "agency, which grades some 3,000 issuers, said its own payroll grew 8 percent. The ratings firm's "
            "sales climbed 4 percent to $610 million over the year, it added.",
            "$610 million",
            "Kestrel Analytics",
        ),
        (
            "Marden Ratings Service trims Halbrook Mining",
            "SYDNEY (Reuters) - Marden Ratings Service lowered its rating of Halbrook Mining Ltd by one notch "
            "on Thursday. Quarterly income of the rating company rose 11 percent to $95 million.",
            "$95 million",
            "Marden Ratings Service",
        ),
    ],
)
def test_rater_keeps_its_own_figures(nlp, title, body, surface, rater):
    assert holders(nlp, title, body, surface) == {rater}


@pytest.mark.parametrize(
    ("title", "body", "surface", "company"),
    [
        (
            "Kestrel Analytics downgrades Pellam Foods",
            "CHICAGO (Reuters) - Kestrel Analytics downgraded grocer Pellam Foods Inc to BB-plus, saying the "
            "chain had borrowed too heavily to pay for store refits. Kestrel Analytics expects no upgrade soon. "
            "The grocer's bonds due 2019 slid 4 points after the move.",
            "4 points",
            "Pellam Foods",
        ),
    ],
)
def test_rated_company_takes_its_unheld_figure(nlp, title, body, surface, company):
    assert holders(nlp, title, body, surface) == {company}
