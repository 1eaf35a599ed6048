"""Events that act on no other party take their own noun as object: a gathering as written, the offering of a
company that goes public, the state a company files for. The readable gold (18 sets, 144 stories) never leaves an
event's object empty. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 5, 11)  # a Wednesday


def events(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.predicate, f.object) for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Tolvern Textiles plans to hold its yearly meeting of shareholders on June 9 in Leeds.",
            ("Tolvern Textiles", "yearly meeting", "yearly meeting of shareholders"),
        ),
        (
            "Brokers are positioning for the Bank of Ardania's next rate-setting meeting on May 19.",
            ("Bank of Ardania", "meeting", "rate-setting meeting"),
        ),
        (
            "Ministers of the Pellucid Union will gather for an emergency summit in Riga in October.",
            ("Pellucid Union", "emergency summit", "emergency summit"),
        ),
    ],
)
def test_a_gathering_is_its_own_object_as_written(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A meeting of the Pellucid Union is planned for May 30 in Vilnius.",
            ("Pellucid Union", "meeting", "meeting"),
        ),
        (
            "Investors await the May 25 meeting of the Bank of Ardania.",
            ("Bank of Ardania", "meeting", "meeting"),
        ),
        (
            "The Bank of Ardania is expected to hold rates when it meets on May 19.",
            ("Bank of Ardania", "meeting", "meeting"),
        ),
    ],
)
def test_a_named_holder_or_a_date_stays_out_of_the_gathering(nlp, text, event):
    """The holder is the subject and the day the period: neither is part of the object, nor is a pronoun that
    stands for the holder part of the predicate ("it meets": a meeting, not an "it meeting")."""
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Harwick Analytics Inc went public in March and has hired 200 engineers since.",
            ("Harwick Analytics", "initial public offering", "initial public offering"),
        ),
        (
            "Quenby Mobile, which went public in 2019, reported a wider loss.",
            ("Quenby Mobile", "initial public offering", "initial public offering"),
        ),
        (
            "Late on Monday Orrin Shipping Co filed in a Delaware court for bankruptcy protection,"
            " its lenders having walked away.",
            ("Orrin Shipping", "bankruptcy filing", "bankruptcy"),
        ),
        (
            "Lanyard Steel Corp, which went bankrupt in 2015, now makes rail parts.",
            ("Lanyard Steel", "bankruptcy filing", "bankruptcy"),
        ),
        (
            "Dunmore Glass Ltd filed for insolvency last week.",
            ("Dunmore Glass", "bankruptcy filing", "insolvency"),
        ),
    ],
)
def test_a_listing_or_a_filing_names_what_it_is(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Velmor Airlines filed for protection from creditors on Monday,"
            " citing the insolvency of its largest customer.",
            "bankruptcy",
        ),
        (
            "Velmor Airlines filed for protection from its creditors on Monday,"
            " two years after the receivership of its parent.",
            "bankruptcy",
        ),
        (
            "Brisk Freight Ltd filed for bankruptcy on Tuesday, weeks after the receivership of its main rival.",
            "bankruptcy",
        ),
        (
            "Calloway Mills Inc filed for protection from creditors last week,"
            " blaming the insolvency of a key supplier.",
            "bankruptcy",
        ),
        ("Pinefold Retail Corp filed for receivership on Friday.", "receivership"),
    ],
)
def test_a_filing_names_the_state_of_its_own_complement(nlp, text, state):
    """Another company's insolvency or receivership elsewhere in the sentence is not the state filed for."""
    [(_, predicate, written)] = events(nlp, text)
    assert (predicate, written) == ("bankruptcy filing", state)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Kestrel Bonds Plc will hold a meeting of its bondholders on June 14 in London.", "meeting of bondholders"),
        ("Harlow Energy Inc said it will convene a meeting of their noteholders on July 2.", "meeting of noteholders"),
        (
            "Marbury Foods will hold a meeting of the company's creditors on August 3.",
            "meeting of the company's creditors",
        ),
    ],
)
def test_a_gathering_of_the_holders_own_people_drops_the_possessive_pronoun(nlp, text, written):
    """ "its", "their" repeat the holder, who is the subject; a possessor written as a noun stays."""
    assert [w for _, _, w in events(nlp, text)] == [written]


@pytest.mark.parametrize(
    "text",
    [
        "Tolvern Textiles held its yearly meeting of shareholders on May 2.",  # gone by: background
        "Harwick Analytics Inc may go public next year, two people close to its plans said.",  # a guess
        "Orrin Shipping Co said it would not file for bankruptcy.",  # denied
    ],
)
def test_no_event_where_none_is_stated(nlp, text):
    assert events(nlp, text) == []
