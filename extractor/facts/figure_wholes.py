"""A percentage of a whole that is itself a figure: "<N> percent of the firm's $<M> billion in sales", "a third of the
group's $<M> million in deposits", "<N> percent of the nation's <M> million barrels a day of output". The "of"
object the parse gives is a number, a unit noun or the owner that the figure hangs on, none of them a measured
thing; the whole is the noun the figure itself measures, its "in"/"of" object. Without it the part was read as
nothing measured ("amount") or as its subject's noun ("unit").

A figure that measures no noun of its own ("40 percent of its 300 stores", "5 percent of its $10 billion loan
book") leaves the whole as the parse gave it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import NUMBER_ENTS
from extractor.mentions.quantities.lexicon import unit_name

MEASURED_PREPS = ("in", "of")  # "$<M> billion in sales", "<M> million barrels a day of output"
FIGURE_DEPS = ("nummod", "quantmod", "compound")  # a figure hung on the owner: "Belford's $173 billion"


def figure_measured_whole(whole: Token | None) -> Token | None:
    """The noun the figure in a percentage's "of" object measures, else the whole as given."""
    if whole is None:
        return None
    figure = _figure_of(whole)
    if figure is None:
        return whole
    measured = _measured_noun(whole, figure)
    return measured if measured is not None else whole


def _figure_of(whole: Token) -> Token | None:
    """The figure in a whole that names nothing measured: the number itself, or the number on a unit noun
    ("1.3 million bpd") or on the owner the parse hung it on ("Belford's $173 billion", "the resort's $6
    billion"); None for a noun of its own ("its 300 stores")."""
    if whole.like_num and whole.ent_type_ in NUMBER_ENTS:
        return whole
    owner = whole.pos_ == "PROPN" or any(c.dep_ == "case" for c in whole.children)  # "the resort's $6 billion"
    if not owner and unit_name(whole.text) is None:
        return None
    return next((c for c in whole.children if c.dep_ in FIGURE_DEPS and c.like_num), None)


def _measured_noun(whole: Token, figure: Token) -> Token | None:
    """The first "in"/"of" object after the figure, within the whole's phrase, that is a common noun."""
    for token in whole.subtree:
        if token.i <= figure.i or token.dep_ != "prep" or token.lower_ not in MEASURED_PREPS:
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and not noun.like_num and unit_name(noun.text) is None:
            return noun
    return None
