"""A body the text describes as one that tracks a market beside its name ("research firm Quillon said",
"trade group Pellham said", "Quillon, an industry association, said") is a source of the market's figures, like
a trade group whose name ends in "Association" (mentions/data_groups.py): in a story it leads, the country the
text ties it to holds the market totals it reports (FACTS.md: country-wide industry totals take the country).
A bare "firm" or "group", a "consulting firm" or "data provider" is any company and keeps its own figures.
Stories written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import subject_in


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a research firm named after its descriptor, leading the story
            "CHICAGO (Reuters) - U.S. shopper visits to malls fell 8.4 percent in the week after the storm, "
            "research firm Quillon said on Tuesday. Quillon said U.S. store sales rose 2.1 percent in the "
            "month.",
            "8.4 percent",
            "United States",
        ),
        (  # a later figure of the same story, reported with "according to"
            "CHICAGO (Reuters) - U.S. shopper visits to malls fell 8.4 percent in the week after the storm, "
            "research firm Quillon said on Tuesday. U.S. store sales rose 2.1 percent in the month, according "
            "to Quillon.",
            "2.1 percent",
            "United States",
        ),
        (  # a trade group, the descriptor written after the name
            "WASHINGTON (Reuters) - Orders for U.S. kitchen appliances climbed 5.6 percent in March, "
            "Pellham, a trade group for appliance makers, said on Friday.",
            "5.6 percent",
            "United States",
        ),
        (  # an industry association with a nationality before it
            "OTTAWA (Reuters) - Canadian lumber shipments dropped 3.7 percent in May, industry association "
            "Tervant said on Thursday.",
            "3.7 percent",
            "Canada",
        ),
    ],
)
def test_a_body_described_as_tracking_a_market_gives_its_totals_to_the_country(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a plain "firm" is a company: its own sales
            "CHICAGO (Reuters) - U.S. sales of kitchen mixers at the firm Quillon rose 8.4 percent last "
            "quarter, Quillon said on Tuesday.",
            "8.4 percent",
            "Quillon",
        ),
        (  # a consulting firm reports its own revenue
            "CHICAGO (Reuters) - Revenue at consulting firm Quillon rose 8.4 percent in the U.S. last "
            "quarter, Quillon said on Tuesday.",
            "8.4 percent",
            "Quillon",
        ),
        (  # a research firm's own results are its own
            "CHICAGO (Reuters) - Research firm Quillon said on Tuesday its quarterly revenue rose 8.4 percent "
            "as U.S. clients bought more surveys.",
            "8.4 percent",
            "Quillon",
        ),
    ],
)
def test_a_company_or_a_firms_own_results_keep_their_holder(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface) == subject
