"""What a quantity measures and how it moves, read from the dependency parse: the measured noun
phrase (predicate), level or change, and the direction of a change."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.facts.collective_counts import counted_collective
from extractor.facts.compared_estimates import compared_result
from extractor.facts.counted_flows import counts_a_flow
from extractor.facts.deal_considerations import paid_per_share
from extractor.facts.deal_kinds import other_deal
from extractor.facts.figure_wholes import figure_measured_whole
from extractor.facts.fraction_shares import is_written_fraction
from extractor.facts.held_money import held_money_phrase
from extractor.facts.index_moves import moved_index
from extractor.facts.market_readings import whole_market
from extractor.facts.measure_confidence import measure_confidence as measure_confidence  # re-exported for assembly
from extractor.facts.measure_phrases import (
    SHARE_WORDS,
    adjacent_change_verb,
    appraised_measure,
    bought_back,
    capitals_measure,
    cash_held,
    commodity_measured,
    commodity_of,
    counted_part,
    flow_agent,
    forecast_compound,
    holding_noun,
    invested_in,
    is_generic_count,
    is_measure_word,
    is_money,
    is_vague_amount,
    label_phrase,
    labelled_measure,
    moved_amount,
    moved_noun,
    names_a_company,
    owned_after,
    priced_per_unit,
    quoted_on_par,
    restated_part,
    share_close,
    share_move,
    under_management,
    valuation_multiple,
    worth_holder,
    worth_of,
)
from extractor.facts.measured_nouns import (
    PRICE_NOUNS,
    is_measure_noun,
    paced_measure,
    usable_measure,
)
from extractor.facts.measures_clauses import embedded_antecedent, interrupted_subject, measure_pronoun
from extractor.facts.measures_deductions import deducted_measure
from extractor.facts.measures_proceeds import offering_proceeds
from extractor.facts.measures_sized import TIME_UNITS as TIME_UNITS  # re-exported: assembly, time_supplies
from extractor.facts.measures_sized import named_whole_predicate, names_a_sized_whole, premodifies_measure, sized_noun
from extractor.facts.measures_values import counts_the_cuts, cut_or_saving, sized_by_economy, value_of, valued_whole
from extractor.facts.money_of_nouns import money_of_noun
from extractor.facts.objects import money_object, of_or_in_object, points_mover, ratio_on, traded_good
from extractor.facts.offer_terms import deal_price_name
from extractor.facts.predicate_forms import is_stock as is_stock  # re-exported: assembly reads them here
from extractor.facts.predicate_forms import normalize_predicate as normalize_predicate
from extractor.facts.predicate_forms import predicate_head
from extractor.facts.predicate_forms import with_rate as with_rate
from extractor.facts.priced_goods import priced_goods
from extractor.facts.profit_items import item_words_left_out, profit_item
from extractor.facts.qualified_measures import qualified_measure
from extractor.facts.rated_objects import rated_object
from extractor.facts.recipient_phrases import received_measure
from extractor.facts.share_pronouns import company_shares, pronoun_share_move
from extractor.facts.stock_moves import moves_a_stock
from extractor.facts.stranded_subjects import stranded_subject, subordinate_measure
from extractor.facts.syntax import (
    FIGURE_ENTS,
    NUMBER_ENTS,
    PERIOD_WORDS,
    SUBJECT_DEPS,
    clause_subject,
    governing_verb,
    is_index_code,
    lemma_phrase,
    noun_phrase,
    prep_object,
)
from extractor.facts.traded_prices import traded_price
from extractor.facts.valuations import DEAL_PRICE, DEAL_VALUE, valuation_measure
from extractor.lexicons import any_words, table, words, words_but
from extractor.models import Quantity


@dataclass
class Reading:
    """What the dependency parse says about one quantity."""

    measured: Token | None  # the noun the quantity measures
    verb: Token | None
    predicate: str | None
    is_change: bool
    restates: bool = False  # the figure is a forecast of another figure's measure ("the poll average")


def read_quantity(span: Span, quantity: Quantity, kind: str, skip: frozenset[int] = frozenset()) -> Reading:
    """What a quantity measures, read from the parse; `skip` holds the tokens of every quantity of the sentence
    and of its fixed phrases (`phrase_fragments`: "in lieu of", "thanks to"), nouns that measure nothing."""
    reading = _read_measure(span, quantity, kind, skip)
    if (owned := money_of_noun(span, quantity, reading.measured, reading.predicate, skip)) is not None:
        reading = Reading(owned, reading.verb, noun_phrase(owned, skip=skip), False)  # "hold $2 billion of debt"
    valued = valued_whole(reading.measured, reading.predicate, skip)  # "the value of the portfolio": its value
    valued = valued or held_money_phrase(reading.measured, reading.predicate)  # "funds under management"
    return reading if valued is None else Reading(reading.measured, reading.verb, valued, reading.is_change)


def _read_measure(span: Span, quantity: Quantity, kind: str, skip: frozenset[int]) -> Reading:
    after = span.doc[span.end] if span.end < span.sent.end else None
    before_change_noun = after is not None and after.lemma_.lower() in any_words("change_up", "change_down")
    if span.root.pos_ in ("ADP", "PART", "CCONJ") and span.root.i > span.start and not before_change_noun:
        span = span.doc[span.start : span.root.i]  # "growth of 3 percent to 4 percent": read the range's low end
    construction = _named_construction(span, quantity, skip)
    if construction is not None:
        return construction
    saving = cut_or_saving(span, quantity, skip)  # "cut $400 million in costs": cost cuts
    if saving is not None:
        return Reading(saving[0], saving[1], saving[2], False)
    collective = counted_collective(span, skip) if quantity.unit is None else None
    if collective is not None:  # "cut its workforce by 450 jobs": the workforce, the jobs only counted
        measured, is_change = collective
        return Reading(measured, governing_verb(measured), noun_phrase(measured, skip=skip), is_change)
    reading = _read_quantity(span, quantity, kind, skip)
    reading = _generic_count_measure(reading, skip) if quantity.unit is None else reading
    appraised = appraised_measure(span)
    if appraised is not None and appraised.i not in skip and is_measure_noun(appraised):
        reading = Reading(appraised, reading.verb, noun_phrase(appraised, skip=skip), reading.is_change)
    named = of_or_in_object(span, skip, preps=("in",)) if quantity.unit not in ("percent", "percentage_point") else None
    if (
        named is not None
        and not reading.is_change
        and named != reading.measured  # the reading already names it, with its qualifiers ("bonds repurchased")
        and named.lemma_.lower() not in words("not_measures") | words("time_of_day_nouns")  # not "in late morning"
        and not is_forecast_holder(named)
        and not whole_market(named)  # "fell to $4.12 in a broader market": where it traded, not what it measures
    ):
        invested = invested_in(reading.verb, named, skip)  # "invested $2 billion in plants": investment in plants
        return Reading(named, reading.verb, invested or noun_phrase(named, skip=skip), False)
    measured = usable_measure(reading.measured, skip)
    if measured is not reading.measured:
        reading = Reading(
            measured,
            reading.verb,
            noun_phrase(measured, skip=skip) if measured is not None else None,
            reading.is_change,
        )
    elif measured is not None and reading.predicate == noun_phrase(measured):
        reading = Reading(measured, reading.verb, noun_phrase(measured, skip=skip), reading.is_change)
    deducted = deducted_measure(reading.measured, skip)  # "earnings before interest and tax": not the interest
    if deducted is not None:
        reading = Reading(deducted[0], reading.verb, deducted[1], reading.is_change)
    # "sales rose at a 3 percent annual rate": the sales; a figure that found no noun may premodify the rate
    paced = paced_measure(reading.measured if reading.measured is not None else span.root.head, skip)
    if paced is not None:
        reading = Reading(paced, reading.verb, noun_phrase(paced, skip=skip), reading.is_change)
    if reading.measured is not None and is_forecast_holder(reading.measured):
        reading = _forecast_measure(reading, skip)
    goal = forecast_compound(reading.measured, skip)  # "lowered its sales outlook to $3 billion": sales
    if goal is not None:
        reading = Reading(goal, reading.verb, noun_phrase(goal, skip=skip), reading.is_change)
    if reading.measured is not None and _prices_a_deal(reading.measured, quantity):
        # "the offer values X at $9 a share": its price; "the value of the deal is put at $2 billion": its value
        held = reading.measured.dep_ == "pobj" and reading.measured.head.head.lemma_.lower() == "value"
        price = DEAL_VALUE if held else deal_price_name(reading.measured, span.root)  # "raised its bid to"
        return Reading(None, reading.verb, price, False)
    ratio = ratio_on(reading.measured)
    if ratio is not None:
        return Reading(ratio[0], reading.verb, ratio[1], reading.is_change)
    if reading.measured is not None and reading.measured.lower_ == "share":
        whole = prep_object(reading.measured, ("of",))
        if whole is not None and whole.pos_ == "NOUN" and whole.i not in skip:
            # "the share of employees working abroad": a proportion, never a stock's price
            return Reading(reading.measured, reading.verb, f"share of {noun_phrase(whole, skip=skip)}", False)
    forecaster = clause_subject(reading.verb) if reading.verb is not None else None
    if reading.predicate is None and forecaster is not None and forecaster.lemma_.lower() in words("forecast_cues"):
        return Reading(None, reading.verb, None, reading.is_change, restates=True)  # "analysts expected 31 cents"
    if reading.predicate is None and not reading.restates:
        fallback = sized_noun(span, quantity, skip) or of_or_in_object(
            span, skip
        )  # "a 4 billion euro ($5 billion) loss"
        fallback = fallback or _multiplied_subject(span, skip) or _sentence_measure(span, skip)
        if fallback is not None:
            reading = Reading(fallback, reading.verb, noun_phrase(fallback, skip=skip), reading.is_change)
    if reading.measured is None and not reading.restates and points_mover(reading.verb, quantity) is not None:
        return Reading(points_mover(reading.verb, quantity), reading.verb, "index", reading.is_change)
    paid = money_object(span.root, reading.verb, quantity)
    payer = reading.measured is not None and reading.measured == clause_subject(reading.verb)
    if paid is not None and not reading.restates and (reading.predicate is None or payer):
        # "the state will inject $4 billion": the verb's subject pays; the money is the injection
        reading = Reading(None, reading.verb, paid, reading.is_change)
    if quoted_on_par(reading.measured, span, quantity):  # "the notes fell to 79 cents on the dollar": their price
        return Reading(reading.measured, reading.verb, f"{lemma_phrase(reading.measured)} price", reading.is_change)
    if commodity_measured(reading.measured, quantity):
        return Reading(reading.measured, reading.verb, f"{reading.predicate} price", reading.is_change)
    proceeds = offering_proceeds(reading.verb) if reading.predicate == "funds raised" else None
    if proceeds is not None:  # "raised $300 million in its IPO": what the offering brought in
        return Reading(None, reading.verb, proceeds, False)
    if priced_per_unit(span, quantity) and not _names_a_measure(reading.predicate):
        return Reading(None, reading.verb, "price", False)  # "crude fell to $64 a barrel": the price of crude
    return reading


def _names_a_measure(predicate: str | None) -> bool:
    return predicate is not None and is_measure_word(predicate_head(predicate))


def _named_construction(span: Span, quantity: Quantity, skip: frozenset[int]) -> Reading | None:
    """A construction that names the measure outright wins over the parse (measure_phrases)."""
    verb = governing_verb(span.root)
    if (capitals := capitals_measure(span)) is not None:
        return Reading(None, verb, capitals, False)
    if (label := labelled_measure(span, skip)) is not None:
        return Reading(label, None, label_phrase(label), False)
    rated = rated_object(span, quantity, skip)  # "6 cents a share of audit fees": the fees, per share
    if rated is not None:
        return Reading(rated, verb, noun_phrase(rated, skip=skip), False)
    if quantity.unit is not None and (share_move(span) or share_close(span) or pronoun_share_move(span, quantity)):
        return Reading(None, verb, "share price", False)
    valued = valuation_measure(span, quantity)  # "the fund values Brexa at $2 billion in court filings"
    valued = valued or traded_price(span, quantity)  # "sold 2 million shares at $31 each": the sale price
    valued = valued or priced_goods(span, quantity, skip)  # "toys priced at $5": the toys' price
    if valued is not None:
        return Reading(None, verb, valued, False)
    cash = cash_held(span, verb) if quantity.unit not in (None, "percent", "percentage_point") else None
    if cash is not None:
        return Reading(cash, verb, noun_phrase(cash), False)
    traded = traded_good(span, quantity, skip)  # "bought 240,000 tonnes of wheat", "$9 billion worth of debt"
    if traded is not None:
        return Reading(traded[0], verb, traded[1], False)
    worth = worth_of(span, skip) if quantity.unit not in (None, "percent", "percentage_point") else None
    if worth is not None and worth.lower_ in PRICE_NOUNS and verb is not None and bought_back(verb):
        return Reading(None, verb, "share repurchases", False)  # "bought back $2 billion worth of stock"
    if worth is not None and worth.pos_ == "NOUN":  # "815 billion yuan worth of bad loans": the loans
        return Reading(worth, verb, noun_phrase(worth, skip=skip), False)
    holder = worth_holder(span, skip) if quantity.unit not in (None, "percent", "percentage_point") else None
    if holder is not None:  # "unit sales worth $4 billion", "the deal could be worth $9 million": their value
        return Reading(holder, verb, value_of(holder, skip), False)
    moved = moved_amount(span, quantity)  # "wiped $2 billion off its market value": a change of the value
    if moved is not None and moved[0].i not in skip:
        return Reading(moved[0], verb, noun_phrase(moved[0], skip=skip), True)
    if quantity.unit is not None and under_management(span):
        return Reading(None, verb, "assets under management", False)
    ratio = valuation_multiple(span, quantity)
    if ratio is not None:
        return Reading(None, verb, ratio, False)
    restated = restated_part(span, quantity)  # "cut 900 jobs, or 9 percent of its staff": a fall of the staff
    if restated is not None and restated[0].i not in skip:
        return Reading(restated[0], verb, noun_phrase(restated[0], skip=skip), True)
    part = counted_part(span, quantity)
    if part is None or part[0].i in skip:
        return None
    whole, place = part
    where = f"{noun_phrase(place)} " if place is not None else ""
    return Reading(whole, verb, where + noun_phrase(whole, skip=skip), False)


def _generic_count_measure(reading: Reading, skip: frozenset[int]) -> Reading:
    """ "TV sales to slump to 10 million units", "car sales to reach 3m cars" (`counted_flows`): the clause measure."""
    generic = is_generic_count(reading.measured) or counts_a_flow(reading.measured, reading.verb)  # "3m vehicles"
    measured = measured_for_verb(reading.verb, reading.measured) if generic and reading.verb is not None else None
    if measured is None or measured.i in skip or is_generic_count(measured) or not is_measure_noun(measured):
        return reading
    return Reading(measured, reading.verb, noun_phrase(measured, skip=skip), reading.is_change)


def _multiplied_subject(span: Span, skip: frozenset[int]) -> Token | None:
    """ "net income tripled", "its orders have doubled": a multiple written as a verb measures the
    verb's own subject; "doubled its dividend", "nearly tripling our budget": its direct object first."""
    verb = span.root
    if verb.pos_ != "VERB" or len(span) != 1:
        return None
    multiplied = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in skip), None)
    usable = usable_measure(multiplied, skip) if multiplied is not None and is_measure_noun(multiplied) else None
    if usable is not None:
        return usable
    subject = embedded_antecedent(verb) or clause_subject(verb)  # "costs, which it said had doubled"
    return usable_measure(subject, skip) if subject is not None and is_measure_noun(subject) else None


def _sentence_measure(span: Span, skip: frozenset[int]) -> Token | None:
    """ "Deposits rose in Chile (up 3 percent) and Peru (up 2 percent)": a figure with no
    clause of its own, set off in brackets, measures what the sentence's main clause is about."""
    doc = span.doc
    bracketed = (
        span.start > span.sent.start
        and doc[span.start - 1].text == "("
        or any(t.text == "(" for t in doc[max(span.sent.start, span.start - 3) : span.start])
    )
    if not bracketed:
        return None
    subject = clause_subject(span.sent.root) if span.sent.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i in skip or not is_measure_noun(subject):
        return None
    return usable_measure(subject, skip)


def _prices_a_deal(measured: Token, quantity: Quantity) -> bool:
    """Money that measures a deal noun ("the offer values X at $9", "a deal priced at $4 billion"); ounces or
    tonnes near a deal noun ("production after the merger will be 350,000 ounces") price nothing, nor does money
    that sizes a deal buying no business ("the $800 billion tax deal", `deal_kinds`)."""
    return is_money(quantity) and measured.lemma_.lower() in words("deal_nouns") and not other_deal(measured)


def is_forecast_holder(token: Token) -> bool:
    """ "the average estimate", "the poll average", "analysts": a noun that stands for a prediction or for
    who predicts, not for what is predicted."""
    cues = any_words("forecast_nouns", "forecast_cues", "guidance_nouns")  # "its previous outlook"
    if token.lemma_.lower() in words_but(("index_nouns",), "forecast_index_nouns"):
        # "the expectations index fell to 83": an index of consumers' expectations is a reading; an average
        # may be of forecasts ("an average of 11 analysts' views put it at 3 percent")
        return False
    # a participle modifier ("estimated losses", "forecast sales") qualifies the measure itself; it names no forecaster
    return token.lemma_.lower() in cues or any(
        c.dep_ in ("compound", "amod") and c.pos_ != "VERB" and c.lemma_.lower() in cues for c in token.children
    )


def _forecast_measure(reading: Reading, skip: frozenset[int]) -> Reading:
    """A forecast names what it predicts after "for" or "of" ("the forecast for net profit of ..."); else
    it restates the measure of the figure it is compared with, which the caller knows."""
    holder = reading.measured
    for prep in ("for", "of", "on"):
        # "estimates for the first three months" name no measure; "for the level of the rate" names the rate
        measured = usable_measure(prep_object(holder, (prep,)), skip)
        if measured is not None and is_measure_noun(measured):
            return Reading(measured, reading.verb, noun_phrase(measured, skip=skip), reading.is_change)
    compound = forecast_compound(holder, skip)  # "cut its revenue estimates by $1 billion"
    if compound is not None:
        return Reading(compound, reading.verb, noun_phrase(compound, skip=skip), reading.is_change)
    result = compared_result(holder, skip)  # "revenue topped forecasts of $2 billion": the revenue
    if result is not None:
        return Reading(result, reading.verb, noun_phrase(result, skip=skip), reading.is_change)
    return Reading(None, reading.verb, None, reading.is_change, restates=True)


def _read_quantity(span: Span, quantity: Quantity, kind: str, skip: frozenset[int]) -> Reading:
    root = span.root
    head = root.head
    verb = adjacent_change_verb(span) or governing_verb(root)
    change_nouns = words_but(("change_up", "change_down"), "not_change_nouns")  # not "contracts"
    # "after a 30 percent loss": a result noun sized in percent is a move, where "a loss of $4 million" is a sum
    sized_moves = change_nouns | words("percent_move_nouns") if _in_percent(quantity) else change_nouns

    # "doubled its dividend", "nearly tripling our budget": a multiple written as a verb measures its own nouns
    multiplied = _multiplied_subject(span, skip)
    if multiplied is not None:
        return Reading(multiplied, root, noun_phrase(multiplied, skip=skip), True)

    # "a gain of $5 million from a settlement": a profit item sized in money is its level, not a move
    if (item := profit_item(span, quantity)) is not None:
        return Reading(item, verb, noun_phrase(item, skip=skip | item_words_left_out(item)), False)

    # "with orders up 6 percent at 900 million": a verbless small clause names its noun
    small_clause = moved_noun(span)
    if small_clause is not None and small_clause.i not in skip:
        is_change = span.doc[span.start - 1].lower_ not in ("to", "at")
        return Reading(small_clause, verb, noun_phrase(small_clause, skip=skip), is_change)

    # "5 percent to 10 percent growth in earnings": the change noun follows the amount
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.lemma_.lower() in sized_moves and after.pos_ == "NOUN" and not _hyphen_bound(after):
        measured = moved_index(after) or prep_object(after, ("in", "of")) or compound_measure(after)
        if measured is not None and measured == prep_object(after, ("in",)) and names_a_company(measured):
            return Reading(None, verb, "share price", True)  # "a 3 percent gain in Norvale": its stock moved
        return Reading(measured, verb, noun_phrase(measured) if measured is not None else None, True)

    # "a $130 billion purchase", "agreed to buy X for $2 billion": the price of a deal
    if quantity.unit and quantity.unit not in ("percent", "percentage_point", "times"):
        deal = head if head.lemma_.lower() in words("deal_nouns") and head.i > root.i else None
        paid_for = root.dep_ == "pobj" and head.lower_ == "for"
        if deal is None and paid_for and head.head.lemma_.lower() in table("deal_verbs"):
            deal = head.head
        if paid_for and bought_back(head.head) or root.dep_ == "dobj" and bought_back(head):
            bought = of_or_in_object(span, skip) if root.dep_ == "dobj" else None  # not "in shares" (not_measures)
            if bought is not None:  # "repurchase $3.2 billion of bonds": a buyback of debt, not of the company's shares
                return Reading(bought, verb, f"{noun_phrase(bought, skip=skip)} repurchased", False)
            return Reading(None, verb, "share repurchases", False)  # "bought back 8 million shares for $500 million"
        if deal is not None and other_deal(deal):  # "the $800 billion tax deal": no business bought
            return Reading(deal, verb, noun_phrase(deal, skip=skip), False)
        if deal is not None:
            price = table("deal_verbs").get(deal.lemma_.lower())
            return Reading(None, verb, price[0] if price else deal_price_name(deal), False)
        holders = paid_per_share(span, quantity)  # "owners are paid $7.25 per share in the merger": the deal's price,
        if holders is not None:  # the holders' noun kept as measured, so the subject is read as it was before
            return Reading(holders, verb, f"{DEAL_PRICE} per share", False)

    # "its 55 percent-owned unit", "80 percent owned by the state": the percentage owned is a stake
    if quantity.unit == "percent" and owned_after(span):
        return Reading(None, verb, "stake", False)

    # "owns 38 percent of X", "cut 10 percent of its staff", "70 percent of members": a part of a whole
    part = _part_of_whole(root, quantity, verb, change_nouns)
    if part is not None:
        return part

    # "sold 9 percent more trucks": a comparative count of what a flow verb moves is a change of the flow
    more = _comparative_flow(root, head, verb)
    if more is not None:
        return more

    # "a 5.7 percent jump in Norvale": a change in a company's name is a move of its stock
    moved = prep_object(head, ("in",)) if head.lemma_.lower() in sized_moves else None
    if moved is not None and names_a_company(moved):
        return Reading(None, verb, "share price", True)

    # "turnover of $2 billion to $2.1 billion plus per-share profit": "<noun> of <figure>" read in word order
    # where the parse hangs the figure elsewhere
    before_of = _noun_before_of(span, root, sized_moves) if quantity.unit is not None else None
    if before_of is not None and not is_vague_amount(quantity):
        return Reading(before_of, verb, noun_phrase(before_of, skip=skip), False)

    # "a $12 billion pension fund", "a 7 percent pretax margin": the amount premodifies the noun it measures
    if premodifies_measure(root, _modified_noun(head), quantity, span, skip):
        head = _modified_noun(head)
        moves = head.lemma_.lower() in sized_moves and not _hyphen_bound(head)
        # "11 percent earnings-per-share growth", "a 6 percent yearly increase in exports": a change of what
        # modifies the change noun, or of what it is a change in
        changed = (moved_index(head) or prep_object(head, ("in", "of")) or compound_measure(head)) if moves else None
        if changed is not None:
            return Reading(changed, verb, noun_phrase(changed), True)
        if names_a_sized_whole(head, span):  # "the $9 billion Acme Growth Fund": a name is no measure, its noun is
            return Reading(None, verb, named_whole_predicate(head, skip), False)
        if head.lemma_.lower() in words("org_nouns"):
            return Reading(None, verb, noun_phrase(head, skip=skip), False)  # "a $12 billion pension fund": its size
        if is_money(quantity) and head.lemma_.lower() in words("sized_whole_nouns"):
            return Reading(head, verb, f"{noun_phrase(head, skip=skip)} size", False)  # "the $40 billion sector"
        return Reading(head, verb, noun_phrase(head, skip=skip), False)

    # "a 3 percent rise in net profit", "a 70 percent surge"
    # ("2,750 job cuts" counts the cuts: read below as a count of its noun)
    moves = head.lemma_.lower() in sized_moves and not _hyphen_bound(head) and not counts_the_cuts(head, quantity)
    if head.i != root.i and moves and head.pos_ == "NOUN":
        measured = moved_index(head) or prep_object(head, ("in", "of", "for")) or compound_measure(head)
        return Reading(measured, verb, noun_phrase(measured) if measured else None, True)

    # "a decline of 6 percent", "an increase of 1.8 percent compared with ..."
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("of", "by")
        and head.head.lemma_.lower() in sized_moves
        and not _hyphen_bound(head.head)
        and head.head.pos_ == "NOUN"
    ):
        change = head.head
        measured = moved_index(change) or prep_object(change, ("in",)) or compound_measure(change)
        if measured is None and change.dep_ == "appos":
            measured = change.head
        if measured is None and change.dep_ in ("attr", "dobj", "pobj"):
            measured = measured_for_verb(governing_verb(change), change) if governing_verb(change) else None
        return Reading(measured, verb, noun_phrase(measured) if measured is not None else None, True)

    # "income from its remaining operations of $4", "profit, excluding charges, of 19 cents": not the operations
    if (qualified := qualified_measure(root, head)) is not None:
        return Reading(qualified, verb, noun_phrase(qualified), False)
    # "revenue of 100 billion yuan", "a goal of 100 billion yuan"
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ in ("NOUN", "PROPN"):
        measured = received_measure(head.head) or head.head  # not "shareholders" in "income attributable to ..."
        if measured.lemma_.lower() in words("holder_nouns"):
            inner = [
                c
                for c in measured.lefts
                if c.dep_ in ("compound", "amod")
                and c.pos_ == "NOUN"
                and c.lower_ not in PERIOD_WORDS | words("goal_term_compounds")
                and c.lower_ not in ("term", "long", "short", "medium")
            ]
            if inner:
                return Reading(inner[-1], verb, noun_phrase(inner[-1]), False)
        return Reading(measured, verb, noun_phrase(measured), False)

    # "volumes rose 7 percent to 200 billion cigarettes": the count is the level of the verb's subject
    if (
        quantity.unit is None
        and root.dep_ in ("nummod", "compound", "quantmod")
        and head.dep_ == "pobj"
        and head.head.lower_ in ("to", "at")
        and verb is not None
    ):
        measured = measured_for_verb(verb, head.head)
        if measured is not None and measured.i != head.i and not _counts_its_own_noun(verb, measured, head):
            return Reading(measured, verb, noun_phrase(measured), False)

    # "100 million smartphones", "123 Go Mart stores": a count of a noun
    if quantity.unit is None and quantity.counted and root.dep_ in ("nummod", "compound", "quantmod"):
        counted_token = head
        headcount = table("headcount_verbs").get(verb.lemma_.lower()) if verb is not None else None
        if headcount and counted_token.dep_ == "dobj":
            return Reading(counted_token, verb, headcount[0], False)
        if verb is not None and counted_token.dep_ in ("dobj", "attr"):
            participle = table("participle_verbs").get(verb.lemma_.lower())
            flow = table("flow_verbs").get(verb.lemma_.lower())
            if flow:
                return Reading(counted_token, verb, f"{lemma_phrase(counted_token)} {flow[0]}", False)
            if participle:
                return Reading(counted_token, verb, f"{noun_phrase(counted_token)} {participle[0]}", False)
        return Reading(counted_token, verb, noun_phrase(counted_token), False)

    # "thousands of engineers" after "hire"
    if quantity.unit is None and quantity.counted and root.dep_ in ("dobj", "pobj", "attr"):
        objects = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        counted_token = next((c for p in objects for c in p.children if c.dep_ == "pobj"), None)
        if counted_token is not None and verb is not None:
            participle = table("participle_verbs").get(verb.lemma_.lower())
            if participle:
                return Reading(counted_token, verb, f"{noun_phrase(counted_token)} {participle[0]}", False)
            return Reading(counted_token, verb, noun_phrase(counted_token), False)

    # "profit rose 5 percent to ...", "shipments reached 23.16 million", "margin increased by 30 bps"
    anchor = root
    if root.dep_ == "pobj" and head.dep_ == "prep":
        anchor = head
    if verb is not None:
        measured = measured_for_verb(verb, anchor)
        if measured is not None and measured.lemma_.lower() in change_nouns:
            # "growth was 1.7 percent": the change noun is not what is measured
            inner = prep_object(measured, ("in", "of")) or compound_measure(measured)
            return Reading(inner, verb, noun_phrase(inner) if inner is not None else None, True)
        if measured is not None:
            return Reading(measured, verb, noun_phrase(measured), False)
        held = holding_noun(verb, root, quantity)  # "investors hold $2 billion": their holdings
        flow = table("flow_verbs").get(verb.lemma_.lower()) or ((held,) if held else None)
        # "lost $40 million": a loss; "Norvale ( NRV.N ) lost 4 percent to $5.78": a stock's move and level
        moved = quantity.unit in ("percent", "percentage_point") or root.dep_ == "pobj" and head.lower_ in ("to", "at")
        if flow and quantity.unit is not None and not (moved and moves_a_stock(verb, pronoun=False)):
            if _in_percent(quantity) and flow[0] in words("percent_move_nouns"):
                return Reading(None, verb, None, True)  # "after losing 30 percent": a fall of the clause's measure
            return Reading(None, verb, flow[0], False)
    return Reading(None, verb, None, False)


def _in_percent(quantity: Quantity) -> bool:
    """A figure in percent or percentage points: a share or a move, never a sum."""
    return quantity.unit in ("percent", "percentage_point")


def _counts_its_own_noun(verb: Token, measured: Token, counted: Token) -> bool:
    """ "cutting the network to 900 branches", "runs shops at 40 airports": a count after to/at whose verb
    moves a direct object counts its own noun; the object is what holds the counted things, not their number.
    "volumes rose to 200 billion cigarettes" (the verb's subject), an object that is itself a measure ("lifted
    output to 90 million barrels", "extending losses to 8,000 clients") and generic "units" keep the clause's noun."""
    own_object = measured.dep_ == "dobj" and measured.head.i == verb.i
    # "shrink its network to half its size": a fraction of a possessed whole counts nothing of its own
    determined = any(c.dep_ in ("poss", "det") for c in counted.children)
    own_count = not determined and not is_generic_count(counted)
    return own_object and own_count and measured.lemma_.lower() not in words("measure_nouns")


def _modified_noun(head: Token) -> Token:
    """ "a $17 billion buyout bid": past a noun the tagger read as another word (not an adjective: "an 18
    percent annual rise"), the noun it modifies."""
    through = head.pos_ not in ("NOUN", "PROPN", "ADJ") and head.dep_ in ("nmod", "compound", "amod")
    return head.head if through and head.head.pos_ == "NOUN" and head.head.i > head.i else head


def _comparative_flow(root: Token, head: Token, verb: Token | None) -> Reading | None:
    """ "sold 9 percent more trucks", "shipped 5 percent fewer units": the flow the verb names ("truck sales")."""
    if verb is None or root.dep_ != "npadvmod" or head.lower_ not in ("more", "fewer", "less"):
        return None
    counted = head.head if head.dep_ == "amod" and head.head.pos_ == "NOUN" else None
    flow = table("flow_verbs").get(verb.lemma_.lower())
    if counted is None or flow is None or counted.head.i != verb.i:
        return None
    comparative = frozenset(t.i for t in head.subtree)
    return Reading(counted, verb, f"{lemma_phrase(counted, comparative)} {flow[0]}", True)


def _part_of_whole(root: Token, quantity: Quantity, verb: Token | None, change_nouns: frozenset[str]) -> Reading | None:
    """A percentage of a whole: of a company that is owned or traded it is a stake ("owns 38 percent of
    X"); as the object of a change verb it is a change of the whole ("shed 5 percent of its outlets");
    else it is a share of the whole ("70 percent of members voted"). A fraction in words is such a percent
    ("two-thirds of its stores", `fraction_shares`), save as a change verb's object, which keeps its own reading."""
    fraction = is_written_fraction(quantity)
    if quantity.unit != "percent" and not fraction:
        return None
    whole = figure_measured_whole(prep_object(root, ("of",)) or _of_after(root, verb))
    shared = _share_of_whole(root, whole)
    if shared is not None:
        return shared
    sized = sized_by_economy(whole, verb)  # "a shortfall holding near 3 percent of GDP": the shortfall
    if sized is not None:
        return Reading(sized, verb, noun_phrase(sized), False)
    verb_lemma = verb.lemma_.lower() if verb is not None else ""
    stake = table("stake_verbs").get(verb_lemma)
    if root.dep_ == "pobj" and root.head.lower_ == "for":  # "paid $80 million for 40 percent (of X)"
        # what is paid for is a part of a company, whatever noun names it ("the brewer's bottling arm")
        paid = stake or verb_lemma in table("money_object_verbs")
        return Reading(None, verb, "stake acquired", False) if paid else None
    if whole is None and stake and root.dep_ == "dobj" and verb_lemma in words("bare_stake_verbs"):
        return Reading(None, verb, stake[0], False)  # "the state, which owns nearly 80 percent": a stake
    if whole is None or root.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return None
    if stake and (whole.ent_type_ == "ORG" or whole.pos_ == "PROPN" or whole.lemma_.lower() in words("org_nouns")):
        return Reading(None, verb, stake[0], False)
    if stake and _company_shares_whole(whole):  # "owns 20 percent of X's shares": of the company, as above
        return Reading(None, verb, stake[0], False)
    if whole.pos_ != "NOUN":
        return None
    if root.dep_ == "dobj" and verb_lemma in change_nouns:
        return None if fraction else Reading(whole, verb, noun_phrase(whole), True)
    return Reading(whole, verb, f"share of {noun_phrase(whole)}", False)


def _company_shares_whole(whole: Token) -> bool:
    """ "X's shares", "the company's stock", "its share capital": a whole that is a company's shares, or its
    capital written as shares (`share_capital_nouns` compounded with a share noun); a part of it owned or traded
    is a part of the company."""
    if company_shares(whole):
        return True
    compounded = any(c.dep_ == "compound" and c.lemma_.lower() in SHARE_WORDS for c in whole.children)
    return compounded and whole.lemma_.lower() in words("share_capital_nouns")


def _share_of_whole(root: Token, whole: Token | None) -> Reading | None:
    """ "exports account for 40 percent of output", "spending, which makes up 70 percent of the economy": the
    percent is its subject's share of the whole ("exports share of output"; the gold's "consumer spending share
    of economic activity"), or the bare share when the subject names no measure."""
    if whole is None or whole.pos_ != "NOUN":
        return None
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else root.head
    if verb.lemma_.lower() not in words("share_verbs") or root.dep_ not in ("pobj", "dobj"):
        return None
    lemma = verb.lemma_.lower()
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if (lemma == "account") != (root.dep_ == "pobj") or lemma == "make" and "up" not in particle:
        return None  # "account for" takes the figure after "for", the others as object; "make" only as "make up"
    part = clause_subject(verb)
    named = part is not None and part.pos_ == "NOUN" and is_measure_noun(part)
    share = f"share of {noun_phrase(whole)}"
    return Reading(whole, verb, f"{noun_phrase(part)} {share}" if named else share, False)


def _of_after(root: Token, verb: Token | None) -> Token | None:
    """ "lost 6 percent, or 410, of its outlets": the of-phrase of the part hung on the verb, after the figure."""
    whole = prep_object(verb, ("of",)) if verb is not None and root.dep_ == "dobj" else None
    return whole if whole is not None and whole.i > root.i else None


def _noun_before_of(span: Span, root: Token, change_nouns: frozenset[str]) -> Token | None:
    """The noun right before "of <figure>" when the parse did not hang the figure on that "of"."""
    doc = span.doc
    if span.start - 2 < span.sent.start or doc[span.start - 1].lower_ != "of" or root.head.i == span.start - 1:
        return None
    noun, parsed_head = doc[span.start - 2], root.head
    # not where the figure premodifies the noun after it ("fears of $120-a-barrel crude"); a parse that
    # hangs it on a noun past a coordination ("$2.1 billion plus per-share profit") is a misparse
    between = doc[span.end : parsed_head.i]
    premodifies = parsed_head.i >= span.end and not any(t.pos_ in ("CCONJ", "PUNCT") for t in between)
    across = not premodifies
    ordinary = noun.lemma_.lower() not in change_nouns | words("holder_nouns") | words("container_nouns")
    return noun if across and noun.pos_ == "NOUN" and ordinary else None


def _hyphen_bound(token: Token) -> bool:
    """ "a write-down of $40 million": a change word hyphenated to the word before it is part of a noun."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.text == "-" and not previous.whitespace_


def compound_measure(change: Token) -> Token | None:
    """ "revenue growth of 19%": the measured noun is the compound before the change noun."""
    names = ("ORG", "GPE", "PERSON", "NORP", "PRODUCT")
    compounds = [
        c
        for c in change.lefts
        if c.dep_ in ("compound", "nmod")  # "earnings-per-share growth" parses the hyphened noun as nmod
        and (c.pos_ == "NOUN" and c.ent_type_ not in names or c.pos_ == "PROPN" and not c.ent_type_)
        and not c.like_num
        and c.ent_type_ not in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")  # "7 percent economic growth"
    ]
    if compounds:
        return compounds[-1]
    # "8 percent economic growth": the adjective names the economy, so the change noun with it is the measure
    economic = any(c.dep_ == "amod" and c.lemma_.lower() in words("economy_adjectives") for c in change.lefts)
    return change if economic else None


def measured_for_verb(verb: Token, anchor: Token) -> Token | None:
    """For "X rose 5%" the subject X; for "improve the margin to 5%" the object; else the subject inherited."""
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj",) and c.i != anchor.i and not c.like_num and c.ent_type_ not in NUMBER_ENTS
    ]
    subject = interrupted_subject(verb) or embedded_antecedent(verb)  # "and shipments, which"
    subject = subject or subordinate_measure(verb) or clause_subject(verb)  # "as traffic on the bridge grew"
    subject = measure_pronoun(verb, subject) or subject  # "income grew 6 percent, whereas it was down 2 percent"
    figure_subject = subject is not None and subject.i != anchor.i and subject.ent_type_ in FIGURE_ENTS
    coordinated = _coordinated_subject(verb, figure_subject)
    if figure_subject or coordinated is not None and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        subject = coordinated  # "5 percent and fee income jumped": the parse took the figure
    if subject is not None and is_index_code(subject):
        # "the Kestrel Composite index .KCI fell": the code heads the index it names; the index noun carries the name
        named = (c for c in subject.children if c.dep_ == "compound" and c.lemma_.lower() in ("index", "average"))
        return next(named, subject)
    traded = commodity_of(subject)
    if traded is not None:
        return traded  # "light crude CLx9 settled at $58": the commodity before its contract code
    if anchor.dep_ == "prep" and objects and objects[0].pos_ == "NOUN":
        return objects[0]  # "improve the margin by 5 points"; not "outperformed the index by 5 percent"
    if subject is not None and is_measure_noun(subject) and not flow_agent(verb, subject):
        return subject
    if objects and objects[0].pos_ == "NOUN":
        return objects[0]
    return stranded_subject(verb)


def _coordinated_subject(verb: Token, figure_subject: bool) -> Token | None:
    """ "rose 5 percent and net income jumped 18 percent": the measure noun right before a verb that the
    parse coordinated with the figure before it (or made the subject, leaving the noun a conjunct)."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or previous.pos_ != "NOUN" or not is_measure_noun(previous):
        return None
    glued = previous.dep_ == "conj" and previous.head.ent_type_ in FIGURE_ENTS
    return previous if glued or figure_subject else None
