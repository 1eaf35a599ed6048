"""Who holds a prediction about a place's figure (`discourse.planned_by_another`): a holder outside the place's
government makes it a forecast (FACTS.md: predictions by analysts, economists, polls or other institutions),
however the clause reads. Two kinds of holder that the name check there cannot resolve: a person written as a
pronoun with a verb of predicting or believing ("he expects the jobless rate to stay near 8 percent"), and a noun
of forecasters, outsiders, press reports or research ("the study found", "consultants estimate"), also as the
source of an "according to" phrase ("the region's mines could employ 4,000 people, according to a study")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_tellers import teller
from extractor.lexicons import any_words, words

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i"})  # not "it" or "we": the story's own party, resolved


def outside_holder(planner: Token, verb: Token) -> bool:
    """The subject `planner` of `verb` holds a view from outside: a personal pronoun with a verb of predicting or
    believing (not "he will cut taxes": a minister's plan), or an unowned noun of an outside holder ("the study
    said"; not "its study", the government's own)."""
    if planner.lower_ in PERSONAL_PRONOUNS:
        return predicts_or_believes(verb) and not told_by_government(verb)
    telling = any_words("prediction_verbs", "belief_verbs", "reporting_verbs", "finding_verbs")
    return verb.lemma_.lower() in telling and _outside_noun(planner)  # not "traders must weigh talks ..."


def told_by_government(verb: Token) -> bool:
    """ "he expects growth of 2 percent, the finance minister said": the pronoun is an officer of the state, whose
    view of its own economy is its target, as the ministry's own would be."""
    reporting = words("reporting_verbs")
    above = [a for a in verb.ancestors if a.lemma_.lower() in reporting]
    beside = [c for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp") and c.lemma_.lower() in reporting]
    state = any_words("government_posts", "national_body_nouns", "government_bodies")
    for report in above[:1] + beside:
        who = teller(report)
        if who is not None and any(t.lemma_.lower() in state for t in who.subtree):
            return True
    return False


def predicts_or_believes(verb: Token) -> bool:
    return verb.lemma_.lower() in any_words("prediction_verbs", "belief_verbs")


def planned_by_itself(root: Token, own: Token | None) -> bool:
    """A verb of intention from the figure up to the place's own verb (any above it when none was read):
    "Freedonia plans to raise spending by $2 billion", "has pledged to halve its deficit": the place's plan,
    whoever relays it."""
    plans = any_words("intent_verbs", "pledge_verbs")
    for token in (root, *root.ancestors):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in plans:
            return True
        if token == own:
            break
    return False


def sourced_outside(root: Token) -> bool:
    """An "according to" phrase above the figure names a source outside the state ("according to a study by Halden
    Partners", "according to the dealers' association", "according to Halden Bank"); not a government's own report
    or office, nor a press report, which only relays ("the state will sell 5 percent, according to a report")."""
    for token in root.ancestors:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                source = next((t for t in prep.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"), None)
                if source is not None and _outside_source(source):
                    return True
    return False


STATE_WORDS = ("state_body_nouns", "heads_of_state", "government_posts", "national_body_nouns", "government_bodies")


def _outside_source(source: Token) -> bool:
    """Only a source known to stand outside counts: a noun of forecasters, outsiders or research, or a name the
    tagger made an organization. Any other noun or name relays the place's own plan ("according to the draft
    budget", "according to sources", "according to Jan Holm, the finance minister"). A state word anywhere in the
    source's phrase ("sources at the energy ministry", an apposition) makes it the state's; a possessed source
    is its owner's ("its budget plan"), outside only when the owner is ("the dealers' association")."""
    lemmas = {t.lemma_.lower() for t in source.subtree if t.pos_ in ("NOUN", "PROPN")}  # not "commissioned by"
    state = any_words(*STATE_WORDS)
    if lemmas & state or source.lemma_.lower() in any_words("press_report_nouns", "data_source_nouns"):
        return False
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _outside_noun(owner, press=False)
    return _outside_noun(source, press=False) or (source.pos_ == "PROPN" and source.ent_type_ == "ORG")


def _outside_noun(noun: Token, *, press: bool = True) -> bool:
    """A noun of forecasters, outsiders, research or (`press`) a press report, owned by no one. A press report
    as a source only relays ("the state will sell 5 percent, according to a report"): not counted there."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if press and lemma in any_words("press_report_nouns"):
        return True
    return lemma in any_words("forecast_cues", "outside_speakers", "research_sources")
