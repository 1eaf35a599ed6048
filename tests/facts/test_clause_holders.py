"""The story's main company is the subject of a figure only when no clause around the figure names another
organization that can hold it: "was 310 million pounds at Halvorsen Media" (an "at" phrase on the amount,
not on the measured noun), or a subject of a clause the figure's clause hangs on. The default stays where the
other organization only forecasts or reports the figure, or is named in a cause. Sentences written for these
tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subjects_by_surface

PUBLISHED = dt.date(2013, 3, 5)
OPENING = "Torvane Corp, the packaging group, reported its annual results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Sales were up 12 percent to 2 billion euros at Quillby Ltd during the year.", "12 percent", "Quillby"),
        (
            "Operating profit was 310 million pounds at Halvorsen Media, helped by advertising.",
            "310 million pounds",
            "Halvorsen Media",
        ),
        ("Earnings per share were 45 cents at Halvorsen Media last year.", "45 cents", "Halvorsen Media"),
    ],
)
def test_an_organization_at_the_figure_holds_it(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analysts at Brindle Securities expect revenue to rise 7 percent next year.", "7 percent"),
        ("Operating profit fell 16 percent, hurt by weak demand at Quillby Ltd stores.", "16 percent"),
        ("Brindle Securities estimated that revenue would rise 8 percent this year.", "8 percent"),
    ],
)
def test_the_default_stays_when_the_other_firm_forecasts_or_only_names_a_cause(nlp, text, surface):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == "Torvane", found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "At Brindle Bank, loans rose 15 percent, but net interest income grew just 3 percent.",
            "3 percent",
            "Brindle Bank",
        ),
        ("At Quillby Ltd, deposits grew 8 percent, and fee income climbed 5 percent.", "5 percent", "Quillby"),
        ("At Pellam Steel, output slipped 6 percent and exports dropped 9 percent.", "9 percent", "Pellam Steel"),
    ],
)
def test_a_fronted_at_holder_carries_to_the_joined_clause(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface", "other"),
    [
        ("Vexa Telecom lost 3,000 clients in May, while 1,900 customers left Orlin Mobile.", "1,900", "Vexa Telecom"),
        (
            "Dexwell Logistics hired 200 drivers this year, while 150 workers quit Marrin Freight.",
            "150",
            "Dexwell Logistics",
        ),
        (
            "Quillby Ltd sold 4,000 cars in June, whereas 2,500 cars were delivered by Kestrel Motors.",
            "2,500",
            "Quillby",
        ),
    ],
)
def test_a_contrasted_clause_does_not_take_the_other_clauses_subject(nlp, text, surface, other):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert surface in found and found[surface] != other, found
