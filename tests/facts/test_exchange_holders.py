"""A market wrap's volume and breadth are the figures of the exchange its clause names with "on"
(facts/exchange_holders.py). Stories written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import facts_of

PUBLISHED = "2011-03-04"

WRAP = (
    "NEW YORK (Reuters) - U.S. stocks edged lower on Friday as oil prices climbed. "
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. "
    "Tarrant Corp ( TRT.N ) fell 4 percent after a weak forecast. {sentence}"
)


def holders_of(nlp, text: str, surface: str, title: str = "Stocks slip as oil climbs") -> list[str]:
    """The subjects of the facts whose amount is written `surface` (empty when none has it)."""
    facts = facts_of(nlp, text, title=title, published=PUBLISHED)
    return [f.subject for f in facts if f.value is not None and f.value.surface == surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "holder"),
    [
        # the day's trade, told with no doer: the exchange's
        (
            "Some 900 million shares changed hands on the Calloway Stock Exchange, a light day.",
            "900 million",
            "Calloway Stock Exchange",
        ),
        (
            "Roughly 2.6 billion shares moved on the Marrow Exchange, a slow session for a Friday.",
            "2.6 billion",
            "Marrow Exchange",
        ),
        ("On the Marrow Exchange, falling issues beat rising ones by about 4 to 1.", "4", "Marrow Exchange"),
        # a company's own deal, even when an "on" phrase names the exchange, stays the company's
        ("Tarrant bought back 3 million shares on the Marrow Exchange.", "3 million", "Tarrant"),
        ("Tarrant said it sold 2 million shares on the Marrow Exchange.", "2 million", "Tarrant"),
        ("Shares of Kessling Foods fell 3 percent to $12.40 on the Marrow Exchange.", "3 percent", "Kessling Foods"),
        ("Kessling Foods shares dropped 6 percent on the Marrow Exchange.", "6 percent", "Kessling Foods"),
    ],
)
def test_a_wraps_count_goes_to_its_exchange_only_without_a_holder(nlp, sentence, surface, holder):
    found = holders_of(nlp, WRAP.format(sentence=sentence), surface)
    assert found and all(s.startswith(holder) for s in found), found


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a price, a move or a company's plan is never the exchange's figure
        ("Tarrant plans to list 5 million shares on the Marrow Exchange.", "5 million"),
        ("The shares closed at $12.40 on the Marrow Exchange, down 6 percent.", "$12.40"),
        ("The shares closed at $12.40 on the Marrow Exchange, down 6 percent.", "6 percent"),
        ("The stock has lost 20 percent on the Marrow Exchange since May.", "20 percent"),
    ],
)
def test_no_price_or_plan_goes_to_the_exchange(nlp, sentence, surface):
    found = holders_of(nlp, WRAP.format(sentence=sentence), surface)
    assert "Marrow Exchange" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnover stayed low on the Calloway Stock Exchange, where about 900 million shares traded.",
        "Roughly 2.6 billion shares moved on the Marrow Exchange, a slow session for a Friday.",
        "Volume on the Marrow Exchange was heavy, with 3.3 billion shares traded.",
    ],
)
def test_a_company_story_keeps_its_volume(nlp, sentence):
    """Outside a wrap the rule stays off: a company story's "shares traded" are not given to the exchange."""
    text = "NEW YORK (Reuters) - Tarrant Corp said on Friday that quarterly profit rose 12 percent. " + sentence
    facts = facts_of(nlp, text, title="Tarrant profit rises", published=PUBLISHED)
    assert not [f for f in facts if "Exchange" in f.subject], [(f.subject, f.value and f.value.surface) for f in facts]


COUNTRY_WRAP = (
    "NEW YORK (Reuters) - U.S. stocks retreated on Tuesday after data showed U.S. home sales slowed in May. "
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. "
    "Resales of houses across the United States dropped 2.7 percent. The United States economy added 80,000 jobs. "
    "{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Turnover ran high, as close to 5.2 billion shares moved on the Marrow Exchange.", "5.2 billion"),
        ("Gainers beat decliners on the Marrow Exchange by a ratio of 3 to 1.", "1"),
        ("Trading was brisk, with some 6.4 billion shares moving on the Marrow Exchange.", "6.4 billion"),
    ],
)
def test_the_exchange_replaces_the_wraps_country_fallback(nlp, sentence, surface):
    """A wrap about one country's market: the country is only the fallback for a figure no clause holds,
    so the exchange the count was made on takes it."""
    title = "U.S. stocks fall as United States home sales slow"
    found = holders_of(nlp, COUNTRY_WRAP.format(sentence=sentence), surface, title=title)
    assert found == ["Marrow Exchange"], found
