"""Market benchmarks that hold their own readings, whatever company the story is about.

A traded commodity's price ("Halvor crude fell 52 cents to $121.40 a barrel", "crude oil prices have fallen
10 percent", "spot gold was up 0.8 percent") is a reading of that market: FACTS.md gives a figure to what it
measures, and a story's company does not own the price of oil. `commodity_holder` names the commodity as
the subject candidate "commodity" of `discourse.CANDIDATE_WEIGHTS`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.facts.measure_phrases import is_money
from extractor.facts.syntax import possessor
from extractor.lexicons import table, words
from extractor.models import Quantity

# "$130 million of crude hedged" is a sum, not a price: a price is per unit (FACTS.md units)
SCALED = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|mln|bln|bn)\b")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
PLACES = frozenset({"GPE", "LOC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def commodity_holder(measured: Token | None, quantity: Quantity | None, entities) -> str | None:
    """The commodity whose price a figure is: the measured noun is a commodity ("copper slid 2 percent") or
    a price noun of one ("oil prices", "prices of copper"), and the figure is a price or a move in percent.
    A possessor keeps its figure ("its realized gas price", "Acme's oil price": the company's own)."""
    if measured is None or quantity is None or not _priced(quantity) or possessor(measured) is not None:
        return None
    commodity = measured if _is_commodity(measured) else _commodity_of_price(measured)
    if commodity is None:
        return None
    name = _commodity_name(commodity, entities)
    place = _place_modifier(measured, commodity, entities) if commodity is not measured else None
    return f"{place} {name}" if place is not None and not name.startswith(place) else name


def _priced(quantity: Quantity) -> bool:
    if quantity.unit == "percent":
        return True
    return is_money(quantity) and not SCALED.search(quantity.surface)


def _is_commodity(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in words("commodity_nouns")


def _commodity_of_price(measured: Token) -> Token | None:
    """ "crude oil prices", "the price of copper": the commodity a price noun is of."""
    if measured.lemma_.lower() not in words("commodity_price_nouns"):
        return None
    modifiers = [c for c in measured.children if c.dep_ in MODIFIER_DEPS and _is_commodity(c)]
    if modifiers:
        return modifiers[-1]
    of = [g for c in measured.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in of if g.dep_ == "pobj" and _is_commodity(g)), None)


def _place_modifier(price: Token, commodity: Token, entities) -> str | None:
    """ "U.S. gasoline prices": the country a price noun is of names the market, as in "U.S. heavy crude"; only
    written right before the commodity's name, so the subject is a phrase of the text."""
    for child in price.children:
        if child.i + 1 != commodity.left_edge.i and child.i + 1 != commodity.i:
            continue
        if child.i in entities.dateline_tokens:
            continue  # "NEW YORK (Reuters) - U.S. heavy crude futures": where the story was filed
        cluster = entities.at(child.i)
        if child.dep_ in MODIFIER_DEPS and child.i < price.i and cluster is not None and cluster.label in PLACES:
            return child.doc[child.left_edge.i : child.i + 1].text
    return None


def _commodity_name(commodity: Token, entities) -> str:
    """The commodity as the text names it, with the words before it that name a grade or market ("Halvor
    crude", "U.S. heavy crude", "natural gas"), without an exchange ("ICE Halvor crude": Halvor crude), a delivery
    month ("U.S. October heavy crude": U.S. heavy crude), a price noun, a determiner or a number."""
    while commodity.dep_ in MODIFIER_DEPS and _is_commodity(commodity.head) and commodity.head.i > commodity.i:
        commodity = commodity.head  # "crude oil": the phrase ends at its last commodity noun
    doc = commodity.doc
    kept = [commodity]
    i = commodity.i - 1
    while i >= commodity.sent.start:
        if doc[i].lower_ in table("month_names") and commodity in doc[i].ancestors:
            i -= 1
            continue
        if not _grade_word(doc[i], commodity, entities):
            break
        kept.insert(0, doc[i])
        i -= 1
    while len(kept) > 1 and _market_place(kept[0], kept[1], entities):
        kept.pop(0)  # "ICE Halvor crude", "LME copper", "London Halvor crude": where it trades, not its name
    # ("opening" below: "GOLD Oil rose", "NEW YORK (Reuters) - Oil rose": a sentence's first word)
    name = " ".join(t.text for t in kept)
    first = kept[0]
    opening = first.i == 0 or doc[first.i - 1].text.isupper() or doc[first.i - 1].text in ("-", "--")
    if entities.at(first.i) is None and not first.text.isupper() and (first.is_sent_start or opening):
        name = name[:1].lower() + name[1:]  # "Spot gold was up": "spot gold"
    return name


def _market_place(token: Token, following: Token, entities) -> bool:
    """An exchange's acronym, or a place before a proper-noun grade ("London Halvor"); "U.S. heavy crude" keeps
    its country, the market it names."""
    if ACRONYM.match(token.text) or token.i in entities.dateline_tokens:
        return True
    cluster = entities.at(token.i)
    return (
        cluster is not None and cluster.label in PLACES and following.pos_ == "PROPN" and following.ent_type_ != "DATE"
    )


def _grade_word(token: Token, commodity: Token, entities) -> bool:
    """A word before the commodity inside its noun phrase that names a grade or a market: a modifier that
    is no determiner, number or price noun, and no organization (the exchange a contract trades on)."""
    if token.is_punct and token.text != ".":
        return False
    if token.dep_ in ("det", "poss", "nummod", "case") or token.like_num or token.is_stop:
        return False
    if token.lemma_.lower() in words("commodity_price_nouns") or token.i in entities.dateline_tokens:
        return False
    cluster = entities.at(token.i)
    if cluster is not None and cluster.label == "ORG" and cluster.name.split()[-1] != token.text:
        return False  # the exchange a contract trades on ("... Exchange crude"), not a grade ("London Halvor")
    return commodity in token.ancestors and token.dep_ in MODIFIER_DEPS | {"punct"}


INDEX_CODE = re.compile(r"^\.[A-Z0-9]{2,}$")


def numbered_index(token: Token | None, quantity: Quantity | None) -> str | None:
    """ "the S&P 500 rose 0.9 percent", "the FTSEurofirst 300 .FTEU3 ended up 0.5 percent": a proper name
    written with its number (or before a quote code) that moves by a percentage, points or to a level is a
    stock index, the subject of its readings by that short name (FACTS.md). `token` is the figure's clause
    subject, or the quote code the parse made the measured noun; money is a price, never an index reading."""
    if token is None or quantity is None or is_money(quantity):
        return None
    if INDEX_CODE.match(token.text):
        name = [t for child in token.lefts if child.dep_ in ("nmod", "compound", "nummod") for t in child.subtree]
    elif token.pos_ in ("PROPN", "NUM") and token.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE", "TIME"):
        name = [t for t in token.subtree if t.i <= token.i or t.dep_ == "nummod" and t.i == token.i + 1]
    else:
        return None
    name = sorted((t for t in name if t.pos_ in ("PROPN", "NUM") and not INDEX_CODE.match(t.text)), key=lambda t: t.i)
    numbered = len(name) >= 2 and name[-1].like_num and name[-1].pos_ == "NUM" and name[0].pos_ == "PROPN"
    if not numbered or name[-1].i - name[0].i != len(name) - 1:
        return None  # a name and its number, written together: "S&P 500", not "Acme ... 2012"
    return token.doc[name[0].i : name[-1].i + 1].text
