"""Wire-brief results summaries (extractor/facts/wire_brief.py): bullet lines in capitals under a
"Mon D (Reuters) - Company Inc:" lead. Every line here is written for these tests, with invented names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor import extract_documents
from extractor.api import extract_documents as extract_all
from extractor.eval.scoring import load_gold_dir, score_corpus
from extractor.io.documents import document_from_text, read_text_file
from extractor.mentions.quantities import find_quantities
from tests.facts.surface_facts import fact_among

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "briefs19"
COMPANY = "Dorrance Mills"


def brief(nlp, lines: list[str], *, published: str = "2019-10-24", title: str = "BRIEF-Dorrance Mills Q3 EPS $0.71"):
    body = "\n".join(f"* {line}" for line in lines)
    text = (
        f" date {published} {title}\n\nOct 24 (Reuters) - Dorrance Mills Inc:\n\n{body}\n"
        "Further company coverage: DRM.N\n"
    )
    return next(extract_documents([document_from_text(text, doc_id="t")], nlp=nlp)).facts


def span(period) -> tuple[dt.date, dt.date] | None:
    return (period.start, period.end) if period is not None else None


Q3_2019 = (dt.date(2019, 7, 1), dt.date(2019, 9, 30))
Q3_2018 = (dt.date(2018, 7, 1), dt.date(2018, 9, 30))


@pytest.fixture(scope="module")
def fixture_report(nlp):
    documents = [read_text_file(path) for path in sorted((FIXTURES / "articles").glob("*.txt"))]
    extractions = list(extract_all(documents, nlp=nlp))
    predicted = {e.document.doc_id: e.facts for e in extractions}
    entities = {e.document.doc_id: e.entities for e in extractions}
    return score_corpus(predicted, load_gold_dir(FIXTURES / "gold"), predicted_entities=entities)


def test_invented_wire_briefs_score_strict(fixture_report):
    """30 invented 2019 results briefs with gold (tests/fixtures/briefs19): value 1.000, strict 0.992 on
    2026-11-28 (main before this work: value 0.942, strict 0.342)."""
    assert fixture_report.overall.value.f1 >= 0.99
    assert fixture_report.overall.strict.f1 >= 0.98
    assert fixture_report.entities.overall.labelled.f1 >= 0.98  # 1.000 (main: 0.596, capital words as names)


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("Q3 EARNINGS PER SHARE VIEW $0.66 -- REFINITIV IBES DATA", "$0.66", "earnings per share"),
        ("Q3 REVENUE VIEW $1.48 BILLION -- REFINITIV IBES DATA", "$1.48 BILLION", "revenue"),
        ("Q3 ADJUSTED EBITDA VIEW $212.7 MILLION -- REFINITIV IBES DATA", "$212.7 MILLION", "adjusted ebitda"),
    ],
)
def test_a_view_line_is_the_consensus_forecast_of_the_reported_quarter(nlp, line, surface, predicate):
    fact = fact_among(brief(nlp, ["Q3 EARNINGS PER SHARE $0.71", line]), surface)
    assert (fact.modality, fact.predicate, fact.subject) == ("forecast", predicate, COMPANY)
    assert span(fact.period) == Q3_2019


@pytest.mark.parametrize(
    ("line", "surface", "predicate", "low", "high"),
    [
        ("SEES FY 2019 ADJUSTED EPS $2.95 TO $3.05", "$2.95 TO $3.05", "adjusted earnings per share", 2.95, 3.05),
        (
            "RAISES FY 2019 REVENUE OUTLOOK TO $6.1 BILLION TO $6.2 BILLION",
            "$6.1 BILLION TO $6.2 BILLION",
            "revenue",
            6.1e9,
            6.2e9,
        ),
        (
            "REAFFIRMS FY 2019 NET SALES GUIDANCE OF $880 MLN TO $900 MLN",
            "$880 MLN TO $900 MLN",
            "net sales",
            880e6,
            900e6,
        ),
    ],
)
def test_company_guidance_is_a_target_range(nlp, line, surface, predicate, low, high):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.modality, fact.predicate, fact.subject) == ("target", predicate, COMPANY)
    assert (fact.value.low, fact.value.high) == pytest.approx((low, high))
    assert span(fact.period) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


@pytest.mark.parametrize(
    ("line", "current", "earlier", "predicate"),
    [
        ("Q3 REVENUE $640 MILLION VERSUS $598 MILLION", "$640 MILLION", "$598 MILLION", "revenue"),
        ("QTRLY NET INCOME $71.2 MLN VS $66.0 MLN", "$71.2 MLN", "$66.0 MLN", "net income"),
        ("Q3 OPERATING MARGIN 14.2 PERCENT VERSUS 13.5 PERCENT", "14.2 PERCENT", "13.5 PERCENT", "operating margin"),
    ],
)
def test_the_figure_after_versus_is_the_same_quarter_a_year_earlier(nlp, line, current, earlier, predicate):
    facts = brief(nlp, [line])
    now, before = fact_among(facts, current), fact_among(facts, earlier)
    assert (span(now.period), span(before.period)) == (Q3_2019, Q3_2018)
    assert now.predicate == before.predicate == predicate
    assert before.modality == "actual" and before.kind == "metric"


@pytest.mark.parametrize(
    ("line", "surface", "predicate", "direction"),
    [
        ("BOARD APPROVES 6 PERCENT INCREASE IN QUARTERLY DIVIDEND", "6 PERCENT", "quarterly dividend", "up"),
        ("ANNOUNCES 10 PERCENT CUT IN ANNUAL DIVIDEND", "10 PERCENT", "annual dividend", "down"),
        ("BOARD APPROVES 4.5 PCT INCREASE IN SEMI-ANNUAL DIVIDEND", "4.5 PCT", "semi-annual dividend", "up"),
    ],
)
def test_a_percent_increase_in_a_measure_is_a_change_of_it(nlp, line, surface, predicate, direction):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.kind, fact.predicate, fact.value.direction) == ("change", predicate, direction)


@pytest.mark.parametrize(
    ("line", "surface", "predicate", "direction"),
    [
        ("Q3 SAME-STORE SALES ROSE 2.7%", "2.7%", "same-store sales", "up"),
        ("SAYS Q3 BOOKINGS FELL 8 PERCENT", "8 PERCENT", "bookings", "down"),
        ("Q3 TOTAL REVENUE $318.5 MILLION, UP 11% YEAR OVER YEAR", "11%", "total revenue", "up"),
    ],
)
def test_a_change_word_before_the_figure_makes_a_change_of_the_lines_measure(nlp, line, surface, predicate, direction):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.kind, fact.predicate, fact.value.direction) == ("change", predicate, direction)
    assert span(fact.period) == Q3_2019


@pytest.mark.parametrize(
    ("line", "change", "level"),
    [
        ("QTRLY GOLD OUTPUT ROSE 9% TO 212,000 OUNCES", "9%", "212,000 OUNCES"),
        ("Q3 SHIPMENTS FELL 4 PERCENT TO 88,400 UNITS", "4 PERCENT", "88,400"),
        ("QTRLY SUBSCRIBERS UP 3% TO 1.9 MILLION", "3%", "1.9 MILLION"),
    ],
)
def test_the_level_a_change_reached_stays_a_level(nlp, line, change, level):
    facts = brief(nlp, [line])
    assert fact_among(facts, change).kind == "change"
    assert fact_among(facts, level).kind == "metric"


@pytest.mark.parametrize(
    ("line", "surface"),
    [
        ("QTRLY NICKEL OUTPUT 18,200 TONNES", "18,200 TONNES"),
        ("QTRLY NET SALES HK$2.2 BILLION", "HK$2.2 BILLION"),
        ("SAYS QTRLY ORDER INTAKE RMB 940 MILLION", "RMB 940 MILLION"),
    ],
)
def test_qtrly_in_a_half_year_brief_is_the_last_quarter_of_the_half(nlp, line, surface):
    facts = brief(nlp, ["H1 REVENUE HK$9.1 BILLION", line], published="2019-08-20", title="BRIEF-Dorrance Mills H1")
    assert span(fact_among(facts, surface).period) == (dt.date(2019, 4, 1), dt.date(2019, 6, 30))


@pytest.mark.parametrize(
    ("line", "surface"),
    [
        ("SAYS Q3 GROUP REVENUE 1.2 BILLION STG VERSUS 1.1 BILLION STG YEAR AGO", "1.2 BILLION STG"),
        ("Q3 MLN TONNES SHIPPED 4.4", "4.4"),
        ("SAYS H1 NET PROFIT RMB 310 MILLION", "RMB 310 MILLION"),
    ],
)
def test_a_brief_lines_figures_are_its_companys(nlp, line, surface):
    fact = fact_among(brief(nlp, [line]), surface)
    assert fact.subject == COMPANY


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("COMMON EQUITY TIER 1 RATIO 11.9% AT SEPT 30", "11.9%", "common equity tier 1 ratio"),
        ("CET 1 RATIO 12.3 PERCENT", "12.3 PERCENT", "cet 1 ratio"),
        ("TIER 1 CAPITAL RATIO 13.1%", "13.1%", "tier 1 capital ratio"),
    ],
)
def test_a_digit_inside_a_measures_name_is_kept(nlp, line, surface, predicate):
    assert fact_among(brief(nlp, [line]), surface).predicate == predicate


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("Q3 EPS $0.77 EXCLUDING ITEMS", "$0.77", "earnings per share excluding items"),
        ("Q3 SHR $0.52 EXCLUDING SPECIAL ITEMS", "$0.52", "earnings per share excluding special items"),
        ("Q3 NET INCOME $41 MILLION EXCLUDING ITEMS", "$41 MILLION", "net income excluding items"),
    ],
)
def test_excluding_items_after_the_figure_qualifies_the_measure(nlp, line, surface, predicate):
    assert fact_among(brief(nlp, [line]), surface).predicate == predicate


@pytest.mark.parametrize(
    "text",
    [
        "SEES Q4 COMPARABLE SALES UP 1% TO 3%",
        "sees fiscal 2020 organic growth up 2 percent to 4 percent",
        "RAISES OUTLOOK, NOW SEES FY SALES UP 5 PERCENT TO 7 PERCENT",
    ],
)
def test_a_guided_move_between_two_percentages_is_one_range(text):
    found = find_quantities(text)
    assert len(found) == 1
    assert found[0].quantity.low is not None and found[0].quantity.high is not None


@pytest.mark.parametrize(
    "text",
    [
        "Comparable sales rose 1% to 3% of the total.",
        "Its stake climbed 5 percent to 12 percent after the offer.",
        "The jobless rate fell 0.2 percent to 4.1 percent.",
    ],
)
def test_an_unguided_move_to_a_level_stays_two_figures(text):
    assert len(find_quantities(text)) == 2


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        (
            "Q3 EARNINGS PER SHARE VIEW $0.70, REVENUE VIEW $1.33 BILLION -- REFINITIV IBES DATA",
            "$1.33 BILLION",
            "revenue",
        ),
        ("Q3 NET SALES $905 MLN, GROSS MARGIN 38.2 PERCENT", "38.2 PERCENT", "gross margin"),
        ("Q3 REVENUE $1.2 BLN, OPERATING INCOME $144 MLN", "$144 MLN", "operating income"),
    ],
)
def test_a_figure_after_a_comma_takes_the_measure_written_before_it(nlp, line, surface, predicate):
    assert fact_among(brief(nlp, [line]), surface).predicate == predicate


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("NOW SEES FY 2019 ADJUSTED EBITDA $410 MLN TO $425 MLN", "$410 MLN TO $425 MLN", "adjusted ebitda"),
        ("LOWERS FY 2019 NET PROFIT FORECAST TO 82 BILLION YEN", "82 BILLION YEN", "net profit"),
        ("RAISES FY 2019 OPERATING PROFIT FORECAST TO 12.5 BILLION YEN", "12.5 BILLION YEN", "operating profit"),
    ],
)
def test_the_companys_own_forecast_in_a_brief_is_a_target(nlp, line, surface, predicate):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.modality, fact.predicate) == ("target", predicate)
    assert span(fact.period) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def brief_entities(nlp, title: str, lead: str, lines: list[str]):
    body = "\n".join(f"* {line}" for line in lines)
    text = f" date 2019-08-07 {title}\n\nAug 7 (Reuters) - {lead}:\n\n{body}\nSource text in Chinese: bit.ly/x\n"
    return next(extract_documents([document_from_text(text, doc_id="t")], nlp=nlp))


@pytest.mark.parametrize(
    ("title", "lead", "line", "company"),
    [
        (
            "BRIEF-Harlow Copper Reports Q2 Loss Per Share C$0.08",
            "Harlow Copper Corp",
            "Q2 LOSS PER SHARE C$0.08",
            "Harlow Copper",
        ),
        (
            "BRIEF-Penmarric Oil Posts Q2 Revenue Of $412 Mln",
            "Penmarric Oil Ltd",
            "Q2 REVENUE $412 MLN",
            "Penmarric Oil",
        ),
        (
            "BRIEF-Ostler Gold Says Q2 Output Rose 7 Pct",
            "Ostler Gold Inc",
            "Q2 GOLD OUTPUT ROSE 7 PERCENT",
            "Ostler Gold",
        ),
    ],
)
def test_the_brief_lead_names_the_company_of_every_line(nlp, title, lead, line, company):
    facts = brief_entities(nlp, title, lead, [line]).facts
    assert facts and {f.subject for f in facts} == {company}


@pytest.mark.parametrize(
    "lines",
    [
        ["QTRLY REVENUE C$412.6 MLN VS C$388.1 MLN", "Q2 FUNDS FROM OPERATIONS C$97.4 MLN"],
        ["REAFFIRMS FY 2019 ADJUSTED EPS OUTLOOK OF $5.10 TO $5.30", "LOWERS FY 2019 CAPEX TO $300 MLN"],
        ["SAYS Q3 GROUP REVENUE 1.46 BILLION STG", "RAISES QUARTERLY DIVIDEND TO C$1.02 PER SHARE"],
    ],
)
def test_words_of_capital_lines_and_the_source_footer_are_no_entities(nlp, lines):
    extraction = brief_entities(nlp, "BRIEF-Penmarric Oil Q2 Results", "Penmarric Oil Ltd", lines)
    assert {e.name for e in extraction.entities} == {"Penmarric Oil"}


@pytest.mark.parametrize(
    ("line", "current", "earlier", "predicate"),
    [
        (
            "SEPT QUARTER CONSOL NET PROFIT 940 MLN RUPEES VERSUS 880 MLN RUPEES YEAR AGO",
            "940 MLN RUPEES",
            "880 MLN RUPEES",
            "consolidated net profit",
        ),
        (
            "SAYS 9-MONTH REVENUE 4.1 BILLION YUAN VERSUS 3.8 BILLION YUAN A YEAR AGO",
            "4.1 BILLION YUAN",
            "3.8 BILLION YUAN",
            "revenue",
        ),
        ("9M NET PROFIT RMB 650 MLN VS RMB 590 MLN", "RMB 650 MLN", "RMB 590 MLN", "net profit"),
    ],
)
def test_periods_named_by_month_or_length_and_the_year_earlier_figure(nlp, line, current, earlier, predicate):
    facts = brief(nlp, [line])
    now, before = fact_among(facts, current), fact_among(facts, earlier)
    assert now.predicate == before.predicate == predicate
    assert now.period.end == dt.date(2019, 9, 30) and before.period.end == dt.date(2018, 9, 30)
    assert now.period.start.month == before.period.start.month
    assert now.period.start.year - before.period.start.year == 1


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("Q3 NET LOSS $18.6 MILLION, OR $0.31 PER SHARE", "$0.31", "net loss per share"),
        # a profit per share is "earnings per share" (FACTS.md; round 34 preds34), as in a story's text
        ("Q3 NET INCOME $92 MILLION, OR $1.12 PER SHARE", "$1.12", "earnings per share"),
        ("QTRLY NET EARNINGS $40.5 MLN, OR $0.77 PER DILUTED SHARE", "$0.77", "earnings per share"),
    ],
)
def test_a_per_share_restatement_after_or_takes_the_lines_measure(nlp, line, surface, predicate):
    assert fact_among(brief(nlp, [line]), surface).predicate == predicate


@pytest.mark.parametrize(
    ("line", "surface", "modality"),
    [
        ("BOARD AUTHORISES SHARE BUYBACK OF UP TO 75 MLN STG", "75 MLN STG", "target"),
        ("BOARD AUTHORIZED NEW SHARE REPURCHASE PROGRAM OF UP TO $500 MILLION", "$500 MILLION", "target"),
        ("BOARD AUTHORIZED QUARTERLY DIVIDEND OF $0.21 PER SHARE", "$0.21", "actual"),
    ],
)
def test_an_authorised_ceiling_is_a_target(nlp, line, surface, modality):
    assert fact_among(brief(nlp, [line]), surface).modality == modality


@pytest.mark.parametrize(
    ("title", "lead", "line", "company"),
    [
        (
            "BRIEF-Kallvik Steel Q3 Adjusted EBITDA Falls",
            "Kallvik Steel AB <KVS.ST>",
            "Q3 SALES SEK 4.1 BILLION",
            "Kallvik Steel",
        ),
        (
            "BRIEF-Orsa Timber Q3 Operating Profit Rises",
            "Orsa Timber Oyj <ORSA.HE>",
            "Q3 OPERATING PROFIT EUR 41 MILLION",
            "Orsa Timber",
        ),
        ("BRIEF-Tindra Foods Q3 Sales Up", "Tindra Foods ASA <TIND.OL>", "Q3 REVENUE NOK 2.2 BILLION", "Tindra Foods"),
    ],
)
def test_the_lead_line_names_the_company_ner_missed(nlp, title, lead, line, company):
    facts = brief_entities(nlp, title, lead, [line]).facts
    assert facts and {f.subject for f in facts} == {company}


@pytest.mark.parametrize(
    "text",
    [
        "SEES 2019 CORE FFO PER SHARE $3.28 - $3.32",
        "RAISES FY OUTLOOK TO $1.10 - $1.20 PER SHARE",
        "FY 2020 EPS GUIDANCE OF $2.05 - $2.15",
    ],
)
def test_a_guided_range_with_a_spaced_dash_is_one_range(text):
    found = find_quantities(text)
    assert len(found) == 1 and found[0].quantity.low is not None


@pytest.mark.parametrize(
    ("line", "surface", "predicate", "direction"),
    [
        ("SAYS RAISED QUARTERLY DIVIDEND BY 8% TO $0.27 PER SHARE", "8%", "quarterly dividend", "up"),
        ("LOWERED FY 2019 CAPEX BY 15 PERCENT", "15 PERCENT", "capital expenditure", "down"),
        ("CUTS ANNUAL OPERATING COSTS BY $40 MILLION", "$40 MILLION", "annual operating costs", "down"),
    ],
)
def test_a_lead_verb_that_moves_the_measure_by_an_amount_is_a_change(nlp, line, surface, predicate, direction):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.kind, fact.predicate, fact.value.direction) == ("change", predicate, direction)


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("SAYS 2019 CAPITAL SPENDING PLAN UNCHANGED AT $220 MILLION", "$220 MILLION", "capital spending plan"),
        ("Q3 ORDER BACKLOG TOTALED $1.9 BILLION", "$1.9 BILLION", "order backlog"),
        ("SAYS FY 2019 FREE CASH FLOW REACHED $310 MILLION", "$310 MILLION", "free cash flow"),
    ],
)
def test_a_participle_after_the_measure_ends_it(nlp, line, surface, predicate):
    assert fact_among(brief(nlp, [line]), surface).predicate == predicate


@pytest.mark.parametrize(
    ("line", "surface", "noun"),
    [
        ("SAYS WILL CUT ABOUT 300 JOBS", "300", "jobs"),
        ("SAYS WILL LAY OFF ABOUT 250 WORKERS", "250", "workers"),
        ("SAYS WILL ELIMINATE ABOUT 1,100 POSITIONS", "1,100", "positions"),
    ],
)
def test_a_count_of_a_noun_keeps_the_counted_noun(nlp, line, surface, noun):
    fact = fact_among(brief(nlp, [line]), surface)
    assert noun in fact.predicate and fact.modality == "target"


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("Q3 EARNINGS PER SHARE ESTIMATE $0.50 -- REFINITIV IBES DATA", "$0.50", "earnings per share"),
        ("Q3 REVENUE ESTIMATE $1.91 BILLION -- REFINITIV IBES DATA", "$1.91 BILLION", "revenue"),
        ("Q3 ADJUSTED EPS ESTIMATE $0.64 -- REFINITIV IBES DATA", "$0.64", "adjusted earnings per share"),
    ],
)
def test_an_estimate_line_is_the_consensus_forecast(nlp, line, surface, predicate):
    fact = fact_among(brief(nlp, [line]), surface)
    assert (fact.modality, fact.predicate) == ("forecast", predicate)
