"""Shares of the people who hold a view: "62 percent of shoppers expect prices to rise" counts how many expect,
an observed result of a poll or survey, not a prediction (`modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

# the verbs by which people state a view or an intention: what a share of them holds, not what they predict
VIEW_LEXICONS = ("prediction_verbs", "belief_verbs", "reporting_verbs", "target_cues")


def counts_holders_of_a_view(root: Token) -> bool:
    """ "some 62 percent of shoppers said they expect", "40 percent of managers fear a recession", "with 58 percent
    expecting conditions to worsen", "slightly over half, or 52 percent, expect": the figure is the subject of a
    verb of expecting, believing, saying or planning, so it counts who holds that view: what a poll found, actual.
    Only an active subject: "5 percent growth is expected" (a passive subject) is the prediction itself."""
    subject = root.head if root.dep_ in ("conj", "appos") else root  # "half, or 52 percent": the subject's other name
    if subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "NUM"):
        return False
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return any(lemma in words(name) for name in VIEW_LEXICONS)
