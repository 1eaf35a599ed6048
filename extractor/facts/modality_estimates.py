"""An estimate of what is or was: "estimated it has lost $1.5 billion", "estimates that its clients hold $12 billion"
reads a present or past fact, not a plan (`modality`)."""

from __future__ import annotations

from spacy.tokens import Token

PRESENT_OR_PAST = frozenset({"VBZ", "VBP", "VBD"})


def estimate_of_a_fact(verb: Token, below: Token | None) -> bool:
    """A verb of estimating whose clause on the figure's path is finite in the present, the past or the perfect,
    without a modal ("estimated it has lost", "estimates that 60 percent of X is done by Y", "has estimated that
    banks need"): the estimate reads a fact as it stands, actual. Not "estimated that savings should reach" (a
    modal), "estimated its investment to exceed" (an infinitive), nor "estimates 2020 sales of $3 billion" (no
    clause): those stay the estimator's expectation."""
    if verb.lemma_.lower() != "estimate" or below is None or below.dep_ != "ccomp" or below.head != verb:
        return False
    auxes = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if below.tag_ in PRESENT_OR_PAST:
        return True
    return below.tag_ == "VBN" and any(a.tag_ in PRESENT_OR_PAST for a in auxes)  # "has lost", "is done"
