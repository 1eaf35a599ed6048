"""What an estimate measures when a result is set against it (FACTS.md "Predicates"; docs/DECISIONS.md).

"Ostrel's turnover came in ahead of the consensus of 9 million euros", "net profit per share matched the
polled view of 58 pence": the estimate predicts the result that the clause compares with it, so its figure
measures the clause's subject. Two ways of comparing: a verb of comparing results (`result_comparing_verbs`)
with the estimate as its object, and a gap preposition (`estimate_gap_words`: "above", "below", "ahead of")
or a phrase of matching (`estimate_match_words`) between the clause's verb and the estimate. The subject must
be a measured noun: "Ostrel beat estimates of 9 pence" names a company, and the estimate then restates the
measure of the figure before it, as before; so does a noun that names no measure ("that outcome exceeded the
polled view", `unnamed_result_nouns`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extractor.facts.measured_nouns import is_measure_noun, usable_measure
from extractor.facts.syntax import NUMBER_ENTS, RELATIVE_PRONOUNS, SUBJECT_DEPS
from extractor.lexicons import words

_MAX_STEPS = 4  # estimate -> prep -> ("line" -> "in") -> verb


def compared_result(estimate: Token, skip: frozenset[int]) -> Token | None:
    """The measured noun of the result compared with `estimate`, or None."""
    while estimate.dep_ == "compound" and estimate.head.i != estimate.i:
        estimate = estimate.head  # "the consensus forecast", "the analyst estimate": the whole estimate noun
    verb = _comparing_verb(estimate)
    if verb is None:
        return None
    subject = _own_subject(verb)
    if subject is None or subject.i in skip or subject.pos_ != "NOUN" or not is_measure_noun(subject):
        return None
    if _has_own_figure(subject):
        return None  # "a profit of 7 pence a share exceeded the view": the figure before names the measure
    if subject.lemma_.lower() in _estimate_nouns() | words("unnamed_result_nouns"):
        return None  # "that outcome exceeded the polled view": the result is named by the figure before
    return usable_measure(subject, skip)


def _own_subject(verb: Token) -> Token | None:
    """The comparing verb's own subject, or the noun its relative pronoun stands for ("turnover that exceeded
    the view"); never one inherited from another clause ("its net came to 61 pence, surpassing the polled 57
    pence": the estimate restates the figure before, "earnings per share")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _has_own_figure(noun: Token) -> bool:
    """A figure in the noun's own prepositional or appositive modifiers ("a profit of 7 pence a share"), outside a
    relative clause. A period before the noun ("third-quarter", "2011") is an ordinal or a date, no figure."""
    modifiers = (t for c in noun.children if c.dep_ in ("prep", "appos") for t in c.subtree)
    return any(t.ent_type_ in NUMBER_ENTS for t in modifiers)


def _comparing_verb(estimate: Token) -> Token | None:
    """The verb that sets a result against the estimate: its object's verb when that verb compares results,
    else the verb above a gap preposition or a phrase of matching."""
    if estimate.dep_ == "dobj" and estimate.head.lemma_.lower() in words("result_comparing_verbs"):
        return estimate.head
    words_seen: list[str] = []
    token = estimate
    for _ in range(_MAX_STEPS):
        if token.dep_ not in ("pobj", "prep", "pcomp", "advmod", "acomp") or token.head.i == token.i:
            break
        token = token.head
        words_seen.append(token.lower_)
        if token.pos_ in ("VERB", "AUX"):
            return token if _gap_path(words_seen) else None
    return None


def _gap_path(words_seen: list[str]) -> bool:
    """The words between estimate and verb make a gap ("ahead of", "short of") or a match ("in line with"); the
    parse climbs from the estimate, so they are read backwards."""
    path = " ".join(words_seen[:-1])  # the verb itself is no part of the comparison
    phrases = words("estimate_gap_words") | words("estimate_match_words")
    return any(path.startswith(" ".join(reversed(p.split()))) for p in phrases)


@cache
def _estimate_nouns() -> frozenset[str]:
    return words("forecast_nouns") | words("forecast_cues")
