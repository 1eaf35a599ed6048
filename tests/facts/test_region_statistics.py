"""An economy statistic whose holder words name a region takes that region (NOTES: "euro zone", "world"),
not the story's country or the organization that reports it: "the euro zone's jobless rate", "inflation in
the euro area", "global output". A superlative rank ("the world's largest economy") names a country, so the
usual candidates stand. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2019, 8, 14)


def subject_of(nlp, text, surface):
    return subject_in(nlp, text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "WASHINGTON (Reuters) - U.S. retail sales rose in July. Separately, unemployment in the euro zone "
            "climbed to 8.4 percent in June, the Halvard Institute said.",
            "8.4 percent",
            "euro zone",
        ),
        (
            "LONDON (Reuters) - British factories cut output in May. Economists at Brindle Securities expect "
            "euro area inflation to ease to 1.6 percent next year.",
            "1.6 percent",
            "euro zone",
        ),
        (
            "FRANKFURT (Reuters) - German exports rose in June. The euro zone's trade surplus widened to 14 billion "
            "euros in May, data showed.",
            "14 billion euros",
            "euro zone",
        ),
        (
            "WASHINGTON (Reuters) - Global economic growth slowed to 2.9 percent last year, the Quillby Fund said "
            "on Tuesday.",
            "2.9 percent",
            "world",
        ),
        (
            "WASHINGTON (Reuters) - The Quillby Fund said on Tuesday that world GDP expanded by 3.4 percent in 2018.",
            "3.4 percent",
            "world",
        ),
    ],
)
def test_a_region_holds_its_statistic(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


def test_a_ranked_economy_is_no_region(nlp):
    text = (
        "WASHINGTON (Reuters) - U.S. retail sales rose in July. Over the year, the world's largest economy "
        "shrank by 1.8 percent, the Commerce Department said."
    )
    assert subject_of(nlp, text, "1.8 percent") == "United States"
