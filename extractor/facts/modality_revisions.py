"""An earlier prediction a figure is compared with, named with no owner ("compared with an earlier estimate of 2
million units", "against a previous outlook of 70 cents", "versus a prior projection of 4.5 percent"), is the
same maker's replaced prediction: it takes the modality of the figure that replaces it (the company's target, a bank's
forecast), not that of a prediction noun with no owner (`assembly`). A part of a prediction ("moved the bottom
of its outlook up to 8 billion crowns") is revised as the prediction is (`modality._goal_as_object`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import any_words, words

COMPARISON_BASES = frozenset({"from", "versus", "vs", "vs.", "against", "with", "than"})


def replaced_prediction(root: Token) -> bool:
    """The figure hangs, below any verb, on a prediction noun with an adjective of an earlier time that is the
    object of a comparison preposition ("against a previous outlook of 70 cents")."""
    predictions = any_words("forecast_nouns", "prediction_outlook_nouns")
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in predictions:
            return _earlier(token) and token.dep_ == "pobj" and token.head.lower_ in COMPARISON_BASES
    return False


def _earlier(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in words("earlier_prediction_modifiers") for c in noun.children)


def whole_of_a_part(noun: Token) -> Token | None:
    """ "moved the bottom of its sales outlook up to 8 billion crowns": the noun a part noun ("end", "top") names a part
    of, whose own noun is what the verb revises."""
    if noun.lemma_.lower() not in words("range_part_nouns"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
