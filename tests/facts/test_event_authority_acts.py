"""Acts of police, prosecutors, courts and regulators on a named party (`facts/events_authorities.py`): the doer a
named body or the unnamed body as written, the object the party acted on; in the passive without a named agent,
the party it befalls is the subject and the act names itself. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def events_of(nlp, text):
    return [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"]


def triples(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dutch police arrested Kordel Trading founder Pieter Vlasman at an airport near Utrecht late on Sunday.",
            ("Dutch police", "arrest", "Pieter Vlasman"),
        ),
        (
            "Federal prosecutors charged Orvel Energy Inc with wire fraud last month.",
            ("federal prosecutors", "charge", "Orvel Energy"),
        ),
        (
            "A grand jury in Tulsa indicted Marla Quint on four counts in January.",
            ("grand jury", "indictment", "Marla Quint"),
        ),
        (
            "Regulators fined Tamsin Bank Corp $12 million for lax controls.",
            ("regulators", "fine", "Tamsin Bank"),
        ),
        (
            "Calder Freight Ltd was fined $2 million by the Securities and Exchange Commission.",
            ("Securities and Exchange Commission", "fine", "Calder Freight"),
        ),
        (
            "A district judge sentenced Oskar Ruhl to six years in prison.",
            ("district judge", "sentence", "Oskar Ruhl"),
        ),
        (
            "The Kestrian Interior Ministry fined Talbot Shipping Ltd on Monday over falsified manifests.",
            ("Kestrian Interior Ministry", "fine", "Talbot Shipping"),
        ),
        (
            "On Wednesday the FBI detained Lars Moe in a raid at dawn.",
            ("FBI", "detention", "Lars Moe"),
        ),
        (
            "In a ruling on Thursday, the Morvian Supreme Court convicted Hanna Vik of bribery.",
            ("Morvian Supreme Court", "conviction", "Hanna Vik"),
        ),
    ],
)
def test_a_body_acting_on_a_named_party(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pieter Vlasman was arrested at his home in Leiden on Monday.", ("Pieter Vlasman", "arrest", "arrest")),
        (
            "Marla Quint, who was convicted of fraud in 2015, now runs a bakery.",
            ("Marla Quint", "conviction", "conviction"),
        ),
        (
            "Oskar Ruhl was arrested at a ferry terminal on Friday and charged a week later.",
            ("Oskar Ruhl", "charge", "charge"),
        ),
    ],
)
def test_a_passive_act_without_a_named_agent_names_itself(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Hanna Vik and Lars Moe were indicted in Bergen on Thursday.", {"Hanna Vik", "Lars Moe"}),
        (
            "Customs officers say Ida Holm, Nils Aune and Kari Strand were detained at the port.",
            {"Ida Holm", "Nils Aune", "Kari Strand"},
        ),
        ("Last week Ida Holm and Oskar Ruhl were convicted of tax fraud.", {"Ida Holm", "Oskar Ruhl"}),
    ],
)
def test_each_joined_party_of_a_passive_act(nlp, text, parties):
    acts = {"indictment", "detention", "conviction"}
    assert {s for s, p, o in triples(nlp, text) if p in acts and o == p} == parties


def test_a_dated_arrest_takes_its_day(nlp):
    (fact,) = [f for f in events_of(nlp, "Police arrested Pieter Vlasman on Wednesday.") if f.predicate == "arrest"]
    assert (fact.period.start, fact.period.end) == (dt.date(2021, 3, 10), dt.date(2021, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "If a jury convicts Marla Quint next spring, she will lose her pension.",  # supposed
        "Marla Quint was not charged, her lawyer said.",  # denied
        "Prosecutors could charge Orvel Energy Inc with fraud as soon as next week.",  # guessed
        "Lawmakers called for Pieter Vlasman to be arrested.",  # demanded by others
        "Tamsin Bank Corp charged customers a fee of $5 a month.",  # another sense: no "with"
        "Police said they had arrested 40 people during the protests.",  # nobody named
        "Arrests of rogue traders remain rare in Europe.",  # generic, a noun
        "A former Tamsin Bank Corp clerk detained over the theft was released on bail.",  # the bank only modifies
        "Calder Freight Ltd was fined $2 million last year.",  # a fine is told with who imposed it
        "Orvel Energy Inc charged its new treasurer, Ida Holm, with cutting the group's debt.",  # a company's task
        "Under the lease, Calder Freight Ltd fined its tenant Lars Moe $900 for the damage.",  # a company's penalty
        "The Morvian Hockey League fined Nils Aune 5,000 crowns after a brawl on Saturday.",  # a league, no public body
        "Should the appeal fail, Oskar Ruhl would be sentenced to twelve years.",  # hypothetical
        "Traders predict that regulators will fine Tamsin Bank Corp before the summer.",  # a forecast of others
    ],
)
def test_no_authority_act(nlp, text):
    acts = {"arrest", "charge", "indictment", "conviction", "fine", "sentence", "detention"}
    assert [t for t in triples(nlp, text) if t[1] in acts] == []
