"""A bare figure of a market verb is a share price only when its clause licenses it (`stock_move_license`): a figure
(no multiple) hung on the verb itself. Otherwise the figure measures what its clause names: a noun on its path to the
verb, or the noun a bare count's of-phrase counts. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import facts_of


def _predicates(nlp, title: str, text: str) -> dict[str, str]:
    facts = facts_of(nlp, text, title=title, published="2019-08-14")
    return {f.value.surface: f.predicate for f in facts if f.value is not None}


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Pellmar Foods said it ended the year with 14 percent fewer trucks on the road.", "14 percent", "trucks"),
        ("Kestrel Bank said it will close 45 out of its 310 branches next year.", "45", "branches"),
        ("Pellmar Foods will close 12 of its 90 depots by the summer.", "12", "depots closed"),
        ("Orvane Retail said it would close 30 of the 210 outlets it runs.", "30", "outlets closed"),
    ],
)
def test_a_noun_between_the_figure_and_the_market_verb_is_measured(nlp, text, surface, predicate):
    """ "ended the year with 14 percent fewer trucks": the figure sizes the trucks, not a closing price."""
    assert _predicates(nlp, "Company results", text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orvane Financial closed up 3 percent at $41.20 on Tuesday.", "3 percent"),
        ("Orvane Financial closed up 3 percent at $41.20 on Tuesday.", "$41.20"),
        ("Kestrel Corp fell 90 cents, or 2 percent, to $44.10 in late trading.", "2 percent"),
        ("Kestrel Corp fell 90 cents, or 2 percent, to $44.10 in late trading.", "$44.10"),
        ("Kestrel Corp shares fell 4 percent on Monday. It closed at $12.40.", "$12.40"),
        ("Kestrel Corp stock slid on Monday, and it ended down 6 percent at $7.15.", "$7.15"),
        ("Kestrel Corp shares closed at $3.10 on Friday, a 40 percent slide from their peak.", "40 percent"),
        # a change noun on the figure's path restates the move: it names nothing else that is measured
        ("Pellmar Foods closed with a 4 percent gain at $9.10 on Monday.", "4 percent"),
        ("Corvid Air shares finished Tuesday with a 3.5 percent drop.", "3.5 percent"),
        ("Tarrow Mining stock finished the week with a 5 percent rise.", "5 percent"),
        # a measure subject earlier in the sentence or the one before does not make "it" that measure
        ("Halvard Corp said revenue rose 9 percent, and it closed up 3 percent at $12.", "3 percent"),
        ("Halvard Corp said revenue rose 9 percent, and it closed up 3 percent at $12.", "$12"),
        ("Quarterly revenue at Halvard Corp rose 9 percent. It closed up 3 percent at $12.", "3 percent"),
        ("Quarterly revenue at Halvard Corp rose 9 percent. It closed up 3 percent at $12.", "$12"),
        ("Halvard Corp said revenue rose 9 percent, and it gained 3 percent in early trading.", "3 percent"),
    ],
)
def test_a_licensed_move_of_a_company_stays_its_share_price(nlp, surface, text):
    assert _predicates(nlp, "Market report", text)[surface] == "share price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kestrel Bank fetched 2.1 times book last spring; today it trades at 0.8 times.", "0.8 times"),
        ("Tarrow Bank is valued at 1.4 times by the market, and Morrow Savings trades at 1.2 times.", "1.2 times"),
        ("Regional lenders have lost favour with investors, and Morrow Savings trades at just 1.1 times.", "1.1 times"),
    ],
)
def test_a_multiple_is_no_share_price(nlp, text, surface):
    """A valuation multiple is never a stock's price; the fact itself is kept."""
    predicates = _predicates(nlp, "Company news", text)
    assert surface in predicates
    assert predicates[surface] != "share price"
