"""Who holds a figure when the sentence names someone other than the story's company: stories written for
these tests, with invented company names (countries are real: spaCy must label them as places)."""

import datetime as dt
from dataclasses import dataclass, field

import pytest

from extractor.facts.discourse import known_name_ending_at
from tests.facts.surface_facts import story_extraction

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Company news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


def subject_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(abs(f.value.amount) - amount) < 1e-6]
    assert found, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return {f.subject for f in found}


# "mover": a name, its ticker at most, a move word and the figure
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Tarnwell Foods posted a profit on Monday. Grocery shares slipped, with sector leader "
            "Ombrelle Markets Inc ( OMB.N ) down 2.4 percent.",
            2.4,
            "Ombrelle Markets",
        ),
        (
            "Tarnwell Foods posted a profit on Monday. Shares of rival chains gained, with Kestlow Stores KSW.N up 1.7 "
            "percent and Pellinor Corp off 0.9 percent.",
            1.7,
            "Kestlow Stores",
        ),
        (
            "Tarnwell Foods posted a profit on Monday. Its stock fell 3 percent while other grocers held firm, "
            "with Varrick Foods up 0.6 percent in late trading.",
            0.6,
            "Varrick Foods",
        ),
    ],
)
def test_a_move_after_a_name_is_that_names(nlp, text, amount, holder):
    assert subject_of(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("amount", "holder"),
    [(6.4, "Harrow International"), (5.9, "Pellam Group Bank")],
)
def test_respective_moves_after_names_with_tickers(nlp, amount, holder):
    text = (
        "Brindle Foods posted a profit. Bank shares also fell, with Harrow International HRWX.VI and "
        "Pellam Group Bank ( PLMB.VI ) down 6.4 percent and 5.9 percent respectively."
    )
    assert subject_of(run(nlp, text), amount) == {holder}


# "whole_owner": the owner of the whole a share is taken of is a weaker holder than the clause's subject
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Brindle Foods Inc reported results on Monday. Harlow Dairy Co, which represents nearly 6 percent "
            "of Brindle's profit, was sold.",
            6.0,
            "Harlow Dairy",
        ),
        (
            "Brindle Foods Inc reported results on Monday. Quillby Apparel Inc, which accounts for about 8 percent of "
            "Brindle's sales, named a new chief executive.",
            8.0,
            "Quillby Apparel",
        ),
        (
            "Brindle Foods Inc reported results on Monday. Harlow Dairy Co makes up about 12 percent of "
            "Brindle's revenue.",
            12.0,
            "Harlow Dairy",
        ),
    ],
)
def test_a_share_belongs_to_the_part_not_to_the_owner_of_the_whole(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Brindle Foods results"), amount) == {holder}


# "at_holder": an organization after "at" on the measured noun or its verb
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Holmcroft Media said on Tuesday that revenue at Ferrand Games rose 9 percent in the quarter.",
            9.0,
            "Ferrand Games",
        ),
        (
            "Holmcroft Media reported its results. Sales were up 14 percent at Holmcroft's music label "
            "Brisco Records Inc, which it bought last year.",
            14.0,
            "Brisco Records",
        ),
        (
            "Holmcroft Media reported its results. Operating profit at Tavener Press fell to $31 million "
            "as advertising dried up.",
            31e6,
            "Tavener Press",
        ),
    ],
)
def test_an_organization_after_at_holds_the_figure(nlp, text, amount, holder):
    assert subject_of(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    "text",
    [
        "Holmcroft Media said operating profit at its Tavener unit fell 6 percent.",
        "Holmcroft Media said revenue at its printing division rose 6 percent.",
        "Holmcroft Media said sales rose 6 percent at its stores in Portugal.",
    ],
)
def test_a_unit_or_place_after_at_leaves_the_figure_to_the_company(nlp, text):
    assert subject_of(run(nlp, text), 6.0) == {"Holmcroft Media"}


# countries in a company's story: a possessor, a bracketed list, the subject of a participle's clause
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        ("Dunmore Banking Federation said Portugal's branch network shrank by 2.8 percent last year.", 2.8, "Portugal"),
        (
            "Dunmore Banking Federation said branch numbers rose in several countries including Hungary (up 3.6 "
            "percent) and Denmark (up 1.1 percent).",
            3.6,
            "Hungary",
        ),
        (
            "Dunmore Banking Federation published its survey. Debt-laden Portugal had one of the sharpest "
            "drops last year, closing 6.2 percent of its branches.",
            6.2,
            "Portugal",
        ),
    ],
)
def test_a_country_that_holds_the_figure_is_its_subject(nlp, text, amount, holder):
    assert subject_of(run(nlp, text), amount) == {holder}


# a place before "-based" is where the company sits
@pytest.mark.parametrize(
    "text",
    [
        "Dayton, Ohio-based Corliss Valves said quarterly profit rose 12 percent to $41 million.",
        "Toledo-based Corliss Valves reported a 12 percent rise in quarterly profit.",
        "Akron, Ohio-based Corliss Valves said on Monday its profit rose 12 percent.",
    ],
)
def test_a_based_place_is_never_the_subject(nlp, text):
    assert subject_of(run(nlp, text), 12.0) == {"Corliss Valves"}


# a relative clause on the subject names nobody who holds the main clause's figure
@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen Brewing Corp posted results. The world's third-largest brewer, which sells Denmark's two "
        "best-selling lagers, said it expects approval soon.",
        "Halvorsen Brewing Corp posted results. The world's third-largest brewer, which owns Norway's oldest "
        "bottling plant, said it would cut prices.",
        "Halvorsen Brewing Corp posted results. The world's third-largest beer maker, which supplies "
        "Sweden's pub chains, said it expects a better year.",
    ],
)
def test_a_place_inside_a_relative_clause_is_not_the_subject(nlp, text):
    ranks = [f for f in run(nlp, text).facts if f.kind == "rank" and f.value is not None and f.value.amount == 3]
    assert ranks
    assert {f.subject for f in ranks} == {"Halvorsen Brewing"}


# a capitalized index noun is part of the index's name; a lowercase one after a stock index's name is not
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        ("The Wexford Factory Activity Index rose to 52.4 in February.", 52.4, "Wexford Factory Activity Index"),
        ("The Online Hiring Index fell 3 percent in February, its publisher said.", 3.0, "Online Hiring Index"),
        ("Stocks fell, and the Halden 300 index closed down 1.2 percent.", 1.2, "Halden 300"),
        (
            "Brindle Corp shares rose 3 percent, while the Nordic banking subindex .NBNK fell 1 percent.",
            1.0,
            "Nordic banking subindex",
        ),
    ],
)
def test_an_index_is_named_with_its_noun_when_the_text_capitalizes_it(nlp, text, amount, holder):
    assert subject_of(run(nlp, text), amount) == {holder}


# a titled person's organization named right after the name, by a preposition of affiliation
@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        (
            'Brindle Foods Inc posted higher profit on Monday. "These were solid numbers," said analyst Tomas '
            "Vrell at Kestrel Securities.",
            "Tomas Vrell",
            "Kestrel Securities",
        ),
        (
            "Brindle Foods Inc posted higher profit on Monday. The results beat forecasts, according to "
            "strategist Mara Olsen of Harwick Capital.",
            "Mara Olsen",
            "Harwick Capital",
        ),
        (
            'Brindle Foods Inc posted higher profit on Monday. "Margins held up well," said analyst Dev Anand '
            "from Pellam Research, who rates the stock a buy.",
            "Dev Anand",
            "Pellam Research",
        ),
        (
            "Brindle Foods Inc posted higher profit on Monday. Chief executive Ann Lee said prices would rise.",
            "Ann Lee",
            "Brindle Foods",
        ),
    ],
)
def test_an_organization_after_a_titled_name_employs_the_person(nlp, text, person, holder):
    roles = [f for f in run(nlp, text, title="Brindle Foods results").facts if f.kind == "role"]
    assert {f.subject for f in roles if f.object == person} == {holder}


# a ranked noun phrase in apposition to a name ranks that name
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Brindle Foods Inc posted a profit. Quillby Capital, the biggest foreign investment bank in Korea, "
            "said the offer was too good.",
            "Quillby Capital",
        ),
        (
            "Brindle Foods Inc posted a profit. Quillby runs a fund with Korea's No. 2 lender, Pellam Financial "
            "Group ( 055550.KS ).",
            "Pellam Financial Group",  # the gold keeps "Group" after a common word
        ),
        (
            "Brindle Foods Inc posted a profit. It bought the third biggest tobacco company in Brazil, Harwick Brands.",
            "Harwick Brands",
        ),
        (
            "Brindle Foods Inc posted a profit. It controls Morocco's dominant operator Maroc Tel and Pellcom, "
            "France's second-largest mobile operator.",
            "Pellcom",
        ),
    ],
)
def test_a_rank_in_apposition_ranks_the_name_beside_it(nlp, text, holder):
    ranks = [f for f in run(nlp, text, title="Brindle Foods results").facts if f.kind == "rank"]
    assert ranks
    assert {f.subject for f in ranks} == {holder}


# a name the tagger missed in one place is still the organization it names elsewhere
@dataclass
class _Cluster:
    name: str
    label: str = "ORG"
    agency: bool = False


@dataclass
class _Entities:
    clusters: list
    lookups: dict = field(default_factory=dict)  # the tables mentions/cluster_lookup.py keeps on an EntityIndex


@dataclass
class _Context:
    entities: _Entities


@pytest.mark.parametrize(
    ("text", "word", "known"),
    [
        ("Last week, Harrow & Co, the biggest retailer, said its profit rose.", "Harrow", "Harrow & Co"),
        ("Quorra Group, the largest grocer, said its sales rose.", "Group", "Quorra Group"),
        ("Quorra, the largest grocer, said its sales rose.", "Quorra", "Quorra"),
        ("Bigquorra, the largest grocer, said its sales rose.", "Bigquorra", None),
        ("Pellam, the largest grocer, said its sales rose.", "Pellam", None),
    ],
)
def test_a_known_name_is_found_where_the_tagger_missed_it(nlp, text, word, known):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        if _ in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = component(doc)
    token = next(t for t in doc if t.text == word)
    ctx = _Context(_Entities([_Cluster("Harrow & Co"), _Cluster("Quorra Group"), _Cluster("Quorra")]))
    assert known_name_ending_at(token, ctx) == known


# a name set beside a noun of a company's part is that part: its figures are the parent's
@pytest.mark.parametrize(
    "text",
    [
        "Brindle Stores Inc reported results. Pellwood Corp, the furniture unit of Brindle Stores, said it would "
        "shed 1,200 jobs.",
        "Brindle Stores Inc reported results. Tarnfield Outlet Corp, the discount arm of the retailer, will "
        "cut 1,200 jobs.",
        "Brindle Stores Inc reported results. Tarnfield Outlet Corp, the discount division of the retailer, "
        "cut 1,200 jobs last year.",
    ],
)
def test_a_unit_named_by_apposition_gives_its_figures_to_the_parent(nlp, text):
    assert subject_of(run(nlp, text, title="Brindle Stores results"), 1200.0) == {"Brindle Stores"}
