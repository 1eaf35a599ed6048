"""Whose figure it is among several parties (subjects10, round 11): a forecaster's employer named in an
"at"/"with"/"from" phrase, a pronoun after another party's short name or after "its rival X", a parent
written with its suffix beside its national subsidiary, a listed subsidiary, a company NER read as a
place or person, and an economy statistic "in <country>" in a company story. Stories written for these
tests with invented company names (countries are real: spaCy must label them as places)."""

import pytest

from tests.facts.test_subject_holders import run, subject_of


# "analysts at X expected ...": X is whom the analysts work for, the figure is the story's company's
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Dellmont Paints Inc reported third-quarter earnings on Tuesday. Analysts at Harwood Capital Markets "
            "had forecast 64 cents a share.",
            0.64,
        ),
        (
            "Dellmont Paints Inc reported third-quarter earnings on Tuesday. Economists with Prentiss Securities "
            "expected revenue of $1.4 billion, on average.",
            1.4e9,
        ),
        (
            "Dellmont Paints Inc reported third-quarter earnings on Tuesday. Strategists from Larkin Brothers "
            "Bank had looked for a profit of 58 cents a share.",
            0.58,
        ),
    ],
)
def test_a_forecasters_employer_in_a_phrase_is_not_the_holder(nlp, text, amount):
    assert subject_of(run(nlp, text, title="Dellmont Paints earnings"), amount) == {"Dellmont Paints"}


# "its" after a clause whose subject is another party written short, or "its rival X"
@pytest.mark.parametrize(
    ("title", "text", "amount", "holder"),
    [
        (
            "Pennock Air traffic",
            "Pennock Air said passenger numbers rose 7 percent in June. Budget carrier Ostlund, which is expanding "
            "fast, said traffic on its routes rose 23 percent. Pennock, whose shares have fallen this year, said "
            "its fleet would grow to 64 aircraft.",
            64,
            "Pennock Air",
        ),
        (
            "Brantley Media ad sales",
            "Brantley Media said advertising sales fell 3 percent. Its rival Corvo, which owns two channels, said "
            "its ad revenue dropped 9 percent. Brantley, whose audience share rose, said its online revenue grew "
            "27 percent.",
            27,
            "Brantley Media",
        ),
        (
            "Pellworth Air traffic rises",
            "Pellworth Air said on Friday passenger numbers rose 7 percent in May to 3.2 million. Low-cost rival "
            "Skyhop, which is growing faster, said traffic at its Irish base jumped 22 percent. Pellworth, whose "
            "shares have lost 18 percent this year, also said its load factor rose to 81 percent.",
            81,
            "Pellworth Air",
        ),
        (
            "Fenlow Energy sells stake",
            "Fenlow Energy said it would sell its 35 percent stake in a pipeline to Castell Infrastructure for "
            "$640 million. Castell, whose funds manage about $12 billion, said its returns averaged 9 percent a "
            "year. Fenlow will use the money to cut its debt of $3.8 billion.",
            3.8e9,
            "Fenlow Energy",
        ),
        (
            "Quarrington Rail volumes",
            "Quarrington Rail said freight volumes rose 3 percent, while its main rival Dunstable Freight said its "
            "volumes fell 4.5 percent.",
            4.5,
            "Dunstable Freight",
        ),
        (
            "Quarrington Rail volumes",
            "Quarrington Rail said volumes rose 3 percent, but its nearest competitor, Dunstable Freight, said its "
            "own volumes shrank 5.5 percent.",
            5.5,
            "Dunstable Freight",
        ),
        (
            "Quarrington Rail volumes",
            "Quarrington Rail said freight volumes rose 3 percent, while its smaller rival Ebbington Logistics "
            "reported that its revenue had dropped 7 percent in the quarter.",
            7,
            "Ebbington Logistics",
        ),
    ],
)
def test_a_pronoun_after_another_partys_subject(nlp, title, text, amount, holder):
    assert subject_of(run(nlp, text, title=title), amount) == {holder}


# a parent written with its suffix is no short form of its national subsidiary, nor a bare parent name
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Kesterfield Steel India, the listed Indian arm of Kesterfield Steel Plc, said net profit rose 12 "
            "percent. Kesterfield Steel Plc owns 55 percent of the Indian company and its shares rose 1.4 percent.",
            1.4,
            "Kesterfield Steel",
        ),
        (
            "Ravensby Canada said on Tuesday quarterly revenue climbed 9 percent. Ravensby Holdings, which owns "
            "the Canadian business, reported a 2.5 percent rise in group sales.",
            2.5,
            "Ravensby Holdings",  # "Ravensby" alone is written only inside "Ravensby Canada"
        ),
        (
            "Sandvia Mining Brazil posted a loss of 300 million reais for the year. Its parent Sandvia Mining said "
            "separately that its own profit rose 6 percent.",
            6,
            "Sandvia Mining",
        ),
    ],
)
def test_a_parent_beside_its_national_subsidiary(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Subsidiary results"), amount) == {holder}


# a listed subsidiary takes its own name (FACTS.md), an unlisted division its parent's
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Bellmore Chemicals reported higher sales. Bellmore Pharma, the listed drug subsidiary of Bellmore "
            "Chemicals, said its profit rose 17 percent.",
            17,
            "Bellmore Pharma",
        ),
        (
            "Bellmore Chemicals reported higher sales. Caskel Seeds, its Paris-listed unit, posted a net "
            "profit of 44 million euros.",
            44e6,
            "Caskel Seeds",
        ),
        (
            "Bellmore Chemicals reported higher sales. Orrin Coatings, Bellmore's publicly traded paint unit, said "
            "quarterly revenue rose 8 percent.",
            8,
            "Orrin Coatings",
        ),
        (
            "Bellmore Chemicals reported higher sales. Caskel Seeds, its seeds division, posted an operating "
            "profit of 38 million euros.",
            38e6,
            "Bellmore Chemicals",
        ),
    ],
)
def test_a_listed_subsidiary_takes_its_own_name(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Bellmore Chemicals sales"), amount) == {holder}


# a company word after a name NER read as a place or a person: the company's name
@pytest.mark.parametrize(
    ("title", "text", "amount", "holder"),
    [
        (
            "Pendle Hotels occupancy",
            "Pendle Hotels said room occupancy rose to 83 percent in the summer.",
            83,
            "Pendle Hotels",
        ),
        (
            "Rodney Apparel sales slip",
            "Rodney Apparel said quarterly sales slipped 4 percent to $310 million.",
            310e6,
            "Rodney Apparel",
        ),
        (
            "Carrow Homes profit jumps",
            "Carrow Homes said on Monday its annual pretax profit jumped 41 percent to 212 million pounds. Carrow, "
            "which completed 9,400 homes, said its average selling price rose 5 percent.",
            212e6,
            "Carrow Homes",
        ),
        (
            "Carston Homes profit up",
            "Carston Homes said on Tuesday its annual profit rose 28 percent, as it sold more houses.",
            28,
            "Carston Homes",
        ),
    ],
)
def test_a_company_word_after_a_place_or_person_name(nlp, title, text, amount, holder):
    assert subject_of(run(nlp, text, title=title), amount) == {holder}


# an economy statistic "in <country>" in a company story: the country's
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Greyling Estates said rents rose 3 percent. House prices in Britain fell 1.2 percent in the year to "
            "March, according to a mortgage lender.",
            1.2,
            "Britain",
        ),
        (
            "Greyling Estates said rents rose 3 percent. Consumer confidence in Germany slipped to 5.4 in May, a "
            "survey showed.",
            5.4,
            "Germany",
        ),
        (
            "Greyling Estates said rents rose 3 percent. Home prices in Canada rose 0.7 percent in April, an index "
            "compiled by a property portal showed.",
            0.7,
            "Canada",
        ),
    ],
)
def test_an_economy_statistic_in_a_country(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Greyling Estates rents"), amount) == {holder}


# a figure set against another with its own "for"/"at" phrase is that phrase's party's
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Lindqvist Bank said its exposure to property loans was 6.4 billion crowns, compared with 11 billion "
            "for Osterby Bank.",
            11e9,
            "Osterby Bank",
        ),
        (
            "Lindqvist Bank reported a cost-to-income ratio of 52 percent, versus 61.5 percent at Skarholm Savings "
            "Bank.",
            61.5,
            "Skarholm Savings Bank",
        ),
        (
            "Lindqvist Bank earned 900 million crowns in the quarter, against 740 million crowns for its larger "
            "rival Osterby Bank.",
            740e6,
            "Osterby Bank",
        ),
        (
            "Lindqvist Bank said lending in its home market grew 3 percent, compared to 1.5 percent for Sweden "
            "as a whole.",
            1.5,
            "Sweden",
        ),
        (
            "Lindqvist Bank said lending grew 3 percent, against a 5 percent decline for Osterby Bank.",
            5,
            "Osterby Bank",
        ),
        (
            "Lindqvist Bank earned 900 million crowns, compared with a 610 million crown profit at Skarholm "
            "Savings Bank.",
            610e6,
            "Skarholm Savings Bank",
        ),
        (
            "Lindqvist Bank said mortgage lending rose 2 percent, against a 4.5 percent drop for the Norwegian "
            "market as a whole.",
            4.5,
            "Norway",
        ),
    ],
)
def test_a_compared_figure_takes_its_own_party(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Lindqvist Bank results"), amount) == {holder}


# the compared figure of the same party, or of a period, keeps the clause's holder
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Lindqvist Bank earned 900 million crowns in the quarter, compared with 810 million crowns for the "
            "same period last year.",
            810e6,
        ),
        ("Lindqvist Bank's margin widened to 2.1 percent, versus 1.9 percent a year earlier.", 1.9),
        ("Lindqvist Bank said its costs rose 4 percent, versus a 2.5 percent rise a year earlier.", 2.5),
        (
            "Lindqvist Bank said costs rose 4 percent, compared with a rise of 6 percent for the first half.",
            6,
        ),
    ],
)
def test_a_compared_figure_of_another_period_keeps_its_holder(nlp, text, amount):
    assert subject_of(run(nlp, text, title="Lindqvist Bank results"), amount) == {"Lindqvist Bank"}


# an average or a move whose phrase names an economy statistic reads that statistic: the country's
@pytest.mark.parametrize(
    ("title", "text", "amount"),
    [
        (
            "Jobless claims fall",
            "WASHINGTON (Reuters) - Initial claims for state unemployment benefits fell 9,000 last week, the "
            "Labor Department said. The four-week moving average for new claims dropped 3,750 to 341,250.",
            341250,
        ),
        (
            "Jobless claims fall",
            "WASHINGTON (Reuters) - Initial claims for state unemployment benefits fell 9,000 last week, the "
            "Labor Department said. The four-week average of jobless claims, which irons out weekly swings, "
            "slipped 2,500.",
            2500,
        ),
        (
            "Economy grows",
            "WASHINGTON (Reuters) - Output expanded more quickly than first estimated. The Commerce "
            "Department's report put the rise in consumer prices at 0.5 percent.",
            0.5,
        ),
        (
            "Economy grows",
            "WASHINGTON (Reuters) - Output expanded more quickly than first estimated. Growth in gross "
            "domestic product was revised to a 2.9 percent annual rate, the Commerce Department said.",
            2.9,
        ),
    ],
)
def test_an_average_or_move_of_a_statistic_is_the_countrys(nlp, title, text, amount):
    assert subject_of(run(nlp, text, title=title), amount) == {"United States"}


# an inline subheading in capitals that begins with a name written in capitals, then the name again
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Halvard shares fell 6 percent on Monday. HALVARD RESTRUCTURING HALVARD said in May that its "
            "writedowns had grown by another $4 billion since March.",
            4e9,
            "Halvard",
        ),
        (
            "Halvard shares fell 6 percent on Monday. KBX OUTLOOK KBX said on Friday that its sales would rise "
            "to $700 million next year.",
            700e6,
            "KBX",
        ),
        (
            "Halvard shares fell 6 percent on Monday. HALVARD CAPITAL PLANS HALVARD said it would raise $2 billion "
            "in a share sale.",
            2e9,
            "Halvard",
        ),
    ],
)
def test_a_capitals_subheading_before_the_same_name(nlp, text, amount, holder):
    assert subject_of(run(nlp, text, title="Halvard shares fall"), amount) == {holder}
