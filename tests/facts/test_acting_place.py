"""In an economy story the place that is the subject of the lead and is named in the title is the story's
country, even where the title gives another place's economy noun ("Norway sees a lesson in Portugal's debt"):
figures that name no holder are that country's. Stories written for these tests."""

import pytest

from extractor import extract


def subject_of(nlp, title, body, surface):
    facts = extract(f" date 2011-07-04 {title}\n\n{body}", nlp=nlp)
    found = {f.value.surface: f.subject for f in facts if f.value}
    assert surface in found, found
    return found[surface]


@pytest.mark.parametrize(
    ("title", "body", "surface", "country"),
    [
        (
            "Analysis: Norway sees a lesson in Portugal's debt",
            "OSLO (Reuters) - Norway has good reason to watch the crisis in Portugal closely, economists say. "
            "Portugal's exports fell last year. The jobless rate stood at 3.3 percent in May.",
            "3.3 percent",
            "Norway",
        ),
        (
            "Chile eyes Argentina's inflation with worry",
            "SANTIAGO (Reuters) - Chile is watching the price spiral next door with growing worry, officials say. "
            "Argentina's inflation is among the highest in the region. Industrial output rose 4.1 percent in June.",
            "4.1 percent",
            "Chile",
        ),
        (
            "Canada takes note of Italy's deficit",
            "OTTAWA (Reuters) - Canada has taken note of the budget troubles in Italy, the finance minister said. "
            "Italy's deficit widened again this year. The current account deficit narrowed to 2.8 percent of GDP.",
            "2.8 percent",
            "Canada",
        ),
    ],
)
def test_the_lead_subject_named_in_the_title_is_the_storys_country(nlp, title, body, surface, country):
    assert subject_of(nlp, title, body, surface) == country
