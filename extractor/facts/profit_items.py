"""A sum of money that a profit-item noun names is a level of that item, not a move (issue 10, round 24).

"booked a gain of $55 million when a lawsuit was settled", "a one-off gain of $12 million that a land deal brought",
"a pretax gain of $40 million on a plant it sold", "leaving aside a gain of $1.05 a share": a gain
(`not_money_move_nouns`) sized in money is an accounting item of the period, a metric named by the noun, as the
gold of every readable set writes it. The quantity layer already gives such a sum no direction; the fact layer's
word window ("gain of" → up) and the change-noun reading made it a rise of some other measure.

Not a percent ("a 5 percent gain in sales" moves sales), not a traded thing's gain ("its shares posted a gain of
50 cents"), and not a gain in something ("a gain of $2 million in revenue", "a gain of 30 cents in its stock"):
those still move what gained. Nor, as a review's probes showed (round 24), a gain that is a measure's rise told
otherwise: compared with an earlier period ("a gain of $45 million from a year earlier", "over last year", "on the
prior year"), in apposition to a level that rose ("closed at $18.10, a gain of 85 cents"), or on a verb whose
subject is a measure or a commodity ("sales showed a gain of $40 million", "gold posted a gain of $15") unless the
measure includes it or the gain's source is told ("profit included a gain of $9 million on a sale").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import EARLIER_NOUNS
from extractor.facts.measure_phrases import is_money
from extractor.lexicons import words
from extractor.models import Quantity

_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "quantmod", "nmod"})


def profit_item(span: Span, quantity: Quantity) -> Token | None:
    """The profit-item noun a money amount sizes: "a gain of $5 million" (after "of"), "a $5 million gain" (before
    the noun); None when the amount is no money, sizes another noun, or the item is a traded thing's move."""
    if not is_money(quantity):
        return None
    noun = _sized_noun(span)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("not_money_move_nouns"):
        return None
    if _traded_move(noun) or _gain_in(span.root) or _rise_of_a_measure(span, noun):
        return None
    return noun


def item_words_left_out(noun: Token) -> frozenset[int]:
    """Words before the gain that do not name it: a participle parsed as its adjective ("each booked gains of $5
    million") and a compound carrying a number ("a one-time gain", whose number word the phrase drops already)."""
    left_out = set()
    for child in noun.lefts:
        numbered = child.dep_ == "compound" and any(t.like_num for t in child.subtree)
        if numbered or (child.dep_ == "amod" and child.pos_ == "VERB"):
            left_out.update(t.i for t in child.subtree)
    return frozenset(left_out)


_COMPARISON_CUES = words("comparison_cues") | words("comparison_openers")
_PHRASE_ENDS = frozenset({",", ";", ":", "--", "(", ")"})


def _rise_of_a_measure(span: Span, noun: Token) -> bool:
    """The gain is the rise of a measure, not a profit item: "a gain of $12 million compared with the prior year",
    "revenue was $2.1 billion, a gain of $150 million", "net income posted a gain of $12 million"."""
    cues = _following_cues(span, noun)
    if any(_earlier_period(cue) for cue in cues):
        return True
    if _in_apposition(noun):
        return True
    return _measure_subject(noun) and not any(_gain_source(cue) for cue in cues)


def _following_cues(span: Span, noun: Token) -> list[Token]:
    """The words after the gain's phrase, up to a comma or the sentence end: where "from a year earlier" or "on
    the sale" tell what the gain is measured against or what brought it."""
    start, end = max(noun.i, span.end - 1) + 1, span.sent.end
    found = []
    for token in span.doc[start:end]:
        if token.lower_ in _PHRASE_ENDS:
            break
        found.append(token)
    return found


def _first_noun_after(token: Token) -> Token | None:
    """The first noun after a cue word ("a year earlier" -> "year", "the same quarter" -> "quarter"), past
    determiners, adjectives and numbers; None when a comma or a verb comes first."""
    doc = token.doc
    for following in doc[token.i + 1 : min(token.i + 6, token.sent.end)]:
        if following.pos_ in ("NOUN", "PROPN", "PRON"):
            return following
        if following.pos_ not in ("DET", "ADJ", "NUM", "ADP", "PUNCT", "ADV") or following.lower_ == ",":
            return None
    return None


def _earlier_period(cue: Token) -> bool:
    """ "from a year earlier", "over last year", "versus the same quarter", "compared with the prior year", "on
    the prior year": the cue opens an earlier period, so the gain is a change against it."""
    lower = cue.lower_
    if lower == "on":
        after = cue.doc[cue.i + 1 : cue.i + 3]
        if not any(t.lower_ in words("earlier_period_modifiers") for t in after):
            return False  # "on the sale", "on the day": a source or a time, no comparison
    elif lower not in _COMPARISON_CUES:
        return False
    noun = _first_noun_after(cue)
    return noun is not None and (noun.lemma_.lower() in EARLIER_NOUNS or noun.ent_type_ == "DATE")


def _gain_source(cue: Token) -> bool:
    """ "from the sale of a unit", "on a currency hedge", "related to a pension curtailment": what brought the
    gain (not a time: "on the day")."""
    if cue.lower_ not in words("gain_source_words"):
        return False
    noun = _first_noun_after(cue)
    if cue.lower_ in ("from", "on"):
        return noun is not None and noun.lemma_.lower() not in EARLIER_NOUNS and noun.ent_type_ not in ("DATE", "TIME")
    return True


def _in_apposition(noun: Token) -> bool:
    """ "closed at $18.10, a gain of 85 cents", "revenue rose to $500 million, a gain of $45 million": a gain set
    off by a comma and governed by no verb or preposition restates the rise of the level before it."""
    edge = noun.left_edge
    if edge.i == noun.sent.start or noun.doc[edge.i - 1].lower_ != ",":
        return False
    return noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


def _measure_subject(noun: Token) -> bool:
    """ "sales showed a gain of $40 million", "the dividend was a gain of 5 cents", "gold posted a gain of $15",
    "with gross profit showing a gain": the subject is a measure or a commodity, so the gain is its rise; a measure
    that includes the gain ("profit included a gain of $9 million") holds it as an item."""
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    if verb is None or verb.lemma_.lower() in words("item_holding_verbs"):
        return False
    measures = words("measure_nouns") | words("commodity_nouns")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in measures for s in subjects)


def _sized_noun(span: Span) -> Token | None:
    root, doc = span.root, span.doc
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # a per-share sum told after "or" restates the money sum: it sizes the same gain
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        return head.head  # "a gain of $5 million"
    if root.dep_ in _NOUN_MODIFIERS and head.i > root.i:
        while head.dep_ in ("amod", "compound") and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head  # "a $5 million pretax gain"
        return head
    before = span.start - 2
    if before >= span.sent.start and doc[span.start - 1].lower_ == "of":
        return doc[before]  # the words say "gain of" where the parse hangs the sum elsewhere
    return None


def _traded_move(noun: Token) -> bool:
    """ "shares posted a gain of 50 cents": a traded price's gain; "a gain of $2 million in revenue", "a gain of 30
    cents in its stock": a move of what follows "in"."""
    traded = words("share_nouns") | words("traded_nouns")
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubj") else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if any(s.lemma_.lower() in traded for s in subjects):
        return True
    return _gain_in(noun)


def _gain_in(token: Token) -> bool:
    """An "in" phrase on the noun or on its sum that names no time: "in revenue", "in its stock"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and _not_a_time(c) for c in token.children)


def _not_a_time(preposition: Token) -> bool:
    """ "a gain of $2 million in revenue", "in its stock": what moved; "in the quarter" is only when."""
    return any(o.dep_ == "pobj" and o.ent_type_ != "DATE" for o in preposition.children)
