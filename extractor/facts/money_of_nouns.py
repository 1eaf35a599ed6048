"""Money followed by its own "of" phrase: "savers keep $3 billion of the bonds", "a buyout funded with
$3 billion of loans", "notes would be swapped for $2 billion of new equity", "$40 million of refunds". The noun
after "of" is what the money measures; the verb's subject ("clients"), a noun of another clause or a deal's price
is not (docs/DECISIONS.md, "Predicates, round 26").

Only money: "30 percent of the debt" is a part of a whole (`measures._part_of_whole`), "2 million tonnes of
wheat" a traded good. Not a noun that names how money is held or counted (`not_measures`: "of stock", "of cash",
"of the total"), an organization word ("of the group"), a period or a company's name. A predicate that already
names the noun ("debt repurchased", "bond sales") or a verb's own name for the money ("payment", "funds raised",
"writedown") is kept."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money, names_a_company
from extractor.facts.objects import of_or_in_object
from extractor.facts.valuations import DEAL_PRICE, DEAL_VALUE
from extractor.lexicons import any_words, table
from extractor.models import Quantity


def money_of_noun(
    span: Span, quantity: Quantity, measured: Token | None, predicate: str | None, skip: frozenset[int]
) -> Token | None:
    """The noun of the figure's own "of" phrase when the reading named something else, else None."""
    if not is_money(quantity):
        return None
    noun = of_or_in_object(span, skip, preps=("of",))
    if noun is None or noun == measured or not _hangs_on_figure(noun, span):
        return None
    if names_a_company(noun) or noun.lemma_.lower() in any_words("container_nouns", "org_nouns"):
        return None
    if measured is not None and (_holding_unit(measured) or _moved_to(span, measured)):
        return None
    if _worth(span):
        return None
    named = predicate is not None and {noun.lower_, noun.lemma_.lower()} & set(predicate.split())
    # a verb's own name for the money ("payment", "writedown", "funds raised") has no measured token; a deal's
    # price does not either, but the money of a deal's "of" phrase is a part of its financing, not the price; nor
    # do holdings ("investors hold $2 billion of the bonds": the bonds)
    held = {row[0] for row in table("holding_verbs").values()}
    verb_named = measured is None and predicate is not None and predicate not in {DEAL_PRICE, DEAL_VALUE} | held
    return None if named or verb_named else noun


def _holding_unit(measured: Token) -> bool:
    """ "its freight arm should book $4 billion of revenue": an owned unit holds the money, and
    `segment_figures` names the measure of the unit ("revenue of markets businesses") from this reading."""
    return measured.lemma_.lower() in any_words("segment_nouns")


def _moved_to(span: Span, measured: Token) -> bool:
    """ "the size of the sale grew to $2 billion of notes": the level a change verb moves its subject to is the
    subject's own; the "of" phrase says what the money is in."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "at") else None
    moving = verb is not None and verb.lemma_.lower() in any_words("change_up", "change_down")
    return moving and measured.head.i == verb.i and measured.dep_ in ("nsubj", "nsubjpass")


def _worth(span: Span) -> bool:
    """ "a card worth $100 of groceries": the money is the value of the thing that is worth it (a valuation
    reading); the "of" phrase says what the value is spent on, not what the money measures."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    # the parser hangs "worth" above the figure or, after a noun it splits off, below it
    return span.root.head.lower_ == "worth" or (before is not None and before.lower_ == "worth")


def _hangs_on_figure(noun: Token, span: Span) -> bool:
    """The parse hangs the "of" on the figure itself (or on its bracketed equivalent), not on a verb or noun
    before it: "$2 billion of debt", not "the sale for $2 billion of its unit" read as the sale of the unit."""
    of = noun.head
    return of.head.i in range(span.start, of.i)  # the figure, or its equivalent in brackets after it
