"""A bare figure named a multiple: "sells at a multiple of 12", "a median multiple of 2.3 across the group", "the
industry's 16.5 multiple" value a share at that many times its earnings or book value, as "12 times earnings" reads:
shown in unit "times" (the noun of lexicon `valuation_multiple_nouns` governs it through "of", or the figure
modifies it). Shown only: the facts keep a bare figure out of their measures (docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.models import Quantity


def valuation_multiples(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """Each bare figure of a multiple noun is shown in unit "times", counting nothing."""
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if mention.kind != "amount" or quantity.unit is not None or quantity.direction is not None:
            continue
        if _names_a_multiple(span.root):
            shown_quantities[i] = quantity.model_copy(update={"unit": "times", "counted": None})


def _names_a_multiple(figure: Token) -> bool:
    """ "a multiple of 14" (the figure after "of" the noun governs) or "an 18.1 multiple" (the figure modifies it)."""
    if figure.dep_ == "pobj" and figure.head.lower_ == "of":
        return _multiple_noun(figure.head.head)
    return figure.dep_ == "nummod" and _multiple_noun(figure.head)


def _multiple_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("valuation_multiple_nouns")
