"""Adjectives the period patterns read that often name a kind, not a time (docs/DECISIONS.md, round 12, periods11).

"Annual" is read as a year phrase (`relative_phrases.relative_year`) because a results story's "annual profit
rose 9 percent" is the year the story reports. In a prediction or a state it is a rate: "will save $1 billion
in annual costs", "15 times its forecast annual earnings", "a third of annual world output of 12 million tonnes",
"can be fined up to 10 percent of their annual revenue" name no year, and the gold leaves them undated. On a noun
that is itself an amount per year ("annual salaries", "annual interest rates", "average annual returns") it names no
year whatever the tense.
"Long-term" labels a goal ("its long-term target of 7 to 9 percent growth"), but an actual figure's "long-term
debt", "long-term securities" or "long-term average" is a kind of debt or average, held or reached now.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.syntax import own_clause
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention

LONG_TERM = re.compile(r"long[\s-]term", re.I)
PER_YEAR = "annual"  # the adjective the year-phrase pattern reads alone ("annual profit"), without "full-year"
PERFECT_AUX = frozenset({"has", "have", "had"})
PAST_PASSIVE_AUX = frozenset({"was", "were"})


def is_per_year(m: PeriodMention) -> bool:
    """The phrase is the bare adjective "annual" (not "the full year", "for the year", "annual 2012")."""
    return " ".join(m.text.lower().split()) == PER_YEAR


def dates_no_year(m: PeriodMention, span: Span, modality: str | None) -> bool:
    """The phrase names a kind, not the figure's time: a bare "annual" dates only an actual figure told as a past
    result ("annual profit rose 9 percent", "has posted annual sales of $2 billion"), and is a rate per year for
    a prediction or a figure of a present or modal clause; "long-term" dates only a prediction."""
    if modality is None:
        return False  # events and ranks, whose callers tell no modality, keep the old reading
    if LONG_TERM.fullmatch(m.text.strip()):
        return modality == "actual"
    if not is_per_year(m):
        return False
    if _on_a_rate_noun(m, span):
        return True  # "given as annual fees", "annual lending rates above 6 percent": a rate, never a year
    if modality != "actual" and _forecast_of_the_year(m, span):
        return False  # "forecast an annual loss of $2 billion": the year in progress, as "full-year" is
    return modality != "actual" or not _told_as_past(own_clause(span.root))


def _forecast_of_the_year(m: PeriodMention, span: Span) -> bool:
    """ "annual" on a result (`result_measures`) that a verb of predicting takes as its object ("forecast an annual
    net loss", "projects annual sales of") or that names what a forecast noun forecasts ("cut its annual profit
    forecast by 90 percent"), in the figure's own clause: a company's outlook for the year under way, which gold
    dates. Not "its expected annual earnings" (a participle, no verb of predicting) nor "annual costs" it "would
    save" (no result)."""
    phrase = phrase_span(span.doc, span.sent, m)
    if phrase is None or phrase.root.dep_ != "amod":
        return False
    noun = phrase.root.head
    results = words("result_measures")
    if noun.lemma_.lower() in FORECAST_NOUNS:  # "its annual net profit forecast": the parse hangs "annual" on it
        forecast = any(c.dep_ == "compound" and _names_a_result(c, results) for c in noun.children)
        predicted = False
    else:
        if not _names_a_result(noun, results):
            return False
        head = noun.head
        while noun.dep_ == "compound" and head.lemma_.lower() not in FORECAST_NOUNS:
            noun, head = head, head.head
        predicted = noun.dep_ == "dobj" and head.lemma_.lower() in words("prediction_verbs")
        forecast = noun.dep_ == "compound" and head.lemma_.lower() in FORECAST_NOUNS  # "annual profit outlook"
    placed = phrase.root.head.children  # "peak" is read as an adjective or a noun modifier
    if any(c.dep_ in ("amod", "nmod", "compound") and c.lower_ in words("unplaced_year_adjectives") for c in placed):
        return False  # "forecast peak annual revenue of $3 billion": a yearly level at no year of its own
    figure_clause, noun_clause = own_clause(span.root), own_clause(noun)
    same = figure_clause is not None and noun_clause is not None and figure_clause.i == noun_clause.i
    return (predicted or forecast) and same


FORECAST_NOUNS = words("forecast_nouns") | words("guidance_nouns")


def _names_a_result(noun: Token, results: frozenset[str]) -> bool:
    """The lexicon writes some results in the plural ("sales"), whose lemma is singular."""
    return noun.lower_ in results or noun.lemma_.lower() in results


def _on_a_rate_noun(m: PeriodMention, span: Span) -> bool:
    """ "annual" modifies a noun that is itself an amount per year ("salary", "interest rate", "return", "bill")."""
    phrase = phrase_span(span.doc, span.sent, m)
    if phrase is None or phrase.root.dep_ != "amod":
        return False
    return phrase.root.head.lemma_.lower() in words("per_year_nouns")


def _told_as_past(verb: Token | None) -> bool:
    """A past tense, a perfect or a past passive: "rose", "has risen", "were cut"; not "is", "can be", "will"."""
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "can be fined up to 10 percent of annual revenue", "would cut annual costs"
    if verb.tag_ == "VBD":
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(auxes & (PERFECT_AUX | PAST_PASSIVE_AUX))
