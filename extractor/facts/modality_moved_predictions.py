"""A prediction that a verb sets or moves, when it is not the subject's own ("the institute cut Freedonia's growth
forecast to 1.2 percent", "Freedonia's inflation forecasts were raised to 3.4 percent", "worries pushed the average
forecast for copper up to $8,000"): the figure in the verb's "to", "at" or "from" phrase states that prediction
(the new one, or the one it replaces), a forecaster's view of the party it is about, not a result and not the
subject's goal. `modality._goal_as_object` takes the subject's own prediction or goal (a target); this takes a
prediction owned by a place, and one with no owner that no company moves. A state's own forecast for its economy
stays as the other rules read it (`modality_economy.state_holder`)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extractor.facts.modality_economy import state_holder
from extractor.facts.modality_tellers import company_side
from extractor.lexicons import any_words, table, words

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
MOVED_DEPS = frozenset({"dobj", "nsubjpass"})  # "cut the forecast to", "the forecast was cut to"


def states_anothers_prediction(verb: Token, phrase: Token) -> bool:
    """`phrase` is a "to"/"at"/"from" preposition on `verb` holding the figure, and the verb's object (or passive
    subject) is a prediction noun that the sentence gives to a place or, with no owner, to no company ("concerns
    lifted the mean forecast to $80"); the verb's maker is no state speaking of its own economy."""
    if verb.pos_ not in ("VERB", "AUX") or phrase.dep_ != "prep" or phrase.head != verb:
        return False
    if phrase.lower_ not in words("prediction_level_prepositions"):
        return False  # "beat the estimate by a penny": a difference from the prediction, not its level
    noun = _moved_prediction(verb)
    maker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or maker is not None and state_holder(maker, verb):
        return False  # "the ministry cut Freedonia's growth forecast": a state's own view, left to the other rules
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _names_a_place(owner)  # "its", "the bank's", "Tarrow's": the subject's own, decided elsewhere
    return noun.dep_ == "dobj" and maker is not None and not company_side(maker)


def _moved_prediction(verb: Token) -> Token | None:
    """The verb's object or passive subject when it is a prediction noun (not a goal or target: those are the
    subject's own plans, `modality._goal_as_object`)."""
    predictions = any_words("forecast_nouns", "prediction_outlook_nouns")
    return next(
        (c for c in verb.children if c.dep_ in MOVED_DEPS and c.lemma_.lower() in predictions),
        None,
    )


def _names_a_place(owner: Token) -> bool:
    """ "Freedonia's forecasts": a country or region, whatever label the tagger gives a country name that opens a
    paragraph (it often reads one as an organization)."""
    return owner.ent_type_ in PLACE_LABELS or owner.lower_ in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """The countries of the nationality table and the place aliases, lower-cased, built once."""
    countries = {name.lower() for names in table("nationality_countries").values() for name in names}
    return frozenset(countries) | frozenset(table("place_aliases"))
