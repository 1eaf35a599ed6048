"""An organization's "'s" whose noun the sentence leaves out after a parallel owner ("its load factor climbed,
while Corvell Air's eased") is a possessive, not part of the name, when the story also writes the name bare as
an organization ("Corvell Air blamed ..."): the figures and the entity take the bare name
(mentions/name_bounds.name_ends_in_s). A store's or a founder's "'s" with no parallel owner before it keeps its
"'s", even where a surname or a namesake firm is written bare. Sentences written for these tests, with invented
names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-09-17"
TITLE = "Quarterly trading update"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a possessive pronoun owns the noun the name's "'s" leaves out
            "Brisco Jet said its load factor climbed to 84 percent in August, while Corvell Air's eased to "
            "79 percent. Corvell Air blamed a pilots' strike.",
            "79 percent",
            "Corvell Air",
        ),
        (  # a comparison: "better than X's", then a relative clause
            "Thornbury Media's advertising revenue held up better than Calloway Radio's, which dropped 11 percent. "
            "Calloway Radio closed two stations.",
            "11 percent",
            "Calloway Radio",
        ),
        (  # a fronted "compared with Y's <noun>"
            "Compared with Fairhurst Telecom's churn rate of 1.8 percent, Ostrander Mobile's stood at 2.3 percent. "
            "Ostrander Mobile added 90,000 subscribers.",
            "2.3 percent",
            "Ostrander Mobile",
        ),
    ],
)
def test_an_elided_possessive_takes_the_bare_name(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


def test_the_entity_is_the_bare_name(nlp):
    text = (
        "Thornbury Media's advertising revenue held up better than Calloway Radio's, which dropped 11 percent. "
        "Calloway Radio closed two stations."
    )
    names = surface_facts.entity_names_of(nlp, text, title=TITLE, published=PUBLISHED)
    assert "Calloway Radio" in names and "Calloway Radio's" not in names


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the founder's surname, tagged as an organization where it is written alone
            "Furniture retailer Fennimore's said on Tuesday that its online orders doubled and store sales rose "
            "6 percent. Chairman Hugh Fennimore said demand was firm. Fennimore said the chain would add 40 stores.",
            "6 percent",
            "Fennimore's",
        ),
        (  # another firm of the same name, written bare
            "Jewellery chain Fenmore's said on Monday its holiday sales grew 9 percent. Fenmore's will open eight "
            "shops in the spring. In a separate deal, Fenmore, the estate agency, sold a portfolio of offices.",
            "9 percent",
            "Fenmore's",
        ),
        (  # a chain written with its "'s" every time
            "Bakery chain Ollerton's lifted its dividend by 12 percent. Ollerton's has 640 outlets.",
            "12 percent",
            "Ollerton's",
        ),
        (  # a parallel owner before it, but the chain is never written bare
            "Haverill Stores said its sales rose 2 percent in the quarter, while Garrow's fell 4 percent. Garrow's "
            "blamed the mild weather.",
            "4 percent",
            "Garrow's",
        ),
        # review20m2: an earlier possessive in the sentence, but the store's "'s" is followed by its own speech verb
        (
            "After its online bookings rose 8 percent in May, sandwich chain Pellow's said store sales grew 3 percent. "
            "Founder Ann Pellow said margins held. Pellow said rents were rising.",
            "3 percent",
            "Pellow's",
        ),
    ],
)
def test_a_store_name_keeps_its_s(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    "opening",
    [
        "Helped by its new breakfast menu",  # a possessive pronoun owns a noun earlier in the sentence
        "Unlike rival Bower Grill's sales, which fell",  # a name's possessive owns one
    ],
)
def test_a_store_that_speaks_keeps_its_s_after_another_possessive(nlp, opening):
    # review20m2's probe shape: the store's "'s" is followed by its own speech verb, so no noun is left out
    text = (
        f"CHICAGO (Wirepost) - {opening}, burger chain McGarrity's said on Wednesday that same-store sales rose "
        "4.5 percent in April. Chief Executive Tom McGarrity said demand was strong. McGarrity said the chain would "
        "raise prices by 2 percent."
    )
    subjects = surface_facts.subjects_of(nlp, text, "4.5 percent", title="McGarrity's sales rise", published=PUBLISHED)
    assert subjects == {"McGarrity's"}
