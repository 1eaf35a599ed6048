"""An index holds figures whose measured noun is another word (facts/index_holders.py, FACTS.md: a named index
is the subject of its readings): a move its possessive holds ("the index's 18 percent rise"), its members'
aggregate ("Halden 500 companies are expected to earn $9 a share", "earnings for the Halden 500"), and "the
benchmark index" after a name the story wrote with a quote code or a number in any role of its clause.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts import surface_facts

PUBLISHED = dt.date(2014, 3, 12)


def subjects_of(nlp, text, surface):
    return surface_facts.subjects_of(nlp, text, surface, title="Markets move", published=PUBLISHED.isoformat())


def facts_at(nlp, text, surface):
    facts = surface_facts.facts_of(nlp, text, title="Markets move", published=PUBLISHED.isoformat())
    return [f for f in facts if f.value is not None and f.value.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # the index's possessive on a move written with the figure
        (
            "Quarrow Mining is the heaviest stock in the Telvane metals index .TMX. Its shares lost 6 percent in "
            "March, a steeper slide than the index's 2.5 percent fall.",
            "2.5 percent",
            "Telvane metals index",
        ),
        # a proper index name in the possessive, after another index's reading
        (
            "The Ostrel Small Cap Index .OSC climbed 9.4 percent in the first half, trailing the Ostrel Large "
            "Cap Index's .OLC 11.2 percent advance.",
            "11.2 percent",
            "Ostrel Large Cap",
        ),
        # the possessive holds the measured rate itself
        (
            "The Bramford Research Group said its Monthly Activity Index slipped to 88.3 in May. The index's "
            "six-month growth rate fell to minus 1.7 percent.",
            "minus 1.7 percent",
            "Monthly Activity Index",
        ),
    ],
)
def test_an_index_possessive_holds_its_move(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # the clause subject names the index's members
        (
            "NEW YORK (Reuters) - Results season opens next week. Kelmont 400 companies are forecast to report "
            "profit of $21.40 a share for the quarter, data showed. The Kelmont 400 index has gained 9 percent "
            "this year.",
            "$21.40",
            "Kelmont 400",
        ),
        # the members compounded on the measured noun
        (
            "NEW YORK (Reuters) - Few strategists doubt the rally. Dravik 250 company revenue rose 6.1 percent "
            "in the second quarter, the strongest pace in a year, while the Dravik 250 index hit a record.",
            "6.1 percent",
            "Dravik 250",
        ),
        # the index after "for", by its short form once the story wrote it with its number
        (
            "NEW YORK (Reuters) - The Ambrel 600 .AMB index ended flat. Strategists now put next year's operating "
            "earnings for the Ambrel at $58.10 a share.",
            "$58.10",
            "Ambrel 600",
        ),
    ],
)
def test_an_index_holds_its_members_aggregate(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a name with its quote code as the object of a verb
        (
            "SEOUL (Reuters) - Cheap credit has lifted property shares and Seoul's Trevano .TRV to a six-year "
            "peak. The benchmark index has climbed 31 percent since October.",
            "31 percent",
            "Trevano",
        ),
        # a numbered name that is an object, written with an index noun elsewhere in the story
        (
            "NEW YORK (Reuters) - Brokers said bond buying could push the Halvard 800 toward 2,300 by June, "
            "although the history of the Halvard 800 index shows May is often weak. The broad index has risen "
            "12 percent so far this year.",
            "12 percent",
            "Halvard 800",
        ),
        # a numbered name in a prepositional phrase
        (
            "FRANKFURT (Reuters) - Investors piled into carmakers, with most of the buying in the Lorsten 40 "
            ".LRS. The main index jumped 2.6 percent by the close.",
            "2.6 percent",
            "Lorsten 40",
        ),
    ],
)
def test_a_role_reads_an_index_named_in_any_role(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a possessive index's member is no move of the index
        (
            "The index's biggest gainer, Corlew Foods, rose 8 percent after its results.",
            "8 percent",
            "Corlew Foods",
        ),
        # a product's model number is no index: the company keeps its sales
        (
            "Pellham Motors said buyers of its Arvo 350 cars spent more. Pellham 350 owners ordered 12 percent "
            "more parts in March, the company said.",
            "12 percent",
            "Pellham Motors",
        ),
        # a company's own shares beside an index stay the company's
        (
            "Shares in Wenlow Group rose 3.3 percent, outpacing the Halder 200 index.",
            "3.3 percent",
            "Wenlow Group",
        ),
    ],
)
def test_members_and_products_are_no_index(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


def test_an_index_expected_to_earn_is_forecast(nlp):
    text = (
        "NEW YORK (Reuters) - Results season opens next week. Kelmont 400 companies are expected to post "
        "earnings of $19.75 a share for the quarter. The Kelmont 400 index rose 0.4 percent on Friday."
    )
    facts = facts_at(nlp, text, "$19.75")
    assert {(f.subject, f.modality) for f in facts} == {("Kelmont 400", "forecast")}
