"""Which noun a figure measures (the predicate) and whose prediction it is (modality): one table per
named construction, on sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def facts_of(nlp, text):
    return extract(text, published=PUBLISHED, nlp=nlp)


def fact_with(facts, surface):
    matches = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert matches, f"no fact for {surface!r} in {[(f.predicate, f.value and f.value.surface) for f in facts]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Dalby Foods owns 45 percent of Crane Dairies.", "45 percent", "stake"),
        ("Orrin Holdings holds 12 percent of Velta Mining Corp.", "12 percent", "stake"),
        ("Pemberton Group bought 30 percent of Askew Logistics last year.", "30 percent", "stake acquired"),
        ("Halvard Bank said 90 percent of its advisers accepted the offer.", "90 percent", "share of advisers"),
        ("Halvard Bank said the share of employees abroad was 40 percent.", "40 percent", "share of employees"),
    ],
)
def test_a_percentage_of_a_whole_is_a_stake_or_a_share(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Trellis Capital unveiled a $152 billion stimulus package on Monday.", "$152 billion", "package"),
        ("Brindle Air Inc said it aims for a 5 percent operating margin in 2021.", "5 percent", "margin"),
        ("Moray Steel offered a 45 percent premium over the closing price.", "45 percent", "premium"),
    ],
)
def test_an_amount_before_a_noun_measures_that_noun(nlp, text, surface, head):
    predicate = fact_with(facts_of(nlp, text), surface).predicate
    assert predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Corvin Motors sold 7.3 percent more cars in August.", "7.3 percent", "car sales"),
        ("Ashby Devices shipped 12 percent more phones in the quarter.", "12 percent", "phone shipments"),
        ("Felton Farms sold 4 percent fewer tractors last year.", "4 percent", "tractor sales"),
    ],
)
def test_a_comparative_count_of_a_flow_verb_is_a_change_of_the_flow(nlp, text, surface, predicate):
    fact = fact_with(facts_of(nlp, text), surface)
    assert (fact.kind, fact.predicate) == ("change", predicate)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kessler Tools Inc employed approximately 2,830 people worldwide at the end of 2018.", "2,830"),
        ("Kessler Tools Inc employs 900 staff in its three plants.", "900"),
        ("Marlow Retail now employs 15,000 workers.", "15,000"),
    ],
)
def test_a_count_of_whom_a_company_employs_is_employees(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "employees"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Net income at Tarvo Air Inc came to $19 million, or 2 cents a diluted share.", "2 cents", "diluted"),
        ("Excluding items, profit at Lindqvist Paper was 19 cents a share.", "19 cents", ""),
        ("Brockway Inc reported net income of $218 million, or $1.59 per share.", "$1.59", ""),
    ],
)
def test_a_profit_per_share_is_earnings_per_share(nlp, text, surface, predicate):
    expected = f"{predicate} earnings per share".strip()
    assert fact_with(facts_of(nlp, text), surface).predicate == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Tarvo Air were down 6.7 percent at $11.89 in afternoon trading.", "$11.89"),
        ("Quillon Media Inc class B shares fell 74 cents to $24.08 on Wednesday.", "$24.08"),
        ("Stock in Ferris Labs closed at $41.62 and fell to $39.76 in extended trade.", "$39.76"),
    ],
)
def test_a_price_of_shares_in_a_trading_session_is_the_share_price(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harlan Foods rose, and the Nasdaq Composite Index .IXIC fell 2.3 percent.", "2.3 percent"),
        ("Harlan Foods gained while the Dow Jones industrial average .DJI rose 1.2 percent.", "1.2 percent"),
        ("Harlan Foods slipped, and the Standard & Poor's 500 index .SPX added 3 points.", "3 points"),
    ],
)
def test_an_index_reading_has_the_predicate_index_without_its_code(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "index"


@pytest.mark.parametrize(
    ("text", "actual", "forecast", "measure"),
    [
        (
            "Tolland Energy said operating profit rose to 3.2 billion euros, beating the poll average of 2.9 "
            "billion euros.",
            "3.2 billion euros",
            "2.9 billion euros",
            "operating profit",
        ),
        (
            "Tolland Energy said net sales rose to $10.4 billion, below the $10.5 billion expected by analysts.",
            "$10.4 billion",
            "$10.5 billion",
            "net sales",
        ),
        (
            "Tolland Energy said revenue was $7.8 billion, compared with the $7.7 billion that analysts expected.",
            "$7.8 billion",
            "$7.7 billion",
            "revenue",
        ),
        (
            "Tolland Energy said profit was 19 cents a share.\n\nAnalysts on average had expected 24 cents.",
            "19 cents",
            "24 cents",
            "earnings per share",
        ),
    ],
)
def test_an_analysts_figure_is_a_forecast_of_the_measure_it_is_compared_with(nlp, text, actual, forecast, measure):
    facts = facts_of(nlp, text)
    assert fact_with(facts, actual).modality == "actual"
    predicted = fact_with(facts, forecast)
    assert (predicted.modality, predicted.predicate) == ("forecast", measure)


@pytest.mark.parametrize(
    "text",
    [
        "Wexford Mills has been in talks with the union for 12 hours.",
        "Wexford Mills said it will take two to three years to finish the plant.",
        "Wexford Mills signed a four-year contract with the union.",
    ],
)
def test_a_duration_that_measures_nothing_is_no_fact(nlp, text):
    assert [f for f in facts_of(nlp, text) if f.kind in ("metric", "change")] == []


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Penrose Data said the number of trainees remained at a high level of 69.", "69", "trainees"),
        ("Penrose Data said the total of its stores reached 140.", "140", "stores"),
        ("Penrose Data said the number of its branches stood at 320.", "320", "branches"),
    ],
)
def test_a_container_noun_hands_over_to_what_it_holds(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarvo Airlines said a $50 million currency headwind hurt sales.", "$50 million"),
        ("Tarvo Airlines said an unfavorable currency effect of 3 percent hurt sales.", "3 percent"),
        ("Tarvo Airlines reported an adverse foreign exchange impact of $12 million.", "$12 million"),
        ("Tarvo Airlines said the strike was a drag of 0.5 percentage point on margins.", "0.5 percentage point"),
    ],
)
def test_a_headwind_drag_or_adverse_effect_is_down(nlp, text, surface):
    fact = fact_with(facts_of(nlp, text), surface)
    assert (fact.kind, fact.value.direction) == ("change", "down")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Vanta Corp aims for a return on equity of 10 percent in 2021.", "10 percent", "return on equity"),
        ("Ostrow Bank said its return on assets fell to 1.1 percent.", "1.1 percent", "return on assets"),
        ("Ostrow Bank reported a return on tangible equity of 14 percent.", "14 percent", "return on tangible equity"),
    ],
)
def test_a_return_on_a_base_is_named_with_its_base(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Hobart Mills Inc sees 2020 net sales growth of 3 percent to 4 percent.", "3 percent to 4 percent", "sales"),
        (
            "Hobart Mills Inc expects revenue growth of 5 percent to 7 percent next year.",
            "5 percent to 7 percent",
            "revenue",
        ),
        (
            "Hobart Mills Inc forecast operating profit of $2 billion to $2.2 billion.",
            "$2 billion to $2.2 billion",
            "profit",
        ),
    ],
)
def test_a_range_is_read_from_its_low_end(nlp, text, surface, head):
    assert fact_with(facts_of(nlp, text), surface).predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarvo Inc shares, which have risen 8 percent since January, fell on Monday.", "8 percent", "share price"),
        ("Tarvo Inc said its revenue, which grew 12 percent last year, will slow.", "12 percent", "revenue"),
        ("Tarvo Inc cut its dividend, which had been 40 cents a share.", "40 cents", "dividend"),
    ],
)
def test_a_relative_pronoun_subject_stands_for_the_noun_it_follows(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate.startswith(predicate)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Kestrel Board said its Leading Activity Index climbed 0.4 percent to 95.8.", "0.4 percent"),
        ("The Orvale Institute said its Consumer Mood Index fell 3 points in May.", "3 points"),
        ("The Halden Freight Index rose 2.1 percent last week.", "2.1 percent"),
    ],
)
def test_a_named_index_is_measured_as_index(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "index"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Korvel Capital runs a secretive $38 billion hedge fund.", "$38 billion", "fund"),
        ("Oster Partners Inc raised a $2 billion buyout fund this year.", "$2 billion", "fund"),
        ("Dalby Group said it created a $500 million joint venture with Pell Inc.", "$500 million", "venture"),
    ],
)
def test_an_amount_before_an_organization_noun_is_its_size(nlp, text, surface, head):
    assert fact_with(facts_of(nlp, text), surface).predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Wall Street was expecting Tarvo Inc to earn $1.28 per share.", "$1.28"),
        ("The Street had expected Tarvo Inc revenue of $4.2 billion.", "$4.2 billion"),
        ("Economists polled by Reuters expected Tarvo Inc sales of $900 million.", "$900 million"),
    ],
)
def test_the_street_and_economists_make_forecasts(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harlan Foods Inc fell. But Kyocera Corp climbed 17.3 percent to 5,960 yen on Friday.", "5,960 yen"),
        ("Harlan Foods Inc fell. Oster Mining Ltd slid 4 percent to 212 pence.", "212 pence"),
        ("Harlan Foods Inc fell. Brisk Air Corp jumped 9 percent in early trade.", "9 percent"),
    ],
)
def test_a_company_that_rises_or_falls_is_its_share_price(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harlan Foods Inc rose. The Nasdaq Composite Index .IXIC was up 1.23 points at 3,660.01.", "3,660.01"),
        ("Harlan Foods Inc rose. The Dow Jones industrial average .DJI finished at 9,931.22.", "9,931.22"),
        ("Harlan Foods Inc rose. The benchmark Kestrel 300 index .KST300 gained 2 percent.", "2 percent"),
    ],
)
def test_an_index_code_leaves_the_index_noun_to_name_the_index(nlp, text, surface):
    fact = fact_with(facts_of(nlp, text), surface)
    assert fact.predicate == "index" and "Harlan" not in fact.subject


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "The Orlan Central Bank cut interest rates to a record low of 0.75 percent.",
            "0.75 percent",
            "interest rates",
        ),
        ("Orlan Bank Inc announced 3 billion euros worth of cost savings.", "3 billion euros", "cost savings"),
        ("Ostrow Inc said the number of its stores reached a high of 320.", "320", "stores"),
    ],
)
def test_a_high_low_or_worth_hands_over_to_what_it_measures(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orlan Bank Inc said the deal values Pell Inc at $11.50 per share.", "$11.50"),
        ("Orlan Bank Inc said the offer is worth $2.1 billion.", "$2.1 billion"),
        ("Orlan Bank Inc said a deal may be priced at $19.2 billion.", "$19.2 billion"),
    ],
)
def test_money_that_measures_a_deal_is_the_acquisition_price(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate.startswith("acquisition price")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Hopes grew that demand would recover, with Mitsuda Corp climbing 8.3 percent to 846 yen.", "846 yen"),
        ("Analysts said banks would suffer, with Brenner Bank AG falling 4 percent to 12 euros.", "12 euros"),
        ("Traders expect the rally will last, with Oster Mining Ltd rising 3 percent to 212 pence.", "212 pence"),
    ],
)
def test_a_with_clause_of_a_company_moving_is_an_actual_share_price(nlp, text, surface):
    fact = fact_with(facts_of(nlp, text), surface)
    assert (fact.predicate, fact.modality) == ("share price", "actual")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Varta Bank Inc said net charge-offs rose to 10.0 percent.", "10.0 percent", "net charge-offs"),
        ("Varta Bank Inc said same-store sales fell 2 percent.", "2 percent", "same-store sales"),
        ("Varta Bank Inc booked a write-down of $40 million.", "$40 million", "write-down"),
    ],
)
def test_a_hyphenated_compound_stays_one_word(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Varta Bank Inc deposits grew in Spain (up 3 percent) and Italy (up 2 percent).", "2 percent", "deposits"),
        ("Varta Bank Inc loans fell in most markets, including Peru (down 4 percent).", "4 percent", "loans"),
        ("Varta Bank Inc revenue rose in Asia (up 9 percent) but not in Europe.", "9 percent", "revenue"),
    ],
)
def test_a_bracketed_figure_measures_what_the_main_clause_is_about(nlp, text, surface, head):
    assert fact_with(facts_of(nlp, text), surface).predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "SHANGHAI (Reuters) - China's economy is expected to grow by 8.5 percent next year.",
            "8.5 percent",
            "economy",
        ),
        ("OSLO (Reuters) - Norway's exports are expected to rise by 3 percent in 2020.", "3 percent", "exports"),
        ("LIMA (Reuters) - Peru's output is forecast to expand by 4 percent next year.", "4 percent", "output"),
    ],
)
def test_a_dateline_parsed_as_a_subject_gives_way_to_the_nearest_subject(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Research in Motion Ltd RIM.TO RIMM.O rose 4 percent to $80.", "$80"),
        ("Shares of Tarvo Air Inc ( TRV.N ) rose 2 percent to $12.", "$12"),
        ("Kestrel Mining Plc KML.L shares rose 3 percent to 450 pence.", "450 pence"),
    ],
)
def test_no_ticker_inside_a_predicate(nlp, text, surface):
    predicate = fact_with(facts_of(nlp, text), surface).predicate
    assert predicate == "share price"
