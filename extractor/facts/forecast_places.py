"""The place whose economy a forecast is about: "the agency lowered its 2015 growth view for Freedonia to 0.8
percent", "Freedonia's forecasts for growth were trimmed to 1.1 percent", "it lifted its outlook for Freedonian
growth", "a 7 percent outlook for growth in the Freedonian market".

FACTS.md gives economy-wide facts to the country they cover and never makes the institution that forecasts them
the subject. The forecast noun (`economy_forecast_nouns`) carries two kinds of owner: the forecaster ("its", "the
agency's") and the place the forecast is for (a possessive place, a nationality or region adjective, a place
compound, a "for"/"on" object). Where the measured noun is an economy's or a market's measure
(`economy_forecast_measures`, or a macro statistic), the place is the figure's holder, above the clause's
forecaster and the story's fallback. A company's own measure inside the forecast ("its forecast for Freedonian
sales growth", "its growth outlook for its Asian unit") names no place's economy and is left to the other
candidates; so is a company's bare "growth" in a place ("its growth outlook for Freedonia": its business there),
which takes the place only with an economy or market word ("market growth", "GDP growth") or a macro statistic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.clause_holders import public_body
from extractor.facts.statistics_country import is_macro_statistic, phrase_place
from extractor.lexicons import words
from extractor.mentions.cluster_lookup import first_named
from extractor.mentions.government_bodies import is_government_body

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex

OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
FOR_PREPS = frozenset({"for", "on", "of", "in"})  # "outlook for Freedonia", "its view on Freedonian growth"
Resolver = Callable[[Token], "str | None"]


def forecast_place(measured: Token | None, entities: EntityIndex, resolve: Resolver) -> str | None:
    """The country or region a forecast of an economy's measure is for, or None."""
    if measured is None or not _economy_measure(measured):
        return None
    forecast = _forecast_noun(measured)
    if forecast is None and not is_macro_statistic(measured):
        return None  # "European growth" of a company story: its own as often as the market's (round 25)
    if not _names_an_economy(measured) and _company_forecaster(forecast or measured, entities, resolve):
        return None  # "the firm cut its growth outlook for Freedonia": the firm's business there
    owners = _owners(measured) + (_owners(forecast) if forecast is not None else [])
    return next((place for token in owners if (place := phrase_place(token, entities))), None)


def _names_an_economy(measured: Token) -> bool:
    """A macro statistic, or a measure with an economy or market word on it ("market growth", "GDP growth",
    "economic growth", `economy_measure_markers`), not a bare "growth" that may be a company's own."""
    markers = words("economy_measure_markers")
    return is_macro_statistic(measured) or any(t.lemma_.lower() in markers for t in measured.subtree)


def _company_forecaster(noun: Token, entities: EntityIndex, resolve: Resolver) -> bool:
    """Whether the forecast is a company's: the forecast noun's possessor ("its", "Kestrel's"), or else the
    subject of the clause over it, names an organization that is no agency, public or international body, bank
    or research institution (`forecaster_institution_words`)."""
    who = next((c for c in noun.children if c.dep_ == "poss"), None) or _clause_subject(noun)
    cluster = first_named(entities, resolve(who)) if who is not None else None
    if cluster is None or cluster.label != "ORG" or cluster.agency or public_body(cluster.name):
        return False
    institutions = words("forecaster_institution_words") | words("institution_name_words")
    if any(w in institutions for w in cluster.name.lower().split()):
        return False
    return _shows_a_company(cluster)


def _shows_a_company(cluster) -> bool:
    """A ticker or a legal suffix on one of its names ("Kestrel Corp") makes it a company; without them a name
    written in capitals only is an international body's short name ("the OECD", "the IMF") as often as a
    company's, and is not read as a company."""
    suffixes = words("org_suffixes")
    if cluster.org_evidence or any(a.split() and a.split()[-1].lower() in suffixes for a in cluster.aliases):
        return True
    return not cluster.name.isupper()


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the verb whose phrase holds the noun ("Kestrel cut its outlook ...": Kestrel)."""
    head = noun
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _economy_measure(measured: Token) -> bool:
    """An economy's or market's measure, with no company measure compounded on it ("sales growth")."""
    if not (is_macro_statistic(measured) or measured.lemma_.lower() in words("economy_forecast_measures")):
        return False
    measures = words("economy_forecast_measures")
    return all(
        c.lemma_.lower() in measures or c.ent_type_ in ("GPE", "LOC", "NORP") or c.like_num
        for c in measured.children
        if c.dep_ == "compound" and c.i < measured.i
    )


def _forecast_noun(measured: Token) -> Token | None:
    """The forecast noun the measure belongs to: "growth outlook" (a compound), "outlook for growth" (its object)."""
    head = measured.head
    nouns = words("economy_forecast_nouns")
    if measured.dep_ in ("compound", "nmod") and head.lemma_.lower() in nouns:
        return head
    if measured.dep_ == "pobj" and head.lower_ in FOR_PREPS and head.head.lemma_.lower() in nouns:
        return head.head
    return None


def _owners(noun: Token) -> list[Token]:
    """The words that can name the place a noun is of: its modifiers and possessor, its "for"/"on"/"of"/"in"
    object when that is a place or an economy word, and that word's own modifiers ("for Freedonian growth")."""
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS]
    owners += [g for c in owners if c.dep_ == "compound" for g in c.children if g.dep_ in OWNER_DEPS]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in FOR_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owners.append(obj)
            if obj.lemma_.lower() in words("economy_forecast_measures"):
                owners += [c for c in obj.children if c.dep_ in OWNER_DEPS]
    return owners


def verb_forecast_place(verb: Token | None, entities: EntityIndex, resolve: Resolver) -> str | None:
    """Where no measured noun was read, the forecast the figure's verb revises: "it trimmed the 2016 growth
    forecasts for Freedonia to 1.4 percent", "the Freedonian GDP forecast was lowered to 1 percent"."""
    if verb is None:
        return None
    nouns = words("economy_forecast_nouns")
    for forecast in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns):
        measure = next((c for c in forecast.children if c.dep_ in ("compound", "nmod") and c.i < forecast.i), None)
        if measure is not None and (place := forecast_place(measure, entities, resolve)) is not None:
            return place
    return None


def is_economy_forecast(measured: Token | None, entities: EntityIndex, resolve: Resolver) -> bool:
    """A bare "growth" (or another economy measure) inside a forecast noun that no company owns: "his forecast
    for growth in the third quarter", "the institute pared its 2014 growth outlook to 1.9 percent". The measure is
    the economy's, so its holder is the country (`statistic_holder`), as for a macro statistic; "the retailer
    raised its forecast for growth" is the company's own and "its sales growth forecast" is no economy measure."""
    if measured is None or not _economy_measure(measured):
        return False
    forecast = _forecast_noun(measured) or _revised_forecast(measured) or _predicting_verb(measured)
    if forecast is None:
        return False
    return _names_an_economy(measured) or _public_forecaster(forecast, entities, resolve)


def _revised_forecast(measured: Token) -> Token | None:
    """ "it lowered its forecast for growth to 2 percent", where the parse hangs "for growth" on the verb: the
    forecast noun that is the same verb's object."""
    prep = measured.head
    if measured.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return None
    nouns = words("economy_forecast_nouns")
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)


def _predicting_verb(measured: Token) -> Token | None:
    """ "it now sees growth of 2.1 percent", "the bank expects growth of 1 percent": a verb of predicting
    (`prediction_verbs`) whose object is the measure; the verb's subject is the forecaster."""
    verb = measured.head
    if measured.dep_ != "dobj" or verb.lemma_.lower() not in words("prediction_verbs"):
        return None
    return verb


def _public_forecaster(noun: Token, entities: EntityIndex, resolve: Resolver) -> bool:
    """The forecast's possessor, else the subject of the clause over it, names a forecaster that is no company:
    an agency, public or international body, bank or research institution, or a person (an official or
    economist) whose employer is no company."""
    who = next((c for c in noun.children if c.dep_ == "poss"), None) or _clause_subject(noun)
    cluster = first_named(entities, resolve(who)) if who is not None else None
    if cluster is None and who is not None and who.pos_ == "PRON":
        cluster = _speaker(noun, entities)  # "Kettle said her forecast ...": pronouns of persons stay unresolved
    if cluster is None or cluster.label not in ("ORG", "PERSON"):
        return False
    if cluster.label == "PERSON":
        return _institution_main(entities)
    return is_government_body(cluster) or not _company_forecaster(noun, entities, resolve)


def _institution_main(entities: EntityIndex) -> bool:
    """The story's main organization is a public body or an institution: a person's forecast is then an
    official's or an economist's; in a company's story it is as often the company's own."""
    main = entities.main_org
    if main is None:
        return False
    if main.agency or public_body(main.name) or is_government_body(main):
        return True  # a central bank ("the Fed") too, which `public_body` leaves out
    institutions = words("forecaster_institution_words") | words("institution_name_words")
    return any(w in institutions for w in main.name.lower().split()) or not _shows_a_company(main)


def _speaker(noun: Token, entities: EntityIndex):
    """The named subject of the nearest verb over the noun that has one ("Kettle said that her forecast ..."),
    or None; the noun's own clause ("her forecast is ...") names nobody and is passed over."""
    for verb in (t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        cluster = entities.at(subject.i) if subject is not None else None
        if cluster is not None:
            return cluster
    return None


def revised_forecast_measure(verb: Token | None) -> Token | None:
    """Where no measured noun was read, the measure of the forecast the figure's verb revises or makes: "it
    lowered its forecast for growth to 2.2 percent" (growth on the verb's "for"), "it sees growth of 3 percent"."""
    if verb is None:
        return None
    if verb.lemma_.lower() in words("prediction_verbs"):  # "it sees growth of 3.6 percent"
        measures = words("economy_forecast_measures")
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in measures), None)
    nouns = words("economy_forecast_nouns")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None
