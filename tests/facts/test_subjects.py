"""Who a figure is about: sentences and stories written for these tests, with invented company names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from tests.facts.surface_facts import story_extraction

PUBLISHED = dt.date(2011, 5, 12)


def run(nlp, text, title="Company news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


def subjects(extraction, amount=None):
    return {
        f.subject
        for f in extraction.facts
        if amount is None or f.value is not None and abs(abs(f.value.amount) - amount) < 1e-6
    }


def entity_names(extraction):
    return {e.name for e in extraction.entities}


@pytest.mark.parametrize(
    "text",
    [
        "OSLO (Reuters) - Norvale Foods said on Tuesday its quarterly revenue rose 7 percent to $410 million.",
        "FRANKFURT (Reuters) - Brantwick Chemicals posted a net profit of 95 million euros for the first quarter.",
        "SEOUL (Yonhap) - Quorrel Telecom said operating profit fell 12 percent in the quarter to 300 billion won.",
        "NEW YORK (AP) - Tellmont Media Corp reported revenue of $2.1 billion, down 4 percent from a year ago.",
    ],
)
def test_dateline_agency_is_never_a_subject_nor_an_entity(nlp, text):
    extraction = run(nlp, text)
    assert extraction.facts
    assert not any(s in ("Reuters", "Yonhap", "AP") for s in subjects(extraction))
    assert not entity_names(extraction) & {"Reuters", "Yonhap", "AP"}


@pytest.mark.parametrize(
    "text",
    [
        "Dellacroft Mining said revenue rose to $900 million. Analysts polled by Reuters had expected $880 million.",
        "Brantwick Chemicals earned $1.12 a share. Analysts surveyed by Pollworth Research expected $1.05 a share.",
        "Quorrel Telecom posted revenue of $5.2 billion. A Pollworth survey had forecast revenue of $5.0 billion.",
    ],
)
def test_pollster_is_never_the_subject_of_the_estimate(nlp, text):
    extraction = run(nlp, text)
    polled = [f for f in extraction.facts if f.value is not None and f.value.amount in (880e6, 1.05, 5.0e9)]
    assert polled, [(f.subject, f.value) for f in extraction.facts]
    assert all("Reuters" not in f.subject and "Pollworth" not in f.subject for f in polled)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Norvale Foods Inc (NVF) said quarterly revenue rose 6 percent to $350 million.", "Norvale Foods"),
        ("Specialty retailer Brindle Stores Inc ( BRN.N ) said sales fell 3 percent.", "Brindle Stores"),
        ("Harlow Kemp Corp <HKC.N> reported a net loss of $45 million for the quarter.", "Harlow Kemp"),
    ],
)
def test_bracketed_ticker_is_no_name_and_no_subject(nlp, text, company):
    extraction = run(nlp, text)
    assert subjects(extraction) == {company}
    assert not any(n.isupper() and len(n) <= 6 for n in entity_names(extraction)), entity_names(extraction)


@pytest.mark.parametrize(
    "text",
    [
        "TORONTO (Reuters) - Sales of new homes in Canada fell 4 percent in March, the Dominion Builders Council said. "
        "The inventory of unsold homes rose 2 percent.",
        "STOCKHOLM (Reuters) - Car sales in Sweden climbed 9 percent in April, according to the Nordvik Auto Group. "
        "Deliveries of trucks slipped 3 percent.",
        "OTTAWA (Reuters) - In the holiday season, grocers in Canada saw sales rise 2.5 percent, Tallow Data said. "
        "Sales of toys were up 6 percent.",
    ],
)
def test_economy_story_figures_take_the_country_not_the_publisher(nlp, text):
    extraction = run(nlp, text, title="Economic data")
    assert extraction.facts
    assert subjects(extraction) <= {"Canada", "Sweden"} | {
        f.subject for f in extraction.facts if f.kind in ("role", "event")
    }, [(f.subject, f.predicate) for f in extraction.facts]
    assert not subjects(extraction) & {"Dominion Builders Council", "Nordvik Auto Group", "Tallow Data"}


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("The Halvorsen jobs index rose to 118 in May from 112 in April, its publisher said.", "halvorsen jobs index"),
        ("Brantwick Corp said its hiring index fell to 96 in June. The index was down 8 percent.", "hiring index"),
        ("Shares of Tellmont fell, while Oslo's shipping index gained 2.4 percent.", "shipping index"),
    ],
)
def test_index_is_the_subject_of_its_readings(nlp, text, index):
    extraction = run(nlp, text)
    readings = [f for f in extraction.facts if f.predicate and "index" in f.predicate]
    assert readings, [(f.subject, f.predicate) for f in extraction.facts]
    for fact in readings:
        assert "index" in fact.subject.lower()
        assert index is None or fact.subject.lower().endswith(index)


@pytest.mark.parametrize(
    ("title", "text", "company"),
    [
        (
            "Corvane cuts 2,000 jobs",
            "PERTH (Reuters) - Gold miner Corvane Tinfield will close three pits and cut 2,000 jobs, it said on "
            "Monday. Rival Ostrava Metals had cut 1,000 jobs in May.",
            "Corvane Tinfield",
        ),
        (
            "Halloway profit falls",
            "OSAKA (Reuters) - Halloway Co said on Friday its operating profit slid 9 percent, hurt by its "
            "loss-making overseas arm Pennick Inc. Pennick has 40 stores.",
            "Halloway",
        ),
        (
            "Marsh Verity raises outlook",
            "LONDON (Reuters) - Chip powerhouse Marsh Verity raised its revenue outlook to $3 billion. "
            "Its partner Dunmore Labs said sales rose 5 percent.",
            "Marsh Verity",
        ),
    ],
)
def test_main_company_is_the_lead_subject_named_in_the_title(nlp, title, text, company):
    extraction = run(nlp, text, title=title)
    first = extraction.facts[0]
    assert first.subject == company, [(f.subject, f.predicate) for f in extraction.facts]


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Foods said U.S. sales rose 4 percent.",
        "The United States bought 30 percent of the crop, Brantwick Chemicals said.",
        "Quorrel Telecom expects growth in the U.S. market of 3 percent.",
    ],
)
def test_united_states_is_canonical(nlp, text):
    names = entity_names(run(nlp, text))
    assert "United States" in names
    assert "U.S." not in names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Norvale Foods gained 3 percent. Last week, Tellmont Media said ad sales fell 8 percent.", "Tellmont Media"),
        (
            "Norvale Foods gained 3 percent. Rival Ostrava Metals reported that output rose 12 percent.",
            "Ostrava Metals",
        ),
        ("Norvale Foods rose. Revenue climbed 6 percent to $2 billion, Dunmore Labs said on Monday.", "Dunmore Labs"),
    ],
)
def test_reported_figure_takes_the_reporter_as_subject(nlp, text, company):
    extraction = run(nlp, text, title="Norvale Foods shares up")
    reported = [f for f in extraction.facts if f.value is not None and abs(f.value.amount) in (8.0, 12.0, 6.0)]
    assert reported and all(f.subject == company for f in reported), [(f.subject, f.value) for f in extraction.facts]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Sales were flat.\n\nMARGINS SHRINK Brantwick Chemicals said its margin fell 2 percent.",
            "Brantwick Chemicals",
        ),
        ("Sales were flat. DEBT WORRIES Halloway Co said debt rose to $4 billion.", "Halloway"),
        ("Sales were flat.\n\nNEW PLANTS Quorrel Telecom said it would spend $300 million.", "Quorrel Telecom"),
    ],
)
def test_capitalised_subheading_is_not_part_of_a_name(nlp, text, company):
    extraction = run(nlp, "OSLO (Reuters) - Norvale Foods reported results on Monday. " + text)
    names = entity_names(extraction)
    assert company in names, names
    assert not any(n.endswith(company) and n != company for n in names), names


@pytest.mark.parametrize(
    "title",
    [
        "Canadian prosecutors charge three over Tellmont fraud",
        "Canada regulators probe Brantwick Chemicals",
        "Swedish police raid Ostrava Metals office",
    ],
)
def test_a_country_in_a_company_story_is_no_default_subject(nlp, title):
    text = (
        "OTTAWA (Reuters) - Prosecutors in Canada charged three men on Monday with defrauding Tellmont Media, "
        "which said its revenue rose 5 percent to $300 million last year."
    )
    extraction = run(nlp, text, title=title)
    revenue = [f for f in extraction.facts if f.value is not None and f.value.amount == 300e6]
    assert revenue and all(f.subject == "Tellmont Media" for f in revenue), [(f.subject, f.value) for f in revenue]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norvale Foods trades at 14 times earnings, while rivals Brindle Corp and Quillby Corp trade at 18 and "
            "15 times earnings.",
            {18.0: "Brindle", 15.0: "Quillby"},
        ),
        (
            "Tellmont Media said ad sales rose. Peers Halvard Inc and Ostrava Metals Inc posted gains of 7 percent "
            "and 9 percent.",
            {7.0: "Halvard", 9.0: "Ostrava Metals"},
        ),
        (
            "Dunmore Labs, Ferrow Inc and Penrose Corp hold 20, 30 and 40 percent of the venture.",
            {20.0: "Dunmore Labs", 30.0: "Ferrow", 40.0: "Penrose"},
        ),
    ],
)
def test_coordinated_figures_take_the_name_in_the_same_position(nlp, text, expected):
    extraction = run(nlp, text)
    found = {f.value.amount: f.subject for f in extraction.facts if f.value is not None}
    for amount, subject in expected.items():
        assert found.get(amount) == subject, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares of peers rose, led by Brindle Corp (up 6 percent) and Quillby Corp (up 4 percent).",
            {6.0: "Brindle", 4.0: "Quillby"},
        ),
        ("Among rivals, Halvard Inc (down 3 percent) fared worst.", {3.0: "Halvard"}),
        (
            "Market shares were stable: Ferrow Inc (22 percent) led Penrose Corp (17 percent).",
            {22.0: "Ferrow", 17.0: "Penrose"},
        ),
    ],
)
def test_a_figure_in_brackets_after_a_name_is_that_names(nlp, text, expected):
    extraction = run(nlp, "Norvale Foods posted results on Monday. " + text, title="Norvale Foods results")
    found = {f.value.amount: f.subject for f in extraction.facts if f.value is not None}
    for amount, subject in expected.items():
        assert found.get(amount) == subject, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Norway lost 3 percent of the bank branches it had, Brindle Consulting said.", "Norway"),
        ("In the survey by Quillby Research, Portugal shed 6,000 retail jobs in 2010.", "Portugal"),
        ("According to Ostrava Data, Chile exported 2.1 million tonnes of copper last year.", "Chile"),
    ],
)
def test_a_country_as_clause_subject_holds_the_figure(nlp, text, country):
    extraction = run(nlp, text, title="Regional data")
    figures = [f for f in extraction.facts if f.value is not None and f.kind in ("metric", "change")]
    assert figures and all(f.subject == country for f in figures), [(f.subject, f.value) for f in figures]


@pytest.mark.parametrize(
    ("text", "amount", "index"),
    [
        ("Brindle Corp gained, while the Halden Composite Index .HLDC lost 2.5 percent.", 2.5, "Halden Composite"),
        ("Stocks slid as the Norvik 300 index .NRV dropped 1.8 percent.", 1.8, "Norvik 300"),
        ("Shares of Brindle Corp rose 4 percent, while Ferrow & Co's 500 Index .FRX lost 0.6 percent.", 0.6, "Ferrow"),
        ("Stocks fell, and the blue-chip Halden industrial average .HDI lost 2 percent.", 2.0, "Halden industrial"),
        ("In Europe, the Norvik 300 .NRV3 index of top shares ended down 1.42 percent.", 1.42, "Norvik 300"),
        ("The Halden/Case-Vale composite index of 20 cities rose 1.1 percent.", 1.1, "Halden/Case-Vale composite"),
    ],
)
def test_an_index_with_its_code_is_the_subject_of_its_move(nlp, text, amount, index):
    extraction = run(nlp, text, title="Stocks")
    moves = [f for f in extraction.facts if f.value is not None and abs(f.value.amount) == amount]
    assert moves and all(f.subject.startswith(index) for f in moves), [(f.subject, f.value) for f in extraction.facts]
    assert not any("." in f.subject for f in moves)  # the index code is no part of the name
    assert all(f.subject in text for f in moves)  # written as the text writes it


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (
            "BRIEF-Halvard Reports Q3 Results",
            "Nov 5 (Reuters) - Halvard Corp (HLV):\n\n* QTRLY NET SALES $1.4 BILLION",
            "Halvard",
        ),
        (
            "BRIEF-Norvale Foods Posts Q2 EPS Of $0.88",
            "Aug 2 (Reuters) - Norvale Foods Inc <NVF.N>:\n\n* Q2 REVENUE $610 MILLION",
            "Norvale Foods",
        ),
        (
            "UPDATE 1-Brindle Stores Sees FY Sales Up 4 Pct",
            "March 14 (Reuters) - Brindle Stores Inc said it expects sales to rise 4 percent to $3 billion.",
            "Brindle Stores",
        ),
    ],
)
def test_wire_brief_names_the_company_not_the_headline_or_agency(nlp, title, body, company):
    header = f" date 2019-11-05 {title}\n\n"
    extraction = next(extract_documents([document_from_text(header + body, doc_id="t")], nlp=nlp))
    assert extraction.facts and subjects(extraction) == {company}, [(f.subject, f.value) for f in extraction.facts]
    names = entity_names(extraction)
    assert company in names and "Reuters" not in names, names
    assert not any(n != company and company in n for n in names), names


@pytest.mark.parametrize(
    ("title", "body", "company", "place"),
    [
        (
            "HALVARD CORP <HLVD> 4TH QTR NET",
            "NEW YORK, March 3 - Halvard Corp said fourth quarter net income rose to 5.2 mln dlrs.",
            "Halvard",
            "New York",
        ),
        (
            "BRINDLE STORES INC SEES HIGHER SALES",
            "SAN DIEGO, Calif., June 9 - Brindle Stores Inc said it expects sales of 300 mln dlrs this year.",
            "Brindle Stores",
            "San Diego",
        ),
        (
            "OSTRAVA METALS TO CUT 400 JOBS",
            "LOS ANGELES, Oct 20 - Ostrava Metals Inc said it will cut 400 jobs by year end.",
            "Ostrava Metals",
            "Los Angeles",
        ),
    ],
)
def test_old_wire_format_capital_headline_and_dated_dateline(nlp, title, body, company, place):
    header = f" date 1987-03-03 {title}\n\n"
    extraction = next(extract_documents([document_from_text(header + body, doc_id="t")], nlp=nlp))
    assert extraction.facts and subjects(extraction) == {company}, [(f.subject, f.value) for f in extraction.facts]
    names = entity_names(extraction)
    assert company in names and place in names, names
    assert not any(n.isupper() and len(n) > 4 for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "Brindle Corp is under pressure. The Morning Herald reported that job cuts would reach 2,000.",
        "Brindle Corp is under pressure. The Evening Post said revenue fell 6 percent in May.",
        "Brindle Corp is under pressure. Sales fell 6 percent in May, the Weekly Gazette reported.",
    ],
)
def test_a_publication_cited_as_source_is_no_subject(nlp, text):
    extraction = run(nlp, text, title="Paint makers under pressure")
    figures = [f for f in extraction.facts if f.kind in ("metric", "change")]
    assert figures and all(f.subject == "Brindle" for f in figures), [(f.subject, f.value) for f in figures]


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        (
            "Canada leading indicators rise",
            "OTTAWA (Reuters) - Canadian leading indicators rose 0.4 percent in May, the Maple Research Board said.",
            "Canada",
        ),
        (
            "Sweden factory orders fall",
            "STOCKHOLM (Reuters) - Factory orders in Sweden fell 2.1 percent in April, Nordstat said on Monday.",
            "Sweden",
        ),
        (
            "Norway jobless claims climb",
            "OSLO (Reuters) - New jobless claims in Norway climbed 3 percent last week, the Fjord Institute said.",
            "Norway",
        ),
    ],
)
def test_economy_indicators_take_the_country(nlp, title, text, country):
    extraction = run(nlp, text, title=title)
    figures = [f for f in extraction.facts if f.kind in ("metric", "change")]
    assert figures and all(f.subject == country for f in figures), [(f.subject, f.value) for f in figures]


@pytest.mark.parametrize(
    "text",
    [
        "The Halden jobs index rose to 118 in May. That compares with a reading of 112 in April.",
        "The Norvik factory index fell to 48.2, down from a reading of 50.1 a month earlier.",
        "The Ferrow confidence index climbed to 91. Economists had expected a reading of 89.",
    ],
)
def test_a_reading_belongs_to_the_index_last_named(nlp, text):
    extraction = run(nlp, text, title="Index data")
    readings = [f for f in extraction.facts if f.value is not None and f.value.amount in (112.0, 50.1, 89.0)]
    assert readings and all("index" in f.subject for f in readings), [(f.subject, f.value) for f in extraction.facts]
