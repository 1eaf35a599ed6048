"""Figures of a party other than the story's company (subjects9, round 10): "the company" after another
organization's clause or sentence, a rival named beside its description, a relative "whose", a person paid,
a country's statistic in a company story. Stories written for these tests with invented company names
(countries are real: spaCy must label them as places)."""

import pytest

from tests.facts.probe_subjects9 import PROBE1
from tests.facts.test_subject_holders import run, subject_of

PROBE = [s for s in PROBE1 if s[0] in ("Tarnwell Mining bid", "Marsden Retail posts loss", "Gantry Telecom market")]


# "the company" that is the subject of a clause an officer of an organization reports, or of a clause
# joined to one whose subject is an organization
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper reported steady sales on Monday. Corbel Packaging Inc spokesman Hal Drury said on Friday "
            "that the company expected an operating profit of $85 million for the year.",
            85e6,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper reported steady sales on Monday. Corbel Packaging's finance director, Ines Varga, told "
            "reporters the group would spend $40 million on a new mill.",
            40e6,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper reported steady sales on Monday. Corbel Packaging Corp said demand weakened, and the firm "
            "now sees sales of $900 million this year.",
            900e6,
            "Corbel Packaging",
        ),
    ],
)
def test_the_company_reported_by_another_organization(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper sales steady"), amount) == {holder}


# an analyst's employer reports nothing about itself: "the company" stays the story's company
@pytest.mark.parametrize(
    "text",
    [
        "Ardley Paper reported steady sales on Monday. Pollard Securities analyst Dan Frew said the company "
        "would earn $70 million next year.",
        "Ardley Paper reported steady sales on Monday. An analyst at Pollard Securities said the company "
        "could earn $70 million next year.",
        "Ardley Paper reported steady sales on Monday. Analysts at Pollard Securities said the company was "
        "likely to earn $70 million next year.",
    ],
)
def test_the_company_after_an_analysts_bank_stays_the_main_company(nlp, text):
    assert subject_of(run(nlp, text, title="Ardley Paper sales steady"), 70e6) == {"Ardley Paper"}


# an organization that reports "the company ..." is mostly an outsider speaking of the story's company
@pytest.mark.parametrize(
    "text",
    [
        "Ardley Paper reported steady sales on Monday. The Financial Conduct Office said the company would pay "
        "a fine of $70 million.",
        "Ardley Paper reported steady sales on Monday. Quarles Partners LP, which owns 9 percent of Ardley, said "
        "the company could fetch $70 million for its tissue business.",
        "Ardley Paper reported steady sales on Monday. Corbel Packaging Inc told a court that the firm owed it "
        "$70 million.",
    ],
)
def test_the_company_reported_by_an_outside_organization_stays_the_main_company(nlp, text):
    assert subject_of(run(nlp, text, title="Ardley Paper sales steady"), 70e6) == {"Ardley Paper"}


# "the company", "the chain", "it" in the sentence after one whose main clause is about another organization
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper posted a quarterly loss. Corbel Packaging, its main competitor, swung to a profit on "
            "Tuesday. The company said sales rose 9 percent.",
            9,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper posted a quarterly loss. Wendle Stores said on Wednesday it would close 30 shops. "
            "The chain also plans to cut 700 jobs.",
            700,
            "Wendle Stores",
        ),
        (
            "Ardley Paper posted a quarterly loss. Corbel Packaging Ltd raised its dividend on Thursday. The group "
            "expects revenue of $1.3 billion next year.",
            1.3e9,
            "Corbel Packaging",
        ),
    ],
)
def test_the_company_continues_the_previous_sentences_organization(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper posts loss"), amount) == {holder}


# the main company stays: the previous sentence was about it, or names it outside its subject, or the
# noun names a part or a party by its relation ("the unit")
@pytest.mark.parametrize(
    "text",
    [
        "Ardley Paper posted a quarterly loss. Hambury Ratings cut Ardley Paper's credit rating on Tuesday. "
        "The company said revenue fell 11 percent.",
        "Ardley Paper agreed to sell its tissue unit to Corbel Packaging. Corbel said the purchase fits its "
        "plans. The unit had sales of 11 percent of the total.",
        "Ardley Paper posted a quarterly loss. It said costs rose. The company said revenue fell 11 percent.",
    ],
)
def test_the_company_stays_the_main_company(nlp, text):
    assert subject_of(run(nlp, text, title="Ardley Paper posts loss"), 11) == {"Ardley Paper"}


# a sentence with a quote continues no organization, even one the tagger calls so: a quote's speaker is mostly a
# person (whom the tagger may call an organization), so "the company" after it stays the story's company
@pytest.mark.parametrize(
    "text",
    [
        'Ardley Paper posted a quarterly loss. "Prices are turning," Wendle Stores Inc told reporters. The group said '
        "sales fell 11 percent in the quarter.",
        'Ardley Paper posted a quarterly loss. "Orders are picking up," Corbel Packaging Ltd told analysts. The '
        "company said revenue fell 11 percent.",
        'Ardley Paper posted a quarterly loss. "The worst is over," Halden Mills Corp said in a statement. The firm '
        "said sales fell 11 percent.",
    ],
)
def test_the_company_after_a_quote_stays_the_main_company(nlp, text):
    assert subject_of(run(nlp, text, title="Ardley Paper posts loss"), 11) == {"Ardley Paper"}


# an organization noun with a named organization in apposition: "its rival Corbel Packaging"
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper posted a profit, while its rival Corbel Packaging reported a loss of $6 million.",
            6e6,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper posted a profit. The biggest producer, Corbel Packaging Inc, earned $95 million.",
            95e6,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper posted a profit. Its biggest competitor Corbel Packaging Inc lost $14 million.",
            14e6,
            "Corbel Packaging",
        ),
    ],
)
def test_an_organization_noun_set_beside_a_name(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper posts profit"), amount) == {holder}


# "whose": the noun a relative clause is on holds the figure
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper bid for Corbel Packaging Inc. Corbel, whose shares jumped 14 percent, rejected it.",
            14,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper made a bid on Monday for Corbel Packaging Inc, whose profit fell 8 percent last year.",
            8,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper said it talked to Wendle Stores, whose sales reached $3 billion in 2011.",
            3e9,
            "Wendle Stores",
        ),
    ],
)
def test_whose_figure_is_the_relative_clauses_noun(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper makes bid"), amount) == {holder}


# a figure paid to a person in the passive, with no pay noun
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper posted a profit. Its chairman, Rolf Berger, was paid $3.2 million in 2011.",
            3.2e6,
            "Rolf Berger",
        ),
        (
            "Ardley Paper posted a profit. Finance chief Mara Quist was awarded $1.7 million last year.",
            1.7e6,
            "Mara Quist",
        ),
        ("Ardley Paper posted a profit. Nell Harkin, the chief executive, was paid $900,000.", 900000, "Nell Harkin"),
    ],
)
def test_a_person_paid_in_the_passive_holds_the_pay(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper posts profit"), amount) == {holder}


# an economy statistic or a trade's total "in <country>" in a company story: the country's
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        ("Ardley Paper opened a mill in Spain. Unemployment in Spain stood at 22.8 percent.", 22.8, "Spain"),
        ("Ardley Paper opened a mill in Brazil. Car sales in Brazil fell 4.4 percent in May.", 4.4, "Brazil"),
        ("Ardley Paper opened a mill in Poland. Retail sales across Poland grew 7.1 percent.", 7.1, "Poland"),
    ],
)
def test_a_statistic_in_a_country_is_the_countrys(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper opens mill"), amount) == {holder}


# company words that end a name make it an organization, whatever the tagger said
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        ("Ardley Paper posted a profit. Trevick Mobile added 210,000 customers.", 210000, "Trevick Mobile"),
        ("Ardley Paper posted a profit. Dunmere Wireless earned $12 million.", 12e6, "Dunmere Wireless"),
        ("Ardley Paper posted a profit. Osric Metals lost $19 million.", 19e6, "Osric Metals"),
    ],
)
def test_names_ending_in_company_words_are_organizations(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper posts profit"), amount) == {holder}


# a paragraph's first name split by the parser after its first word stays whole (the parser splits these
# stories of probe 1 so; others it parses whole)
@pytest.mark.parametrize(
    ("story", "amount", "holder"),
    [(PROBE[0], 4.1e9, "Tarnwell Mining"), (PROBE[1], 45e6, "Marsden Retail"), (PROBE[2], 28, "Gantry Telecom")],
)
def test_a_split_first_word_stays_in_the_name(nlp, story, amount, holder):
    title, text, _ = story
    assert subject_of(run(nlp, text, title=title), amount) == {holder}


# "it" after a quote from "the group" is the organization the quote's sentence continued: the sentence's
# subject is resolved once, before the next sentence's reading of "the group" moves on
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Ardley Paper posted a loss. Corbel Packaging Ltd raised its dividend on Monday. The group said in a "
            'statement: "We are pleased." It expects revenue of $1.3 billion this year.',
            1.3e9,
            "Corbel Packaging",
        ),
        (
            "Ardley Paper posted a loss. Wendle Stores Inc opened 40 new stores in May. The chain said in a filing: "
            '"Demand is strong." It expects sales of $2.5 billion this year.',
            2.5e9,
            "Wendle Stores",
        ),
        (
            "Ardley Paper posted a loss. Halden Mills Corp cut 300 jobs last week. The company told reporters: "
            '"We had no choice." It now sees revenue of $800 million in 2012.',
            8e8,
            "Halden Mills",
        ),
    ],
)
def test_it_after_the_groups_quote_is_the_group(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Ardley Paper posts loss"), amount) == {holder}
