"""A company that separates a part of itself as a company of its own does a "spin-off": the new company named after
"into" or "as" is its object, else the spun-off unit (its name, or its description); a passive verb's subject is
spun off by the parent its from- or of-phrase names. A spin-off only weighed or guessed gives none. Sentences
written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)


def spin_offs(nlp, text):
    return [
        (f.subject, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "spin-off"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brandt Co spun off its consumer electronics business into Kestrel Devices Inc in March 2019.",
            [("Brandt", "Kestrel Devices", "actual", "2019-03-01")],
        ),
        (
            "Ostrava Holdings spun off its Marlow Partners unit last year.",
            [("Ostrava Holdings", "Marlow Partners", "actual", "2021-01-01")],
        ),
        (
            "Kestrel Hospitals Inc, which runs 40 clinics, was spun off from Brandt Co in 1998.",
            [("Brandt", "Kestrel Hospitals", "actual", "1998-01-01")],
        ),
        (
            "Kestrel Hospitals Inc was spun off of Brandt Healthcare Corp in 1998.",
            [("Brandt Healthcare", "Kestrel Hospitals", "actual", "1998-01-01")],
        ),
        (
            "Brandt Co plans to spin off its chemicals unit as Kestrel Chemicals next year.",
            [("Brandt", "Kestrel Chemicals", "target", "2023-01-01")],
        ),
        (
            "Brandt Co said on Monday it would spin off its medical devices unit.",
            [("Brandt", "medical devices unit", "target", None)],
        ),
    ],
)
def test_a_spin_off_names_the_new_company_or_the_unit(nlp, text, expected):
    assert spin_offs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Co directors are studying whether to spin off its software arm.",  # weighed
        "Brandt Co may soon spin off its Marlow Partners unit, two bankers said.",  # guessed
        "Brandt Co could spin off its chemicals unit, analysts said.",  # guessed
        "Brandt Co has not spun off its chemicals unit.",  # denied
    ],
)
def test_no_spin_off_when_only_weighed_guessed_or_denied(nlp, text):
    assert spin_offs(nlp, text) == []
