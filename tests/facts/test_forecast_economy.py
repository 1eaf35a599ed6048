"""A bare economy measure ("growth") inside a forecast noun that no company owns is the economy's, so the story's
country holds it as it holds a macro statistic (facts/forecast_places.is_economy_forecast, statistic_holder): "the
institute pared its growth outlook to 1.9 percent", "her forecast for growth is 3 percent", "it sees growth of 2
percent" in an institution's story.
A company's forecast for growth, or a person's in a company's story, stays the company's. Sentences written for
these tests; organization and person names invented."""

import pytest

from extractor.facts import forecast_places
from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2014-03-13"
INSTITUTE_TITLE = "Harland Institute trims outlook"
INSTITUTE_LEAD = (
    "WASHINGTON (Reuters) - The Harland Institute published its quarterly review on Thursday. "
    "The Harland Institute said demand was softer than it had thought. "
)
COMPANY_TITLE = "Kestrel lifts outlook"
COMPANY_LEAD = (
    "WASHINGTON (Reuters) - Kestrel Corp opened 40 new stores on Tuesday. "
    "Kestrel Corp shares rose 2 percent in early trading. "
)


def institute_fact(nlp, text, surface):
    return fact_with_surface(nlp, INSTITUTE_LEAD + text, surface, title=INSTITUTE_TITLE, published=PUBLISHED)


def company_fact(nlp, text, surface):
    return fact_with_surface(nlp, COMPANY_LEAD + text, surface, title=COMPANY_TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The institute pared its 2015 growth outlook to 1.9 percent, down from 2.4 percent.",
            "1.9 percent",
        ),  # compound
        ("The institute pared its 2015 growth outlook to 1.9 percent, down from 2.4 percent.", "2.4 percent"),
        ("The institute said its forecast for growth in 2016 now stands at 2.2 percent.", "2.2 percent"),  # "for"
        ("The institute lowered its forecast for growth in 2015 to 2.6 percent on Thursday.", "2.6 percent"),
        ("In 2016, it sees growth of about 3.6 percent.", "3.6 percent"),  # a predicting verb
        ("For 2016, it now forecasts growth of 2.9 percent.", "2.9 percent"),
        (
            "Harland Institute director Mara Kettle said that her forecast for growth in the final quarter "
            "is about 3 percent.",
            "3 percent",
        ),  # a person's forecast in an institution's story
    ],
)
def test_an_institution_s_forecast_for_growth_is_the_country_s(nlp, text, surface):
    assert institute_fact(nlp, text, surface).subject == "United States"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kestrel Corp raised its forecast for growth in 2016 to 12 percent.", "12 percent"),  # its own growth
        ("Kestrel Corp lifted its growth outlook to 7 percent on Tuesday.", "7 percent"),
        ("Kestrel Corp lowered its forecast for growth in 2015 to 8 percent on Thursday.", "8 percent"),
        ("In 2016, it sees growth of roughly 6 percent.", "6 percent"),
        (
            "Chief Executive Tomas Brenner said that his forecast for growth this year is about 9 percent.",
            "9 percent",
        ),  # a person in a company's story speaks for the company
    ],
)
def test_a_company_s_forecast_for_growth_stays_the_company_s(nlp, text, surface):
    assert company_fact(nlp, text, surface).subject == "Kestrel"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The institute's sales growth forecast for its publishing arm is 4 percent.", "4 percent"),  # its sales
        ("The Harland Institute expects its own membership to grow 6 percent.", "6 percent"),  # no forecast noun
        ("The institute sees sales growth of 5 percent at its bookshop.", "5 percent"),  # a company measure
    ],
)
def test_no_economy_forecast_keeps_its_holder(nlp, text, surface):
    assert institute_fact(nlp, text, surface).subject != "United States"


@pytest.mark.parametrize(
    "text",
    [
        "Growth forecast for the region: 2 percent.",
        "A sharper slowdown, the institute's new outlook for output.",
        "Exports next year at 3 percent, by the council's count.",
    ],
)
def test_the_clause_subject_climb_stops_at_a_root_that_is_no_verb(nlp, text):
    # spaCy makes a new Token object on every access, so the climb must compare indexes: `token.head is token` is
    # never true, and a verbless fragment once made this climb run forever
    doc = nlp(text)
    assert not any(t.pos_ in ("VERB", "AUX") for t in doc if t.dep_ == "ROOT")
    for token in doc:
        assert forecast_places._clause_subject(token) is None
