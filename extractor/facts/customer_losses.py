"""A count of customers lost is a fall of the customer base, a change, not a metric of a loss.

"Brindle lost 40,000 broadband subscribers in the quarter": the gold reads a change of the subscribers, direction
down, predicate the subscribers as written ("broadband subscribers"); the reading named it "subscriber loss", a
metric. Only a noun of a customer base (`customer_base_nouns`: subscriber, customer, client) that is the direct
object of a verb of losing (`base_losing_verbs`), counted by the figure. A count of jobs or workers lost stays a
metric of jobs lost (FACTS.md: "cut N jobs" is a metric), and customers added are left as they are read (the gold
has both kinds for them).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words
from extractor.models import Quantity

NAMING_DEPS = ("amod", "compound")


def lost_customers(measured: Token | None, verb: Token | None, quantity: Quantity) -> str | None:
    """The predicate of a customer base that fell by `quantity` ("broadband subscribers"), else None."""
    if measured is None or verb is None or quantity.unit is not None:
        return None
    if verb.lemma_.lower() not in words("base_losing_verbs") or measured.lemma_.lower() not in words(
        "customer_base_nouns"
    ):
        return None
    if measured.dep_ != "dobj" or measured.head.i != verb.i:
        return None
    names = [c for c in measured.lefts if c.dep_ in NAMING_DEPS and c.is_alpha]
    return " ".join([*(c.lower_ for c in names), measured.lower_])
