"""A company set off by ", based in <place>," still holds its figures; "<place>-based X" names where X sits
(discourse._is_base_of): sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2011, 7, 11)
LEAD = "NEW YORK (Reuters) - Kestrel Partners said on Monday it had hired a team of advisers. "


def run(nlp, text, title="Kestrel adds advisers"):
    return story_extraction(nlp, LEAD + text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Quillby Wealth Management, based in the Chicago suburb of Oak Brook, oversees about $900 million.",
            900e6,
            "Quillby Wealth Management",
        ),
        (
            "Halvorsen Asset Management, based in Denver, manages more than $1.2 billion for clients.",
            1.2e9,
            "Halvorsen Asset Management",
        ),
        # the hyphenated form still names the company after the place
        ("Dayton, Ohio-based Dellacroft Holdings said its assets rose 7 percent.", 7.0, "Dellacroft Holdings"),
    ],
)
def test_a_company_based_somewhere_holds_its_figures(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}
