"""A stock move read in a paragraph is no topic for a bare figure of a later sentence that names neither the stock
nor its trading (extractor/facts/predicate_forms.carries_share_topic, lexicon share_move_words). Sentences written
for these tests."""

import pytest

from tests.facts.surface_facts import predicate_of


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Shares of Corvane Foods fell 4 percent on Tuesday. Its new forecast, which implies a gain of 2 to 4 "
            "percent, disappointed analysts.",
            3.0,
        ),
        (
            "Dorsey Mills stock jumped 8 percent on Wednesday. Gains at the unit, which makes valves, came to 12 "
            "percent in the period.",
            12.0,
        ),
        (
            "Ostrava Steel shares fell 2 percent. Its guidance, pointing to a decline of 1 to 2 percent, worried "
            "analysts.",
            1.5,
        ),
    ],
)
def test_bare_figure_after_a_stock_move_is_no_share_price(nlp, text: str, amount: float) -> None:
    assert predicate_of(nlp, text, amount) not in (None, "share price")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Shares of Talbry Group rose 5 percent on Friday. Smaller rival Quenton Corp ( QNT.N ), for example, "
            "gained 2.5 percent.",
            2.5,
        ),
        (
            "Dorsey Mills stock jumped 8 percent on Wednesday. The shares, for their part, were up 11 percent "
            "this year.",
            11.0,
        ),
        (
            "Shares of Pellam Ltd fell 6 percent in early trading and closed 4.5 percent lower.",
            4.5,
        ),
        # "they", "their" stand for the shares; a name moving is its stock
        ("Shares of Brimcote Ltd rose 3 percent to $40.10 on Monday. Earlier, they had been as high as $41.20.", 41.2),
        ("Brimcote Ltd shares fell 2 percent to $13.10 on Monday. Their 52-week low is $12.40, set last March.", 12.4),
        (
            "Shares of Brimcote Ltd fell 5 percent on Monday. Brimcote has tumbled about 12 percent since the "
            "dispute began.",
            12.0,
        ),
    ],
)
def test_a_sentence_that_names_the_stock_keeps_the_topic(nlp, text: str, amount: float) -> None:
    assert predicate_of(nlp, text, amount) == "share price"
