"""A market's total that a company voices: "Tolliver thinks Freedonian tractor deliveries across the industry
will near 60,000", "industry-wide combine shipments could reach 9,500 units next season, Tolliver said", "Tolliver
sees Asian harvester deliveries of 120,000 next year".

FACTS.md: country-wide industry totals take the country (or region), and a prediction by anyone other than the
holder is a forecast, not the voicing company's target. Two kinds of evidence make the figure the market's:
- an industry word on the measured noun ("industry-wide", "industry sales", "across the industry"), whoever
  reports it, with the place named on the noun or else the story's country;
- a company's prediction (expect, forecast, see ...) of a place's sales counted in units ("120,000"), with
  no owner on the noun: a company's own outlook is written "its sales", in money or percent ("its Canadian
  sales to rise 4 percent"), and a retailer's "Canadian sales to grow 3 percent" stays the company's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.statistics_country import country_of, known_countries, story_country
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.mentions.company_markets import industry_wide, sold_noun

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

PLACE_DEPS = frozenset({"compound", "amod", "nmod"})  # "U.S. sales", "European sales"


def market_holder(measured: Token | None, verb: Token | None, quantity: Span | None, ctx: DocContext) -> str | None:
    """The country or region whose market total the figure is, or None when nothing says it is one."""
    noun = _market_noun(measured, verb)
    if noun is None:
        return None
    if _owned(noun):
        return None  # "its industry-wide sales" never: "its sales" are the company's, whatever follows
    if industry_wide(noun):
        return _place_of(noun, ctx) or story_country(ctx.entities, noun.doc)
    if quantity is None or not _counts_units(quantity):
        return None
    return _place_of(noun, ctx) if _predicted(noun) else None


def _market_noun(measured: Token | None, verb: Token | None) -> Token | None:
    """The measured noun when it is a market's measure, else the subject of the figure's verb when it is one
    and the figure counts units ("deliveries could near 60,000 tractors")."""
    if measured is not None and sold_noun(measured):
        return measured
    subject = clause_subject(verb)
    return subject if subject is not None and sold_noun(subject) else None


def _counts_units(quantity: Span) -> bool:
    """ "120,000", "9,500 units": a count, no money and no percent (the tagger often calls a bare
    "3 million" money, so the words are read, not its label)."""
    doc = quantity.doc
    words_around = list(quantity) + ([doc[quantity.end]] if quantity.end < len(doc) else [])
    currencies = table("currencies")
    return not any(
        t.is_currency or t.lower_ in words("percent_words") or t.lower_ in currencies or t.lemma_.lower() in currencies
        for t in words_around
    )


def _owned(noun: Token) -> bool:
    """ "its Freedonian sales", "Tolliver's Asian sales": a possessor owns the figure."""
    return any(c.dep_ == "poss" for c in noun.children)


def _predicted(noun: Token) -> bool:
    """The noun is what a verb or noun of predicting is about: "thinks Freedonian deliveries will near",
    "sees Asian deliveries of", "forecasts for Freedonian tractor sales"."""
    predicting = words("prediction_verbs")
    for head in [noun, *noun.ancestors][1:4]:
        if head.lemma_.lower() in predicting:
            return True
    return False


def _place_of(noun: Token, ctx: DocContext) -> str | None:
    """The country or region the noun's own phrase names: "Canadian sales", "European sales", "sales in Freedonia"."""
    modifiers = [c for c in noun.children if c.dep_ in PLACE_DEPS]
    preps = words("market_place_preps")  # "sales in Freedonia"
    modifiers += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
    for token in modifiers:
        named = country_of(token, ctx.entities) or _region(token)
        if named is not None:
            return named
    return None


def _region(token: Token) -> str | None:
    """ "European sales": a region's adjective (`region_adjectives`), the region."""
    row = table("region_adjectives").get(token.lower_) if token.text[:1].isupper() else None
    return row[0] if row else None


def is_market_place(name: str) -> bool:
    """A country or region the place lexicons know ("Canada", "Europe"), though the story names it only by its
    adjective ("Canadian car sales"), or the world ("global demand"): a market whose total another party can
    forecast."""
    if name == "world":
        return True
    return name in known_countries() or name in {row[0] for row in table("region_adjectives").values()}
