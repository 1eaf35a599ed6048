"""periods9 (round 10, probe 3): "on track to" (or "for") tells a plan the subject says it is meeting: its
figure is a target, as "aims to" makes it; a track record or a fund that tracks an index plans nothing."""

import pytest

from tests.facts.surface_facts import fact_with_surface

LEAD = "FRANKFURT (Reuters) - Varden Chemicals raised its guidance on Thursday. "


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "It is on track to save 300 million euros a year from its restructuring, finance chief Lena Kraus said.",
            "300 million euros",
        ),
        ("Varden said it was on track to cut 1,200 jobs by the end of the year.", "1,200"),
        ("The group remains on track for sales of 9 billion euros this year.", "9 billion euros"),
    ],
)
def test_a_figure_on_track_is_a_target(nlp, sentence, surface):
    fact = fact_with_surface(
        nlp, LEAD + sentence, surface, title="Varden Chemicals raises outlook", published="2015-07-23"
    )
    assert fact.modality == "target"


def test_a_track_record_plans_nothing(nlp):
    sentence = "Its track record shows sales growth of 5 percent a year since 2010."
    fact = fact_with_surface(
        nlp, LEAD + sentence, "5 percent", title="Varden Chemicals raises outlook", published="2015-07-23"
    )
    assert fact.modality == "actual"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The group is on course for an operating margin of 14 percent next year.", "14 percent"),
        ("Varden is on pace to open 60 plants in Asia by 2018, the finance chief said.", "60"),
        ("Varden stays well on its way to 900 million euros of cost cuts by 2019, Kraus said.", "900 million euros"),
    ],
)
def test_other_words_of_being_on_track_make_a_target(nlp, sentence, surface):
    fact = fact_with_surface(
        nlp, LEAD + sentence, surface, title="Varden Chemicals raises outlook", published="2015-07-23"
    )
    assert fact.modality == "target"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("On its way to the port, the tanker lost 300 tonnes of fuel oil last week.", "300 tonnes"),
        ("Sales rose 8 percent in the quarter, and the group is on course to post a profit this year.", "8 percent"),
        ("Of course, Varden's orders slipped 9 percent over the winter months.", "9 percent"),
    ],
)
def test_a_way_or_a_course_that_plans_nothing(nlp, sentence, surface):
    fact = fact_with_surface(
        nlp, LEAD + sentence, surface, title="Varden Chemicals raises outlook", published="2015-07-23"
    )
    assert fact.modality == "actual"
