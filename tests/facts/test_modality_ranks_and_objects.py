"""Modality of ranks a subject is to reach, of a second object the parse joins to a guidance verb, and of a place's
figures forecast by an institution the tagger does not read as a name. Sentences written for these tests, invented
names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2010, 6, 2)


def fact_for(nlp, text, surface, kind=None):
    facts = [
        f
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.value and f.value.surface == surface and (kind is None or f.kind == kind)
    ]
    assert facts, f"no fact for {surface!r}"
    return facts[0]


# a rank stated by a future "be" or "become", or by "be" under a word of planning: the subject's target
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dallow Bank Inc, which will become Freedonia's biggest lender after the deal, said profit rose.",
            "biggest",
        ),
        ("After the merger Hemmet Steel Corp would be Europe's biggest steelmaker.", "biggest"),
        ("Ostrava Retail Ltd said it will be the country's No. 3 grocer by 2012.", "3"),
    ],
)
def test_a_rank_to_be_reached_is_a_target(nlp, text, surface):
    assert fact_for(nlp, text, surface, "rank").modality == "target"


# a rank held now, or an epithet in a clause that plans something else, stays actual
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Dallow Bank Inc, the world's largest asset manager, expects to post a profit of $3 billion.", "largest"),
        ("Hemmet Steel Corp became Europe's biggest steelmaker in 2009.", "biggest"),
        ("Ostrava Retail Ltd, the country's third-largest grocer, will open 40 stores next year.", "third"),
    ],
)
def test_a_rank_held_now_stays_actual(nlp, text, surface):
    assert fact_for(nlp, text, surface, "rank").modality == "actual"


# a second object the parse joins to the verb itself shares the guidance of the first
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Tarvick Mills Inc kept its 2010 outlook for earnings of $1.10 to $1.20 a share, and revenue growth "
            "of 4 percent to 6 percent.",
            "4 percent to 6 percent",
        ),
        (
            "Corlan Systems Inc confirmed its 2010 earnings forecast of 80 cents a share, and revenue growth "
            "of 9 percent.",
            "9 percent",
        ),
        (
            "Bellmark Group Inc reaffirmed its forecast for a profit of $2.05 a share, and sales of $900 million.",
            "$900 million",
        ),
    ],
)
def test_a_second_object_of_a_guidance_verb_is_a_target(nlp, text, surface):
    assert fact_for(nlp, text, surface).modality == "target"


# an institution's forecast for a country's economy, the institution written as an acronym the tagger misreads
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("UBX on Monday trimmed its forecast for Freedonia's economic growth in 2010 to 3.0 percent.", "3.0 percent"),
        ("BNKX raised its forecast for Brazil's economic growth next year to 4.5 percent.", "4.5 percent"),
        ("HSBX cut its forecast for Freedonia's inflation this year to 6.2 percent.", "6.2 percent"),
    ],
)
def test_a_country_figure_forecast_by_an_acronym_is_a_forecast(nlp, text, surface):
    assert fact_for(nlp, text, surface).modality == "forecast"
