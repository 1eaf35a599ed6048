"""Appointments stated by the person who takes the post ("will take over as chief executive", "succeeded X
as chairman"), and the predecessor who does not hold the post. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in, roles_in

PUBLISHED = dt.date(2017, 7, 7)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ann Lee takes over as chief executive of Brandt Holdings Inc in January.",
            ("Brandt Holdings", "appointment", "Ann Lee"),
        ),
        (
            "Bo Chen succeeded Karl Meyer as chairman of Harwick Foods Corp in March.",
            ("Harwick Foods", "appointment", "Bo Chen"),
        ),
        (
            "Tom Park, who took over as president of Pellam Group Inc in 2009, said sales rose.",
            ("Pellam Group", "appointment", "Tom Park"),
        ),
        (
            "Kestrel Bancorp Inc said on Monday that Ann Lee, its head of lending, would replace Tom Park as "
            "chief executive.",
            ("Kestrel Bancorp", "appointment", "Ann Lee"),
        ),
    ],
)
def test_a_person_who_takes_a_post_is_appointed(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Pellam Group Inc took over the plant in 2009.",
        "He will take over as chief executive in May, Brandt Holdings Inc said.",
        "Harwick Foods Corp replaced its chief executive in March.",
    ],
)
def test_no_appointment_without_a_post_or_a_named_person(nlp, text):
    assert [e for e in events_in(nlp, text, PUBLISHED) if e[1] == "appointment"] == []


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        ("Bo Chen succeeded Karl Meyer as chairman of Harwick Foods Corp in March.", "Karl Meyer"),
        ("Kestrel Bancorp Inc said Ann Lee would replace Tom Park as chief executive.", "Tom Park"),
        ("Dana Ross replaced Karl Meyer as finance chief of Brandt Holdings Inc last year.", "Karl Meyer"),
    ],
)
def test_the_person_replaced_does_not_hold_the_post(nlp, text, predecessor):
    assert [r for r in roles_in(nlp, text, PUBLISHED) if r[2] == predecessor] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Bancorp Inc named a new finance team on Monday. Ann Lee, who runs its lending unit, will take "
            "over as finance director, the Evening Post reported.",
            ("Kestrel Bancorp", "appointment", "Ann Lee"),
        ),
        (
            "Brandt Holdings Inc is reshaping its board. Bo Chen will succeed Karl Meyer as chairman in June, "
            "the Morning Journal said.",
            ("Brandt Holdings", "appointment", "Bo Chen"),
        ),
        (
            "Pellam Group Inc cut 300 jobs. Dana Ross will replace Tom Park as finance chief, the Harbor Times "
            "reported on Friday.",
            ("Pellam Group", "appointment", "Dana Ross"),
        ),
    ],
)
def test_a_newspaper_that_reports_an_appointment_does_not_make_it(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED)
