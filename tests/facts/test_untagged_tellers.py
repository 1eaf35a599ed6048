"""A teller the tagger does not read as an entity (round 35, teller35): in "<Name> said (on Monday) it ...",
"it" stands for the name that reports the clause, even where the entity index does not hold it, rather than
the organization the story was last about. Invented names; the first sentence makes another company the
story's main one, so a fallback to the last party is wrong."""

import pytest

from tests.facts.test_subject_holders import run, subject_of

LEAD = "Dornbeck Freight Corp posted higher quarterly profit on Tuesday and raised its outlook. "
TITLE = "Dornbeck Freight profit rises"


@pytest.mark.parametrize(
    ("sentence", "amount", "holder"),
    [
        ("Kelso Rail said on Monday it would cut 450 jobs at its depots.", 450, "Kelso Rail"),
        ("Norvane reported on Friday that its ridership rose 8 percent.", 8, "Norvane"),
        ("Selkirk Bus announced it would spend $40 million on new track.", 40e6, "Selkirk Bus"),
        ("Wendle told reporters on Monday it had leased 14 jets.", 14, "Wendle"),
    ],
)
def test_an_untagged_teller_holds_its_own_figure(nlp, sentence, amount, holder):
    assert subject_of(run(nlp, LEAD + sentence, title=TITLE), amount) == {holder}


@pytest.mark.parametrize(
    ("sentence", "amount", "holder"),
    [
        # a surname of a person the story names in full: "it" is not that person
        (
            "Chief executive Ines Varga spoke to analysts. Varga said it would add 300 drivers next year.",
            300,
            "Dornbeck Freight",
        ),
        # a heading in capitals glued to the sentence is no teller
        ("OUTLOOK RAISED Dornbeck said it now sees 8 percent growth in volumes.", 8, "Dornbeck Freight"),
        # the pronoun sits outside the reported clause: "its" belongs to the clause's own subject
        ("Dornbeck said Kelso Rail would buy 40 of its old trucks.", 40, "Dornbeck Freight"),
        # an analyst firm's view of the story's company keeps the company
        ("Wendle said it expects Dornbeck to earn $70 million next year.", 70e6, "Dornbeck Freight"),
    ],
)
def test_no_untagged_teller_where_the_name_is_none(nlp, sentence, amount, holder):
    assert subject_of(run(nlp, LEAD + sentence, title=TITLE), amount) == {holder}
