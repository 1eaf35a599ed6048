"""A bare number that repeats the count told right before it in its sentence counts the same things
(docs/DECISIONS.md, round 33 recall33): "cut 900 jobs, while Quillby has cut at least 650" is a second count of
jobs cut, "added 40,000 subscribers to total 2.1 million" the size of the subscriber base. A number in the next
sentence, after a sum of money, or counted as a part of a set ("of which 150") borrows nothing. Sentences
written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2013, 7, 19)


def _by_surface(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    facts = facts_in(nlp, text, PUBLISHED)
    return {f.value.surface: (f.predicate, f.value.counted) for f in facts if f.value is not None}


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "counted"),
    [
        ("Brindle cut 900 jobs last year, while Quillby Group has cut at least 650.", "650", "jobs cut", "job"),
        (
            "Among the regions, Halden led with 1,200 new hires in June, followed by Ostrava at 800 and Tarrow at 640.",
            "800",
            "hires",
            "hire",
        ),
        (
            "Among the regions, Halden led with 1,200 new hires in June, followed by Ostrava at 800 and Tarrow at 640.",
            "640",
            "hires",
            "hire",
        ),
        (
            "Quillby shipped 3,500 tractors to its dealers in March and Brindle shipped 2,900.",
            "2,900",
            "tractor shipments",
            "tractor",
        ),
        (
            "Brindle Telecom added 40,000 subscribers in the second quarter to total 2.1 million, the carrier said.",
            "2.1 million",
            "subscribers",
            "subscriber",
        ),
    ],
)
def test_a_bare_number_repeats_the_count_before_it(nlp, text, surface, predicate, counted):
    found = _by_surface(nlp, text)
    assert found.get(surface) == (predicate, counted), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brindle opened 30 stores last year. In Ostrava it now has 12.", "12"),
        ("Brindle paid $40 million for the plant, and Quillby offered 35.", "35"),
        ("Halden sold 2,000 homes in May, of which 150 were in Ostrava.", "150"),
    ],
)
def test_no_count_to_repeat_gives_no_fact(nlp, text, surface):
    found = _by_surface(nlp, text)
    assert surface not in found, found
