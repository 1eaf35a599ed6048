"""Words NER runs into a name (mentions/name_trims.py): a job title after a company's name when the title
or a person's name goes on after the mention, and a capitalised "New"/"Current"/"Former" opening a sentence
or headline when the story also writes the name without it. Names that really hold such words keep them.
Sentences written for these tests, invented names."""

import pytest

from extractor.mentions.entities import index_entities


def names(nlp, text):
    return {c.name for c in index_entities(nlp(text)).clusters}


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "Brenton Senior Executive Vice President Maxine Olu told reporters the plant would reopen. "
            "Brenton Inc shares fell.",
            "Brenton",
            "Brenton Senior Executive",
        ),
        (
            '"Prices will stay high," Greyfield Chief Executive Officer Nina Sorel told analysts on a call. '
            "Greyfield Corp raised its forecast.",
            "Greyfield",
            "Greyfield Chief Executive",
        ),
        (
            "Marlow Executive Vice President Ted Ngata leads the unit. Marlow Group posted a loss.",
            "Marlow",
            "Marlow Executive",
        ),
        (
            "Harwick Mining Chief Financial Officer Lena Ostrova expects lower copper output this year.",
            "Harwick Mining",
            "Harwick Mining Chief",
        ),
    ],
)
def test_a_title_after_a_company_is_not_its_name(nlp, text, name, not_name):
    found = names(nlp, text)
    assert name in found
    assert not_name not in found


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "New Varnholt Bank leaders will present a plan. Varnholt Bank said profit fell 5 percent.",
            "Varnholt Bank",
            "New Varnholt Bank",
        ),
        (
            "New Brindle Motors CEO Sam Kato will set out his plan on Tuesday. Brindle Motors shares rose 2 percent.",
            "Brindle Motors",
            "New Brindle Motors",
        ),
        (
            "Current Kelso Foods staff may apply for the new posts. Kelso Foods will close 12 plants.",
            "Kelso Foods",
            "Current Kelso Foods",
        ),
    ],
)
def test_a_sentence_opening_adjective_is_not_part_of_a_name_written_alone(nlp, text, name, not_name):
    found = names(nlp, text)
    assert name in found
    assert not_name not in found


def test_a_headline_opening_adjective_is_not_part_of_a_name_written_alone(nlp):
    text = (
        " date 2021-03-04 New Ostwick Energy bosses to unveil cost cuts\n\nOstwick Energy will cut 800 jobs, it said."
    )
    found = names(nlp, text)
    assert "Ostwick Energy" in found
    assert "New Ostwick Energy" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name that ends in a title word, with no title opening after it
        (
            "Dollar Mart General Chief Executive Ann Lee said sales rose. Dollar Mart General Inc runs 900 stores.",
            "Dollar Mart General",
        ),
        # "New" that is part of the name: the story never writes the name without it
        ("New Avalon Times Co said advertising revenue fell 3 percent.", "New Avalon Times"),
        ("The New York Times Co said revenue fell 3 percent.", "New York Times"),
        # a place keeps its "New" whatever else the story writes
        ("New Jersey said tax revenue fell. Jersey is an island.", "New Jersey"),
        ("Level 3 Communications said sales rose 4 percent.", "Level 3"),
    ],
)
def test_names_that_hold_such_words_keep_them(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "parts", "joined"),
    [
        (
            "Before the sale, Kestrel and Varn were the largest holders of the stock. Kestrel Partners and "
            "Varn Group bought the company in 2005. Kestrel said it was happy.",
            {"Kestrel", "Varn"},
            "Kestrel and Varn",
        ),
        (
            "Ravenna, Ostmark and Halvard were the main bidders, two bankers told us at the time. Ravenna "
            "later dropped out. Ostmark and Halvard did not comment.",
            {"Ravenna", "Ostmark", "Halvard"},
            "Ravenna, Ostmark and Halvard",
        ),
    ],
)
def test_names_joined_by_and_that_the_story_writes_alone_are_several(nlp, text, parts, joined):
    found = names(nlp, text)
    assert parts <= found
    assert joined not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written only whole: one name
        (
            "The Industrial and Commercial Bank of Norland said profit rose 10 percent.",
            "Industrial and Commercial Bank of Norland",
        ),
        # "&" joins the words of one name
        ("Procter & Gamble and Unilever both raised prices. Unilever said costs rose.", "Procter & Gamble"),
        # joined names as the subject of what they did together stay one mention
        (
            "Ravenna, Ostmark and Halvard sold 20 million shares for $25 each. Ravenna keeps a stake; Ostmark and "
            "Halvard sold all they held.",
            "Ravenna, Ostmark and Halvard",
        ),
    ],
)
def test_names_joined_by_and_stay_one_where_the_story_gives_no_other_evidence(nlp, text, name):
    assert name in names(nlp, text)
