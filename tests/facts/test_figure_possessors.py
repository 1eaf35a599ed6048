"""A name written as the possessor of the figure itself holds it, whoever the clause around it is about:
"<B>'s $3 billion of tax credits" (the parser hangs the possessor on the amount, not on the measured noun),
"<B>'s 1.6 million tonnes of capacity", "far below <B>'s $5 billion estimate". Without this the figure went to the
clause's subject or the story's main company. A pronoun possessor ("its $3 billion of debt") and a day's
("last year's 2 million tonnes") name no other party: the default stays. Sentences written for these tests,
invented names."""

import datetime as dt

import pytest

from extractor.facts.figure_phrases import figure_possessor
from tests.facts.surface_facts import subjects_by_surface

PUBLISHED = dt.date(2013, 3, 5)
OPENING = "Torvane Corp, the packaging group, reported its annual results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Torvane tried to claim Brindle Holdings' $3.5 billion of tax credits.", "$3.5 billion", "Brindle Holdings"),
        (
            "Roughly half of Quillby Ltd's 1.6 million tonnes of yearly capacity sits idle, Torvane said.",
            "1.6 million tonnes",
            "Quillby",
        ),
        (
            "Torvane valued the unit at $2 billion, far below Halvorsen Media's $5.1 billion estimate.",
            "$5.1 billion",
            "Halvorsen Media",
        ),
        (
            "Buyers in Asia take about a third of Pellam Steel's 900,000 tons of annual output.",
            "900,000 tons",
            "Pellam Steel",
        ),
    ],
)
def test_the_possessor_written_on_the_figure_holds_it(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Torvane said its $3.5 billion of debt would be refinanced next year.", "$3.5 billion"),
        ("Torvane plans to lift output to 3 million tonnes from last year's 2.4 million tonnes.", "2.4 million tonnes"),
        ("Quillby Ltd's chief executive said Torvane would hold 900,000 tons of steel in stock.", "900,000 tons"),
    ],
)
def test_a_pronoun_or_a_day_as_possessor_leaves_the_default(nlp, text, surface):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == "Torvane", found


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [
        ("Brindle may struggle to refinance Quillby's $3 billion of debt.", "$3 billion", "Quillby"),
        ("Brindle may struggle to refinance the group's $3 billion of debt.", "$3 billion", None),
        ("Brindle may struggle to refinance its $3 billion of debt.", "$3 billion", None),
        ("Brindle may struggle to refinance last year's $3 billion of debt.", "$3 billion", None),
    ],
)
def test_only_a_written_name_is_the_figures_possessor(nlp, text, amount, owner):
    """The candidate itself: a description, a pronoun or a day gives none, only a written name."""
    doc = nlp(text)
    start = text.index(amount)
    quantity = doc.char_span(start, start + len(amount), alignment_mode="expand")
    found = figure_possessor(quantity)
    assert (found.text if found is not None else None) == owner
