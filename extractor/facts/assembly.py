"""Facts assembled per sentence: the orchestration of the fact rules over a parsed Doc.

For every quantity: what it measures (`measures`), whose it is (`discourse`), whether it is a
level or a change, its period (`attachment`), comparison, modality (`modality`) and attribution.
Ranks, roles and events come from `named_facts`. Each fact is grounded in its sentence (`grounding`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import partial

from spacy.tokens import Doc, Span, Token

from extractor.facts import period_choice_log
from extractor.facts.acting_crowds import acted_on_crowd, acting_crowd
from extractor.facts.anaphoric_figures import anaphoric_measure, restated_predicate, with_counted_of
from extractor.facts.appointed_roles import appointed_roles
from extractor.facts.attachment import (
    SentencePeriods,
    Story,
    estimate_told_in_past,
    estimated_period,
    period_for,
    told_in_present,
)
from extractor.facts.attachment_days import (
    carried_day,
    counts_held_shares,
    is_dated_daily,
    named_period,
    quotes_a_bond,
    quotes_a_swap,
    reads_named_index,
    result_period,
)
from extractor.facts.bare_moves import remember_counted, with_borrowed
from extractor.facts.based_later_sides import compared_with_counted_back
from extractor.facts.body_counts import body_count_facts
from extractor.facts.caps_roles import caps_role_facts
from extractor.facts.clause_topics import held_subject_owner
from extractor.facts.counted_flows import repeated_count
from extractor.facts.counted_moves import moved_count
from extractor.facts.customer_losses import lost_customers
from extractor.facts.decision_times import without_decision_times
from extractor.facts.default_periods import (
    counted_by_flow,
    default_period,
    holds_now,
    level_of_stock,
    new_additions,
    release_nouns,
)
from extractor.facts.described_crowds import described_crowd
from extractor.facts.detached_changes import restated_figure, restates_level
from extractor.facts.direction import settle_direction
from extractor.facts.discourse import (
    DOC_TOPIC,
    DocContext,
    attribution_for,
    planned_by_another,
    resolve_subject,
    subject_for,
)
from extractor.facts.elliptical_counts import borrowed_quantity, elliptical_count, repeated_predicate
from extractor.facts.estimate_periods import period_told_before
from extractor.facts.event_repeats import one_fact_per_event
from extractor.facts.events import event_facts
from extractor.facts.exchange_holders import exchange_holder
from extractor.facts.fact_claims import deduplicate
from extractor.facts.followed_lists import follower_name
from extractor.facts.forecaster_people import forecasts_of_forecasters
from extractor.facts.fraction_shares import as_percent_share
from extractor.facts.generic_heads import generic_head_phrase
from extractor.facts.grounding import grounded_fact
from extractor.facts.growth_rates import growth_change
from extractor.facts.implied_currency import implied_currency, later_currencies
from extractor.facts.index_names import index_entities_of
from extractor.facts.linked_levels import Link, linked_level
from extractor.facts.market_readings import (
    contract_months,
    index_for,
    instrument_for,
    instrument_predicate,
    market_for,
    whole_market,
)
from extractor.facts.measure_phrases import headline_measure, is_vague_amount, places_something, reports_result
from extractor.facts.measured_nouns import phrase_fragments
from extractor.facts.measures import (
    TIME_UNITS,
    Reading,
    is_stock,
    measure_confidence,
    normalize_predicate,
    predicate_head,
    read_quantity,
    with_rate,
)
from extractor.facts.modality import (
    modal_above,
    modality_after_dating,
    modality_for,
    modality_of_measure,
    predicted_by_modal,
)
from extractor.facts.modality_deal_tellers import told_by_a_nonparty
from extractor.facts.modality_instruments import instrument_modality
from extractor.facts.modality_price_targets import price_target_level
from extractor.facts.modality_requirements import set_by_a_rule
from extractor.facts.modality_revisions import replaced_prediction
from extractor.facts.modality_settled_terms import settled_term
from extractor.facts.named_facts import rank_facts, role_facts
from extractor.facts.named_owners import tagged_org
from extractor.facts.nameless_titles import NamelessTitles
from extractor.facts.non_facts import (
    is_chart_level,
    is_duration_count,
    is_editor_note,
    is_manner_of_speaking,
    is_reference_count,
)
from extractor.facts.occasion_counts import counted_action, occasions_count, occasions_predicate
from extractor.facts.offer_sizes import sizes_an_offer
from extractor.facts.org_anaphors import continued_org
from extractor.facts.per_share_topics import per_share_topic, remember_per_share
from extractor.facts.place_markets import WHOLE_MARKET_KINDS, place_market_for
from extractor.facts.possessed_counts import held_count, possessed_count
from extractor.facts.predicate_forms import FALLBACK_PREDICATE, carries_share_topic, is_per_share
from extractor.facts.prison_sentences import sentence_sized, sentenced_party
from extractor.facts.reading_names import index_name, rate_name
from extractor.facts.record_labels import record_label
from extractor.facts.report_stocks import report_level_date, results_end
from extractor.facts.results_tables import results_table
from extractor.facts.running_totals import running_total, told_dating, total_dating
from extractor.facts.same_period import named_span
from extractor.facts.segment_figures import base_measure, segment_reading
from extractor.facts.sequel_periods import sequel_period
from extractor.facts.since_spans import dated_since, held_since, since_may_date
from extractor.facts.standing_sizes import dated_as_its_own, sizes_a_standing_term, standing_dating
from extractor.facts.statistic_names import release_name
from extractor.facts.statistic_siblings import sibling_statistic_holder
from extractor.facts.stock_move_license import stock_move_predicate
from extractor.facts.stock_moves import moves_a_stock
from extractor.facts.story_company import mark_story_company
from extractor.facts.story_period import report_period, results_base
from extractor.facts.survey_months import survey_reading
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject
from extractor.facts.time_supplies import is_time_supply, supply_predicate
from extractor.facts.timeline_days import Timeline, entry_dating, entry_events
from extractor.facts.unit_ties import parent_figure
from extractor.facts.vague_crowds import is_vague_crowd
from extractor.facts.valuations import is_deal_term
from extractor.facts.weekly_stories import week_for_figure
from extractor.facts.wire_brief import BriefFigure, brief_figure, brief_period, brief_periods, brief_subject, revised
from extractor.header import find_header
from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.entities import index_entities
from extractor.mentions.periods import (
    PeriodMention,
    find_periods,
    fiscal_calendar,
    may_name_a_period,
    sentence_is_future,
)
from extractor.mentions.quantities import QuantityMention, mentions_in_doc
from extractor.mentions.quantities.unit_classes import unit_class
from extractor.mentions.token_index import has_verb
from extractor.models import Entity, Fact, Period, Quantity

YEAR_ON_YEAR = re.compile(
    r"\b(year[\s-]on[\s-]year|year[\s-]over[\s-]year|from\s+a\s+year\s+(?:earlier|ago|before)|"
    r"(?:compared\s+with|than|from)\s+(?:the\s+)?(?:same\s+(?:period|quarter)\s+)?(?:a|last|the\s+previous|the\s+prior)\s+year|"
    r"a\s+year\s+(?:earlier|ago)|y/y|yoy)\b",
    re.I,
)
FOOTNOTE = re.compile(r"\(\s*(?:US)?\$?\s?1\s*=\s*[^)]*\)")


@dataclass
class ExtractionResult:
    facts: list[Fact]
    entities: list[Entity]
    quantities: list[dict] = field(default_factory=list)
    periods: list[dict] = field(default_factory=list)


# ----------------------------------------------------------------------------- facts


def _names_an_org(span: Span, ctx: DocContext) -> bool:
    """A quantity that is an organization's name: tagged inside it, or written as a name the story gives
    an organization elsewhere ("8X Corp ... shares of 8X rose")."""
    if all((c := ctx.entities.at(t.i)) is not None and c.label == "ORG" for t in span):
        return True
    text = span.text
    return text[:1].isdigit() and text in ctx.entities.org_names()


def quantity_facts(
    sent: Span,
    mentions: list[tuple[QuantityMention, Span]],
    both: SentencePeriods,
    ctx: DocContext,
    entry_day: Period | None = None,  # the day of the timeline entry the sentence belongs to (`timeline_days`)
) -> list[Fact]:
    if not mentions:
        return []  # most sentences state no figure: skip the sentence-wide reads below
    ctx.topics.pop(WHOLE_TOPIC, None)  # a whole measure restated after a per-share one is the same sentence's
    periods = both.past
    facts = []
    previous: tuple[QuantityMention, Fact] | None = None
    footnotes = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in FOOTNOTE.finditer(span_text(sent))]
    period_spans = [(m.start + sent.start_char, m.end + sent.start_char) for m in periods]
    attributed = attribution_for(sent, ctx)
    # the tokens of every figure, and "in lieu of", "thanks to": their nouns measure nothing
    skip = frozenset(t.i for _, q_span in mentions for t in q_span) | phrase_fragments(sent)
    last: QuantityMention | None = None  # the figure read before, a fact or not (`linked_level`)
    before_it = ctx.figures_before  # the sentence before's figures, antecedents of a figure that points back
    for mention, span in mentions:
        before, last = last, mention
        supply = is_time_supply(span)  # "a 9.5 months' supply": a stock's level, though its time reads as a period
        custody = sentence_sized(span) if mention.quantity.unit in TIME_UNITS else None  # "a 40-year sentence"
        if not (supply or custody) and any(s <= mention.start < e for s, e in footnotes + period_spans):
            continue
        quantity = implied_currency(mention, span, facts, sent, later=later_currencies(mention, mentions))
        if quantity is None:
            continue
        if (quantity.unit in TIME_UNITS or places_something(quantity, span)) and not (supply or custody):
            continue  # "in five years", "after 12 hours of talks": a duration is a period phrase, not a fact (TRAPS)
        if is_reference_count(span, quantity.unit) or is_vague_crowd(span, quantity):
            continue  # "the two companies", "thousands of customers": a set or a crowd named, not a figure
        if is_manner_of_speaking(span):
            continue  # "aged 55", "100 percent sure", "a reading below 50 indicates": no figure reported
        if _names_an_org(span, ctx):
            continue  # "8X earned $1.40": a number inside a company's name is not "3 million"
        reading = read_quantity(span, quantity, mention.kind, skip)
        if is_chart_level(reading.measured, span, quantity.unit):
            continue  # "support at $79", "resistance around 1.37": a trader's chart level, not a figure (TRAPS)
        reading = segment_reading(reading, span, ctx.topics.get(unit_class(quantity)))  # "its dairy unit rose 5%"
        quantity = settle_direction(quantity, span, reading)
        quantity = moved_count(span, quantity) or quantity  # "a 40,000 gain in jobs" counts jobs, up
        instrument = instrument_for(reading.measured, reading.verb, span, quantity)  # "Urals crude rose 51 cents"
        if instrument is None:  # "The Dow rose 1.7 percent to 13,177.68"
            instrument = index_for(reading.measured, reading.verb, span, quantity, ctx.main_org)
        if instrument is None:  # "in a broader market that was up 0.4 percent"
            instrument = market_for(reading.measured, reading.verb, span, quantity)
        if instrument is None:  # "Freedonian stocks fell 2 percent": the place's market
            instrument = place_market_for(reading.measured, reading.verb, span, quantity, ctx.main_org)
        zero = mention.extras.get("zero_change", False)  # "sales were unchanged": a change of 0 percent
        kind = "change" if (quantity.direction or reading.is_change or zero) else "metric"
        source = "parse"  # where the predicate comes from, for its confidence
        restated = restated_figure(previous, mention, sent)
        coordinated = restated.fact if restated is not None else None
        if coordinated is not None:
            if kind == "metric" and coordinated.kind == "change":
                kind = "change"
                quantity = quantity.model_copy(
                    update={"direction": coordinated.value.direction if coordinated.value else None}
                )
            if reading.predicate is None or reading.measured is None or restates_level(restated, reading.predicate):
                reading = Reading(reading.measured, reading.verb, coordinated.predicate, kind == "change")
                source = "coordinated"
        if (
            mention.kind == "multiple"
            and kind == "metric"
            and reading.verb is not None
            and reading.verb.lemma_ in words("change_up")
        ):
            kind = "change"
        deal_verb = reading.verb is not None and reading.verb.lemma_.lower() in words("share_deal_verbs")
        predicate = normalize_predicate(
            reading.predicate, quantity, kind, deal_verb=deal_verb, measured=reading.measured
        )
        brief = brief_figure(span)  # a wire brief's capital line names its measure in words, not syntax
        if brief is not None:
            predicate, kind, quantity = revised(brief, predicate, kind, quantity)
        if instrument is not None and instrument.kind in WHOLE_MARKET_KINDS:
            predicate = instrument_predicate(instrument, quantity, predicate)  # its bare level is a reading too
        if predicate is None and moves_a_stock(reading.verb):  # licensed by the clause, else what it names
            predicate = normalize_predicate(
                stock_move_predicate(
                    span, reading.verb, skip, mention.kind == "multiple", percent=quantity.unit == "percent"
                ),
                quantity,
                kind,
            )
        if predicate is None and reports_result(reading.verb, quantity):
            predicate = headline_measure(sent.doc)  # "the group achieved €120 million": the story's measure
            source = "topic"  # carried over from the rest of the story, as sure as a paragraph's topic
        linked = _linked(previous, mention, before, sent, predicate)  # "to 18,450 from a revised 17,980"
        if linked is not None:  # a level of the measure, counted noun and holder of the one before
            predicate, source, kind, quantity = linked.predicate, "coordinated", "metric", linked.quantity(quantity)
        repeated = elliptical_count(previous, mention, span, quantity) if predicate is None else None
        if repeated is not None:  # "cut 900 jobs, while Quillby has cut 650": the measure of the count before
            predicate, source, kind = repeated_predicate(repeated, span), "coordinated", repeated.kind
            quantity = borrowed_quantity(quantity, repeated)
        if predicate is None:
            if quantity.unit is None and not quantity.counted:
                continue  # a bare number with nothing measured is not a fact
            predicate = (
                acted_on_crowd(  # "tested 19 banks": "banks tested"
                    acting_crowd(quantity.counted, reading.measured, span, None),  # "20 funds appealed"
                    reading.measured,
                    span,
                    None,
                )
                if quantity.unit is None
                else _topic_predicate(
                    ctx, quantity, reading.restates, change=kind == "change", span=span, mention=mention
                )
            )
            source = "topic" if predicate else "fallback"
            if source == "fallback" and (is_vague_amount(quantity) or quantity.unit in words("length_units")):
                continue  # "provided billions of dollars", "(33 km) of": nothing measured, no figure of a result
            predicate = predicate or FALLBACK_PREDICATE
        predicate = repeated_count(previous and previous[1], span, predicate, quantity) or predicate  # "up from"
        bare = with_borrowed(predicate, span, kind, quantity, facts, ctx.topics)  # "after a 0.4 percent pickup"
        if bare is not None:  # a move noun that names nothing moved restates a measure told before (`bare_moves`)
            (predicate, quantity), source = bare, "topic"
        elif source == "parse":  # "the number of students taking night classes": whom the count counts
            predicate = described_crowd(predicate, reading.measured)
            predicate = acting_crowd(
                predicate, reading.measured, span, quantity.unit
            )  # "three members voted": "members voting"
            predicate = release_name(predicate, reading.measured)  # "home resales": "existing home sales"
            predicate = generic_head_phrase(predicate, reading.measured, skip)  # "the rate for business loans"
        predicate = rate_name(with_rate(predicate, span), kind, quantity)  # "unemployment hit 9 percent": its rate
        predicate = supply_predicate(span, predicate, quantity.unit) if supply else predicate  # "52 days of inventory"
        if instrument is None:  # "growth of 2 percent", "third-quarter GDP at 2 percent": a rate of change
            named, kind, quantity = growth_change(predicate, kind, quantity, span)
            source = "parse" if source == "fallback" and named != predicate else source  # growth was named
            predicate = named
        if quantity.unit is None and quantity.counted is None:
            counted = reading.measured.lemma_.lower() if reading.measured is not None else predicate_head(predicate)
            quantity = quantity.model_copy(update={"counted": counted})
        if is_duration_count(quantity.unit, quantity.counted) and not (supply or custody):
            continue  # "four straight months", "seven or eight years": a span of time, not a count (TRAPS)
        if custody is not None:  # the court's sentence, whatever noun the reading took the time for
            predicate, source = custody, "parse"
        lost = lost_customers(reading.measured, reading.verb, quantity) if kind == "metric" else None
        if lost is not None:  # "lost 40,000 subscribers": the subscriber base fell, a change (customer_losses)
            predicate, kind = lost, "change"
            quantity = quantity.model_copy(update={"direction": "down"})
        action = counted_action(span, quantity.unit)
        if action is not None:  # "raised rates 13 times": how often it was done, no multiple of rates
            predicate, kind, source = occasions_predicate(action), "metric", "parse"
            quantity = occasions_count(quantity)
        subject = subject_for(reading.measured, reading.verb, ctx, sent, span)
        subject = (sentenced_party(span, ctx.entities) or subject) if custody is not None else subject
        subject = brief_subject(brief, ctx.entities.main_org) or subject  # a brief's lines are its company's
        subject = linked.subject if linked is not None else subject
        subject = exchange_holder(span, reading.measured, quantity.unit, subject, ctx) or subject  # wrap volume
        subject = _follower_subject(span, ctx) or subject  # "followed by Ostrava at 800": Ostrava's 800
        subject, predicate = parent_figure(subject, predicate, ctx)  # "Quillby, its packaging arm": the parent's
        if instrument is not None:  # a commodity, currency or bond is the subject of its own quotes (FACTS.md)
            subject, predicate = instrument.name, instrument_predicate(instrument, quantity, predicate)
        elif told := anaphoric_measure(
            predicate, reading.measured, span, quantity, kind, subject, [*before_it, *facts]
        ):
            predicate, source = restated_predicate(predicate, told), "topic"  # "the climb lifted orders to": orders
            quantity = with_counted_of(quantity, told)
        # "<bank> sees <country>'s inflation at N% and then M%": the first figure's place; not an elliptical count
        # ("Quillby cut 900 jobs, while Harrow has cut 650"), whose clause names its own holder
        if instrument is None and repeated is None:
            subject = sibling_statistic_holder(predicate, subject, source, facts, ctx.entities) or subject
        if subject is None or source == "fallback" and _not_the_holders(subject, span, ctx, reading.verb, kind):
            continue  # a figure that names nothing measured is kept only for the holder the text gives it
        deal_term = is_deal_term(predicate)
        modality = _figure_modality(span, sent, reading.verb, predicate, subject, ctx, brief, facts)
        modality = linked.modality(modality) if linked is not None else modality
        # "will subscribe for fresh stock valued at 4 billion crowns": the sum paid for shares is no share price
        daily = is_dated_daily(predicate) or reads_named_index(predicate, subject)
        daily = daily and not (deal_verb and unit_class(quantity) == "amount")
        # "owns 3 million shares": a holding, a stock as of a day, not a quote of the session
        daily = daily and not counts_held_shares(kind, predicate, quantity.unit, reading.verb)
        # a commodity's, currency's or bond's quote is of the session, like an index level; not a year-on-year
        # move in a results report ("crude prices fell 50 percent year over year": the quarter's)
        quoted = instrument is not None or quotes_a_bond(predicate, span_text(sent))  # "bond yields rose to 6.5%"
        quoted = quoted or quotes_a_swap(quantity.unit, span_text(sent))  # "default swaps fell 8 basis points"
        quoted = quoted and modality == "actual" and not YEAR_ON_YEAR.search(span_text(sent))
        daily = (daily or quoted) and not survey_reading(
            predicate, ctx.report_period, sent, quantity.unit, reading.measured
        )
        # "will pay $18 a share, a premium to the closing price on Monday": the agreed terms of a deal still to
        # be done have no period of their own (a day in the sentence is of the announcement or of a price); nor
        # has the sum of a bid for a company, made or withdrawn: the day told dates what was done with the bid
        no_period_terms = (
            deal_term and modality == "actual" and reading.verb is not None and predicted_by_modal(reading.verb)
        ) or (kind == "metric" and modality == "actual" and sizes_an_offer(predicate, reading.measured, span))
        # so have a pay or deal term told with "will" ("holders will receive 0.6 shares") and a broker's price target
        no_period_terms = no_period_terms or _term_without_period(span, modality)
        dating = [] if no_period_terms else brief_periods(brief, both, modality, sent, ctx.report_period)
        # "a $2 billion buyback program": a standing term's size is no result of the story's period (FACTS.md)
        standing = kind == "metric" and sizes_a_standing_term(predicate, reading.measured, span)
        standing = standing and not dated_as_its_own(dating, sent, reading.measured, ctx.published)
        dating = standing_dating(dating, ctx.published) if standing else dating
        # "has poured $600 million into ...": a running total to the time of telling, dated only in its own clause
        running = kind == "metric" and modality == "actual" and running_total(reading.verb, span.root)
        dating = told_dating(dating, running, reading.verb, kind, modality, span, sent, ctx.published)
        dating = without_decision_times(dating, span, sent, modality, ctx.published)  # "last month agreed to cut"
        if instrument is not None:
            contracts = contract_months(dating, sent)  # "crude for April delivery": a contract, not a period
            dating = [m for m in dating if not any(m is c for c in contracts)]
        period, comparison, as_of = period_for(
            span,
            dating,
            sent,
            others=tuple(q for _, q in mentions),
            kind="price" if daily else "flow",
            story=Story(ctx.published, None)
            if no_period_terms or standing
            else Story(
                ctx.published,
                ctx.section_period or ctx.report_period,
                ctx.results_base,
                ctx.named_before,
                ctx.span_before,
            ),
            modality=modality,
            measure=predicate,
        )
        if instrument is not None and period is None:  # "this week", "next year": read as a flow's period
            # the whole market a stock is compared with ("20 percent in the quarter, against 3 percent for the
            # broader market") is read over the story's report period, as the stock's "the quarter" is
            report = (ctx.section_period or ctx.report_period) if whole_market(instrument.head) else None
            period, comparison, as_of = period_for(
                span, dating, sent, others=tuple(q for _, q in mentions), story=Story(ctx.published, report)
            )
        if entry_day is not None and period in (None, entry_day) and modality == "actual":  # "Jun 5 - X lends $9"
            count = quantity.unit is None
            period, as_of = entry_dating(entry_day, kind, predicate, reading.verb, span, daily=daily, count=count)
        if daily and period is None:
            period = carried_day(
                ctx.price_day, sent, span, ctx.published
            )  # "X closed Friday up 2%. Y ended down 5%": Friday
        if daily and period is not None and period.start == period.end:
            ctx.price_day = (sent.end_char, period)
        if (
            period is None and modality == "forecast" and not (daily or standing or no_period_terms)
        ):  # "looked for 140,000"
            period = estimated_period(sent, result_period(facts) or ctx.result_before, ctx.published)
        stock_level = kind == "metric" and is_stock(predicate)  # a stake or a share is as of a day, not a span
        # "expect $2.18.": a bare figure may take the period of the figures told before it
        if period is None and not daily and not (no_period_terms or stock_level or standing or running == "now"):
            only_estimates = all(f.modality == "forecast" for f in facts)  # no result or guidance told before it
            period = period_told_before(sent, quantity, modality, only_estimates, ctx.figures_before)
        # a standing term's size takes publication only when told as holding now ("now stands at $2 billion")
        if period is None and not no_period_terms and not (standing and not told_in_present(span, reading.verb)):
            now_held = kind == "metric" and (
                quantity.unit is None
                and holds_now(span, reading.verb)
                or brief is None  # a brief line's present tense is the wire's style, not "holds now"
                and told_in_present(span, reading.verb)
            )
            # a stock's level is as of publication; its change is a flow over the story's period ("inventory
            # slipped 0.9 percent", "the economy grew at a 3 percent rate"), compared with a year before or not
            additions = quantity.unit is None and new_additions(reading)  # counted, not "new shares worth $5m"
            estimated = modality == "forecast" and ctx.report_period is not None and estimate_told_in_past(sent)
            flow = counted_by_flow(reading.verb, span, predicate)  # "the number of patients treated last year"
            now_held = now_held or is_stock(predicate) and kind != "change" and not (additions or estimated or flow)
            now_held = (
                now_held or (kind == "metric" and as_of is not None) or running == "now"
            )  # "27 members at end-2012"
            stated = as_of
            # "up from $31 million a year earlier" counted back from a story's results base: the later side is of it
            based = ctx.results_base if compared_with_counted_back(span, dating, sent) else None
            period, as_of = default_period(
                predicate, kind, modality, ctx, as_of, holds_now=now_held, daily=daily, base=based
            )
            if period_choice_log.enabled():
                _log_default(sent, span, kind, predicate, modality, now_held, reading.verb, ctx, period)
            if stated is None and period is None and as_of == ctx.published and ctx.results_end is not None:
                as_of = report_level_date(kind, predicate, modality, subject, span, sent, reading.verb, ctx) or as_of
            period = week_for_figure(period, ctx.report_period, periods, quantity)  # not a week's "$4,000 credit"
        if period is None and as_of is None and not daily:  # "rose 2 percent after a 1 percent gain in May": June's
            period = sequel_period(span, sent, dating, ctx.published, modality)
        period, as_of = total_dating(period, as_of) if running else (period, as_of)  # "through Oct. 3 it has spent"
        if since_may_date(running, kind, period, reading.verb, modality, span):
            period = dated_since(period, span, sent, periods, ctx.published) or period  # "since its IPO in May"
        first = facts[0].period if facts else None  # the line's own figure, before VERSUS
        period = brief_period(brief, period, [m.period for m in both.past] + [ctx.report_period], first)
        # a level dated by a span that starts at publication ("by 2020") is planned, whatever the modality says
        ahead = period is not None and ctx.published is not None and (period.start or dt.date.min) >= ctx.published
        if (
            kind == "metric"
            and modality == "actual"
            and not ahead
            and level_of_stock(predicate, period, reading.verb, span, sent)
        ):
            period, as_of = None, period.end  # "leaving 900 branches" at the end of the span: as of its end
        elif held_since(kind, modality, period, reading.verb):
            period, as_of = None, period.end or ctx.published  # "has kept its rate at 2 percent since May"
        elif held_count(kind, modality, period, ahead, daily, quantity) and possessed_count(span, reading.verb):
            period, as_of = None, as_of or ctx.published  # "last month it wrote to <Firm>'s 900 brokers": a size held
        if not daily:  # a quote is observed on its day; a later period on it is a bond's term ("due 2033")
            modality = modality_after_dating(span, modality, period, ctx.published, sent)  # dated after the story
            modality = "forecast" if modality == "target" and planned_by_another(span, subject, ctx) else modality
        if modality == "actual" and set_by_a_rule(span, quantity):  # a ratio a rule fixes: a target, dated as told
            modality = "target"
        modality = instrument_modality(modality, instrument, subject)  # "copper could hit $9,000": a market view
        if kind == "metric" and period is not None and period.start == period.end and daily:
            as_of = as_of or period.start  # a price "on Wednesday" is that day's level (FACTS.md)
        if kind == "change" and comparison is None and YEAR_ON_YEAR.search(span_text(sent)):
            comparison = "year on year"
        facts.append(
            grounded_fact(
                ctx.doc_id,
                sent,
                mention.start,
                kind=kind,
                subject=subject,
                predicate=index_name(predicate, reading.measured),  # "a reading of 61": the index
                value=as_percent_share(quantity, kind),  # a metric's "roughly a quarter of X": 25 percent
                period=period,
                as_of=as_of,
                location=_location(reading, span, ctx),
                comparison=comparison if kind == "change" else None,
                modality=modality,
                attributed_to=attributed,
                confidence=measure_confidence(reading, span, predicate, source),
            )
        )
        previous = (mention, facts[-1])
        # a short-named index's move is no topic of bare figures, nor is a measure that did not move
        if (instrument is None or instrument.kind not in WHOLE_MARKET_KINDS) and not zero:
            # the measure goes on to later figures, the unit it was told of does not ("profit at its bank arm")
            measure = base_measure(facts[-1].predicate) or facts[-1].predicate
            ctx.topics[unit_class(quantity)] = ctx.topics[DOC_TOPIC + unit_class(quantity)] = measure
            remember_counted(ctx.topics, measure, facts[-1].value or quantity)  # "a 150,000 gain" counts it too
            if unit_class(quantity) == "amount" and not is_per_share(facts[-1].predicate):
                ctx.topics[WHOLE_TOPIC] = facts[-1].predicate
            remember_per_share(ctx.topics, facts[-1].predicate)
    return facts


def _linked(
    previous: tuple[QuantityMention, Fact] | None,
    mention: QuantityMention,
    before: QuantityMention | None,
    sent: Span,
    predicate: str | None,
) -> Link | None:
    """The level `mention` is the old value or the estimate of (`linked_levels`), looked for only when the figure
    names no measure of its own or only a span of time ("17,980 the week before" read as weeks)."""
    if predicate is not None and not is_duration_count(None, predicate_head(predicate)):
        return None
    return linked_level(previous, mention, before, sent)


def _figure_modality(
    span: Span,
    sent: Span,
    verb: Token | None,
    predicate: str,
    subject: str,
    ctx: DocContext,
    brief: BriefFigure | None,
    facts: list[Fact],
) -> str:
    """The modality of the figure `span`: its clause's, that of a plan its measure names, the brief line's, or
    that of the figure just read when it replaces an earlier prediction."""
    deal_term = is_deal_term(predicate)
    modality = modality_for(span, sent, verb, agreed_deal=deal_term)
    if deal_term and modality == "actual" and modal_above(span.root) and told_by_a_nonparty(span.root, subject, ctx):
        modality = "forecast"  # "the fund said the retailer may attract an offer of $8 a share": not terms agreed
    modality = modality_of_measure(modality, predicate)  # "planned store closures": a plan's figure
    if modality == "target" and planned_by_another(span, subject, ctx):
        modality = "forecast"  # "Acme expects Freedonian car sales to reach 5 million": Acme's view of another
    modality = brief.modality if brief is not None and brief.modality else modality
    if facts and replaced_prediction(span.root):  # "sees 95 cents, against a prior outlook of 70": the same
        modality = facts[-1].modality  # maker's prediction as the figure that replaces it
    return modality


def _term_without_period(span: Span, modality: str) -> bool:
    """A settled term told with "will" (`settled_term`) or a price target (`price_target_level`): neither is a
    result of the story's period, and a day in the sentence dates the telling, not the figure."""
    if modality == "actual":
        return settled_term(span.root)
    return modality == "forecast" and price_target_level(span.root)


def _not_the_holders(subject: str, span: Span, ctx: DocContext, verb: Token | None, kind: str) -> bool:
    """A figure that names nothing measured is kept for the main organization, for a name it is bracketed
    after, and, when it is a change ("Halvard Inc posted gains of 7 percent"), for the name that is the
    subject of its own verb; a subject found by discourse alone is too weak a holder for a bare figure."""
    if subject == ctx.main_org or _bracketed_after_name(span):
        return False
    if kind != "change" or verb is None:
        return True
    doer = clause_subject(verb)
    if doer is None:
        return True
    numbered = (
        doer.i + 1 < len(doer.doc) and doer.doc[doer.i + 1].dep_ == "nummod" and doer.doc[doer.i + 1].head == doer
    )
    named = doer.doc[doer.left_edge.i : doer.i + 1 + numbered].text  # "the Halden 500 climbed 6 percent"
    named += "".join(" " + c.doc[c.left_edge.i : c.right_edge.i + 1].text for c in doer.children if c.dep_ == "appos")
    return subject not in named  # "Rivals Harrow Mills and Pellam Bakeries rose 4 and 2 percent": the appositive's


def _follower_subject(span: Span, ctx: DocContext) -> str | None:
    """The runner-up a figure in a "followed by" list belongs to (`followed_lists`), as an entity's name: a place
    listed holds its figure as a company does ("followed by Ostrava at 9.2 percent"), though it acts in nothing."""
    name = follower_name(span)
    cluster = ctx.entities.at(name.i) if name is not None else None
    if cluster is not None and not cluster.agency:
        return cluster.name
    return resolve_subject(name, ctx)


def _bracketed_after_name(span: Span) -> bool:
    """ "Brindle Corp (22 percent)": a figure set in brackets right after a name is that name's own, even
    when nothing measured is named."""
    doc = span.doc
    start = span.start - 1 if span.start >= 1 and doc[span.start - 1].lower_ in words("move_adverbs") else span.start
    return start >= 2 and doc[start - 1].text == "(" and doc[start - 2].pos_ == "PROPN"  # "Ostrava (up 4 percent)"


def _topic_predicate(
    ctx: DocContext,
    quantity: Quantity,
    restates: bool,
    *,
    change: bool = False,
    span: Span | None = None,
    mention: QuantityMention | None = None,
) -> str | None:
    """An amount whose sentence names nothing measured ("the group achieved €120 million") continues
    the topic of the paragraph: the last predicate read for an amount of the same kind. A forecast
    ("analysts had expected 31 cents") restates the last such measure of the document. A bare change
    ("That marks a fall of 4 percent") with no change read before it in the paragraph is the
    change of the last level the paragraph gave."""
    rated = mention is not None and mention.extras.get("per") == "share"  # "had forecast 44 cents a share"
    topic = per_share_topic(ctx.topics, ctx.topics.get(unit_class(quantity)), rated)
    large = quantity.amount is not None and quantity.amount >= PER_SHARE_CEILING
    if topic is not None and is_per_share(topic) and large:
        # "$120 million, or 45 cents a share, compared with $98 million, or 37 cents a share": a sum restated
        # per share is the sentence's last whole measure; else the per-share measure taken whole ("an offer
        # of $5 a share, valuing it at $450 million")
        whole = ctx.topics.get(WHOLE_TOPIC) if span is not None and PER_SHARE_AFTER.match(span_after(span)) else None
        topic = whole or topic.removesuffix("per share").strip()
    if topic is None and change and unit_class(quantity) == "percent":
        topic = ctx.topics.get("amount")
    topic = topic or (ctx.topics.get(DOC_TOPIC + unit_class(quantity)) if restates else None)
    return topic if carries_share_topic(topic, span) else None  # "write-offs dropped 40 percent" is no stock move


WHOLE_TOPIC = "amount:whole"  # the sentence's last money measure that is not per share
PER_SHARE_CEILING = 1000  # a sum this large is a company's total, never an amount per share


PER_SHARE_AFTER = re.compile(r",?\s*or\s+[^,;]{0,25}?\b(?:a|per)\s+(?:\w+\s+)?share\b", re.I)


def span_after(span: Span) -> str:
    """The sentence's text right after a figure, up to 40 characters."""
    start = span.end_char - span.sent.start_char
    return span_text(span.sent)[start : start + 40]


def _location(reading: Reading, span: Span, ctx: DocContext) -> str | None:
    anchors = [t for t in (reading.measured, reading.verb) if t is not None]
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "within"):
                for obj in child.children:
                    cluster = ctx.entities.at(obj.i)
                    if obj.dep_ == "pobj" and cluster is not None and cluster.label in ("GPE", "LOC"):
                        return cluster.name
    return None


# ----------------------------------------------------------------------------- document


def find_facts(doc: Doc, *, doc_id: str, published: dt.date | None, title: str | None = None) -> ExtractionResult:
    """All facts of a parsed Doc, in document order, with its entities, quantities and periods."""
    text = doc_text(doc)  # Doc.text joins every token on each access: read it once per Doc
    header = find_header(text)
    body_start = header.end if header is not None and header.is_iso else 0
    title = title or (header.title if body_start else None)
    fiscal = fiscal_calendar(text, published)
    entities = index_entities(doc, title=title, body_start=body_start)
    main = entities.main_org
    mark_story_company(doc, [main.name, *sorted(main.aliases)] if main is not None else [])
    ctx = DocContext(doc, doc_id, published, fiscal, entities, None, body_start)
    ctx.report_period = report_period(doc, title, published, fiscal, body_start)
    ctx.release_nouns = release_nouns(doc, title, ctx.report_period, body_start)
    ctx.results_base = results_base(doc, ctx.report_period, published, fiscal, body_start)
    ctx.results_end = results_end(doc, ctx.report_period, published, entities, body_start)
    mentions_at = _MentionsByOffset(mentions_in_doc(doc))
    wire_table = results_table(
        doc, text, doc_id=doc_id, title=title, published=published, body_start=body_start, main_org=ctx.main_org
    )
    facts: list[Fact] = []
    quantities: list[dict] = []
    periods_out: list[dict] = []
    seen_roles: set[tuple[str, str]] = set()
    timeline = Timeline()  # the dated entry of a timeline each sentence belongs to
    nameless = NamelessTitles()  # "its chief executive said", the name in a later sentence
    for sent in doc.sents:
        if sent.start_char < body_start or not span_text(sent).strip():
            continue
        sent = _trim(sent)
        if sent is None or is_editor_note(sent):
            continue  # an editor's "(Corrects ... in paragraph 3)" is about the text, not the news
        table_facts = wire_table.facts_at(sent) if wire_table is not None else None
        if table_facts is not None:
            facts.extend(table_facts)  # "Shr 42 cts vs 35 cts": a table line has its own grammar
            continue
        paragraph = "\n\n" in text[max(body_start, sent.start_char - 4) : sent.start_char]
        if paragraph or sent.start_char == body_start:
            for key in [k for k in ctx.topics if not k.startswith(DOC_TOPIC)]:
                del ctx.topics[key]
        sent_text = span_text(sent)
        both = SentencePeriods(
            find_periods(sent_text, published=published, future=False, fiscal=fiscal, report=ctx.report_period),
            partial(find_periods, sent_text, published=published, future=True, fiscal=fiscal),  # read when asked
            sent,
        )
        both.past = timeline.read(sent_text, both.past, paragraph)  # a timeline entry's day, in the entry's year
        # most sentences name no period: both readings are then empty, and the future cues need no search
        periods = both.future if may_name_a_period(sent_text) and sentence_is_future(sent_text) else both.past
        mentions = mentions_at.within(sent.start_char, sent.end_char)
        told = len(facts)
        facts.extend(quantity_facts(sent, mentions, both, ctx, timeline.day))
        ctx.result_before = result_period(facts[told:])
        ctx.figures_before = [f for f in facts[told:] if f.kind in ("metric", "change") and f.value is not None]
        facts.extend(rank_facts(sent, both.past, ctx) + body_count_facts(sent, both, ctx, timeline.day))
        roles = role_facts(sent, ctx, seen_roles) + caps_role_facts(sent, ctx, seen_roles)
        roles += nameless.read(sent, ctx, seen_roles, roles)
        events = entry_events(event_facts(sent, both, ctx), timeline.day)  # "Jun 5 - X hires Y": Jun 5
        facts.extend(roles + events + appointed_roles(events, facts + roles, sent, ctx))  # "hired Lee, ..., as CEO"
        _update_section_period(ctx, sent, both.past)
        ctx.named_before = named_period(periods)
        ctx.span_before = named_span(periods)
        _update_last_subject(ctx, sent)
        quantities.extend({"start": m.start, "end": m.end, **m.quantity.model_dump(mode="json")} for m, _ in mentions)
        periods_out.extend(
            {
                "start": sent.start_char + p.start,
                "end": sent.start_char + p.end,
                "role": p.role,
                "label": p.period.label,
                "period_start": p.period.start.isoformat() if p.period.start else None,
                "period_end": p.period.end.isoformat() if p.period.end else None,
            }
            for p in periods
        )
    facts = forecasts_of_forecasters(deduplicate(facts), doc, entities)  # a titled analyst, named alone, predicts
    facts = one_fact_per_event(facts)  # an event told again in a later sentence is one claim (modality final here)
    entity_records = [Entity(doc_id=doc_id, label=record_label(c), name=c.name) for c in entities.clusters]
    if wire_table is not None:
        named = wire_table.entities(entities.clusters, body_start)
        entity_records = [Entity(doc_id=doc_id, label=label, name=name) for label, name in named]
    else:
        entity_records += index_entities_of(facts, entity_records, doc_id)
    return ExtractionResult(facts, entity_records, quantities, periods_out)


class _MentionsByOffset:
    """The quantity mentions that start in a stretch of the text, in their original order; found by
    bisection, so that a long document does not scan every mention for every sentence."""

    def __init__(self, mentions: list[tuple[QuantityMention, Span]]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i][0].start)
        self.starts = [mentions[i][0].start for i in self.order]

    def within(self, start: int, end: int) -> list[tuple[QuantityMention, Span]]:
        found = self.order[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]
        return [self.mentions[i] for i in sorted(found)]


def _update_last_subject(ctx: DocContext, sent: Span) -> None:
    """The organization a sentence's main clause is about, for "it" in the next sentence."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        ctx.previous_subject = None
        return
    name = resolve_subject(subject, ctx)  # before previous_subject moves on: it may continue the sentence before
    ctx.previous_subject = continued_org(subject, name, sent, ctx)
    named = tagged_org(subject, ctx.entities)
    if named is not None:
        ctx.last_subject = named
    elif subject.lower_ not in ("it", "its") and name is not None:
        ctx.last_subject = name
    elif (owner := held_subject_owner(subject, ctx)) is not None:
        ctx.last_subject = owner  # "Brindle shares fell. Its profit ...": Brindle's, not a party named before


def _update_section_period(ctx: DocContext, sent: Span, periods: list[PeriodMention]) -> None:
    """A sentence ending in a colon introduces a list whose items share its period; a heading
    (a short line without a verb) or the next introduction ends the list."""
    own = [m for m in periods if m.role == "period" and not m.point and m.period.start is not None]
    if span_text(sent).rstrip().endswith(":"):
        ctx.section_period = own[0].period if own else None
    elif not has_verb(sent.doc, sent.start, sent.end):
        ctx.section_period = None


def _trim(sent: Span) -> Span | None:
    """A sentence without surrounding whitespace, so evidence is the sentence itself."""
    text = span_text(sent)
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if right <= left:
        return None
    if left == 0 and right == len(text):
        return sent  # nothing to trim (most sentences): the same tokens, without a character lookup
    span = sent.doc.char_span(sent.start_char + left, sent.start_char + right, alignment_mode="contract")
    return span if span is not None and len(span) else None


def _log_default(
    sent: Span,
    span: Span,
    kind: str,
    predicate: str,
    modality: str,
    now_held: bool,
    verb: Token | None,
    ctx: DocContext,
    period: Period | None,
) -> None:
    """A figure with no period phrase, for `scripts/fit_period_weights.py shapes`: what speaks for the story's
    period, publication or none (`period_choice_log`)."""
    story = ctx.section_period or ctx.report_period
    features = {
        "kind": kind,
        "stock": is_stock(predicate),
        "held_now": now_held,
        "modality": modality,
        "story_period": story is not None,
        "verb_tag": verb.tag_ if verb is not None else "",
    }
    period_choice_log.write_default(sent.text, span.text, features, story, period)
