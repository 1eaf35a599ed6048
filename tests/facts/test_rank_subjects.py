"""ranks37: a superlative description of one business that is its clause's subject ranks the party it stands for
even with no field ("The second-largest garden tool retailer said ..."); as an object, in the plural, for a noun
that is no business or below another party's saying, it ranks nobody. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.rank_facts import ranks_of

PUBLISHED = dt.date(2012, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow Tools Inc said on Monday it would open 40 stores next year. The second-largest garden tool "
            "retailer also plans to hire 900 workers.",
            ("Tarrow Tools", "garden tool retailers", 2.0),
        ),
        (
            "Brisca Beverages Inc raised its dividend on Tuesday. The largest bottler of Frosta sodas plans to open "
            "two plants next year.",
            ("Brisca Beverages", "bottlers", 1.0),
        ),
        (
            "Orvane Air cut its fares on Friday. The fourth-biggest airline now expects demand to recover in 2020.",
            ("Orvane Air", "airlines", 4.0),
        ),
        (
            "Quenby Bank posted a loss on Friday. The third-largest bank will close 40 branches, a spokesman said.",
            ("Quenby Bank", "banks", 3.0),
        ),
    ],
)
def test_a_ranked_subject_description_ranks_its_party(nlp, text, expected):
    subject, predicate, position = expected
    ranks = ranks_of(nlp, text)
    assert any(s == subject and p.startswith(predicate) and a == position for s, p, a in ranks), ranks


@pytest.mark.parametrize(
    "text",
    [
        # the description is what the company acts on: another party
        "Tarrow Tools Inc said on Monday it would buy the largest garden tool retailer for $2 billion.",
        # several businesses, no one ranked
        "Tarrow Tools Inc cut prices on Monday. The largest retailers did the same.",
        # a shareholder is no business the story's company may be
        "Tarrow Tools Inc cut prices on Monday. The biggest shareholder said it backed the plan.",
        # told by the company about another party
        "Tarrow Tools Inc said the second-largest garden tool retailer would cut prices.",
    ],
)
def test_no_rank_for_a_description_that_is_no_subject_of_its_own(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvern Capital has been the biggest arranger of farm loans since 2009.",
            ("Halvern Capital", "arrangers", 1.0),
        ),
        ("Norway became the biggest buyer of Freedonian salmon after the tariff cut.", ("Norway", "buyers", 1.0)),
        (
            "Kestrel Mining remains the third-largest producer of tin, according to an industry group.",
            ("Kestrel Mining", "producers", 3.0),
        ),
        (
            "Brindle Corp became the second-biggest seller of garden hoses after it bought a rival.",
            ("Brindle", "sellers", 2.0),
        ),
    ],
)
def test_a_named_subjects_predicate_nominal_ranks_it_without_a_field(nlp, text, expected):
    assert expected in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Capital is a top underwriter of farm bonds.",  # one of the top ones
        "Halvern Capital cut jobs. It is the largest underwriter of farm bonds.",  # a pronoun: left to others
        "Halvern Capital cut jobs. The fund is the largest holder of Brindle shares.",  # no name as subject
    ],
)
def test_no_rank_for_an_indefinite_or_unnamed_predicate_nominal(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pellam Corp cut its forecast on Monday. Brindle Stores Inc shares gained 4 percent after the world's "
            "largest garden tool retailer raised its dividend.",
            ("Brindle Stores", "garden tool retailers", 1.0),
        ),
        (
            "Pellam Corp cut its forecast on Monday. Brindle Stores Inc shares gained 4 percent after Canada's "
            "biggest garden tool retailer raised its dividend.",
            ("Brindle Stores", "garden tool retailers", 1.0),
        ),
        (
            "Pellam Corp cut its forecast on Monday. Brindle Stores Inc rose 4 percent when the world's "
            "third-largest garden tool retailer raised its outlook.",
            ("Brindle Stores", "garden tool retailers", 3.0),
        ),
        (
            "Pellam Corp cut its forecast on Monday. Brindle Stores Inc jumped 4 percent as Europe's biggest garden "
            "tool retailer opened 12 stores.",
            ("Brindle Stores", "garden tool retailers", 1.0),
        ),
    ],
)
def test_a_ranked_description_in_an_adverbial_clause_is_the_main_clauses_company(nlp, text, expected):
    """Read as an anaphor (`discourse.described_party`): the company the clause it explains is about, not the
    story's main company."""
    assert expected in ranks_of(nlp, text)


MISREAD_SUBORDINATORS = [
    (
        "Kestrel Air posted a loss on Monday as the largest Ostrian airline lost customers to rivals.",
        ("Kestrel Air", "ostrian airlines", 1.0),
    ),
    (
        "Orvane Steel cut 400 jobs as the largest Ostrian steelmaker lost orders from carmakers.",
        ("Orvane Steel", "ostrian steelmakers", 1.0),
    ),
    (
        "Kestrel Bank set aside more money for bad loans in 2012 as the third-largest Ostrian lender wrote off farm "
        "debts.",
        ("Kestrel Bank", "ostrian lenders", 3.0),
    ),
    (
        "Tarrow Mining cut its output forecast on Tuesday as the biggest Ostrian miner faced strikes at two pits.",
        ("Tarrow Mining", "ostrian miners", 1.0),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_SUBORDINATORS)
def test_a_description_hung_on_a_misread_subordinator_is_its_clauses_subject(nlp, text, expected):
    """The parse reads "as" as a preposition and the description as its object, leaving the next verb without a
    subject (`stranded_subjects.acts_as_subject`); the main clause's period does not date the rank."""
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "rank"]
    assert [(f.subject, f.predicate, f.value.amount) for f in facts] == [expected]
    assert facts[0].period is None


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Air posted a loss on Monday as fuel costs at the largest Ostrian airline rose.",  # a place phrase
        "Kestrel Air hired 40 pilots as the largest Ostrian airline.",  # no verb of its own follows
    ],
)
def test_no_rank_for_a_description_in_a_phrase(nlp, text):
    assert ranks_of(nlp, text) == []
