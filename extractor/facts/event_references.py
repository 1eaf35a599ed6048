"""An event noun the sentence refers to as already known ("the acquisition of X", "its purchase of Y") names an
event that happened, whatever the verb of the sentence plans or predicts about something else."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS, possessor
from extractor.lexicons import words

REFERRING_DEPS = SUBJECT_DEPS | {"pobj"}  # where a noun phrase is talked about rather than brought up


def presupposed_event(event: Token) -> bool:
    """ "Analysts said X's acquisition of Y drove growth", "a charge the bank plans tied to the acquisition of Y":
    an event noun with a possessor or a presupposing determiner (lexicons/presupposing_determiners.txt), as a
    clause's subject or a preposition's object, is given as done; the forecast or plan in the sentence is about
    what it leads to. As a verb's object ("plans the acquisition of Y") it may be what is planned."""
    if event.pos_ != "NOUN" or event.dep_ not in REFERRING_DEPS or _completion_told(event):
        return False
    determined = any(c.dep_ == "det" and c.lower_ in words("presupposing_determiners") for c in event.children)
    return determined or possessor(event) is not None


def _completion_told(event: Token) -> bool:
    """ "once its acquisition of X closes later this year", "on completion of the purchase of X": a deal whose
    closing the sentence tells (lexicons/completion_words.txt) is pending or done by that telling, not given."""
    completing = event.head if event.dep_ in SUBJECT_DEPS else event.head.head
    return completing.lemma_.lower() in words("completion_words")
