"""Exchange-rate levels written as a bare number: "the yen at 92.50 per dollar", "the rand traded at 14.20 to the
dollar" are 92.50 `JPY_per_dollar` and 14.20 `ZAR_per_dollar`, as "92.50 yen per dollar" already reads
(docs/DECISIONS.md, "Quantities"). Shown only: a bare figure is no amount the facts read."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.lexicon import hedge_pattern, lex
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.models import Quantity

# "per dollar", "to the euro", "to one U.S. dollar", "against the dollar": the currency one unit of which the
# level buys
_PER_CURRENCY = re.compile(
    r"\s+(?:per|to\s+the|to\s+one|against\s+the)\s+(?:U\.S\.\s+|US\s+)?(?P<name>[A-Za-z]+)\b", re.IGNORECASE
)
_ISO = re.compile(r"[A-Z]{3}")  # a currency code, not a crown of no named country
_NAMED_WINDOW = 400  # characters searched back for the currency the level prices ("the yen ... at 92.50 per dollar")


@cache
def _currency_names() -> dict[str, str]:
    """Currency names written in words (lower case) -> ISO code: "yen", "swiss franc", "rupees"."""
    return {name: code for name, code in lex().currencies.items() if re.fullmatch(r"[a-z]+(?: [a-z]+)*", name)}


@cache
def _named_currency() -> re.Pattern[str]:
    """A currency named as the thing that trades: "the yen", "the South Korean won", "India's rupee"; never a bare
    name, since "won" and "real" are words too."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_currency_names(), key=len, reverse=True))
    capital = r"(?-i:[A-Z])[\w.-]*\s+"  # "South Korean": capitalised words before the name, whatever the flags
    opener = r"(?:\bthe\s+(?:" + capital + r"){0,2}|['’]s\s+(?:" + capital + r")?)"
    return re.compile(opener + r"(?P<name>" + names + r")\b", re.IGNORECASE)


def _code(name: str) -> str | None:
    return _currency_names().get(re.sub(r"\s+", " ", name.lower()))


def _singular(name: str) -> str:
    """ "dollars" -> "dollar"; the name of one unit of the currency, as a rate's denominator is written."""
    low = name.lower()
    return low[:-1] if low.endswith("s") and _code(low[:-1]) == _code(low) else low


def exchange_rate_levels(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """A bare number followed by "per <currency>" or "to the <currency>" is the price of one unit of that
    currency in the currency named before it ("the yen", within 400 characters): shown in `<ISO>_per_<name>`
    with the plain currency as its equivalent, as is "102 yen to the dollar". Without a named currency (or with
    the same one) it stays as it was. A bare level joined to it by "from" or "to" ("to 48.3 per dollar from
    47.9") is a level of the same rate."""
    text = None
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if not _plain_level(mention, quantity):
            continue
        text = text if text is not None else doc_text(span.doc)
        per = _PER_CURRENCY.match(text, mention.end)
        unit = _rate_unit(text, mention, quantity, per) if per else None
        if unit is None:
            continue
        shown_quantities[i] = _rated(quantity, unit)
        if i + 1 < len(found) and _other_level(text, found[i], found[i + 1], shown_quantities[i + 1]):
            shown_quantities[i + 1] = _rated(shown_quantities[i + 1], unit)


def _plain_level(mention: QuantityMention, quantity: Quantity) -> bool:
    """A bare number, or a sum in a plain currency ("102 yen", "75.31" given the yen of an earlier level)."""
    if mention.extras.get("scaled") or quantity.low is not None or "_per_" in (quantity.unit or ""):
        return False
    return quantity.unit is None and mention.kind == "amount" or quantity.unit in _currency_names().values()


def _rate_unit(text: str, mention: QuantityMention, quantity: Quantity, per: re.Match[str]) -> str | None:
    """ "JPY_per_dollar": the currency of the sum, or the one named before a bare number, per the one after."""
    per_code = _code(per.group("name"))
    if per_code is None:
        return None
    code = quantity.unit
    if code is None:
        named = _named_currency().finditer(text, max(0, mention.start - _NAMED_WINDOW), mention.start)
        codes = [code for m in named if (code := _code(m.group("name"))) != per_code]
        code = codes[-1] if codes else None
    # not "the country's crown": which crown is a guess from the countries a text names (`currencies.Context`)
    if code is None or code == per_code or not _ISO.fullmatch(code):
        return None
    return f"{code}_per_{_singular(per.group('name'))}"


# the words between a rate and the other end of its move: "..., from about "
_OTHER_LEVEL_GAP = re.compile(r"[^,;.]{0,40}?\s*,?\s+(?:from|to)\s+" + hedge_pattern("round", "near"))


def _other_level(text: str, level: tuple[QuantityMention, Span], other: tuple[QuantityMention, Span], quantity) -> bool:
    """The next figure is a bare level of the same size joined by "from"/"to": the other end of the move."""
    (rate, _), (mention, _) = level, other
    if quantity.unit is not None or mention.kind != "amount" or mention.extras.get("scaled"):
        return False
    gap = text[rate.end : mention.start]
    same_size = 0.5 * rate.quantity.amount <= quantity.amount <= 2 * rate.quantity.amount
    return same_size and _OTHER_LEVEL_GAP.fullmatch(gap) is not None


def _rated(quantity: Quantity, unit: str) -> Quantity:
    plain = quantity.model_copy(update={"unit": unit.split("_per_")[0], "counted": None, "equivalents": []})
    return quantity.model_copy(update={"unit": unit, "counted": None, "equivalents": [plain]})
