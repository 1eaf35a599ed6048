"""Figures of a possibility: an amount its own noun phrase calls possible ("a possible $5 billion fine", "a potential
$80 billion of losses", "the $15 billion of potential sales"), and a probability ("a 20 percent chance of a
recession", "the odds of a cut have fallen to 30 percent"). Neither is a result: each is what someone reckons may
come, a forecast (FACTS.md: predictions by someone else), whatever the verb around it tells ("asked rivals to help
avert a possible fine", "the chances ... have fallen"). Only a figure its clause reads as actual moves: a plan that
offers a possible amount ("is preparing to give the state a possible 34 percent stake") stays the planner's target
(`modality.modality_for`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

FIGURE_MODIFIER_DEPS = frozenset({"nummod", "compound", "quantmod", "amod"})
LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})  # "fell to 20 percent", "stood at 30 percent"


def hedged_figure(root: Token) -> bool:
    """An adjective of possibility (`possibility_adjectives`) qualifies the figure, the noun it sizes, or the noun
    an "of" after it names ("$15 billion of potential sales"); not a noun elsewhere in the sentence ("a potential
    buyer paid $2 billion")."""
    hedges = words("possibility_adjectives")
    return any(c.dep_ == "amod" and c.lower_ in hedges for noun in _figure_nouns(root) for c in noun.children)


def probability_figure(root: Token) -> bool:
    """The figure sizes a probability noun (`probability_nouns`): the noun it modifies ("a 20 percent chance"), or
    the subject of the verb whose level it is ("the chances of a recession have fallen to 20 percent", "the odds
    are 30 percent"); not a figure beside one ("sales rose 20 percent, raising the chance of a payout")."""
    nouns = _figure_nouns(root)
    level_verb = _verb_of_level(root)
    if level_verb is not None:
        nouns += [c for c in level_verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    probabilities = words("probability_nouns")
    return any(n.lemma_.lower() in probabilities or n.lower_ in probabilities for n in nouns)  # "odds", not "odd"


def _figure_nouns(root: Token) -> list[Token]:
    """The figure, the noun it modifies ("a possible $5 billion [fine]"), and the object of an "of" on either."""
    nouns = [root]
    if root.dep_ in FIGURE_MODIFIER_DEPS and root.head.i != root.i:
        nouns.append(root.head)
    named = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return nouns + [o for o in named if o.dep_ == "pobj"]


def _verb_of_level(root: Token) -> Token | None:
    """The verb the figure is the level of: its complement ("are 30 percent"), or the object of its "to", "from"
    or "at" ("have fallen to 20 percent")."""
    if root.dep_ in ("attr", "acomp") and root.head.pos_ in ("VERB", "AUX"):
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in LEVEL_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None
