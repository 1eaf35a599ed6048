"""An earlier prediction a figure is compared with, named with no owner ("compared with an earlier forecast of 1
percent", "up from a previous view of $1.25", "down from a prior forecast of 3 percent"), is the same maker's
replaced prediction: it takes the modality of the figure that replaces it (the company's target, a bank's
forecast), not that of a prediction noun with no owner (`assembly`). A part of a prediction ("raised the lower end
of its forecast to $5.55") is revised as the prediction is (`modality._goal_as_object`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

COMPARISON_BASES = frozenset({"from", "versus", "vs", "vs.", "against", "with", "than"})


def replaced_prediction(root: Token) -> bool:
    """The figure hangs, below any verb, on a prediction noun with an adjective of an earlier time that is the
    object of a comparison preposition ("up from a previous view of $1.25")."""
    predictions = words("forecast_nouns") | words("prediction_outlook_nouns")
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in predictions:
            return _earlier(token) and token.dep_ == "pobj" and token.head.lower_ in COMPARISON_BASES
    return False


def _earlier(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in words("earlier_prediction_modifiers") for c in noun.children)


def whole_of_a_part(noun: Token) -> Token | None:
    """ "raised the lower end of its 2011 profit forecast to $5.55": the noun a part noun ("end", "top") names a part
    of, whose own noun is what the verb revises."""
    if noun.lemma_.lower() not in words("range_part_nouns"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
