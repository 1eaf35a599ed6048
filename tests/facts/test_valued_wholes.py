"""A figure a valuing verb puts on a named whole is that whole's, whoever sets the value
(`valuations.valued_whole`, the `valued_whole` subject candidate): "a merger would value Brindle Foods at 3 billion
euros" is Brindle Foods' valuation, not the buyer's of a story about the buyer, nor that of the clause's subject who
values it. Only a name counts (a share, a deal or an anaphor valued at a figure is left to the other candidates), and
not a price per share, which the buyer pays.

Sentences written for these tests; organization names invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2015-06-09"
TITLE = "Kestrel weighs food deal"
LEAD = "NEW YORK (Reuters) - Kestrel Corp said on Tuesday it was in talks to buy Brindle Foods Inc for cash. "


def subject(nlp, text: str, surface: str) -> str | None:
    return fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "People close to the talks said a merger would value Brindle Foods at about 3 billion euros.",
            "3 billion euros",
        ),
        ("In court papers Kestrel has valued Brindle Foods at $900 million.", "$900 million"),
        ("The offer values Brindle Foods at roughly 14 times its annual earnings.", "14 times"),
        ("Brindle Foods, valued at $1.2 billion last year, makes frozen pies.", "$1.2 billion"),
    ],
)
def test_the_named_whole_a_figure_values_holds_it(nlp, text, surface):
    assert subject(nlp, text, surface) == "Brindle Foods"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kestrel valued the deal at $750 million including debt.", "$750 million"),
        ("The bid values each share at $31, Kestrel said.", "$31"),
        ("Kestrel's cash offer values Brindle Foods at $14.50 per share.", "$14.50"),
        ("Kestrel, valued at $5 billion on the exchange, has no debt.", "$5 billion"),
    ],
)
def test_a_deal_a_share_or_the_valuer_s_own_worth_stays_with_the_story_s_company(nlp, text, surface):
    assert subject(nlp, text, surface) == "Kestrel"
