"""Figures of a traded instrument whose own phrase does not name it (FACTS.md: a commodity price takes the commodity,
a bond yield the bond, never an organization named elsewhere in the story).

Two writings leave the instrument off the measured noun, and the figure then fell to the bank, the agency or the
country the story is about:
- a prediction noun whose compound or for/on/of object is the instrument ("the bank raised its copper forecast to
  $9,000", "a target of $95 for crude"): the instrument holds the predicted figure, the forecaster owns only the
  prediction (the poss of the noun);
- a bare quote noun that points back ("Zinc ended at $2,050 a tonne; prices had peaked near $2,210 in May", "Gilts
  were steady and their yield held at 1.4 percent"): the instrument of its kind the text has just named (a
  pronoun's clause subject, else the nearest one before it, not past another clause subject), and only for a
  figure quoted per the instrument's own unit or per no unit ("$4 a gallon" at the pump is no crude price).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import SCALED, is_money
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Quantity

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PREDICTION_DEPS = frozenset({"compound", "nmod", "amod"})
LOOKBACK_SENTENCES = 2  # a market report names an instrument, then says "prices" or "yields" in the next lines
REFERRING_PRONOUNS = frozenset({"its", "their"})


def referred_instrument(
    measured: Token | None, verb: Token | None, span: Span, quantity: Quantity, instrument_at: Callable
):
    """The instrument a prediction noun, a bare quote noun or a pronoun is about, read with
    `instrument_at(token, span)` (market_readings' reading of one noun); None when nothing points at one."""
    for noun in _prediction_nouns(measured, span):
        found = _predicted_instrument(noun, span, instrument_at)
        if found is not None:
            return found
    if measured is None:
        return _pronoun_subject(verb, span, instrument_at)
    lemma = measured.lemma_.lower()
    kinds = table("referring_quote_nouns").get(lemma)  # "yields" are a bond's, "prices" with money a commodity's
    if kinds is None or not _fits(lemma, quantity) or not _bare(measured):
        return None
    named = _pronoun_antecedent(measured, span, instrument_at) or _named_before(measured, span, instrument_at)
    if named is None:
        return None
    found, token = named
    if found.kind not in kinds or not _same_maturity(measured, found.name) or not _same_unit(span, token):
        return None
    return found


def _prediction_nouns(measured: Token | None, span: Span) -> list[Token]:
    """The prediction nouns a figure can be the value of: the measured noun, or a noun the parse hung on the
    figure itself ("a $74 a barrel goal it set for crude"). The object a verb revises ("raised its copper
    forecast to $9,000") comes in as `measured` (`market_readings.moved_object`)."""
    tokens = [measured] if measured is not None else []
    tokens.extend(c for c in span.root.children if c.dep_ in ("npadvmod", "appos") and c.i >= span.end)
    return [t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in words("instrument_forecast_nouns")]


def _predicted_instrument(noun: Token, span: Span, instrument_at: Callable):
    """ "its Brent forecast", "its oil price outlook", "our target for gold", "its forecast of the yen": the
    instrument compounded on the prediction noun or after for/on/of; "its profit forecast" names none."""
    modifiers = [c for c in noun.lefts if c.dep_ in PREDICTION_DEPS]
    objects = [g for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("for", "on", "of") for g in c.children]
    for token in [*reversed(modifiers), *(g for g in objects if g.dep_ == "pobj")]:
        found = instrument_at(token, span)
        if found is not None:
            return found
    return None


def _fits(lemma: str, quantity: Quantity) -> bool:
    """A yield is a percentage or a move in points; a commodity's price a sum of money per unit, not a total
    ("$3 billion")."""
    if lemma == "yield":
        return quantity.unit in ("percent", "percentage_point")
    return is_money(quantity) and not SCALED.search(quantity.surface)


def _bare(measured: Token) -> bool:
    """ "prices", "the 10-year yield", "their yield": no modifier of its own but a determiner, a maturity, a
    qualifier of the report or a pronoun; "consumer prices", "its own prices", "Acme's price" are others'. The
    noun is the subject of its clause ("the retailer raised prices to $9" is the retailer's)."""
    if measured.dep_ not in SUBJECT_DEPS:
        return False
    for child in measured.lefts:
        if child.dep_ in ("det", "punct"):
            continue
        if child.dep_ == "poss" and child.lower_ in REFERRING_PRONOUNS:
            continue
        if _maturity(child) or child.lower_ in words("instrument_qualifiers"):
            continue
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "on", "for") for c in measured.rights)


def _pronoun_antecedent(measured: Token, span: Span, instrument_at: Callable):
    """ "Gilts were steady and their yield held at 1.4 percent": the instrument that is the nearest clause subject
    before the pronoun in the same sentence; "gold rose, and shares of a miner followed; their price ..." is the
    shares' (the nearest subject is no instrument), with its token."""
    if not any(c.dep_ == "poss" and c.lower_ in REFERRING_PRONOUNS for c in measured.children):
        return None
    for token in reversed(measured.doc[measured.sent.start : measured.i]):
        if token.dep_ in SUBJECT_DEPS:
            found = instrument_at(token, span)
            return None if found is None else (found, token)
    return None


def _pronoun_subject(verb: Token | None, span: Span, instrument_at: Callable):
    """ "Spot platinum dipped to $905 an ounce. It is down 4 percent since June": "it" or "they" as the subject of
    a sentence's main verb, right after a sentence whose main subject is an instrument, is that instrument."""
    subject = clause_subject(verb) if verb is not None else None
    if subject is None or subject.lower_ not in ("it", "they") or subject.head != subject.sent.root:
        return None
    before = [s for s in subject.doc.sents if s.end <= subject.sent.start][-1:]
    heads = [c for s in before for c in s.root.children if c.dep_ in SUBJECT_DEPS]
    return next((found for c in heads if (found := instrument_at(c, span)) is not None), None)


def _named_before(measured: Token, span: Span, instrument_at: Callable):
    """The nearest instrument named before the noun in its sentence or the sentences just before it, with its
    token; not past a pronoun owner (read above) nor past the subject of another clause ("shares of a miner",
    "tickets", a company): the text turned to that thing, and its "prices" may be its own."""
    if any(c.dep_ == "poss" for c in measured.children):
        return None
    doc = measured.doc
    sentences = [s for s in doc.sents if s.end <= measured.sent.start][-LOOKBACK_SENTENCES:]
    start = sentences[0].start if sentences else measured.sent.start
    for token in reversed(doc[start : measured.i]):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        found = instrument_at(token, span)
        if found is not None:
            return found, token
        if token.dep_ in SUBJECT_DEPS and not _no_turn(token):
            return None
    return None


def _no_turn(subject: Token) -> bool:
    """A clause subject that does not turn the text away from the instrument: a speaker ("traders said") or a
    quote noun of its own ("their yields fell")."""
    return subject.head.lemma_.lower() in words("reporting_verbs") or subject.lemma_.lower() in table(
        "referring_quote_nouns"
    )


def _maturity(token: Token) -> bool:
    """ "10-year", "two-year": the maturity of a bond, written before its yield."""
    return any(t.lemma_.lower() == "year" for t in token.subtree) and any(t.like_num for t in token.subtree)


def _same_maturity(measured: Token, name: str) -> bool:
    """ "the 10-year yield" points at the 10-year note, not at the 30-year bond named last."""
    stated = [t for c in measured.lefts if _maturity(c) for t in c.subtree if t.like_num]
    return all(t.text in name for t in stated)


def _same_unit(span: Span, instrument: Token) -> bool:
    """ "$2,210" or "$2,210 a tonne" after zinc at "$2,050 a tonne" is zinc's; "$4 a gallon", "$120 a seat", "$14 a
    share" are prices of other things: a figure's per-unit noun must be one the instrument's sentence quotes."""
    doc = span.doc
    unit = _per_unit(doc[span.start : min(span.end + 3, len(doc))])
    return unit is None or unit in {u for t in instrument.sent if (u := _per_unit([t])) is not None}


def _per_unit(tokens) -> str | None:
    """The noun after "a", "an" or "per" that follows a number ("$6 a bushel", "1,900 per ounce"), or None."""
    for token in tokens:
        if token.lower_ not in ("a", "an", "per") or token.i == 0 or token.i + 1 >= len(token.doc):
            continue
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if (before.like_num or before.ent_type_ == "MONEY") and after.pos_ in ("NOUN", "PROPN"):
            return after.lemma_.lower()
    return None
