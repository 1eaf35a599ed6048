"""Where an "'s" after a name belongs (mentions/name_bounds.py): to the name when nothing after it is owned
(an adverb and then the verb whose subject the name is, "that", a relative pronoun), and to a numbered index's
name when the index's number follows ("Halden & Co's 300 index"), never leaving the owner as an organization
of its own; before a preposition it ends the name only after a verb's subject ("Halvard's in May cut"), not
in a list whose owned noun the text leaves out. An article "a"/"an" NER took in is no part of a name. A
company's possessive NER ran into its unit's name is split off where the text also names the company bare.
Sentences written for these tests, invented names."""

import pytest

from extractor.mentions.entities import index_entities
from extractor.mentions.name_bounds import split_at_place


def names(nlp, text):
    return {c.name for c in index_entities(nlp(text)).clusters if c.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ratings agency Halvard's already cut its rating on the bonds.", "Halvard's"),
        ("Dunmore's sharply raised its outlook for the steel industry on Monday.", "Dunmore's"),
        ("The finance ministry told Halvard's that it would keep its budget target.", "Halvard's"),
        ("Halvard's put the country on negative outlook.", "Halvard's"),
        ("Tarvik's put three lenders on watch for a downgrade.", "Tarvik's"),
        ("Fenmore's cut the bank to junk on Friday.", "Fenmore's"),
    ],
)
def test_an_s_that_owns_nothing_ends_the_name(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("The Halden & Co's 300 index rose 1.2 percent to 1,402 on Friday.", "Halden & Co's 300"),
        ("Futures on the Kestrel & Lowe's 250 index were up 3 points in early trade.", "Kestrel & Lowe's 250"),
        ("Shares of miners pulled the Tarvik & Sons's 100 .TRV down 0.8 percent.", "Tarvik & Sons's 100"),
    ],
)
def test_a_numbered_index_keeps_its_owner_in_its_name(nlp, text, index):
    found = names(nlp, text)
    owner = index.rsplit("'s", 1)[0]
    assert owner not in found, found
    assert index in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brindle Corp's 2011 profit rose 5 percent.", "Brindle"),
        ("Halvard & Co's 500 stores sold more shoes in May.", "Halvard & Co"),
        ("Dunmore Steel's recently acquired unit lost money.", "Dunmore Steel"),
    ],
)
def test_a_possessive_before_owned_things_stays_a_possessive(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lake Tarvin ( LTV.TO ) posted a loss for the quarter.", "Lake Tarvin"),
        ("North Sedgefield ( NSF.TO ) agreed to sell its coal unit.", "North Sedgefield"),
        ("Shares in New Kestrel ( NKS.AX ) fell after the results.", "New Kestrel"),
    ],
)
def test_a_stock_code_with_its_exchange_follows_a_company_whatever_its_label(nlp, text, name):
    """A name NER read as a place, followed by a bracketed code with its exchange, is an organization."""
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fenmore's in May put the state's debt on negative watch.", "Fenmore's"),
        ("Halvard's on Tuesday lowered its ratings on the country's banks.", "Halvard's"),
        ("Kestrel & Lowe's in March raised its rating on the bonds.", "Kestrel & Lowe's"),
    ],
)
def test_an_s_before_a_preposition_after_a_subject_ends_the_name(nlp, text, name):
    found = names(nlp, text)
    assert name in found, found
    assert name.removesuffix("'s") not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its stake would fall to 5 percent and Halvard's to 2 percent.", "Halvard"),
        ("The bank's share fell to 8 percent and Fenmore's to 3 percent.", "Fenmore"),
        ("The fund cut its holding in Tarvik's in June.", "Tarvik"),
    ],
)
def test_an_s_before_a_preposition_that_owns_a_left_out_noun_stays_a_possessive(nlp, text, name):
    found = names(nlp, text)
    assert name in found, found
    assert f"{name}'s" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rising costs hit shares owned by a United Steel Workers pension fund.", "United Steel Workers"),
        ("The rally followed an International Grain Council decision.", "International Grain Council"),
        ("The deal was approved by a Consolidated Steel Workers Union vote.", "Consolidated Steel Workers Union"),
    ],
)
def test_an_indefinite_article_is_no_part_of_a_name(nlp, text, name):
    found = names(nlp, text)
    assert name in found, found
    assert not any(n.startswith(("a ", "an ")) for n in found), found


@pytest.mark.parametrize(
    ("text", "owner", "unit"),
    [
        ("Brindle's Transaction Services division grew. Brindle Corp shares rose.", "Brindle", "Transaction Services"),
        (
            "Revenue at Dunmore's Advertising Networks Group fell 3 percent. Dunmore Inc said it would cut jobs.",
            "Dunmore",
            "Advertising Networks Group",  # written with "Group" every time: it stays (keep_group_word)
        ),
        ("Profit at Halvard's Payment Solutions unit doubled, Halvard said on Monday.", "Halvard", "Payment Solutions"),
    ],
)
def test_an_owner_named_bare_elsewhere_is_split_from_its_unit(nlp, text, owner, unit):
    found = names(nlp, text)
    assert owner in found, found
    assert unit in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Revenue at Dunmore's Advertising Networks Group fell 3 percent.", "Dunmore's Advertising Networks Group"),
        ("Sales at Kellan's Entertainment Inc rose. Kellan said so.", "Kellan's Entertainment"),
        ("The Pellworth's Bank of Tarvia raised its rates.", "Pellworth's Bank of Tarvia"),
    ],
)
def test_a_possessive_name_whose_owner_is_never_bare_stays_whole(nlp, text, name):
    assert name in names(nlp, text)


def split_place(nlp, text, merged, label="ORG"):
    """The pieces split_at_place makes of `merged`, set as the text's only entity (the recognizer's merge)."""
    doc = nlp(text)
    start = text.index(merged)
    span = doc.char_span(start, start + len(merged), label=label)
    doc.ents = [span]
    return [(piece.text, piece.label_) for piece in split_at_place(span)]


@pytest.mark.parametrize(
    ("text", "merged", "pieces"),
    [
        ('"Demand is weak," said Ann Rolt, an economist at Halvard in Paris.', "Halvard in", [("Halvard", "ORG")]),
        (
            '"Rates will stay low," said Tom Ebb, a strategist at KestrelFX in New York.',
            "KestrelFX in New York",
            [("KestrelFX", "ORG"), ("New York", "GPE")],
        ),
        (
            "Visitors queued for Pine Ridge at Tarvik Park, the company said.",
            "Pine Ridge at Tarvik Park",
            [("Pine Ridge", "ORG"), ("Tarvik Park", "FAC")],
        ),
        (
            "The University of Kestrel at Dunmore raised its fees.",
            "University of Kestrel at",
            [("University of Kestrel", "ORG")],
        ),
    ],
)
def test_a_name_ends_before_the_preposition_that_places_it(nlp, text, merged, pieces):
    assert split_place(nlp, text, merged) == pieces


@pytest.mark.parametrize(
    ("text", "merged", "label"),
    [
        ("The Union of Dock Workers in Tarvia called a strike on Monday.", "Union of Dock Workers in Tarvia", "ORG"),
        ("The new levy is now due a year early in July.", "a year early in July", "DATE"),
        ("Shares of Halvard in 2012 rose 4 percent.", "Halvard in 2012", "ORG"),
        ("Sales of Fun in the Sun toys rose.", "Fun in the Sun", "PRODUCT"),
    ],
)
def test_a_name_built_on_of_a_date_or_a_lower_case_rest_keeps_its_preposition(nlp, text, merged, label):
    assert split_place(nlp, text, merged, label) == [(merged, label)]
