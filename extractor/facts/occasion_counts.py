"""How often something was done: "the bank raised its key rate 13 times", "rates were cut five times", "the group
was bailed out three times". "N times" as the adverb of an action verb counts the occasions of that action: a
count (a metric with no unit), not a multiple of the measure. Before, it kept the unit "times" and, after a verb of
raising, became a change of 13 times (up 1,200 percent) of "rates".

A multiple stays a multiple: "three times as high", "five times faster" (a comparison), "15 times earnings" and
"debt of five times EBITDA" (no verb governs the figure as its adverb), and "profit jumped three times" (a move verb
with no object moves its own subject: the measure was multiplied). The comparison words after the figure are in
the lexicon `multiple_comparison_words`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import any_words, table, words
from extractor.models import Quantity

PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})
OBJECTS = frozenset({"dobj", "nsubjpass"})


def counted_action(span: Span, unit: str | None) -> Token | None:
    """The verb whose occasions the figure `span` ("13 times") counts, or None when it is a multiple."""
    times = span[-1]
    if unit != "times" or times.lower_ != "times":
        return None  # "doubled", "threefold", "3x": a multiple written as one
    verb = _governing_action(times)
    if verb is None or _compares(times) or _moves_its_subject(verb):
        return None
    return verb


def _governing_action(times: Token) -> Token | None:
    """The verb "N times" is the adverb of: "raised rates 13 times", "raising rates for 17 times"."""
    head = times.head
    if times.dep_ == "pobj" and head.lower_ == "for":
        head, times = head.head, head
    if times.dep_ not in ("npadvmod", "prep") or head.pos_ != "VERB":
        return None  # "trades at 15 times earnings", "net debt was about five times": no action counted
    return head


def _compares(times: Token) -> bool:
    """ "three times as high", "five times faster", "ten times more": the figure compares two sizes."""
    doc = times.doc
    after = doc[times.i + 1] if times.i + 1 < len(doc) else None
    if after is None:
        return False
    return after.lower_ in words("multiple_comparison_words") or after.tag_ in ("JJR", "RBR")


def _moves_its_subject(verb: Token) -> bool:
    """ "profit jumped three times": a move verb with no object or passive moves its subject by a multiple."""
    if verb.lemma_.lower() not in any_words("change_up", "change_down"):
        return False
    return not any(child.dep_ in OBJECTS or child.dep_ in PASSIVE_MARKS for child in verb.children)


def occasions_predicate(verb: Token) -> str:
    """What was done, the acted-on noun first: "benchmark rate cut", "dividend raised", "bailed out", "mentioned";
    a move of policy by the name of its event (`policy_move_verbs`): "raised rates 13 times" -> "interest rate
    increases", as the event facts and the gold name one such move."""
    done = " ".join([verb.lower_, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    acted_on = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if acted_on is None or acted_on.pos_ != "NOUN":
        return done  # "Harrow was bailed out three times": a named party is the subject, not what was done
    policy = table("policy_move_verbs").get(verb.lemma_.lower())
    if policy is not None and acted_on.lemma_.lower() == policy[0]:
        return _plural(policy[1])
    modifiers = [t.lower_ for t in acted_on.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    return " ".join([*modifiers, acted_on.lower_, done])


def _plural(event: str) -> str:
    """ "interest rate increase" -> "interest rate increases"; a mass noun in -ing ("monetary easing") stays."""
    return event if event.endswith("ing") else f"{event}s"


def occasions_count(quantity: Quantity) -> Quantity:
    """The figure as a count of occasions: no unit, no direction."""
    return quantity.model_copy(update={"unit": None, "counted": "time", "direction": None})
