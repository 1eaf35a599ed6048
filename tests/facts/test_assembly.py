"""Fact assembly on news sentences written for these tests (not taken from the development corpus)."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2019, 8, 14)


def summary(fact):
    v = fact.value
    amount = None if v is None else (-v.amount if v.direction == "down" else v.amount)
    return fact.kind, amount, v.unit if v else None


def find(facts, kind, amount):
    matches = [f for f in facts if summary(f)[:2] == (kind, amount)]
    assert matches, f"no {kind} {amount} in {[summary(f) for f in facts]}"
    return matches[0]


def test_relations_level_and_change_from_one_verb(nlp):
    facts = facts_in(
        nlp,
        "Norbrook Foods said quarterly revenue rose 12 percent to 480 million euros in the second quarter.",
        PUBLISHED,
    )
    change = find(facts, "change", 12.0)
    level = find(facts, "metric", 480_000_000.0)
    assert change.value.unit == "percent" and level.value.unit == "EUR"
    assert change.subject == level.subject == "Norbrook Foods"
    assert "revenue" in change.predicate and "revenue" in level.predicate
    assert change.period.start == dt.date(2019, 4, 1) and change.period.end == dt.date(2019, 6, 30)


def test_relations_change_noun_with_of_phrase_is_a_change_with_direction(nlp):
    facts = facts_in(nlp, "Kestrel Mining reported output of 2.1 million tonnes, a decline of 6 percent.", PUBLISHED)
    assert find(facts, "change", -6.0).value.direction == "down"


def test_relations_change_noun_modified_by_amount(nlp):
    facts = facts_in(nlp, "Lumen Retail posted a 9 percent rise in net profit.", PUBLISHED)
    fact = find(facts, "change", 9.0)
    assert fact.predicate == "net profit"


def test_relations_count_with_counted_noun_and_as_of(nlp):
    facts = facts_in(nlp, "Orvale Bank now runs 340 branches across Portugal.", PUBLISHED)
    fact = find(facts, "metric", 340.0)
    assert fact.value.unit is None and fact.value.counted == "branch"
    assert fact.location == "Portugal"


def test_relations_goal_is_target_and_resolves_pronoun_subject(nlp):
    text = "Tamsin Motors sold 80,000 cars last year. It aims to sell 120,000 cars in 2021."
    facts = facts_in(nlp, text, PUBLISHED)
    goal = find(facts, "metric", 120_000.0)
    assert goal.modality == "target" and goal.subject == "Tamsin Motors"
    assert goal.period.start == dt.date(2021, 1, 1)
    past = find(facts, "metric", 80_000.0)
    assert past.modality == "actual" and past.period.start == dt.date(2018, 1, 1)


def test_relations_analyst_estimate_is_forecast(nlp):
    facts = facts_in(
        nlp, "Brightwater Energy earned $310 million, above the $290 million average estimate of analysts.", PUBLISHED
    )
    assert find(facts, "metric", 310_000_000.0).modality == "actual"
    assert find(facts, "metric", 290_000_000.0).modality == "forecast"


def test_relations_parenthetical_conversion_is_an_equivalent_not_a_fact(nlp):
    facts = facts_in(nlp, "Hollis Steel took a charge of 40 billion yen ($370 million) in the quarter.", PUBLISHED)
    money = [f for f in facts if f.value and f.value.unit in ("JPY", "USD")]
    assert len(money) == 1 and money[0].value.unit == "JPY"
    assert [e.unit for e in money[0].value.equivalents] == ["USD"]


def test_relations_role_before_and_after_name(nlp):
    facts = facts_in(
        nlp,
        "Corvid Labs chief executive Maria Olsen said sales grew. Peter Vance, chief financial officer, agreed.",
        PUBLISHED,
    )
    roles = {(f.predicate, f.object) for f in facts if f.kind == "role"}
    assert ("chief executive", "Maria Olsen") in roles
    assert ("chief financial officer", "Peter Vance") in roles


def test_relations_rank_from_ordinal_superlative(nlp):
    facts = facts_in(nlp, "Dunmore Telecom, Brazil's third-largest carrier, added 2 million subscribers.", PUBLISHED)
    rank = find(facts, "rank", 3.0)
    assert rank.subject == "Dunmore Telecom"


@pytest.mark.parametrize(
    "trap",
    [
        "The second wave of adoption came from smaller cities.",  # ordinals that rank nothing
        "Shares of Kestrel Mining (KML.L) were up by 1740 GMT.",  # tickers and clock times
        "($1 = 110.50 yen)",  # exchange-rate footnote
        "The company was founded in 1998 in Oslo.",  # a year
        "For one, the market is crowded.",  # enumeration, not a count
    ],
)
def test_relations_traps_give_no_quantity_facts(nlp, trap):
    # a real fact beside the trap shows the article has a subject, so silence about the trap means something
    text = f"Kestrel Mining said revenue rose 4 percent. {trap}"
    facts = [f for f in facts_in(nlp, text, PUBLISHED) if f.kind in ("metric", "change", "rank")]
    assert [summary(f) for f in facts] == [("change", 4.0, "percent")]


def test_relations_evidence_offsets_slice_sentence(nlp):
    text = "date 2019-08-14 Results\n\nVarrow Inc said revenue rose 4 percent. Its margin fell 2 percentage points."
    facts = extract(text, nlp=nlp)
    assert facts
    for fact in facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence


def test_relations_fact_ids_are_deterministic(nlp):
    text = "Varrow Inc said revenue rose 4 percent to $2 billion."
    first = [f.fact_id for f in facts_in(nlp, text, PUBLISHED)]
    assert len(first) == 2
    assert first == [f.fact_id for f in facts_in(nlp, text, PUBLISHED)]
    assert len(set(first)) == len(first)


def test_relations_scaled_amount_takes_the_sentence_currency_and_forecast_measure(nlp):
    facts = facts_in(
        nlp,
        "Halvard Shipping said net profit rose to 88 million euros, "
        "ahead of the 80 million that a poll of analysts had predicted.",
        PUBLISHED,
    )
    forecast = find(facts, "metric", 80_000_000.0)
    assert forecast.value.unit == "EUR" and forecast.modality == "forecast"
    assert "profit" in forecast.predicate


def test_relations_coordinated_amounts_restate_one_change(nlp):
    facts = facts_in(
        nlp,
        "Tamsin Motors reported results. Its operating revenue was €210.5 million, "
        "a fall of €12.2 million or 5.5 percent on the year before.",
        PUBLISHED,
    )
    assert find(facts, "change", -12_200_000.0).kind == "change"
    assert find(facts, "change", -5.5).value.unit == "percent"
    assert find(facts, "metric", 210_500_000.0)


def test_relations_direction_reads_back_over_the_object(nlp):
    facts = facts_in(
        nlp, "Corvid Insurance said on Monday the insurer raised its annual dividend 8 percent to 45 cents.", PUBLISHED
    )
    assert find(facts, "change", 8.0).predicate.endswith("dividend")
    assert find(facts, "metric", 0.45).value.unit == "USD"


def test_relations_event_noun_with_named_object(nlp):
    facts = facts_in(
        nlp,
        "Lumen Industries said sales were helped by the acquisition in May of Brandt Holdings, a rival toolmaker.",
        dt.date(2019, 8, 14),
    )
    events = [f for f in facts if f.kind == "event"]
    assert [(f.predicate, f.object) for f in events] == [("acquisition", "Brandt Holdings")]
    assert events[0].period.start == dt.date(2019, 5, 1)


def test_relations_role_taken_as_title(nlp):
    facts = facts_in(
        nlp, "Orvale Bank named Susan Park as president, replacing John Hale, who became chairman.", PUBLISHED
    )
    roles = {(f.predicate, f.object) for f in facts if f.kind == "role"}
    assert roles == {("president", "Susan Park"), ("chairman", "John Hale")}


def test_relations_pronoun_refers_to_enclosing_subject(nlp):
    text = "Kappa Mobile is the second-largest carrier in Chile. Dunmore Group said on Monday it will cut 500 jobs."
    fact = find(facts_in(nlp, text, PUBLISHED), "metric", 500.0)
    assert fact.subject == "Dunmore Group" and fact.modality == "target"


def test_relations_present_tense_count_holds_at_publication_not_over_the_report_period(nlp):
    text = (
        "date 2021-03-04 Fjordline annual results\n\n"
        "Fjordline Shipping said annual revenue rose 8 percent. It operates 74 vessels."
    )
    facts = extract(text, nlp=nlp)
    revenue = find(facts, "change", 8.0)
    vessels = find(facts, "metric", 74.0)
    assert revenue.period is not None and revenue.period.start == dt.date(2020, 1, 1)
    assert vessels.period is None and vessels.as_of == dt.date(2021, 3, 4)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Norway's Fjordline Shipping lost 2.3 billion crowns in the quarter.", "NOK"),
        ("The Swedish lender Kappa Bank earned 5 billion crowns in the quarter.", "SEK"),
    ],
)
def test_relations_crowns_take_the_currency_of_the_country_the_text_names(nlp, text, unit):
    money = [f for f in facts_in(nlp, text, PUBLISHED) if f.value and f.value.amount in (2.3e9, 5e9)]
    assert money and money[0].value.unit == unit


def test_relations_report_period_is_the_shortest_period_the_title_reports_on(nlp):
    text = (
        "date 2019-10-24 Tamsin Motors raises full-year outlook after third-quarter sales jump\n\n"
        "Tamsin Motors said sales rose 12% to $8.4 billion."
    )
    level = find(extract(text, nlp=nlp), "metric", 8_400_000_000.0)
    assert (level.period.start, level.period.end) == (dt.date(2019, 7, 1), dt.date(2019, 9, 30))


def test_relations_amount_up_from_an_earlier_level_is_a_level_with_its_rate(nlp):
    text = (
        "Tamsin Motors now expects adjusted earnings of $4.60 per share for 2019, "
        "up from its previous forecast of $4.30."
    )
    fact = find(facts_in(nlp, text, PUBLISHED), "metric", 4.6)
    assert fact.value.direction is None and fact.predicate == "adjusted earnings per share"
    assert fact.modality == "target"


def test_relations_names_and_periods_are_never_predicates(nlp):
    text = (
        "Kestrel Mining recorded INR 674 crore in FY2022. Kestrel Mining acquired 20M customers in FY2023. "
        "Kestrel Mining revenue rose to INR 900 crore in FY2023."
    )
    facts = facts_in(nlp, text, published=dt.date(2023, 10, 1))
    predicates = {f.predicate for f in facts}
    assert len(facts) >= 3, predicates
    assert not any("kestrel" in p or "fy20" in p or p.startswith("m ") for p in predicates), predicates


def test_relations_a_rate_noun_hands_over_to_what_it_divides(nlp):
    facts = facts_in(nlp, "Kestrel Mining reported adjusted earnings per share of 45 cents for the quarter.", PUBLISHED)
    assert find(facts, "metric", 0.45).predicate == "adjusted earnings per share"


def test_relations_a_stock_index_is_the_subject_of_its_own_move(nlp):
    text = (
        "Shares of Kestrel Mining have fallen 9 percent so far this year, "
        "against a 6 percent gain in the Hang Seng index."
    )
    index = find(facts_in(nlp, text, PUBLISHED), "change", 6.0)
    assert index.subject == "Hang Seng"
    assert (index.period.start, index.period.end) == (dt.date(2019, 1, 1), PUBLISHED)
