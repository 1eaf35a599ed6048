"""Modality of a claim: actual, the subject's own target, or someone else's forecast."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words

FORECAST_NOUNS = frozenset(
    {"estimate", "forecast", "consensus", "poll", "expectation", "projection", "prediction", "view"}
)


FORECASTERS = frozenset(
    {"analyst", "economist", "forecaster", "poll", "survey", "consensus", "broker", "strategist", "market"}
)


def _noun_owner_is_subject(noun: Token) -> bool:
    """ "its forecast", "the company's estimate": the subject's own prediction."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "our", "their") or c.ent_type_ == "ORG" and c.dep_ == "poss"
        for c in noun.children
    )


def modality_for(span: Span, sent: Span, verb: Token | None) -> str:
    """forecast: someone else's prediction (analysts, polls); target: the subject's own goal or plan."""
    root = span.root
    chain = [root, *root.ancestors]
    for token in chain[:6]:
        lemma = token.lemma_.lower()
        if lemma in FORECAST_NOUNS and token.pos_ == "NOUN":
            if _noun_owner_is_subject(token):
                return "target"
            return "forecast"
        if token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.lemma_.lower() in FORECASTERS:
                return "forecast"
    target_cues = words("target_cues")
    for token in _same_claim(chain):
        if _is_target_cue(token, target_cues):
            return "target"
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in token.children):
            return "target"
    goal_nouns = ("goal", "target", "objective", "guidance", "outlook", "plan", "ambition")
    near_nouns = [t for t in sent if t.lemma_.lower() in goal_nouns]
    if near_nouns and min(abs(t.i - span.start) for t in near_nouns) <= 6:
        return "target"
    return "actual"


CLAUSE_MARKS_OF_FACT = frozenset({"after", "as", "since", "because", "while", "when", "although", "though"})


def _same_claim(chain: list[Token]) -> list[Token]:
    """The ancestors up to the edge of the quantity's own clause: a relative clause ("which were
    9.87 billion") or an "after ..." clause states its own fact, whatever the main verb plans."""
    kept = []
    for token in chain:
        kept.append(token)
        if token.dep_ == "relcl":
            break
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS_OF_FACT for c in token.children):
            break
    return kept


def _is_target_cue(token: Token, cues: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "see":
        return token.tag_ in ("VBZ", "VBP", "VBG")  # "sees profit rising" is guidance; "saw" is a result
    return lemma in cues or token.lower_ in ("will", "would")
