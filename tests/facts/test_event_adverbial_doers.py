"""The doer of a deal told in an adverbial clause after a market move (facts/org_anaphors.reporter_org) and in a
to-clause the parse reads as a relative clause of the deal noun (facts/events_common.doer): "X ended higher when
the toolmaker signed an agreement to purchase Y" is X's acquisition, even when the story is about another
company. Another organization named between X and the anaphor leaves it to the old reading; one named before X
does not. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)
# a first company named twice, so that it is the story's main organization
LEAD = "Tessaly Group cut its outlook on Monday. Tessaly Group also said it would close stores. "


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object)
        for f in extract(LEAD + text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ostler Inc ended 4 percent higher after the chipmaker signed an agreement to purchase Brenmark Systems.",
            ("Ostler", "acquisition", "Brenmark Systems"),
        ),
        (
            "Kirova Foods rallied on Wednesday when the snack maker said it would acquire Dunmore Bakeries Ltd.",
            ("Kirova Foods", "acquisition", "Dunmore Bakeries"),
        ),
        (
            "Quillby Corp lost 2 percent in late trade when the bank agreed to sell Pellam Insurance to Ostra Capital.",
            ("Quillby", "sale", "Pellam Insurance"),
        ),
    ],
)
def test_the_moved_company_does_the_deal_of_its_adverbial_clause(nlp, text, event):
    assert event in events_of(nlp, text)


def test_another_organization_before_the_anaphor_keeps_the_old_reading(nlp):
    text = "Moody's downgraded Kirova Foods after the company reached an agreement to buy Dunmore Bakeries Ltd."
    assert all(subject != "Moody's" for subject, _, _ in events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Unlike Brindle Corp, Alder Inc rose 3 percent after the company agreed to buy Vessa Tools.",
            ("Alder", "acquisition", "Vessa Tools"),
        ),
        (
            "Like Brindle Corp, Alder Inc slid 3 percent after the retailer agreed to buy Vessa Stores.",
            ("Alder", "acquisition", "Vessa Stores"),
        ),
        (
            "Despite a warning from Brindle Corp, Alder Inc advanced 5 percent after the retailer agreed to acquire "
            "Vessa Stores.",
            ("Alder", "acquisition", "Vessa Stores"),
        ),
    ],
)
def test_an_organization_named_before_the_mover_is_not_in_the_way(nlp, text, event):
    assert event in events_of(nlp, text)
