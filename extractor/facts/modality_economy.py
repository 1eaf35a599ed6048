"""An organization's prediction for an economy ("the fund lifted its forecast for world growth to 2.8 percent",
"a bank cut its outlook for Freedonian growth") is a forecaster's forecast, not the organization's own target,
even under "its" (`modality`). A government's or a country's own forecast for its economy stays its target."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_holders import PERSONAL_PRONOUNS, STATE_WORDS, told_by_government
from extractor.facts.statistics_country import is_macro_statistic
from extractor.lexicons import any_words, words
from extractor.mentions.government_bodies import is_governing_body

ECONOMY_HEADS = frozenset({"gdp", "economy", "inflation", "unemployment"})
WORLD_WORDS = frozenset({"global", "world", "economic", "gdp", "euro", "zone"})  # "global growth", "GDP growth"


def forecast_of_an_economy(root: Token) -> bool:
    """The figure hangs on a prediction or outlook noun of its clause ("raised its forecast for growth to 3.1
    percent", "its outlook for Freedonian growth of 0.4 percent") that predicts an economy-wide measure, and the
    organization making it is no country nor governing body."""
    for noun in _prediction_nouns(root):
        if _predicts_an_economy(noun) and not _own_economy(noun):
            return True
    return False


def _prediction_nouns(root: Token) -> list[Token]:
    """Prediction or outlook nouns on the figure's path up to its first verb, and that verb's objects. Not a
    target or goal ("doubled its inflation target to 2 percent"): the maker's own, whatever it measures."""
    kinds = words("forecast_nouns") | words("prediction_outlook_nouns")
    found = []
    for token in root.ancestors:
        if token.pos_ == "NOUN" and token.lemma_.lower() in kinds:
            found.append(token)
        if token.pos_ in ("VERB", "AUX"):
            found += [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in kinds]
            break
    return found


def _predicts_an_economy(noun: Token) -> bool:
    """ "forecast for growth", "outlook for Freedonian growth", "forecast for global GDP", "projection for the
    economy": the measure after "for" is an economy's, not a company's ("forecast for revenue growth"); or one
    the noun compounds ("the Freedonian GDP forecast", "its Freedonian growth outlook"; not a bare "its growth
    forecast", which a company gives for its own sales)."""
    if _compounds_an_economy(noun):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
        for measure in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = measure.lemma_.lower()
            if lemma in ECONOMY_HEADS:
                return True
            if lemma in words("growth_rate_nouns"):
                return all(_economy_modifier(m) for m in measure.children if m.dep_ in ("compound", "amod", "nmod"))
    return False


def _compounds_an_economy(noun: Token) -> bool:
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.lemma_.lower() in ECONOMY_HEADS for c in modifiers if c.dep_ == "compound"):
        return True
    growths = [c for c in modifiers if c.dep_ == "compound" and c.lemma_.lower() in words("growth_rate_nouns")]
    around = [*modifiers, *(m for g in growths for m in g.children if m.dep_ in ("compound", "amod", "nmod"))]
    return bool(growths) and any(_economy_modifier(m) for m in around if m not in growths)


def _economy_modifier(word: Token) -> bool:
    """ "global", "economic", "GDP", "Freedonian", "euro zone": a word that makes growth an economy's."""
    return word.lower_ in WORLD_WORDS or word.ent_type_ in ("NORP", "GPE", "LOC")


def _own_economy(noun: Token) -> bool:
    """The noun's maker is a place or a governing body ("the government raised its forecast for growth", "Freedonia
    cut its growth forecast"): its forecast for its own economy is its target. The maker is the subject of the verb
    the noun is the object of."""
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = _subject_of_governing_verb(verb)
    if subject is None:
        return True  # no maker named: leave the reading as it is
    if subject.ent_type_ in ("GPE", "NORP"):
        return True
    name = " ".join(t.lower_ for t in subject.subtree if t.dep_ not in ("det", "punct", "prep") and t.i <= subject.i)
    if subject.lemma_.lower() in words("government_bodies") | words("national_body_nouns"):
        return True
    return is_governing_body(name)  # ends with a body's name as whole words: "the tristate" is no "state"


def _subject_of_governing_verb(verb: Token) -> Token | None:
    """ "The fund declared ..., raising its forecast": a participle's maker is the subject of the verb it hangs on."""
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def predicted_statistic(root: Token) -> bool:
    """A verb of predicting or believing above the figure whose clause measures an economy-wide statistic ("Halden
    Bank expects inflation to slow to 2 percent", "the fund predicts GDP will grow 1.7 percent", "he
    sees the jobless rate near 8 percent"): whoever holds the view, a bank, a company, a fund or an official, does
    not set the statistic, so the view is a forecast (FACTS.md: predictions by economists or other institutions),
    whatever subject the figure was given. A place's or its government's own view of its economy stays its target
    ("the finance ministry expects growth of 2.5 percent"), and so does a plan ("aims to cut inflation to 3
    percent": no verb of predicting)."""
    measured: list[Token] = []
    path = [root]
    for token in root.ancestors:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") or lemma not in any_words("prediction_verbs", "belief_verbs"):
            if token.pos_ in ("VERB", "AUX") and lemma in any_words("intent_verbs", "pledge_verbs"):
                return False  # "plans to cut inflation to 3 percent": a plan, whoever makes it
            measured = measured or _measured_by(token, path)
            path.append(token)
            continue
        holder = next((c for c in token.children if c.dep_ == "nsubj"), None)
        measured = measured or [c for c in token.children if c.dep_ == "dobj"]  # "sees GDP growth at 2 percent"
        if holder is None or not any(is_macro_statistic(m) for m in measured):
            return False
        return not state_holder(holder, token)
    return False


def _measured_by(token: Token, path: list[Token]) -> list[Token]:
    """What the figure measures, read at the first noun or verb above it: that noun ("growth of 2 percent"), the
    object a verb acts on ("the economy to reduce its sales by 5 percent": sales, the economy only a cause), or
    else the clause's subject ("growth would be 1.7 percent"; also of a verb the tagger took for a noun, "sees the
    jobless rate peaking at 10 percent"). Only the first counts: a subject higher up drives another clause's
    measure ("growth to help sales rise 8 percent")."""
    if token.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return []
    acted_on = [c for c in token.children if c.dep_ == "dobj" and c not in path]
    if token.pos_ in ("VERB", "AUX") and acted_on:
        return acted_on
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.pos_ not in ("NOUN", "PROPN"):
        return subjects  # none: read on ("growth slowing to")
    nouns = [token]
    while nouns[-1].dep_ == "conj" and nouns[-1].head.pos_ in ("NOUN", "PROPN"):
        nouns.append(nouns[-1].head)  # "a 3 percent fall in GDP and a 1 percent fall": conjuncts share the measure
    return nouns + subjects


def state_holder(holder: Token, verb: Token) -> bool:
    """The holder is a place, an officer or body of its state, or a pronoun the story's state tells ("he expects
    growth of 2 percent, the finance minister said"); "it" and "we" stand for a party this clause does not name,
    so they are left to the other rules. A central bank is no governing body: its projection of growth is a
    forecast (`is_governing_body`)."""
    if holder.lower_ in ("it", "we", "you"):
        return True
    if holder.lower_ in PERSONAL_PRONOUNS:
        return told_by_government(verb)
    if holder.ent_type_ in ("GPE", "NORP", "LOC"):
        return True
    if any(t.lemma_.lower() in any_words(*STATE_WORDS) for t in holder.subtree):
        return True
    name = " ".join(t.lower_ for t in holder.subtree if t.dep_ not in ("det", "punct") and t.i <= holder.i)
    return is_governing_body(name)
