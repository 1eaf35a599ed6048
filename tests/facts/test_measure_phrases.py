"""Named constructions that say what a figure measures where the parse hangs it on a neighbouring noun
(extractor/facts/measure_phrases.py): one table per construction, sentences written for these tests with
invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_among, facts_in

PUBLISHED = dt.date(2019, 8, 14)
LEAD = "Tarnow Corp reported results on Wednesday. "
EPS = "earnings per share"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The outlook disappointed traders and knocked its shares down over 6 percent.", "6 percent"),
        ("Holders grumbled about a stock down about 14 percent over twelve months.", "14 percent"),
        ("The upbeat forecast lifted the mood, with its shares up 2.5 percent by midday.", "2.5 percent"),
        ("Margins widened, sending shares up 3.1 percent in early dealing.", "3.1 percent"),
    ],
)
def test_shares_up_or_down_by_a_figure_move_the_share_price(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Orders for new tractors fell 3 percent in May to a 210,000-unit annual pace.", "210,000", "orders"),
        ("It expects handset sales this year to drop by 9 percent to 14 million units.", "14 million", "sales"),
        ("Deliveries of light trucks rose to 2.4 million units in the half.", "2.4 million", "deliveries"),
    ],
)
def test_a_count_of_generic_units_measures_its_clause(nlp, text, surface, head):
    assert head in fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate.split()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Pell manufacturing index rose 2 percent from a reading of 51.3 in June.", "51.3"),
        ("The Varro confidence gauge slipped, after a reading of 97 a month earlier.", "97"),
        ("The Corwin hiring index was unchanged on a reading of 140 in March.", "140"),
    ],
)
def test_a_reading_is_a_level_of_the_index(nlp, text, surface):
    fact = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface)
    assert fact.predicate != "reading" and fact.predicate.split()[-1] in ("index", "gauge")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quill Asset Partners, with about $420 million under management, wants to grow.", "$420 million"),
        ("The fund house has 8.2 trillion won under management in Seoul.", "8.2 trillion won"),
        ("Founded in 1999, Bexley Advisers now oversees 2 billion euros under management.", "2 billion euros"),
    ],
)
def test_money_under_management_is_assets_under_management(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "assets under management"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarnow was trading at about 1.8 times book value on Friday.", "1.8 times", "price/book value ratio"),
        ("The insurer traded at 1.2 times current embedded value.", "1.2 times", "price/embedded value ratio"),
        ("Rival Osgood trades at 15 times forward earnings, analysts said.", "15 times", "price/earnings ratio"),
        ("Bidders valued Tarnow at 9 times its sales last year.", "9 times", "price/sales ratio"),
    ],
)
def test_a_multiple_of_a_valuation_base_is_a_price_ratio(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("End-2018 tier one ratio: 11.2 pct (company filing)", "11.2 pct", "tier one ratio"),
        ("Net interest margin: 2.9 percent", "2.9 percent", "net interest margin"),
        ("* Operating profit: $41 million", "$41 million", "operating profit"),
    ],
)
def test_a_label_before_a_colon_names_the_measure(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("It estimates the cost of merging the two networks at $40 million to $55 million.", "$40 million", "cost"),
        ("Insurers put the damage from the storm at $1.2 billion.", "$1.2 billion", "damage"),
        ("Tarnow pegged the expense of closing its mills at 70 million euros.", "70 million euros", "expense"),
    ],
)
def test_an_appraised_object_is_what_the_figure_after_at_measures(nlp, text, surface, head):
    fact = next(
        f for f in facts_in(nlp, LEAD + text, PUBLISHED) if f.value is not None and f.value.surface.startswith(surface)
    )
    assert fact.predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Harlan agreed to pay $80 million for 40 percent of a local fund manager.", "40 percent", "stake acquired"),
        ("Osgood paid $12 million for 25 percent of the brewer's bottling arm.", "25 percent", "stake acquired"),
        ("Bidders offered $30 per share for 58 percent of the chipmaker.", "58 percent", "stake acquired"),
    ],
)
def test_a_percentage_paid_for_is_a_stake_acquired(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In the quarter Tarnow bought back 3.2 million of its shares, for $210 million.", "$210 million"),
        ("The group repurchased 2 million of its shares for $90 million.", "$90 million"),
        ("Tarnow bought back $1.5 billion of its stock last year.", "$1.5 billion"),
    ],
)
def test_money_spent_buying_back_stock_is_share_repurchases(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "share repurchases"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Turnover was the focus. In the Nordic region, the group achieved €61.2 million.", "€61.2 million"),
        ("Turnover fell in Asia. There, Tarnow realized €20.5 million, down from a year earlier.", "€20.5 million"),
        ("Turnover grew again. The group recorded €9.1 million in its smallest market.", "€9.1 million"),
    ],
)
def test_money_a_results_verb_reports_is_the_headline_measure(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "turnover"


@pytest.mark.parametrize(
    "text",
    [
        "Regulators have handed out tens of billions of euros to lenders.",
        "The fund has shifted hundreds of millions of dollars into bonds.",
        "The fund has pumped hundreds of billions of dollars into lenders abroad.",
    ],
)
def test_an_order_of_magnitude_that_measures_nothing_is_no_fact(nlp, text):
    assert not [f for f in facts_in(nlp, LEAD + text, PUBLISHED) if f.kind == "metric"]


@pytest.mark.parametrize(
    "text",
    [
        "A worker in the town of Brill, some 33 miles northwest of the plant, said he was worried.",
        "The site lies about 12 km east of the port, the company said.",
        "Tarnow said its warehouse sits 5 miles from the border.",
    ],
)
def test_a_distance_that_places_something_is_no_fact(nlp, text):
    assert not [f for f in facts_in(nlp, LEAD + text, PUBLISHED) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarnow will shed 600 jobs, including 120 in the design studio.", "120", "studio jobs"),
        ("Last spring the group lost 90 jobs, 35 in the warehouse, to automation.", "35", "warehouse jobs"),
        ("Tarnow plans to cut 800 positions, 200 of them in its call centres.", "200", "positions"),
    ],
)
def test_a_bare_count_after_a_count_is_a_part_of_it(nlp, text, surface, predicate):
    fact = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface)
    assert fact.predicate.endswith(predicate) and fact.kind == "metric"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Turnover grew again. The group recorded €9.1 million in its smallest market.", "€9.1 million"),
        ("Sales held up. Tarnow booked $4 million in the northern region.", "$4 million"),
        ("Revenue was flat. The unit generated $7 million in its home market.", "$7 million"),
    ],
)
def test_money_in_a_determined_place_is_not_measured_by_the_place(nlp, text, surface):
    predicate = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate
    assert not any(word in predicate for word in ("market", "region"))


def brief_facts(nlp, title, body):
    from extractor import extract_documents
    from extractor.io.documents import document_from_text

    document = document_from_text(f" date 2019-11-05 {title}\n\n{body}", doc_id="t")
    return next(extract_documents([document], nlp=nlp)).facts


@pytest.mark.parametrize(
    ("line", "surface", "predicate"),
    [
        ("* QTRLY NET SALES $2.3 BILLION", "$2.3 BILLION", "net sales"),
        ("* Q3 REVENUE $845 MILLION", "$845 MILLION", "revenue"),
        ("* QTRLY ADJUSTED SHR $0.61", "$0.61", "adjusted earnings per share"),
        ("* DIVIDEND UP 9.5 PCT", "9.5 PCT", "dividend"),
    ],
)
def test_a_capital_brief_line_names_its_measure_before_the_figure(nlp, line, surface, predicate):
    body = f"Oct 3 (Reuters) - Pellow Systems Inc (PLW):\n\n{line}"
    facts = brief_facts(nlp, "BRIEF-Pellow Systems Reports Results", body)
    assert fact_among(facts, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("With crude sinking 3 percent to below $64 a barrel, airlines rallied.", "$64 a barrel"),
        ("Spot gas changed hands at $3.15 per million British thermal units.", "$3.15"),
        ("Growers were paid $5.40 a bushel at harvest.", "$5.40 a bushel"),
    ],
)
def test_money_per_physical_unit_is_a_price(nlp, text, surface):
    fact = next(
        f for f in facts_in(nlp, LEAD + text, PUBLISHED) if f.value is not None and f.value.surface.startswith(surface)
    )
    assert fact.predicate.split()[-1] == "price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Traders cheered a 3 percent gain in Pellow Systems on Monday.", "3 percent"),
        ("Shares rallied on Friday, led by a 5.2 percent jump in Brindle Foods.", "5.2 percent"),
        ("A 7 percent slide in Quarra Mining weighed on the index.", "7 percent"),
    ],
)
def test_a_change_in_a_company_name_is_a_move_of_its_stock(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Most Norland brewers are still 45-percent held by the heirs of their founders.", "45-percent", "stake"),
        ("Osgood offered about $21 per share for 62 percent, the filing showed.", "62 percent", "stake acquired"),
        ("The pension fund paid $300 million for 15 percent in 2010.", "15 percent", "stake acquired"),
    ],
)
def test_a_percentage_held_or_paid_for_is_a_stake(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The adviser once managed $9 billion for wealthy clients.", "$9 billion", "assets under management"),
        ("Its asset arm oversaw 3.1 trillion won at the end of June.", "3.1 trillion won", "assets under management"),
        ("Officials said the rescue would cost $120 billion or more.", "$120 billion", "cost"),
    ],
)
def test_money_a_verb_manages_or_costs_names_what_it_is(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarnow projected earnings-per-share growth of 8 percent or more next year.", "8 percent", EPS),
        ("Tarnow still aims for 11 percent earnings-per-share growth, its CFO said.", "11 percent", EPS),
        ("The plan needs 7 percent economic growth every year.", "7 percent", "economic growth"),
    ],
)
def test_a_change_noun_names_its_measure_in_a_hyphened_or_economic_modifier(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Tarnow lost 6.2 percent, or 340, of its stores in 2018.", "6.2 percent", "stores"),
        ("The chain shed 3 percent, or about 90, of its outlets last year.", "3 percent", "outlets"),
        ("Tarnow cut 5 percent, or 60, of its depots in 2017.", "5 percent", "depots"),
    ],
)
def test_a_part_whose_of_phrase_follows_an_inserted_equivalent_is_a_change_of_the_whole(nlp, text, surface, head):
    fact = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface)
    assert fact.kind == "change" and fact.predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "lemma"),
    [
        ("Store numbers climbed across several regions, such as the north (up 4 percent).", "4 percent", "store"),
        ("Branch numbers fell in the south, led by the coast (down 3.5 percent).", "3.5 percent", "branch"),
        ("Passenger numbers grew at most hubs, including the capital (up 6 percent).", "6 percent", "passenger"),
    ],
)
def test_a_bracketed_figure_measures_the_counted_noun_of_the_main_clause(nlp, text, surface, lemma):
    assert lemma in fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("U.S. light crude CLc1 settled down $1.40 to $61.10 on Friday.", "$61.10", "crude price"),
        ("Copper fell 2 percent to $7,100 a tonne in London.", "2 percent", "copper price"),
        ("Gold climbed $12 to a record in early trade.", "$12", "gold price"),
    ],
)
def test_money_or_a_move_of_a_commodity_is_its_price(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate.endswith(predicate)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The profit beat forecasts, sending its shares up 2.3 percent to close at $54.12.", "$54.12"),
        ("The outlook drove shares down 5 percent to finish at 1,020 yen.", "1,020 yen"),
        ("Upbeat guidance sent the stock up 4 percent to end at $19.75.", "$19.75"),
    ],
)
def test_a_session_close_after_a_share_move_is_the_share_price(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarnow may need to write down a further $3 billion on property loans.", "$3 billion", "write-down"),
        ("The lender intends to write off $25 billion in the fourth quarter.", "$25 billion", "write-off"),
        ("Tarnow has budgeted $1.2 billion this year to expand its network.", "$1.2 billion", "budget"),
        ("The two miners are pouring $2.5 billion into shale ventures.", "$2.5 billion", "investment"),
    ],
)
def test_money_as_the_object_of_a_phrasal_or_spending_verb_names_what_it_is(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rules will require that by 2030 each fleet averages 41.5 miles per gallon.", "41.5 miles per gallon"),
        ("Tarnow hedged 8 million barrels of crude oil, which had a fair value of $90 million.", "$90 million"),
        ("Tarnow sold 2 million tonnes of copper for $900 million.", "$900 million"),
    ],
)
def test_a_rate_that_is_no_money_or_a_scaled_amount_of_a_commodity_is_no_price(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate not in (
        "price",
        "crude oil price",
        "copper price",
    )


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Its lines gained 8 percent, offsetting a 6 percent decline in its lighting unit.", "6 percent", "unit"),
        ("Output rose, but a 4 percent drop in its trucks unit weighed.", "4 percent", "unit"),
        ("Sales grew, offsetting a 9 percent slide in its consumer unit.", "9 percent", "unit"),
    ],
)
def test_a_change_of_a_business_unit_is_not_a_count_of_generic_units(nlp, text, surface, head):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate.split()[-1] == head
