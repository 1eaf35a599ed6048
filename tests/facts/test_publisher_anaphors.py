"""In an economy story whose main organization is the statistics body that reports the figures, "we", "it" or
"the company" with no nearer party named stand for the country, never for the body (it reports the country's
figures and holds none of them; FACTS.md: economy-wide facts take the country): an analyst's "we had
penciled in a gain of 0.2 percent" after a department's report. A company's own "we" keeps the company.
Stories written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import modality_of, subject_in

PUBLISHED = dt.date(2016, 9, 22)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a named analyst's comment under a capitalised heading
            "WASHINGTON (Reuters) - Construction spending in the United States slipped 0.6 percent in August, "
            "the Commerce Department said on Thursday. ANALYST VIEW: MARA QUILL, SENIOR ECONOMIST, TELLWORTH "
            'CAPITAL: "We had penciled in a gain of 0.2 percent, so this is a letdown."',
            "0.2 percent",
            "United States",
        ),
        (  # an unnamed economist, the quote before its speaker
            "WASHINGTON (Reuters) - Factory orders in the United States fell 1.1 percent in July, the Commerce "
            'Department said. FIRST TAKE: "We had expected a 0.7 percent decline, so the miss is small," said '
            "one economist.",
            "0.7 percent",
            "United States",
        ),
        (  # a quote with no speaker at all
            "WASHINGTON (Reuters) - Business inventories in the United States edged up 0.3 percent in March, "
            'the Commerce Department said. TRADER TAKE: "We got 0.5 percent in our model, so stockpiling is '
            'slower than we thought."',
            "0.5 percent",
            "United States",
        ),
    ],
)
def test_an_unnamed_we_in_a_publishers_story_is_the_country(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface, PUBLISHED) == subject


def test_a_companys_we_stays_the_company(nlp):
    text = (
        "NEW YORK (Reuters) - Tellworth Tools Inc said quarterly profit rose 12 percent to $40 million. "
        '"We expect sales to rise 4 percent next year," Chief Executive Mara Quill said.'
    )
    assert subject_in(nlp, text, "4 percent", PUBLISHED) == "Tellworth Tools"


# a definite noun that names its own kind of body ("the central bank") is that body, not the country: its outlook
# for the country's figures is another party's forecast, not the country's own goal (FACTS.md: predictions by
# other institutions are forecasts). tests/probes/period_probe1 holds a third wording ("expects inflation to average")
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Wage growth in Velmora slowed to 2.6 percent in the first quarter, the national statistics office said "
            "on Monday.\n\nThe central bank expects wages to grow 3 percent in 2017.",
            "3 percent",
        ),
        (
            "Retail sales in Velmora rose 1.4 percent in July, the national statistics office said on Wednesday.\n\n"
            "The reserve bank predicts that retail sales will increase 2.5 percent next year.",
            "2.5 percent",
        ),
    ],
)
def test_a_body_of_its_own_kind_forecasts_the_countrys_figures(nlp, text, surface):
    assert modality_of(nlp, text, surface, PUBLISHED) == "forecast"
