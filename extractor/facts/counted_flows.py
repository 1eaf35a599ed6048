"""A flow told as a count of the things that flowed: "tractor shipments should top 90,000 machines", "the
builder handed over 3,400 homes in the year, against 3,100 homes the year before". What is measured is the flow
(shipments, handovers, deliveries), not the machines or homes it counts; the counted noun stays the count's
`counted`.

Two constructions:
- the counted noun is the object of a verb of reaching or moving (`flow_reaching_verbs`: "reach", "top", "total",
  "climb to", "run at"), or of its "to" or "at", and the verb's subject is a flow noun (`counted_flow_nouns`): the
  figure measures the subject ("shipments will top 40 million handsets"). A verb that moves an object of its own
  ("sales lifted stocks to 52,000 bicycles"), another verb ("exports sustain 18,500 jobs") or a count of people,
  posts, customers or places (`headcount_nouns`) gives the flow nothing;
- a figure that is the earlier side of a comparison ("compared with", "against", "than") and counts exactly the
  things the flow figure before it in the sentence counts measures that flow ("against 3,100 homes"). A compared
  noun with a clause or phrase of its own ("70 railcars on its waiting list") is another count, and a figure
  before that measures no flow (an index "reading", a count of "members") shares nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.predicate_forms import predicate_head
from extractor.facts.syntax import clause_subject
from extractor.lexicons import words
from extractor.models import Fact, Quantity
from extractor.word_forms import singular

# prepositions that introduce the earlier side of a comparison ("up from", "compared with", "than", "against")
COMPARISON_PREPS = frozenset({"from", "with", "than", "against", "versus", "vs", "vs."})
NUMBER_DEPS = ("nummod", "compound", "quantmod")
# what gives a compared noun a reading of its own: a relative clause, a participle, a prepositional phrase
QUALIFIER_DEPS = frozenset({"relcl", "acl", "prep"})


def counts_a_flow(measured: Token | None, verb: Token | None) -> bool:
    """ "bus orders climbed to 2,300 buses": the counted noun is the object of a verb of reaching or moving
    (`flow_reaching_verbs`), or of its "to" or "at", and the verb's subject is a flow noun, which the count measures.
    A verb that moves something else ("sales lifted stocks to 52,000 bicycles") or a count of people or posts
    ("production hit 640 workers") is no count of the flow."""
    if measured is None or verb is None or _is_flow(measured) or _is_headcount(measured):
        return False
    if verb.lemma_.lower() not in words("flow_reaching_verbs"):
        return False
    held = measured.dep_ == "dobj" and measured.head == verb
    reached = measured.dep_ == "pobj" and measured.head.lower_ in ("to", "at") and measured.head.head == verb
    subject = clause_subject(verb)
    return (held or (reached and not _own_object(verb))) and subject is not None and _is_flow(subject)


def _own_object(verb: Token) -> bool:
    """The verb moves an object of its own, not an amount ("lifted inventories to ..."; "rose 5 percent to" has
    only its amount)."""
    return any(c.dep_ == "dobj" and not c.like_num and not any(g.like_num for g in c.children) for c in verb.children)


def _is_headcount(token: Token) -> bool:
    return token.lemma_.lower() in words("headcount_nouns")


def repeated_count(previous: Fact | None, span: Span, predicate: str, quantity: Quantity) -> str | None:
    """The predicate of the figure before, for an earlier side of a comparison that counts the same things
    ("handed over 3,400 homes, against 3,100 homes": home handovers both); else None."""
    if previous is None or previous.value is None or quantity.unit is not None or previous.value.unit is not None:
        return None
    counted = previous.value.counted
    if counted is None or previous.predicate == predicate or singular(predicate.lower()) != singular(counted.lower()):
        return None  # the figure names a measure of its own ("against a weekly mean of 410")
    if singular(predicate_head(previous.predicate).lower()) not in words("counted_flow_nouns"):
        return None  # the figure before measures no flow ("its reading rose to 101 from 100"): nothing to share
    noun = _compared_noun(span)
    return previous.predicate if noun is not None and not _qualified(noun) else None


def _compared_noun(span: Span) -> Token | None:
    """The figure, or the noun it counts, when it is the object of a comparison preposition: "versus 3,100
    homes", "compared with 97 barges"."""
    token = span.root
    while token.dep_ in NUMBER_DEPS and token.head.i != token.i and token.head.i >= span.start:
        token = token.head  # "3,100 homes": the noun the number counts
    return token if token.dep_ == "pobj" and token.head.lower_ in COMPARISON_PREPS else None


def _qualified(noun: Token) -> bool:
    """The compared noun says more than the counted noun: a clause or a phrase of its own ("70 railcars on its
    waiting list", "the 15,000 vans it had planned to build") makes it another count. A time only dates it, and a
    forecast participle only says who expected it."""
    return any(c.dep_ in QUALIFIER_DEPS and not _dates(c) and not _forecast(c) for c in noun.children)


def _forecast(child: Token) -> bool:
    """ "the 1,900 forecast by analysts": a forecast of the same flow, no other count. A participle with a subject
    or a verb of its own ("the 50,000 cars it expected to hold in stock") tells another count."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp") for c in child.children)
    return child.dep_ == "acl" and not own and child.lemma_.lower() in words("expectation_participles")


def _dates(child: Token) -> bool:
    """A prepositional phrase that only says when: "in 2013", "in the same half of 2011"."""
    objects = [t for t in child.children if t.dep_ == "pobj"]
    return child.dep_ == "prep" and bool(objects) and all(t.ent_type_ in ("DATE", "TIME") for t in objects)


def _is_flow(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("counted_flow_nouns")
