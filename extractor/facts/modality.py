"""Modality of a claim: actual, the subject's own target, or someone else's forecast."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from extractor.facts.announced_plans import announced_plan
from extractor.facts.goal_nouns import is_goal_lemma
from extractor.facts.modality_agreed_acts import agreed_act
from extractor.facts.modality_bases import (
    base_known_before,
    clauses_on_figure,
    is_comparison_base,
    known_base,
    names_prediction,
)
from extractor.facts.modality_demands import demanded_act
from extractor.facts.modality_economy import forecast_of_an_economy, predicted_statistic
from extractor.facts.modality_estimates import estimate_of_a_fact
from extractor.facts.modality_expectations import expectation_modality, previewed_reading
from extractor.facts.modality_hedged_figures import hedged_figure, probability_figure
from extractor.facts.modality_informed_outcomes import outcome_told_by_informants
from extractor.facts.modality_intentions import intended_act
from extractor.facts.modality_likelihood import likelihood_modality
from extractor.facts.modality_misread_forecasts import misread_forecast_modality
from extractor.facts.modality_moved_predictions import states_anothers_prediction
from extractor.facts.modality_obligations import required_level
from extractor.facts.modality_other_parties import predicted_for_another_party
from extractor.facts.modality_possessions import dated_in_its_phrase, describes_its_subject, owned_stock_size
from extractor.facts.modality_possessions import forecast_nouns as _forecast_nouns
from extractor.facts.modality_possessions import names_a_forecast as _names_a_forecast
from extractor.facts.modality_possessions import size_of_possessed as _size_of_possessed
from extractor.facts.modality_price_targets import price_target_level
from extractor.facts.modality_reached_goals import goal_reached
from extractor.facts.modality_reported_plans import reported_own_plan
from extractor.facts.modality_respondents import counts_holders_of_a_view
from extractor.facts.modality_revisions import whole_of_a_part
from extractor.facts.modality_settled_terms import settled_term
from extractor.facts.modality_should import predicted_by_should
from extractor.facts.modality_sizes import sizes_its_noun
from extractor.facts.modality_survey_readings import survey_reading
from extractor.facts.modality_tellers import sourced_to_forecasters, titled_forecaster, told_by_forecaster
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words
from extractor.mentions.token_index import lemmas_where
from extractor.models import Period

FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})


def _noun_owner_is_subject(noun: Token) -> bool:
    """ "its forecast", "the company's estimate": the subject's own prediction; so is one with no owner that the
    subject keeps or revises ("stuck to previous forecasts of ...", "reiterated forecasts for sales of ...")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return any(
            c.lower_ in ("its", "our", "their") or c.ent_type_ == "ORG" for c in noun.children if c.dep_ == "poss"
        )
    return _kept_by_its_issuer(noun)


GUIDANCE_PREPOSITIONS = frozenset({"by", "to", "with"})  # "stood by", "stuck to", "stuck with"


def _kept_by_its_issuer(noun: Token) -> bool:
    """A prediction noun that is the object of a verb of keeping or revising guidance ("reaffirmed forecasts",
    "stood by its outlook"), whose subject is no forecaster: the subject's own guidance. "beat forecasts",
    "analysts raised forecasts" are someone else's."""
    if noun.lemma_.lower() not in _forecast_nouns():
        return False  # "trimmed its tax charge by an estimated $7 million": an estimated amount, no guidance
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in GUIDANCE_PREPOSITIONS:
        verb = verb.head
        verbs = words("guidance_holding_verbs")
    elif noun.dep_ == "dobj":
        verbs = words("guidance_verbs")
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return False
    return not _forecasters_relative(verb) and not _forecaster_named_as_subject(verb)


def modality_for(
    span: Span, sent: Span, verb: Token | None, *, agreed_deal: bool = False, bases_known: bool = True
) -> str:
    """forecast: someone else's prediction (analysts, polls); target: the subject's own goal or plan.
    `agreed_deal`: the figure is the price of a deal, which "said it would buy X for $2 billion" reports
    as agreed, so only a word of planning ("plans to buy") makes it a target. A prediction whose source the
    sentence gives as forecasters ("the yield is seen at 1 percent, according to analysts polled by X") is
    theirs; a result told with its forecasters beside it ("profit was $2, according to X Estimates") stays one.
    `bases_known=False`: a comparison base is not taken as known (its period is not yet over)."""
    if price_target_level(span.root):
        return "forecast"  # "cut his price target to $37": a broker's prediction of the share price, never a goal
    misread = misread_forecast_modality(span.root)
    if misread is not None:
        return misread  # "the Brandt Institute forecast growth would be 2 percent": a verb tagged as a noun
    modality = _modality_in_clause(span, sent, verb, agreed_deal=agreed_deal, bases_known=bases_known)
    if modality == "actual" and announced_plan(span.root):
        return "target"  # "outlined 14 depot shutdowns": what the company will do, not what it did
    if modality == "actual" and not agreed_deal and agreed_act(span.root):
        return "target"  # "agreed to trim supply by 300,000 tonnes": the agreement is done, the cut is to come
    if modality == "actual" and previewed_reading(span.root):
        return "forecast"  # "the port's tally is projected to show box traffic climbed to 410,000"
    if modality == "actual" and (hedged_figure(span.root) or probability_figure(span.root)):
        return "forecast"  # "to avert a possible $5 billion fine", "the chances of X fell to 20 percent": no result
    if modality == "target" and sourced_to_forecasters(span.root):
        return "forecast"
    if modality == "target" and told_by_forecaster(span.root) and not reported_own_plan(span.root):
        return "forecast"  # a plan the press relays stays the holder's: "intends to pay back 700 million, a paper said"
    if modality == "target" and outcome_told_by_informants(span.root, predicted_by_modal):
        return "forecast"  # "the deal could be worth $40 million, a source said": the informant's reckoning
    if modality == "target" and predicted_for_another_party(span.root):
        return "forecast"  # "a fund manager expects Tarrow to post a loss of $2": not the fund's own plan
    if modality == "target" and (forecast_of_an_economy(span.root) or predicted_statistic(span.root)):
        return "forecast"  # "the fund raised its forecast for growth to 3.1 percent": a forecaster's, not a plan
    if agreed_deal and modality == "actual" and modal_above(span.root) and told_by_forecaster(span.root):
        return "forecast"  # "a deal that would value Halden at $5 billion, the report said": talks, not terms agreed
    if modality == "target" and settled_term(span.root):
        return "actual"  # "holders will receive 0.6 shares for each share": a term set, dated by "will"
    return modality


def modal_above(root: Token) -> bool:
    """A verb above the figure, below its reporting verb, takes a future or possibility auxiliary."""
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in words("reporting_verbs"):
            return False
        if token.pos_ in ("VERB", "AUX") and predicted_by_modal(token):
            return True
    return False


def modality_after_dating(
    span: Span, modality: str, period: Period | None, published: dt.date | None, sent: Span
) -> str:
    """A claim its period puts wholly after the story ("in 2014", "next month", "from May 1 through August 31" in a
    story of April) is no result, whatever its verb looks like ("repayments rise to 500 billion in 2014", "the
    discount runs from May 1"): a forecast where the sentence names forecasters or a prediction, else the
    subject's target. A period that starts on the publication day ("on Wednesday") may be a result, and so may a
    figure its phrase shows to be known now (the size of an owned thing, a comparison base, a past clause's)."""
    root = span.root
    if modality == "actual" and not base_known_before(root, period, published) and known_base([root, *root.ancestors]):
        modality = modality_for(span, sent, None, bases_known=False)  # "to $9 next year from $8 this year"
    if modality != "actual" or period is None or published is None:
        return modality
    if not _dated_description(span, period, published) and (
        period.start is None or _begun(period, published, span) or _term_of_a_debt(period, sent) or _known_now(span)
    ):
        return modality
    return "forecast" if any(names_prediction(t) for t in sent) else "target"


def _begun(period: Period, published: dt.date, span: Span) -> bool:
    """The period has begun at publication; a stretch from publication to a later end ("until 2016", "by 2015") is
    ahead as a period after the story is, not a day's result, unless the figure's verb tells it as done ("had 400
    stores by 2013", "has opened 90 branches by the end of June"): a count reached, told in the past."""
    if period.start == published and period.end is not None and period.end > published:
        return _told_as_done(span)
    return period.start <= published


def _told_as_done(span: Span) -> bool:
    """The verb governing the figure is in the past tense or the perfect, with no modal ("will have built")."""
    # the figure's own word when it is a verb ("to cut its debt by half by 2016"), else the nearest verb above it
    verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def _dated_description(span: Span, period: Period, published: dt.date) -> bool:
    """ "Norvale, with 2 million customers by the end of next year, hopes ...": a described or owned size whose
    own phrase dates it to a time that ends after the story is no present size; the clause decides, as before."""
    if period.end is None or period.end <= published or _size_of_possessed(span):
        return False
    chain = [span.root, *span.root.ancestors]
    return (owned_stock_size(span) or describes_its_subject(chain)) and dated_in_its_phrase(span, chain)


def modality_of_measure(modality: str, predicate: str) -> str:
    """A measure a word of planning opens ("planned store closures", "projected losses", "expected growth rate")
    is itself a plan: its figure is the subject's target, however the verb around it reads ("raised the count
    of planned branch closures to 48", "projected losses include $1.95 billion")."""
    if modality != "actual" or predicate.split(" ")[0] not in words("planning_participles"):
        return modality
    return "target"


def _known_now(span: Span) -> bool:
    """The figure's own phrase makes it a present or past fact, whatever date the sentence gives its act: "expects to
    sell its 35 percent stake next year", "to 1.5 percent from the present band of 1 to 1.25 percent"."""
    root = span.root
    chain = [root, *root.ancestors]
    if counts_holders_of_a_view(root):
        return True  # "52 percent expect the economy to weaken in the coming year": the share is counted now
    if _size_of_possessed(span) or owned_stock_size(span) or describes_its_subject(chain):
        return True  # "expects to sell its 35 percent stake next year"
    return is_comparison_base(chain) or _object_of_a_past_clause(root)


MATURITY_WORDS = frozenset({"due", "maturing", "matures"})


_LABEL_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")


def _term_of_a_debt(period: Period, sent: Span) -> bool:
    """ "bonds due 2033", "notes maturing in 2031": the year a debt falls due, read as the period; not a date of
    the claim (the price or yield is observed today)."""
    found = _LABEL_YEAR.search(period.label)  # "2033", "2033 (1 year earlier)", "until 2033", "through 2033"
    if found is None:
        return False
    year = found.group(0)
    for token in sent:
        if token.text == year:
            before = {t.lower_ for t in sent.doc[max(sent.start, token.i - 2) : token.i]}
            if before & MATURITY_WORDS:
                return True
    return False


def _modality_in_clause(
    span: Span, sent: Span, verb: Token | None, *, agreed_deal: bool = False, bases_known: bool = True
) -> str:
    """The modality the figure's own clause gives it (see `modality_for`)."""
    root = span.root
    chain = [root, *root.ancestors]
    if counts_holders_of_a_view(root):
        return "actual"  # "40 percent of managers fear a recession": a share of those polled, observed
    if _expected_by_forecasters(root):
        return "forecast"
    if goal_reached(chain):
        return "actual"  # "has hit the $1 billion savings goal it set": done, no longer planned
    compared = is_comparison_base(chain)
    if bases_known and known_base(chain, compared=compared):
        return "actual"  # "seen rising to 30 stores from 20 today": the base is known, whoever predicts the rise
    if _event_of_a_past_year(root) or _object_of_a_past_clause(root) or _held_now(chain):
        return "actual"
    if _size_of_possessed(span) or owned_stock_size(span) or describes_its_subject(chain):
        return "actual"  # "will sell its 35 percent stake", "Lindqvist, an operator with 14 ships, intends"
    claim = _same_claim(chain)
    phrase_length = _noun_phrase_length(claim)
    for k, token in enumerate(claim[: max(6, phrase_length)]):
        if k and _second_argument(claim[k - 1]) and _goal_as_object(token):
            return "target"
        if k and states_anothers_prediction(token, claim[k - 1]):
            return "forecast"  # "cut Freedonia's growth forecast to 1.2 percent": the forecaster's, not a result
        if token.pos_ == "NOUN" and _names_a_forecast(token):
            if _noun_owner_is_subject(token):
                return "target"
            return "forecast"
        if token.pos_ in ("VERB", "AUX") and survey_reading(token, claim[:k]):
            continue  # "a survey showed sales fell 2 percent": what the survey observed, not a prediction
        if token.pos_ in ("VERB", "AUX") and _has_forecaster_subject(token):
            return "forecast"
        said = _forecast_as_subject(token) if token.pos_ in ("VERB", "AUX") else None
        if said is not None:
            return "target" if _noun_owner_is_subject(said) else "forecast"
    if compared:
        return "actual"
    target_cues = words("target_cues")
    counted = _counted_noun(span)
    own = _own_tense(claim)
    for k, token in enumerate(own):
        if k and estimate_of_a_fact(token, own[k - 1]):
            continue  # "estimated it has lost $1.5 billion": a reading of a fact, not a plan
        expected = expectation_modality(token, own[:k])  # "prices are expected to rise 4 percent"
        if expected is not None:
            return expected
        if token != counted and _is_target_cue(token, target_cues):  # "40 pension plans" counts plans
            # "analysts expected X to report a loss ... on revenue of $2 billion": past the claim window, the
            # expecting verb's subject still decides whose expectation it is
            forecasters = token.pos_ in ("VERB", "AUX") and _has_forecaster_subject(token)
            return "forecast" if forecasters else "target"
        likely = likelihood_modality(token, own[k - 1] if k else None)  # "looks poised to open 40 kiosks"
        if likely is not None:
            return likely
        if agreed_deal:
            continue
        if predicted_by_modal(token) or required_level(token):  # "must hold 9 percent": a level it is held to
            return "target"
        if _plan_in_progress(token, own[k - 1] if k else None) or intended_act(token, own[:k]):
            return "target"
        if demanded_act(token, own[:k]):  # "urged the board to return $2 billion": asked for, not done
            return "target"
    if not agreed_deal and _goal_noun_states_figure(span, sent, claim, claim[: phrase_length - 1], counted):
        return "target"
    return "actual"


def predicted_by_modal(verb: Token) -> bool:
    """ "will cut 500 jobs", "could reach $2 billion", "said it may buy up to 4 percent": a verb with a future
    auxiliary, or with one of possibility (`lexicons/speculative_modals.txt`, or a predicting "should") that is not
    negated ("could never sustain"), tells what is to come, not a result."""
    children = list(verb.children)  # a Token per child: read once for both tests (asked of every verb over a figure)
    auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    # predicted_by_should reads the children again: only where a "should" is among them
    possible = bool(auxiliaries & words("speculative_modals")) or "should" in auxiliaries and predicted_by_should(verb)
    return possible and not any(c.dep_ == "neg" for c in children)


def _plan_in_progress(verb: Token, below: Token | None) -> bool:
    """ "is slashing 2,000 jobs", "is also closing 9 plants", "said it was shedding 9 percent of its staff", "is
    leaving the board at the end of the year": a verb of acting on what the subject has, in the progressive, tells a
    plan under way: the subject's target (docs/DECISIONS.md). A past progressive only as reported speech ("said it was
    closing"), not as a scene ("adults were cutting spending"); never the figure that is the verb's subject.
    `below`: the token under the verb on the figure's path to it."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in words("plan_progressive_verbs"):
        return False
    if below is not None and below.dep_ in SUBJECT_DEPS:
        return False  # "two-thirds of shoppers are cutting spending": the figure counts who acts, observed
    be = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"), None)
    if be is None or be.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if be.tag_ == "VBD":
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words("reporting_verbs")
    return True


def _object_of_a_past_clause(root: Token) -> bool:
    """ "might be double the $240 million it earned in the third quarter", "to top the $1.6 billion the group
    already spent": a relative clause in a finished past on the figure tells a done fact, whatever the
    sentence predicts; not one of predicting or announcing ("the 0.4 percent economists had expected", "the 1,000
    cuts it announced"). The clause may hang on the noun an "in"/"of" after the figure names ("will repay $45
    billion in bailout funds the bank took")."""
    holders = [root, root.head] if root.dep_ in ("nummod", "compound", "quantmod") else [root]
    named = [o for p in holders[-1].children if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children]
    holders += [o for o in named if not any(d.dep_ == "det" for d in o.children)]  # "$2 billion of the bonds": a part
    return any(
        c.dep_ == "relcl" and _finished_past(c) and not _predicts_or_announces(c) for h in holders for c in h.children
    )


def _finished_past(verb: Token) -> bool:
    """A simple past ("it posted") or a pluperfect ("it had earned"), without a modal, whose subject is its own:
    the figure is what the clause's verb acted on ("the $190 million it posted"), not a relative pronoun's
    subject ("growth for parts, which were 4.2 billion euros", where the parser may hang the clause on the
    wrong noun)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.tag_ in ("WP", "WDT") for c in subjects):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes)


def _predicts_or_announces(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return (
        lemma in words("target_cues")
        or lemma in words("prediction_verbs")
        or lemma in words("plan_announcing_verbs")
        or _has_forecaster_subject(verb)
    )


def _event_of_a_past_year(noun: Token) -> bool:
    """ "helped by the 2016 acquisition of X", "costs of its 2015 purchase of Y": an event noun that a year before
    the story's own dates is done, whatever the clause around it expects."""
    if noun.pos_ != "NOUN":
        return False  # asked per figure: the part of speech first, the Doc's extension (a slow read) after
    published = noun.doc._.published if noun.doc.has_extension("published") else None
    if not published:
        return False
    years = [c for c in noun.children if c.dep_ in ("nummod", "compound", "amod") and _is_year(c)]
    return any(int(c.text) < int(published[:4]) for c in years)


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd" and token.text[:2] in ("19", "20")


GOAL_NOUN_WINDOW = 6  # tokens: "its revenue goal of $2 billion", "a target, 5 percent, for 2020"


def _goal_noun_states_figure(
    span: Span, sent: Span, claim: list[Token], phrase: list[Token], counted: Token | None
) -> bool:
    """A goal noun in the figure's phrase, or one that states it ("its target is 5 percent", "a planned
    $300 million outlay"), makes a goal. A goal noun merely near the figure does so only while the
    figure's own verb is not a finished past ("kept its outlook and said sales rose 5 percent" is a result), and
    never as the thing counted or its modifier ("2.9 million plan participants", "the 100 largest pension plans").
    `phrase`: the noun phrase holding the figure, up to its verb."""
    nouns = [
        t
        for t in lemmas_where(sent, is_goal_lemma)
        if t != counted and not (t.head == counted and t.dep_ == "compound")
    ]
    verb = next((t for t in claim if t.pos_ in ("VERB", "AUX")), None)
    if any(t in phrase or _states_figure(t, verb, counted) for t in nouns):
        return True
    near = [t for t in nouns if abs(t.i - span.start) <= GOAL_NOUN_WINDOW]
    if claim[-1].dep_ == "relcl":  # "the group, which runs 1,240 shops, targets ...": the clause states its own fact
        near = [t for t in near if t in claim[-1].subtree]
    return bool(near) and not _is_done(verb)


def _states_figure(goal: Token, verb: Token | None, counted: Token | None) -> bool:
    """ "its target is 5 percent" (the subject of a copula), "a planned $300 million outlay" (an adjective on the
    noun measured); not "the plan pushed the yen to 100", whose plan only causes the figure."""
    if verb is not None and goal.head == verb and verb.lemma_ == "be":
        return goal.dep_ in SUBJECT_DEPS
    return counted is not None and goal.head == counted and goal.dep_ == "amod"


def _counted_noun(span: Span) -> Token | None:
    """The noun a bare number counts ("40 pension plans" counts plans)."""
    return span.root.head if span.root.dep_ in ("nummod", "quantmod") else None


def _is_done(verb: Token | None) -> bool:
    """The figure's own verb tells a finished fact: a simple past ("sales rose 5 percent"), a perfect without a
    modal ("has already made 70 percent of the planned savings"; not "would have reached"), or a participle that
    tells what such a verb did ("raised its outlook, sending its shares up 2 percent"). A verb whose past and
    base forms are one ("cut", "set", "forecast") joined to a past verb without an auxiliary is past too."""
    if verb is None:
        return False
    if _consequence_of_done(verb):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and not auxes and verb.head.pos_ in ("VERB", "AUX"):
        return _is_done(verb.head)  # "warned of weak sales and cut its outlook": "cut" shares the past of "warned"
    perfect = any(a.lemma_ == "have" for a in auxes) and not any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes)
    return verb.tag_ == "VBN" and perfect


def _goal_as_object(verb: Token) -> bool:
    """ "set out its target for a 6 percent margin", "raised its own forecast to $2 billion": a verb whose
    object is the subject's goal, with the figure in a phrase on the same verb, states that goal."""
    if verb.pos_ not in ("VERB", "AUX") or _has_forecaster_subject(verb) or _forecasters_relative(verb):
        return False  # "economists cut their estimate for growth to 4 percent": still their forecast
    goals = words("goal_nouns")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in words("guidance_holding_verbs"):  # "stood by its outlook for earnings of 90 cents"
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in GUIDANCE_PREPOSITIONS]
        objects += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    objects += [whole for o in objects if (whole := whole_of_a_part(o)) is not None]  # "the lower end of its forecast"
    return any(
        c.lemma_.lower() in goals or c.lemma_.lower() in _forecast_nouns() and _noun_owner_is_subject(c)
        for c in objects
    )


def _second_argument(token: Token) -> bool:
    """A phrase on a verb beside its object: a preposition ("raised its outlook to 5 percent"), or a noun that the
    parse joins to the verb itself ("affirmed its profit forecast of $2, and sales growth of 7 percent")."""
    return token.dep_ == "prep" or token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN", "NUM", "ADV")


def _forecasters_relative(verb: Token) -> bool:
    """ "analysts at Brandt, who raised their projections for ...": a relative clause on forecasters, or on a
    person a forecaster's title names."""
    if verb.dep_ != "relcl":
        return False  # asked twice for every verb of a figure's clause: most are no relative clause
    relative = any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in verb.children)
    forecasters = verb.head.lemma_.lower() in words("forecast_cues") or titled_forecaster(verb.head)
    return relative and forecasters  # "Brandt analyst Ann Lee, who had expected 3 percent"


def _noun_phrase_length(claim: list[Token]) -> int:
    """How many heads of the figure reach its first verb: the whole noun phrase holding it, and its verb, are read
    for a noun of prediction ("its goal for yearly copper output from its two mines of 400,000 tonnes")."""
    return next((k + 1 for k, t in enumerate(claim) if t.pos_ in ("VERB", "AUX")), len(claim))


def _forecast_as_subject(verb: Token) -> Token | None:
    """ "the analysts' mean estimate was 71 cents", "the consensus estimate is for a result of 48": a verb
    whose subject names a prediction states what was predicted."""
    return next(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS and (_forecasters_prediction(c) or _personal_or_many(c))),
        None,
    )


PERSONAL_OWNERS = frozenset({"his", "her"})


def _personal_or_many(noun: Token) -> bool:
    """A prediction noun whose maker the phrase tells as no company: a person ("his forecast for growth is around 2
    percent", an economist's or an official's view), or several forecasters, the plural with no owner ("estimates
    for the policy rate stood at 8 percent"). A bare singular may be a statistic's reading ("the advance estimate
    was 2.8 percent"), and a company's own past forecast told beside its result ("its own forecast was 65 cents")
    is left to the other rules, as before."""
    if noun.lemma_.lower() not in _forecast_nouns() or noun.lemma_.lower() == "poll":
        return False  # "a poll showed sales fell": what it observed (`survey_reading`)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return all(o.lower_ in PERSONAL_OWNERS for o in owners)  # not "its own forecast was 65 cents" (tests)
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return noun.tag_ == "NNS" and not determiners - {"the"}


def _forecasters_prediction(noun: Token) -> bool:
    """ "analysts' average forecast", "the consensus estimate", "economists' median forecast": a prediction
    noun that names its forecasters (a company's "estimated funding needs" or "final estimate" does not)."""
    cues = words("forecast_cues")
    if noun.lemma_.lower() not in _forecast_nouns():
        return False  # "analyst Ann Lee estimates ...": a forecaster, not a prediction
    return noun.lemma_.lower() in cues or any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and c.lemma_.lower() in cues or _names_forecasters_after(c)
        for c in noun.children
    )


FORECASTER_PREPOSITIONS = frozenset({"of", "from", "by", "among"})


def _names_forecasters_after(prep: Token) -> bool:
    """ "the median forecast of economists", "estimates from analysts": forecasters named after the noun."""
    if prep.dep_ != "prep" or prep.lower_ not in FORECASTER_PREPOSITIONS:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in words("forecast_cues") for o in prep.children)


def _has_forecaster_subject(verb: Token) -> bool:
    """ "analysts expected", "estimates by analysts", "economists, who had expected": a verb whose subject
    or agent is a forecaster (a relative pronoun stands for the noun its clause hangs on)."""
    lemma = verb.lemma_.lower()
    if _forecasters_relative(verb) and (lemma in words("target_cues") or lemma in _forecast_nouns()):
        return True  # a predicting verb only: not "a survey, which covered 900"
    if _forecasters_relative(verb) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _forecast_nouns() for c in verb.children
    ):
        return True  # "analysts at Brandt, who lifted their projections for freight volume to 25 percent"
    return _forecaster_named_as_subject(verb)


def _forecaster_named_as_subject(verb: Token) -> bool:
    """ "analysts expected", "estimates by analysts", "a poll showed economists expecting": the verb's subject
    or agent is a forecaster (a participle's subject is the noun it hangs on)."""
    cues, reporting = words("forecast_cues"), words("reporting_verbs")
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in cues:
        return True
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lemma_.lower() in cues:
            return True
        if child.dep_ in SUBJECT_DEPS and _market_predicting(child, verb):
            return True
        if child.dep_ in SUBJECT_DEPS and titled_forecaster(child) and verb.lemma_.lower() not in reporting:
            return True  # "Brandt analyst Ann Lee expects": not her quoted comment ("..., said analyst Ann Lee")
        if child.dep_ == "agent" and any(o.lemma_.lower() in cues for o in child.children if o.dep_ == "pobj"):
            return True
    return False


def _market_predicting(subject: Token, verb: Token) -> bool:
    """ "markets expect", "traders see", "futures are pricing in": market participants with a predicting verb."""
    if subject.lemma_.lower() not in words("market_forecasters") and subject.lower_ not in words("market_forecasters"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in words("prediction_verbs") or lemma in words("market_bet_verbs")


def _expected_by_forecasters(root: Token) -> bool:
    """ "the $4 billion forecast by economists", "the 31 cents analysts had expected": a relative
    clause or participle on the figure whose subject or agent is a forecaster."""
    return any(_has_forecaster_subject(c) for c in clauses_on_figure(root))


FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
CLAUSE_MARKS_OF_FACT = frozenset({"after", "as", "since", "because", "while", "when", "although", "though"})


def _same_claim(chain: list[Token]) -> list[Token]:
    """The ancestors up to the edge of the quantity's own clause: a relative clause ("which were
    9.87 billion") or an "after ..." clause states its own fact, whatever the main verb plans."""
    kept = []
    for token in chain:
        kept.append(token)
        if token.dep_ == "csubj":
            break  # "firing 3,400 staff could prove costly": a clause as subject states its own act
        participle = token.dep_ == "acl" and token.tag_ == "VBG"  # predicted with the claim, or sizing its noun
        if token.dep_ == "relcl" or participle and not (_predicted_participle(token) or sizes_its_noun(token)):
            break  # "..., with Norvale climbing 8 percent": a participle clause on a noun states its own fact
        if token.dep_ in ("conj", "pcomp") and token.pos_ in ("VERB", "AUX") and _own_finite_clause(token):
            break  # "..., and its stock ended 1 percent higher", "with X climbing 8 percent": its own claim
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS_OF_FACT for c in token.children):
            break
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in CLAUSE_MARKS_OF_FACT:
            break  # "is looking to sell a stake after receiving a $182 billion bailout": a done fact
        if token.dep_ in ("pobj", "pcomp") and token.tag_ in FINITE_TAGS and token.head.lower_ in CLAUSE_MARKS_OF_FACT:
            break  # "could matter since the sector accounts for 80 percent": a clause the parser hangs on "since"
        if _consequence_of_done(token):
            break  # "cut its outlook, sending its shares down 4 percent": the market's answer, observed
        if _background_phrase(token) and _figure_is_object(kept):
            break  # "expects growth of 3 percent after a 5 percent rise last year": the ground, a known fact
    return kept


def _consequence_of_done(verb: Token) -> bool:
    """A participle clause after a finished verb, with no conjunction of its own ("raised its forecast, sending
    its shares up 2 percent", "forecast weak sales, knocking 5 percent off its stock"), tells what that verb's act
    did: an observed fact, whatever the act announced. After a planned act ("will cut 500 jobs, bringing the total
    to 2,000") the participle is part of the plan."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    if _predicts(verb.head) and not any(c.dep_ == "dobj" for c in verb.children):
        return False  # "had forecast GDP growing at a 3 percent rate": what was predicted, not a consequence
    return verb.head.pos_ in ("VERB", "AUX") and _is_done(verb.head)


def _predicts(verb: Token) -> bool:
    """A verb of predicting or planning ("forecast", "expected", "estimated"), not a bare future auxiliary."""
    lemma = verb.lemma_.lower()
    return lemma in _forecast_nouns() or lemma in words("target_cues") and lemma not in FUTURE_AUXILIARIES


def _held_now(chain: list[Token]) -> bool:
    """ "if joblessness, now at 7.2 percent, stays high": a figure its own phrase says holds now ("now",
    "currently" on the preposition or noun that holds it, not on a verb: "will now cut 500 jobs" is a plan)."""
    return any(
        t.pos_ in ("ADP", "NOUN") and any(c.dep_ == "advmod" and c.lower_ in ("now", "currently") for c in t.children)
        for t in chain[1:3]
    )


def _background_phrase(prep: Token) -> bool:
    """A preposition of ground on a clause ("rose after a 5 percent fall", "slow given the 9 percent rate"); not on
    a noun, where it qualifies the measure ("free cash flow after payouts of $4 billion")."""
    if prep.dep_ != "prep" or prep.lower_ not in words("background_prepositions"):
        return False
    return prep.head.pos_ in ("VERB", "AUX", "ADJ")


def _figure_is_object(kept: list[Token]) -> bool:
    """The figure is the object of the preposition that ends `kept`, or sizes it ("following $17 billion of
    losses", "after a 5 percent rise"), or sizes what an "of" after that object names ("despite the exit of
    some 300 clerks", "after losses of $2 billion"); not a figure further down ("after cuts in dividends of
    $6 billion")."""
    if len(kept) == 5:
        return kept[1].dep_ == "pobj" and kept[2].lower_ == "of" and kept[3].dep_ == "pobj"
    if len(kept) == 4:  # "after losses of 720 million euros": the currency noun is itself the object of "of"
        sized = kept[2].dep_ in ("pobj", "dobj") and kept[2].lemma_.lower() in words("setback_nouns")  # "following"
        return kept[0].dep_ == "pobj" and kept[1].lower_ == "of" and sized
    return len(kept) == 2 or len(kept) == 3 and kept[1].dep_ == "pobj"


def _predicted_participle(participle: Token) -> bool:
    """A participle clause that is itself predicted: on a prediction ("estimates ranging from $3.4 billion", "a
    forecast calling for 2 percent"), or on the object of a predicting verb ("had forecast GDP growing at a 3
    percent rate", "expects sales rising 5 percent")."""
    noun = participle.head
    if _names_a_forecast(noun):
        return True
    predictor = noun.head if noun.dep_ == "dobj" else None
    return predictor is not None and predictor.pos_ in ("VERB", "AUX") and _predicts(predictor)


def _own_finite_clause(verb: Token) -> bool:
    """A conjoined verb with its own subject, or with its own perfect auxiliary ("plans to cut costs and has
    already made 70 percent of the savings"), states its own claim, apart from the verb it is joined to."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _own_tense(claim: list[Token]) -> list[Token]:
    """The claim up to its first past-tense verb: "said storms would hit results, adding that snow led it to
    cancel 400 flights" states a done fact, whatever a clause above it plans ("forecast X and predicted Y"
    are one claim). Only for target cues: a forecaster above ("a poll showed analysts expected") still counts."""
    kept = []
    for token in claim:
        kept.append(token)
        if token.tag_ == "VBD" and len(kept) > 1 and token.dep_ != "conj":
            break
    return kept


def _is_target_cue(token: Token, cues: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if (
        lemma == "see"
    ):  # "sees profit rising" is guidance, "inflation is seen at 3 percent" a prediction; "saw" a result
        return token.tag_ in ("VBZ", "VBP", "VBG") or any(c.dep_ == "auxpass" for c in token.children)
    if _on_track(token):  # "is on track to save $300 million", "on track for": a plan the subject says it is meeting
        return True
    if lemma in words("intent_verbs") and token.tag_ != "VBD":
        return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in token.children)  # "is looking to sell"
    return lemma in cues or token.lower_ in ("will", "would")


def _on_track(verb: Token) -> bool:
    """ "is on track to", "remains on course for", "is on pace to", "stays well on its way to" (`on_track_nouns`): a
    state the subject is in ("be", "remain", "stay": `state_verbs`); "track" also after any verb, as before. Not an
    act done on the way ("on its way to port, the tanker lost 300 tonnes")."""
    state = verb.lemma_.lower() in words("state_verbs")
    nouns = words("on_track_nouns") if state else frozenset({"track"})
    return any(c.lower_ == "on" and any(g.lemma_.lower() in nouns for g in c.children) for c in verb.children)


def rank_modality(rank: Token, noun: Token) -> str:
    """A rank its subject is to reach: the ranked noun is what a future "be" or "become" states ("which will
    become the region's top lender", "would be the biggest listing ever", "is expected to be the
    region's biggest"): the subject's target. A rank as an epithet ("Acme, the world's largest retailer,
    expects ...") or one held now is actual, whatever the clause around it plans."""
    holder = next((t for t in (noun, rank) if t.dep_ in ("attr", "oprd")), None)
    if holder is None or holder.head.lemma_ not in ("be", "become"):
        return "actual"
    verb = holder.head
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return "target"
    governor = verb.head if verb.dep_ == "xcomp" else None
    return "target" if governor is not None and _is_target_cue(governor, words("target_cues")) else "actual"
