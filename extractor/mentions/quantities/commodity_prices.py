"""A bare price level of a commodity told in a sentence of its own: "<a grade> ended flat at $61", "The May
contract hit $55 on Monday" after "<a grade> closed at $58 a barrel" earlier in the text. The level is per
the unit the text prices that commodity in, as `view._share_price_per_unit` reads it inside one sentence. Shown only:
the facts measure prices in the currency (docs/DECISIONS.md, "Round 35 (quant35)")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import any_words
from extractor.mentions.quantities.lexicon import time_units, unit_names
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.rated import bare_price, rated_like
from extractor.models import Quantity

_MAX_CLIMB = 6  # head steps from the price to the verb whose subject tells what is priced
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_KIND_DEPS = frozenset({"compound", "amod", "nmod"})  # "crude futures", "spot gold"
_SIZE_RATIO = 2.0  # a level of the same thing: within half to twice the price per unit it is compared with


def _clause_verb(span: Span) -> Token | None:
    """The first verb above the price: the clause that tells it."""
    token = span.root
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return token if token.pos_ in ("VERB", "AUX") else None


def _priced_commodity(span: Span) -> bool:
    """The clause's subject names a commodity ("crude futures", "spot gold") or a traded contract ("The
    January contract"); a company's shares or an index are no such subject."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    nouns = any_words("commodity_nouns", "priced_contract_nouns")
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        # the subject noun and the words that name its kind: "Varnholt Oil" (a company) and "shares of <an oil
        # company>" name no commodity
        named = [subject, *(c for c in subject.children if c.dep_ in _KIND_DEPS)]
        if any((t.lemma_.lower() in nouns or t.lower_ in nouns) and t.ent_type_ != "ORG" for t in named):
            return True
    return False


def _per_unit(quantity: Quantity, currency: str) -> str | None:
    """The physical unit of a price level per unit in `currency` ("barrel" of USD_per_barrel), else None."""
    per = (quantity.unit or "").removeprefix(currency + "_per_")
    if per == quantity.unit or per not in unit_names() or per in time_units().values() or quantity.direction:
        return None
    return per


def _nearest_level_per_unit(shown_quantities: list[Quantity], i: int) -> str | None:
    """The unit of the closest price level per a physical unit in the same currency anywhere in the text, of the
    size of level `i` (within half to twice: a price of another metal or grade is no guide); a change per unit is
    no level to compare with."""
    quantity = shown_quantities[i]
    best, best_distance = None, None
    for j, other in enumerate(shown_quantities):
        per = _per_unit(other, quantity.unit or "") if j != i else None
        if per is None or not other.amount / _SIZE_RATIO <= quantity.amount <= other.amount * _SIZE_RATIO:
            continue
        if best_distance is None or abs(j - i) < best_distance:
            best, best_distance = per, abs(j - i)
    return best


def commodity_prices_per_unit(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """A bare price level (no direction, no range) whose clause subject is a commodity takes the physical unit of
    the text's nearest price level per unit in its currency of its size (within half to twice)."""
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if not bare_price(mention, quantity) or quantity.direction is not None or quantity.low is not None:
            continue
        per = _nearest_level_per_unit(shown_quantities, i)
        if per is not None and _priced_commodity(span):
            shown_quantities[i] = rated_like(quantity, per)
