"""A figure its own noun phrase calls possible ("a possible $5 billion fine", "a potential $80 billion of losses",
"the $15 billion of potential sales") is no result: it is what someone reckons may come, a forecast (FACTS.md:
predictions by someone else), whatever the verb around it tells ("asked rivals to help avert a possible fine",
"had indicated the potential sales included ..."). Only a figure its clause reads as actual moves: a plan that
offers a possible amount ("is preparing to give the state a possible 34 percent stake") stays the planner's target
(`modality.modality_for`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

FIGURE_MODIFIER_DEPS = frozenset({"nummod", "compound", "quantmod", "amod"})


def hedged_figure(root: Token) -> bool:
    """An adjective of possibility (`possibility_adjectives`) qualifies the figure, the noun it sizes, or the noun
    an "of" after it names ("$15 billion of potential sales"); not a noun elsewhere in the sentence ("a potential
    buyer paid $2 billion")."""
    hedges = words("possibility_adjectives")
    return any(
        c.dep_ == "amod" and c.lower_ in hedges for noun in _figure_nouns(root) for c in noun.children
    )


def _figure_nouns(root: Token) -> list[Token]:
    """The figure, the noun it modifies ("a possible $5 billion [fine]"), and the object of an "of" on either."""
    nouns = [root]
    if root.dep_ in FIGURE_MODIFIER_DEPS and root.head.i != root.i:
        nouns.append(root.head)
    named = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return nouns + [o for o in named if o.dep_ == "pobj"]
