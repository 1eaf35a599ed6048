"""An organization noun set in apposition after a named organization stands for it (`org_anaphors.described_name`,
read by `discourse.resolve_subject`): in "Ardmoor Capital, a Denver-based firm that manages $4 billion" the relative
clause's subject is the description, and its figure is Ardmoor Capital's, not the story's company's. A description
that is no organization noun ("a longtime holder"), or one set beside a person, names no organization.

Sentences written for these tests; organization names invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2017-10-24"
TITLE = "Kestrel profit beats forecasts"
LEAD = "NEW YORK (Reuters) - Kestrel Corp posted a higher quarterly profit on Tuesday as demand for its pumps grew. "


def subject(nlp, text: str, surface: str) -> str | None:
    return fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            '"The margins surprised us," said Dana Whitlow of Ardmoor Capital, a Denver-based firm that manages '
            "about $4 billion and owns Kestrel stock.",
            "$4 billion",
            "Ardmoor Capital",
        ),
        (
            "Its pumps are sold through Pellham Supply, a regional distributor that operates 140 warehouses.",
            "140",
            "Pellham Supply",
        ),
        (
            "Kestrel buys steel from Osterby Works, a Swedish producer which employs 2,300 people.",
            "2,300",
            "Osterby Works",
        ),
    ],
)
def test_a_described_organization_holds_its_relative_clause_s_figure(nlp, text, surface, expected):
    assert subject(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares were bought by Dana Whitlow, a longtime holder who owns 3 million of them.", "3 million"),
        ("Kestrel, a Tulsa-based maker that employs 4,100 people, raised its forecast.", "4,100"),
        ("Kestrel, which operates 60 plants, raised its forecast.", "60"),
    ],
)
def test_no_organization_noun_or_the_story_s_own_company_keeps_the_company(nlp, text, surface):
    assert subject(nlp, text, surface) == "Kestrel"
