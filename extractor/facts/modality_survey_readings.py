"""What a poll or survey found: "a survey showed confidence fell to 60 in May", "the poll put support for the plan at 38
percent" is a reading the survey observed, actual; only what its clause predicts ("a poll showed growth
would slow to 2 percent", "a survey found firms expect to raise prices 3 percent") or what a poll of forecasters
gives ("a poll of economists showed ...") is a forecast (`modality._modality_in_clause`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words


def survey_reading(verb: Token, below: list[Token]) -> bool:
    """`verb` is a verb of finding whose subject is a poll or survey that names no forecasters, and the figure's
    claim below it (`below`, the figure's heads up to the verb) neither predicts nor plans."""
    if verb.lemma_.lower() not in words("finding_verbs"):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in words("polled_sources") or _polls_forecasters(subject):
        return False
    if any(_predicting(t) for t in below):
        return False
    told = [t for t in verb.subtree if t not in set(subject.subtree)]  # what the poll shows, not the poll itself
    return not any(_horizon(t) for t in told)


HORIZON_PREPOSITIONS = frozenset({"in", "within", "by"})
COMING_WORDS = frozenset({"next", "coming"})
PAST_WORDS = frozenset({"last", "past", "previous", "prior", "recent", "ago"})


def _horizon(noun: Token) -> bool:
    """A span of time ahead in the figure's clause: "in six months", "within two years", "by year-end", "next
    year": what the poll gives for then is predicted."""
    lemma = noun.lemma_.lower()
    if lemma not in words("duration_nouns") and lemma != "year-end":
        return False
    if any(c.lower_ in COMING_WORDS for c in noun.children):
        return True
    if any(c.lower_ in PAST_WORDS for c in noun.children):
        return False  # "in the last 12 months": a span already over
    ahead = noun.dep_ == "pobj" and noun.head.lower_ in HORIZON_PREPOSITIONS
    return ahead and (lemma == "year-end" or noun.head.lower_ == "by" or any(c.dep_ == "nummod" for c in noun.children))


def _polls_forecasters(poll: Token) -> bool:
    """ "a poll of economists", "a survey of analysts by X": forecasters named in the poll's own phrase."""
    cues = words("forecast_cues") - words("polled_sources")
    return any(t.lemma_.lower() in cues for t in poll.subtree if t.i != poll.i)


def _predicting(token: Token) -> bool:
    """A head of the figure that predicts, plans or names a prediction: a verb of predicting or planning, a word of
    likelihood, a modal or future auxiliary on a verb, or a noun of prediction ("expectations for growth of 2
    percent")."""
    lemma = token.lemma_.lower()
    if lemma in words("prediction_verbs") or lemma in words("target_cues") or lemma in words("forecast_nouns"):
        return True
    if lemma in words("likelihood_predicates"):
        return True  # "is likely to rise 4 percent", "is set to reach"
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("acomp", "xcomp") and _predicting(c) for c in token.children):
        return True  # "is likely to climb 3 percent now and 2 percent later": a second figure the parse hangs on "is"
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return bool(auxiliaries & (words("speculative_modals") | {"will", "would", "'ll", "shall", "should", "to"}))
