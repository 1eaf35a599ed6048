"""How `extract quantities` shows a mention: rates keep their denominators, vague magnitudes are
ranges, a bare part of a whole takes its unit (docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.clause_subject import same_subject
from extractor.mentions.quantities.commodity_prices import commodity_prices_per_unit
from extractor.mentions.quantities.exchange_rates import exchange_rate_levels
from extractor.mentions.quantities.governed_moves import direct_from_ranges
from extractor.mentions.quantities.in_doc import mentions_in_doc
from extractor.mentions.quantities.lexicon import lex, time_units, unit_names
from extractor.mentions.quantities.listed_rates import listed_count_rates
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.occurrence_counts import occurrence_counts
from extractor.mentions.quantities.population_rates import named_rate
from extractor.mentions.quantities.rated import bare_price, rated_like
from extractor.mentions.quantities.relative_durations import is_shown_duration
from extractor.mentions.quantities.share_nouns import per_share_noun_rates
from extractor.mentions.quantities.shown_moves import join_moves
from extractor.mentions.quantities.valuation_multiples import valuation_multiples
from extractor.models import Quantity

_TIME_UNITS = frozenset(time_units().values())
_SMALL_CHANGE = 0.2  # a change at most a fifth of a price per unit in its clause is a change of that price
# between a change and the price per unit it led to: "to", "at", "to settle at", after a restating percent
_CHANGE_GAP = re.compile(
    r"(?:\s*,?\s*or\s+(?:about\s+)?[\d.]+\s*(?:%|percent|per\s?cent)\s*,?)?\s+(?:[a-z]+\s+){0,5}?"
    r"(?:to|at)\s+(?:(?:settle|end|close|finish)\s+(?:at|below|above|near)\s+)?(?:(?:about|around|nearly|near|just)\s+)?",
    re.IGNORECASE,
)
_PART_CUE = re.compile(r"\b(?:including|of\s+which|with|compared\s+with|versus|against|from)\s+(?:about\s+)?$")


def shown(mention: QuantityMention) -> Quantity:
    """The quantity as `extract quantities` shows it: a rate per share or period keeps its denominator,
    a vague magnitude ("tens of thousands") is the range it spans.

    "$13.75 a share" is 13.75 `USD_per_share`, restated as 13.75 `USD` (the price of one share);
    the facts measure it in USD ("earnings per share"), so mentions keep the plain unit.
    """
    quantity, per = mention.quantity, mention.extras.get("per")
    if mention.extras.get("shown_unit") and quantity.unit is None:
        unit = named_rate(mention.extras["shown_unit"], quantity.counted)
        quantity = quantity.model_copy(update={"unit": unit, "counted": None})
    if mention.extras.get("vague_high"):
        low, high = quantity.amount, mention.extras["vague_high"]
        return quantity.model_copy(update={"low": low, "high": high, "amount": (low + high) / 2, "bound": "="})
    if not per or quantity.unit is None:
        return quantity
    surface = mention.extras.get("per_surface", quantity.surface)
    return rated_like(quantity, per).model_copy(update={"surface": surface})


def _inherit_unit(found: list[tuple[QuantityMention, Span]]) -> list[Quantity]:
    """ "54 billion euros in loans, including 21 billion", "1.2 million tonnes, of which 400,000": a bare
    amount later in the sentence is shown in the unit of the money or physical amount it is part of; a bare
    scaled amount that counts nothing ("more than 1 billion euros but under 1.5 billion") in its currency."""
    out: list[Quantity] = []
    last: tuple[Quantity, Span] | None = None
    for mention, span in found:
        quantity = shown(mention)
        if last is not None and _part_of(quantity, mention, last, span):
            quantity = quantity.model_copy(update={"unit": last[0].unit, "counted": None})
        if quantity.unit and mention.kind in ("money", "physical"):
            last = (quantity, span)
        out.append(quantity)
    return out


def _part_of(quantity: Quantity, mention: QuantityMention, last: tuple[Quantity, Span], span: Span) -> bool:
    whole, whole_span = last
    return (
        quantity.unit is None
        and quantity.counted is None
        and mention.kind == "amount"
        and not mention.extras.get("written")
        and (whole_span.sent.start == span.sent.start or _next_sentence_peer(mention, whole, whole_span, span))
        and whole.amount / 1000 <= quantity.amount <= 10 * whole.amount
        and (
            _PART_CUE.search(span.doc[whole_span.end : span.start].text_with_ws) is not None
            or mention.extras.get("scaled")
            and (whole.unit in lex().currencies.values() or whole.unit == "crown")  # a crown of no named country
        )
    )


_PEER_RATIO = 10  # a sum restated in the next sentence is of the size of the one it follows


def _next_sentence_peer(mention: QuantityMention, whole: Quantity, whole_span: Span, span: Span) -> bool:
    """ "... by 2.4 billion euros. That was below the record 3 billion", "profit of 410 million euros. Analysts had
    forecast 425 million": a bare scaled amount in the sentence right after a money amount of its size (within a
    tenth to ten times) is a sum in that currency; the parse also splits a sentence at a ticker's bracket. Counts
    are kept out by `_part_of` (a counted noun) and by the size."""
    before = span.sent.start - 1
    return (
        before >= 0
        and whole_span.sent.start == span.doc[before].sent.start
        and bool(mention.extras.get("scaled"))
        and whole.unit in lex().currencies.values()
        and whole.amount / _PEER_RATIO <= mention.quantity.amount <= whole.amount * _PEER_RATIO
    )


def _share_price_per_unit(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """ "ended at $73.15 a barrel after touching a peak of $74.60", "slid $18.40, or 1.1 percent, to $1,642.30 an
    ounce": a bare price in the sentence of a price per physical unit is per that unit too, when it is a level
    of the same size or a smaller change; with no such level, a bare price that a change per unit led to ("climbed $3 a
    barrel to $71.40") takes the change's unit. Shown only: the facts measure prices in the currency."""
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if not bare_price(mention, quantity):
            continue
        nearest = _nearest_rate_per_unit(found, shown_quantities, i, span, quantity.unit or "")
        if nearest is None:
            per = _change_per_unit_led_to(found, shown_quantities, i, span, quantity)
            if per is not None:
                shown_quantities[i] = rated_like(quantity, per)
            continue
        rated, rated_span, per = nearest
        size, level = abs(quantity.high or quantity.amount), abs(rated.amount)
        if quantity.direction is None and 0.5 * level <= size <= 2 * level or _change_to(span, rated_span, size, level):
            shown_quantities[i] = rated_like(quantity, per)
        elif quantity.direction is not None and size <= _SMALL_CHANGE * level and same_subject(span, rated_span):
            shown_quantities[i] = rated_like(
                quantity, per
            )  # "ended at $3.10 a gallon, off 4 cents, after gaining 2 cents"


@cache
def _quote_level_before() -> re.Pattern[str]:
    """ "a session peak of ", "resistance around ", "an earlier low at " (lexicon `quote_level_nouns`)."""
    nouns = "|".join(sorted(words("quote_level_nouns")))
    return re.compile(rf"\b(?:{nouns})s?\s+(?:of|at|around|near)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _quoted_level_currency(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """ "The euro rose to $1.2713 after a session peak of 1.2739", "at 23.050 euros, off an earlier low at 21.815":
    a bare decimal level named by its noun takes the currency of an earlier money level of its size (within a
    fifth) in the sentence. Shown only: a bare figure is no amount the facts read."""
    text = None
    for i, ((mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if quantity.unit is not None or mention.kind != "amount" or mention.extras.get("scaled"):
            continue
        if "." not in quantity.surface or quantity.low is not None:
            continue
        text = text if text is not None else doc_text(span.doc)
        if not _quote_level_before().search(text[max(0, span.start_char - 40) : span.start_char]):
            continue
        unit = _money_level_like(found, shown_quantities, i, text, quantity.amount)
        if unit is not None:
            shown_quantities[i] = quantity.model_copy(update={"unit": unit, "counted": None})


_LEVEL_WINDOW = 100  # characters: "at 14.20 euros by 10:15 a.m. GMT, above a morning low of 13.95" (parsed as two)


def _money_level_like(
    found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity], i: int, text: str, amount: float
) -> str | None:
    """The unit of the nearest money level before mention `i` in its clause (or in the last 100 characters: the
    parse splits sentences at "a.m.") within a fifth of `amount`: its currency, its rate ("$1,742.30 an ounce"),
    or its minor unit ("305.5 pence"). `text` is the document's text."""
    span = found[i][1]
    sentence_start = span.sent.start
    for j in range(i - 1, -1, -1):
        (mention, other_span), other = found[j], shown_quantities[j]
        # the distance is cheap, the sentence of a span is not: it is looked up only for a far mention
        if span.start_char - other_span.end_char > _LEVEL_WINDOW and other_span.sent.start != sentence_start:
            return None
        if ";" in text[other_span.end_char : span.start_char]:
            return None  # another clause: "Shares rose to $31.40; the ratio stayed near its low of 31.2"
        if mention.kind != "money" or other.low is not None or other.direction is not None:
            continue
        if mention.extras.get("scaled"):
            continue
        for level in (other, *other.equivalents):
            if level.unit and 0.8 * amount <= abs(level.amount) <= 1.25 * amount:
                return level.unit
    return None


def _change_to(span: Span, rated_span: Span, size: float, level: float) -> bool:
    """ "lost 58 cents, or 0.7 percent, to finish at $81.46 a barrel": a smaller change right before the price
    it led to, with at most a percent restating it in between."""
    text = doc_text(span.doc)
    gap = text[span.end_char : rated_span.start_char] if span.end_char <= rated_span.start_char else ""
    return size < level and len(gap) <= 50 and _CHANGE_GAP.fullmatch(gap) is not None


# between a change per unit and the level it led to: "climbed $3 a barrel from <month> to", "ended down 40 cents
# per barrel at", ", or $N a tonne, at", "a gallon dearer from last year to average"
_LED_TO_GAP = re.compile(
    r"\s*,?\s+(?:[a-z]+\s+){0,5}?(?:to|at)\s+(?:(?:settle|end|close|finish|average)\s+(?:at\s+)?)?"
    r"(?:(?:about|around|nearly|near|just)\s+)?",
    re.IGNORECASE,
)


def _change_per_unit_led_to(
    found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity], i: int, span: Span, level: Quantity
) -> str | None:
    """ "climbed $3 a barrel from <month> to $71.40", "ended down 40 cents per barrel at $64.10": a bare price
    right after a smaller change per a physical unit, joined by "to" or "at", is the level that change led to, so
    it is priced per that unit too. The physical unit of the change, or None."""
    if i == 0 or level.direction is not None or level.low is not None:
        return None
    (_mention, change_span), change = found[i - 1], shown_quantities[i - 1]
    per = (change.unit or "").removeprefix((level.unit or "") + "_per_")
    if per == change.unit or per not in unit_names() or per in _TIME_UNITS or change.direction is None:
        return None
    if change.low is not None or abs(change.amount) >= abs(level.amount) or change_span.sent.start != span.sent.start:
        return None
    text = doc_text(span.doc)
    gap = text[change_span.end_char : span.start_char] if change_span.end_char <= span.start_char else ""
    return per if len(gap) <= 50 and _LED_TO_GAP.fullmatch(gap) is not None else None


def _nearest_rate_per_unit(
    found, shown_quantities, i: int, span: Span, currency: str
) -> tuple[Quantity, Span, str] | None:
    """The closest level of the sentence priced in `currency` per a physical unit ("a barrel", "per lb"), with
    that unit; a change per unit is no level to compare a price with (in "after a morning high of $52, zinc lost $3
    to $49 a pound" the $52 is weighed against the $49 level, not the $3 move)."""
    best, best_distance = None, None
    sentence_start = span.sent.start
    for j, ((_mention, other_span), other) in enumerate(zip(found, shown_quantities, strict=True)):
        per = (other.unit or "").removeprefix(currency + "_per_")
        if j == i or per == other.unit or per not in unit_names() or per in _TIME_UNITS or other.direction:
            continue
        if other_span.sent.start != sentence_start:
            continue
        if best_distance is None or abs(j - i) < best_distance:
            best, best_distance = (other, other_span, per), abs(j - i)
    return best


def _shown_end(mention: QuantityMention, quantity: Quantity) -> int:
    return mention.start + len(quantity.surface) if quantity.surface != mention.quantity.surface else mention.end


def quantities_for_docs(docs) -> list[list[dict]]:
    """For each parsed Doc, its quantities as JSON-able dicts: `Quantity` fields plus "start"/"end" offsets."""
    out = []
    for doc in docs:
        found = mentions_in_doc(doc, shown=True)
        shown_quantities = _inherit_unit(found)
        per_share_noun_rates(found, shown_quantities)
        commodity_prices_per_unit(found, shown_quantities)
        _share_price_per_unit(found, shown_quantities)
        _quoted_level_currency(found, shown_quantities)
        exchange_rate_levels(found, shown_quantities)
        listed_count_rates(found, shown_quantities)
        valuation_multiples(found, shown_quantities)
        occurrence_counts(found, shown_quantities)
        placed, aside = [], []
        for (mention, _span), quantity in zip(found, shown_quantities, strict=True):
            # a duration counted from now stands aside: "from $2 million over the past two years to $5 million"
            (aside if is_shown_duration(mention.extras) else placed).append(
                (mention.start, _shown_end(mention, quantity), quantity)
            )
        text = doc_text(doc)
        direct_from_ranges(text, doc, placed)
        placed = sorted(join_moves(text, placed, doc) + aside, key=lambda p: p[0])
        out.append(
            [{**quantity.model_dump(mode="json"), "start": start, "end": end} for start, end, quantity in placed]
        )
    return out


def quantities_for_text(text: str, nlp) -> list[dict]:
    """The quantities of one text, parsed with `nlp`; `text[q["start"]:q["end"]] == q["surface"]`."""
    return quantities_for_docs([nlp(text)])[0]
