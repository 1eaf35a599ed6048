"""A company named only in passing, far down a market wrap or an economy story, is no main organization and gives
its name to no figure (passing_orgs.named_in_passing): stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_of

PUBLISHED = dt.date(2012, 11, 9)

WRAP = (
    "NEW YORK (Reuters) - Stocks rose on Friday as investors cheered upbeat factory data. The benchmark "
    "index gained for a third day while trading was thin. Traders said the data eased worries about growth. "
    "Energy shares led the gains as crude prices climbed. {late}"
)


@pytest.mark.parametrize(
    ("late", "bystander"),
    [
        (
            "Harwick Corp ( HWK.N ) will replace Pellam Inc in the index, the index provider said. "
            "Volume was light, with 5.1 billion shares traded.",
            "Harwick",
        ),
        (
            "Dorrit Mining said it would close a mine. Advancing issues outnumbered decliners by 3 to 1.",
            "Dorrit Mining",
        ),
        (
            "Brandt Foods Inc ( BRF.O ) named a new chairman. About 62 percent of listed stocks closed higher.",
            "Brandt Foods",
        ),
    ],
)
def test_a_bystander_gets_no_unheld_figure(nlp, late, bystander):
    facts = facts_of(nlp, WRAP.format(late=late), title="Stocks climb on factory data", published=PUBLISHED)
    assert not [f for f in facts if f.subject.startswith(bystander.split()[0]) and f.kind in ("metric", "change")]


@pytest.mark.parametrize(
    ("title", "text", "company"),
    [
        # named in the title
        (
            "Harwick profit rises",
            "NEW YORK (Reuters) - Quarterly profit rose 12 percent, the maker of pumps said. "
            "Sales climbed. Costs fell. Harwick Corp also raised its dividend.",
            "Harwick",
        ),
        # named in the lead
        (
            "Pump maker lifts outlook",
            "NEW YORK (Reuters) - Harwick Corp said quarterly profit rose 12 percent. Sales climbed.",
            "Harwick",
        ),
        # named often further down
        (
            "Pump maker lifts outlook",
            "NEW YORK (Reuters) - A pump maker said on Friday that quarterly profit rose "
            "12 percent. Demand was strong. Costs fell. Harwick Corp said sales climbed. Harwick raised prices. "
            "Harwick hired staff. Harwick opened a plant.",
            "Harwick",
        ),
    ],
)
def test_a_story_company_keeps_its_figures(nlp, title, text, company):
    facts = facts_of(nlp, text, title=title, published=PUBLISHED)
    found = [f for f in facts if f.value is not None and f.value.surface == "12 percent"]
    assert found and all(f.subject.startswith(company) for f in found), [
        (f.subject, f.value and f.value.surface) for f in facts
    ]
