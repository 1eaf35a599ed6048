"""An act a party agreed to do, whose figure is the size of a change it is to make: "the producers' group agreed in
May to trim supply by 300,000 tonnes a year from July", "the insurer consented to buy back 5 percent of its shares",
"under its union deal the carmaker agreed to add 3,400 jobs". The agreement is past, the act is to come: the
figure is the party's target (FACTS.md: a plan of the subject), not a result. `modality._modality_in_clause`
reads the past "agreed" as done. Left actual: a payment agreed ("agreed to pay regulators 40 million euros": a
settled sum, actual in the gold), a purchase or an investment in a company (a deal's term), a negated act
("agreed not to cut"), and a figure the act does not set ("agreed to cut jobs after a 6 percent fall in sales")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.modality_intentions import negated, sets_the_figure
from extractor.lexicons import any_words, words

NOUN_PHRASE_VERB_DEPS = frozenset({"acl", "amod"})


def agreed_act(root: Token) -> bool:
    """The figure's own verb is a "to" infinitive of a verb of change or of buying back (`agreed_act_verbs`) under
    a verb of agreeing (`agreeing_verbs`), and the figure is what that act sets."""
    below = [root]  # the figure's path up to its verb, as `modality_intentions.sets_the_figure` reads it
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in NOUN_PHRASE_VERB_DEPS:
            return _agreed(token, below)
        below.append(token)
    return False


def _agreed(act: Token, below: list[Token]) -> bool:
    first = act
    agreeing = words("agreeing_verbs")
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() not in agreeing:
        first = first.head  # "agreed to invest $6 billion and add 5,750 jobs": the "to" is on the first conjunct
    head = first.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in agreeing or negated(act, head):
        return False
    if not (_to_infinitive_of(first, head) or _bare_conjunct_of_one(first, head)):
        return False
    return _changing_act(act) and sets_the_figure(act, below)


def _to_infinitive_of(act: Token, head: Token) -> bool:
    return act.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


def _bare_conjunct_of_one(act: Token, head: Token) -> bool:
    """ "agreed to build a plant, add 3,400 jobs and ...": the parser may join the second infinitive to "agreed"
    itself; a bare verb (no "-ed") beside the agreeing verb's own "to" infinitive is one of its series."""
    return (
        act.dep_ == "conj"
        and act.tag_ == "VB"
        and any(_to_infinitive_of(c, head) for c in head.children if c.dep_ == "xcomp" and c.i < act.i)
    )


def _changing_act(act: Token) -> bool:
    lemma = act.lemma_.lower()
    acts = words("agreed_act_verbs")
    # "buy back": the parser takes "back" for a particle or an adverb
    if any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in acts for c in act.children):
        return True
    return lemma in any_words("change_up", "change_down", "agreed_act_verbs")
