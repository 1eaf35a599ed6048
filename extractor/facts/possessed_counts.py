"""A count written as what a party has ("its four business segments", "<Name>'s 15,500 advisers", "<Name>, with
about 40 employees, ...") is a level the party holds, not a result of the period that dates the clause around it:
FACTS.md gives stocks and levels `as_of`, no period. In "Last month, <Bank> wrote to <Firm>'s 900 brokers" the
month dates the writing, not the size of the broker force.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.default_periods import changes_the_stock
from extractor.facts.syntax import figure_head
from extractor.lexicons import any_words, table
from extractor.models import Period, Quantity


def held_count(kind: str, modality: str, period: Period | None, ahead: bool, daily: bool, quantity: Quantity) -> bool:
    """A past count of things (no unit) dated by a period that is over: the figures `possessed_count` may undate."""
    return (
        kind == "metric"
        and modality == "actual"
        and period is not None
        and not (ahead or daily)
        and quantity.unit is None
    )


def possessed_count(span: Span, verb: Token | None) -> Token | None:
    """The noun a count measures when the text writes the count as a party's holding: the noun has a possessor
    that is no time ("its", "<Name>'s", not "this week's three auctions"), or hangs on "with" after a name or a
    described party ("<Name>, with 40 staff", "a company with 700 hotels"). Not a count that a flow makes (a
    participle or relative clause on the noun, "new", "average"), nor what the clause's verb adds or cuts."""
    noun = figure_head(span.root)
    if noun.i == span.root.i or noun.pos_ != "NOUN" or _counted_as_flow(noun):
        return None
    if noun.dep_ == "dobj" and changes_the_stock(verb):
        return None  # "cut its 300 branches": the cut is what the period dates
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if _is_time(owner) else noun
    return noun if _party_with(noun) else None


def _counted_as_flow(noun: Token) -> bool:
    """ "jobs lost during the month", "shares changing hands on Friday", "new lines", "average monthly users":
    counted over a period; not "employees based in <City>"."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    flows = any_words("flow_count_verbs", "departure_verbs", "stock_changing_verbs")
    if any(c.lemma_.lower() in flows or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in clauses):
        return True
    modifiers = any_words("flow_modifiers", "period_statistics")
    return any(c.lower_ in modifiers for c in noun.subtree if c.i < noun.i)


def _party_with(noun: Token) -> bool:
    """The noun is the object of "with" on a name or on a noun that describes one ("<Name>, a lender with 300
    branches"), not on a verb ("ended the year with", "passed with") whose clause dates an act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
        return False
    party = prep.head
    return party.pos_ == "PROPN" or party.pos_ == "NOUN" and party.dep_ in ("appos", "attr")


def _is_time(owner: Token) -> bool:
    """A possessor that is a time ("last week's", "this year's"), whose count is of that time."""
    return owner.ent_type_ in ("DATE", "TIME") or owner.lower_ in table("time_units")
