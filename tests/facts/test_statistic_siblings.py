"""A statistic's later figure that borrows its measure from the figure told before it in the sentence (a bare move
noun, an "up from" side, a pronoun's pace, a forecaster's second view) keeps that figure's place, not the
forecaster or publisher the subject rules fall back to (FACTS.md: economy-wide facts take the country).
Sentences written for these tests; the company names are invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2019-08-14"


def holder(nlp, text: str, surface: str) -> str | None:
    return fact_with_surface(nlp, text, surface, title="Economy story", published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "LONDON (Reuters) - Brazilian output rose in May. In a note on Monday, Brindle Partners estimated "
            "Brazil's exports falling to $18 billion in May, a steep drop from $24 billion in April.",
            "$24 billion",
            "Brazil",
        ),
        (
            "MEXICO CITY (Reuters) - Mexican factory output fell in June. Quillby Research had expected a 1.5 percent "
            "contraction in Mexico's GDP this quarter and a 0.8 percent contraction in the next.",
            "0.8 percent",
            "Mexico",
        ),
        (
            "SYDNEY (Reuters) - Australian retail sales rose in July. The Australian economy expanded at a 2.2 percent "
            "rate last year, and analysts at Norvale Bank think it is growing at a 3 percent pace now.",
            "3 percent",
            "Australia",
        ),
        (
            "OTTAWA (Reuters) - Canadian retail sales rose in June. Harrow Capital expects Canada's unemployment rate "
            "to fall to 6 percent this year, while Quillby Bank sees it at 6.4 percent.",
            "6.4 percent",
            "Canada",
        ),
    ],
)
def test_a_borrowed_statistic_keeps_its_place(nlp, text, surface, subject):
    assert holder(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # an elliptical count names its own holder in its clause
            "BERLIN (Reuters) - German exports rose in June. Quillby Motors cut 900 jobs in Germany last year, "
            "while Harrow Steel has cut 650.",
            "650",
            "Harrow Steel",
        ),
        (  # the second figure names a place of its own
            "OTTAWA (Reuters) - Canadian retail sales rose in June. Harrow Capital expects Canada's unemployment rate "
            "to fall to 6 percent this year, while Mexico's unemployment rate should reach 3.5 percent.",
            "3.5 percent",
            "Mexico",
        ),
        (  # a company's own figures: the figure before holds no place
            "TORONTO (Reuters) - Canadian retail sales rose in June. Norvale Foods said its sales rose 5 percent to "
            "$2 billion in the quarter, up from $1.9 billion a year earlier.",
            "$1.9 billion",
            "Norvale Foods",
        ),
    ],
)
def test_a_figure_with_its_own_holder_keeps_it(nlp, text, surface, subject):
    assert holder(nlp, text, surface) == subject
