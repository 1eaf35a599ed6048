"""Estimates told in the past ("economists had expected a gain of 140,000"): such an estimate is of the result
just released, not of a period ahead nor a level that holds at publication. Split from `attachment`, which dates
each figure from the period phrases of its sentence."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.models import Period


def _told_in_past(verb: Token) -> bool:
    """ "Analysts expected", "had expected", "were expecting", "was lifted by ... and topped the estimate": a main
    verb in a past tense."""
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were") for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ in ("VBN", "VBG") and past_aux)


def estimate_told_in_past(sent: Span) -> bool:
    """ "Economists had forecast a rate of 2.3 percent": an estimate of the figure just released, not a level
    that holds at publication."""
    return _told_in_past(_main_verb(sent))


def estimated_period(sent: Span, result_before: Period | None, published: dt.date | None) -> Period | None:
    """ "Hiring added 92,000 jobs in May. Forecasters had looked for 140,000": an estimate told in the
    past by a verb of predicting, with no period of its own, is of the result told just before it (in its own
    sentence, else in the sentence before), when that result's period is over."""
    if result_before is None or result_before.end is None or published is None or result_before.end > published:
        return None
    return result_before if any(_predicted_in_past(t) for t in sent) else None


def _predicted_in_past(token: Token) -> bool:
    """ "had expected", "expected", "were expecting", "was seen": a verb of predicting in a past tense."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in words("prediction_verbs") and _told_in_past(token)


def _main_verb(sent: Span) -> Token:
    """The sentence's root, or its first verb when a heading fragment is the root ("HIGHLIGHTS: -- output fell")."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return sent.root
    return next((t for t in sent if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), sent.root)
