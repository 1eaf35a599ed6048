"""A term already set, told with "will": "holders will receive 0.6 shares for each share", "the dividend of 20
cents will be paid on May 1", "Lee will get a salary of $900,000, a filing showed", "Tarrow will pay $2 billion for
Norvale". The "will" dates the payment, not the amount: an agreement, a board or a filing has fixed it, so the
figure is a fact of the deal or the pay package (FACTS.md: the agreed terms of a deal are actual), not the payer's
plan. `modality.predicted_by_modal` reads every "will" as a plan; this reads it back to actual when the verb is one
of paying or receiving (`settled_term_verbs`) and nothing above it but a verb of telling. Not "would" (a plan or a
condition: "would receive a stake under a sale plan"), a particle ("will pay down debt": an act to come), a sum
spread over a span to come ("will receive $16,000 over the contract"), a condition ("if the deal closes"), nor a
verb under one of planning, predicting or hoping ("expects holders will receive")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

PLAIN_FUTURE = frozenset({"will", "'ll"})
NOUN_PHRASE_VERB_DEPS = frozenset({"acl", "amod"})  # "payments based on pay of $3 million": inside the noun phrase
CONDITION_MARKS = frozenset({"if", "unless"})


def settled_term(root: Token) -> bool:
    """The figure's own verb (the first above it that is not a participle inside its noun phrase) pays or
    receives under a plain "will", with no particle, span, condition or verb of another kind above it."""
    verb = _own_verb(root)
    if verb is None or verb.lemma_.lower() not in words("settled_term_verbs"):
        return False
    children = list(verb.children)
    auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
    if not auxiliaries & PLAIN_FUTURE or auxiliaries - PLAIN_FUTURE:
        return False  # "will have to pay", "would receive": not a plain future
    if any(c.dep_ in ("prt", "neg") for c in children) or _spread_over_a_span(verb) or _conditional(verb):
        return False
    return _only_told(verb)


def _own_verb(root: Token) -> Token | None:
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in NOUN_PHRASE_VERB_DEPS:
            return token
    return None


def _spread_over_a_span(verb: Token) -> bool:
    """A span preposition on the verb or on one of its dependents ("$16,000 in bonuses over the contract")."""
    spans = words("spread_span_prepositions")
    near = [verb, *verb.children]
    return any(c.dep_ == "prep" and c.lower_ in spans for t in near for c in t.children)


def _conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _only_told(verb: Token) -> bool:
    """Every verb above is one of telling ("the companies said"), so no plan, prediction or condition governs it;
    not a relative clause ("the minimum its workers will receive"), whose noun may belong to any clause."""
    return (
        all(a.lemma_.lower() in words("reporting_verbs") for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))
        and verb.dep_ != "relcl"
    )
