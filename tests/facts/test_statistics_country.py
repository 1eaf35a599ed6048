"""Economy-wide statistics are a country's, never the central bank's, agency's or forecaster's that names them
(statistics_country.py): stories written for these tests, with invented organization names (countries are
real: spaCy must label them as places)."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Economy news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # the sentence names the country: a place candidate beats the forecaster who is the clause subject
        (
            "Economists at Varnell Securities said on Tuesday they expect Brazil's unemployment rate to climb "
            "to 6.1 percent next year.",
            6.1,
            "Brazil",
        ),
        # no place in the sentence: the place the story makes the holder of an economy noun
        (
            "Halvern Capital said Mexico's exports rose 4 percent in February. The bank's economists said "
            "inflation would ease to 3.8 percent by December.",
            3.8,
            "Mexico",
        ),
        # no place in the story at all: the country of the capital in the dateline
        (
            "TOKYO (Reuters) - Core consumer prices fell 0.3 percent in May from a year earlier, the Keldor "
            "Institute said on Tuesday, as the Keldor Institute cut its outlook.",
            0.3,
            "Japan",
        ),
        # no holder and no dateline: the place written in the central bank's own name
        (
            "The Reserve Bank of India raised its main rate on Friday, a move traders in India had expected. "
            "Gross domestic product grew 5.3 percent in the quarter to June, the central bank said.",
            5.3,
            "India",
        ),
    ],
)
def test_a_statistic_is_the_countrys(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "not_holder"),
    [
        # a goal an authority sets for a statistic is its own target, not the country's reading
        (
            "Canada's central bank, the Ostwick Monetary Authority, kept its 2 percent inflation target on Monday.",
            2.0,
            "Canada",
        ),
        # a holder the tagger does not name is no licence to invent the story's country
        (
            "Unemployment in the euro zone rose to 10.2 percent in January, economists at Varnell Bank said in "
            "a note from Madrid, where Spain's banks are cutting jobs.",
            10.2,
            "Spain",
        ),
        (
            "Varnell Bank economists in Madrid expect global economic growth of 3.1 percent next year, while "
            "Spain's exports are set to slow.",
            3.1,
            "Spain",
        ),
    ],
)
def test_no_country_where_the_statistic_is_not_the_storys(nlp, text, amount, not_holder):
    assert not_holder not in subjects_with_amount(run(nlp, text), amount)


@pytest.mark.parametrize(
    ("text", "noun", "macro"),
    [
        ("Core consumer prices in Veldoria eased 0.2 percent in May.", "prices", True),
        ("The unemployment rate climbed to 7.1 percent, the bureau said.", "rate", True),
        ("Growth in gross domestic product slowed to 1.5 percent.", "Growth", True),
        ("The central bank kept its 2 percent inflation target.", "inflation", False),
        ("Ostrel Corp said its sales rose 4 percent.", "sales", False),
    ],
)
def test_a_macro_statistic_is_read_once_per_noun_with_the_answer_worked_out_anew(nlp, text, noun, macro):
    """The per-Doc memo gives what the rule itself gives, on the first ask and on the asks after it."""
    from extractor.facts.statistics_country import _is_macro_statistic, is_macro_statistic

    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    assert [is_macro_statistic(token) for _ in range(3)] == [_is_macro_statistic(token)] * 3 == [macro] * 3
    assert is_macro_statistic(None) is False
