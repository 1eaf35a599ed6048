"""A rank whose field is a place word before the ranked noun (facts/rank_places.py): "the top Ostrian rail
contractor", "the No. 2 Japanese brewer" rank the company in that country, as "Japan's No. 2 brewer" does.
Several ranked things, a party or creed adjective, an indefinite description, a public body and a description
the sentence's company acts on give none. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def ranks_of(nlp, text):
    return [
        (f.subject, f.predicate, f.value.amount, f.object)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "rank"
    ]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Halvern Rail, the top U.S. rail contractor, said sales fell.",
            ("Halvern Rail", "rail contractors", 1.0, "United States"),
        ),
        (
            "Brandel Motors trimmed its outlook. A slump in Asia could leave little room for the top German "
            "automaker, said one fund manager.",
            ("Brandel Motors", "automakers", 1.0, "Germany"),
        ),
        (
            "Pellam Life lost 2 percent on Friday; stock in the third-largest Canadian insurer has halved since May.",
            ("Pellam Life", "insurers", 3.0, "Canada"),
        ),
        (
            "The No. 2 Japanese brewer Kirova Holdings raised its beer prices.",
            ("Kirova Holdings", "brewers", 2.0, "Japan"),
        ),
        (
            "Ostra Foods, the biggest Swiss dairy group, hired 300 drivers.",
            ("Ostra Foods", "dairy groups", 1.0, "Switzerland"),
        ),
    ],
)
def test_a_place_before_the_ranked_noun_is_its_field(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Halvern Bank, the largest New York lender, cut 90 jobs.", ("Halvern Bank", "lenders", 1.0, "New York")),
        (
            "Kestrel Land, the biggest Hong Kong property developer, sold two towers.",
            ("Kestrel Land", "property developers", 1.0, "Hong Kong"),
        ),
        (
            "Tamsin Credit, now the No. 2 Rhode Island bank, opened a branch.",
            ("Tamsin Credit", "banks", 2.0, "Rhode Island"),
        ),
    ],
)
def test_a_place_of_several_words_is_the_field_as_a_whole(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine of the biggest Dutch lenders will pay the levy, Tessaly Bank said.",  # several ranked
        "Tessaly Bank expects the two largest French lenders to merge their card units.",
        "Tessaly Bank told clients that the top Republican senator on the panel opposed the bill.",  # a party
        "A top Italian court will rule on the fee next month, Tessaly Bank said.",  # one of the top courts
        "Tessaly Bank slid as the leading Belgian markets watchdog widened its probe.",  # a public body
        "Ostra Mining, ranked 14th-largest among Chilean copper producers in 2009, sought court protection.",
        "Tarvo Steel, now the 12th-largest Finnish mill, idled a furnace.",  # an ordinal in figures
        "Lumera Foods became the 17th biggest Italian grocer last year.",
        "Tarvo Steel, the 12th-largest steel mill in Europe, idled a furnace.",
    ],
)
def test_no_rank_for_several_things_or_a_party(nlp, text):
    assert [r for r in ranks_of(nlp, text) if r[2] == 1.0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tessaly Bank expects the two largest French lenders to merge their card units.",
        "Tessaly Bank said the five biggest Greek insurers had raised premiums.",
        "Three of the top Korean chipmakers will cut output, Tessaly Bank said.",
    ],
)
def test_several_ranked_things_give_no_rank_at_all(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pellam Foods has offered $3 billion for the third-largest French dairy group.",  # the object of a deal
        "Halvern Motors booked a turbine order from the biggest German airline.",  # the other party of an order
        "Halvern Motors said it will lease ten jets to the second-largest U.S. airline.",
        "Halvern Bank shares dipped once the largest U.S. central bank lifted rates.",  # a public body
    ],
)
def test_no_rank_for_another_party_of_the_clause(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Ostra Bank, the top Muslim lender, opened four branches.", ("Ostra Bank", "muslim lenders", 1.0, None)),
        ("Velden Trust, now the top Jewish insurer, hired an auditor.", ("Velden Trust", "jewish insurers", 1.0, None)),
        ("Corvane Bank, the largest Sikh lender, lost a client.", ("Corvane Bank", "lenders", 1.0, None)),
    ],
)
def test_a_creed_or_party_adjective_is_no_field(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A top Swiss lender, Ostra Bank, cut 200 jobs.",
        "A leading Swiss lender, Ostra Bank, cut 200 jobs.",
        "A biggest-ever Swedish retailer, Norrvik, lifted prices.",
    ],
)
def test_an_indefinite_description_gives_no_rank(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Ostra Mining, the eleventh-largest Chilean copper producer, shut a pit.", ("Ostra Mining", 11.0, "Chile")),
        (
            "Velden Cement ranks as the fifteenth-largest Polish builder, the survey showed.",
            ("Velden Cement", 15.0, "Poland"),
        ),
        ("Ostra Bank, the thirteenth-largest Swiss lender, lost a client.", ("Ostra Bank", 13.0, "Switzerland")),
    ],
)
def test_ordinals_past_ten_state_the_rank(nlp, text, rank):
    assert rank in [(s, v, o) for s, _, v, o in ranks_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands sold its stake in the No. 3 Dutch insurer.",
        "Canada is home to the No. 2 Canadian lender by assets, analysts said.",
        "Norway plans to list the No. 1 Norwegian fish farmer next spring.",
    ],
)
def test_a_place_is_not_ranked_within_itself(nlp, text):
    assert [r for r in ranks_of(nlp, text) if r[0] == r[3]] == []


@pytest.mark.parametrize(
    "text",
    [
        # a numbered rank whose field is only its place: the same test as the superlative's
        "Tolvar Chemicals took a supply contract from the No. 2 Dutch brewer.",
        "Ostry Paper plans to acquire the No. 4 Swedish packaging maker this year.",
        # the description is the subject of a clause below the company's own
        "Corbel Steel said the top Polish steelmaker had named Ana Rusu as its chair.",
        "Pellam Foods noted that the second-largest Danish dairy group would cut prices.",
        # the clause's actor is no party the story knows
        "Competitors of Tolvar Chemicals include the biggest Belgian chemicals maker, which shed 300 jobs.",
        "Buyers for Ostry Paper's pulp include the largest Finnish forestry group.",
    ],
)
def test_no_rank_when_the_description_is_not_the_holder(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Tolvar Motors will recall 9,000 vans after complaints about the No. 3 Dutch carmaker's brakes.",
            ("Tolvar Motors", "carmakers", 3.0, "Netherlands"),
        ),
        (
            "Ostry Bank appealed on Tuesday against a ruling on the No. 2 Swedish bank's fees.",
            ("Ostry Bank", "banks", 2.0, "Sweden"),
        ),
        (
            "Vennor Air dropped two routes after a strike grounded the biggest Irish airline's fleet.",
            ("Vennor Air", "airlines", 1.0, "Ireland"),
        ),
    ],
)
def test_a_description_owning_what_the_clause_names_is_the_holder(nlp, text, rank):
    assert ranks_of(nlp, text) == [rank]
