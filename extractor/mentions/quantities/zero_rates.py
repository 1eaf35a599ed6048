"""A rate level written "zero": "cut interest rates to near zero", "kept its benchmark rate at zero", "bond yields
fell close to zero". The number reader finds a bare 0 there; the noun the level belongs to (lexicon
`zero_rate_nouns`: a rate, a yield, inflation) is measured in percent, so the level is 0 percent, as the readable
gold reads it. A hedge before it ("near", "close to") makes it approximate and is part of its surface; the bound
stays "=": a rate "near zero" is no figure below a bound.

`extract quantities` shows every such level; the facts read only one a named party set (`set_by_named_party`):
read everywhere, the level made metric facts of background policy (a central bank's rate in a story about a
country's growth, a rate's state with no party setting it), drew the rate's predicate onto the figures after it,
and dated plans wrongly ("pledged to keep rates near zero until at least <year>" read as that year).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.quantities.mentions import QuantityMention

_LEVEL_PREPS = frozenset({"to", "at", "near"})
_HEDGES = frozenset({"near", "close"})  # "near zero", "close to zero"
_SUBJECTS = ("nsubj", "nsubjpass")


def zero_rate(mention: QuantityMention, span: Span) -> QuantityMention | None:
    """The mention read as a 0 percent rate level, with its hedge in the surface; None when it is no such level."""
    quantity = mention.quantity
    if quantity.unit is not None or quantity.amount != 0 or len(span) != 1 or span[0].lower_ != "zero":
        return None
    zero = span[0]
    prep = zero.head
    if zero.dep_ != "pobj" or prep.lower_ not in _LEVEL_PREPS:
        return None
    noun = _measured_noun(_governor(prep))
    if noun is None or not _is_rate_noun(noun):
        return None
    first = _hedge_start(zero)
    hedged = first.i < zero.i
    start = first.idx
    surface = doc_text(span.doc)[start : zero.idx + len(zero)]
    update = {"unit": "percent", "approximate": quantity.approximate or hedged, "bound": "=", "surface": surface}
    extras = {**mention.extras, "cue_start": start}
    # the span stays the number's own token: a verb before the hedge ("fell close to zero") moves nothing there
    return QuantityMention(start, mention.end, quantity.model_copy(update=update), "percent", extras)


def set_by_named_party(span: Span) -> bool:
    """A level the facts read: the rate is the object of a verb whose subject is named in its own clause ("the
    bank cut its key rate to near zero", "the bank has been holding rates at zero"). A rate's state with no party
    setting it ("rates are near zero", "yields fell to zero") is background; a verb with no subject of its own
    ("in addition to holding rates near zero", "pledged to keep rates near zero until ...") or telling a plan
    (`_told`) leaves the party, and the span a plan runs to, to other clauses."""
    zero = span[0]
    if zero.dep_ != "pobj" or zero.head.lower_ not in _LEVEL_PREPS:
        return False
    verb = _governor(zero.head)
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children) or not _told(verb):
        return False
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return noun is not None and _is_rate_noun(noun)


def _told(verb: Token) -> bool:
    """A verb telling what was or is done ("cut", "has kept", "has been holding"), not a plan or a view of one: a
    bare form after "to", "will" or "would" ("expects the bank to keep rates near zero"), a modal, or a participle
    with no auxiliary ("sees the bank keeping rates near zero"); a plan's span is read from other clauses."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or bool(auxiliaries)


def _governor(prep: Token) -> Token:
    """The word the level phrase hangs from, past the hedge's own words: "close" in "close to zero", the "to" of
    "to near zero" (parsed as a preposition whose object is "near")."""
    head = prep.head
    while head.i != head.head.i and (head.lower_ == "close" or head.pos_ == "ADP" and head.lower_ in _LEVEL_PREPS):
        head = head.head
    return head


def _measured_noun(governor: Token) -> Token | None:
    """The noun whose level the prepositional phrase states: the noun itself ("rates, currently near zero"), or the
    object of the verb ("cut rates to zero"), else its subject ("yields fell to zero")."""
    if governor.pos_ in ("NOUN", "PROPN"):
        return governor
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    children = list(governor.children)
    found = next((c for c in children if c.dep_ == "dobj"), None)
    return found or next((c for c in children if c.dep_ in _SUBJECTS), None)


def _is_rate_noun(noun: Token) -> bool:
    """A lemma of `zero_rate_nouns`, alone or after its compound ("borrowing cost")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" and lemma.endswith("s"):
        lemma = lemma[:-1]  # a capitalised "Rates" opening a sentence is tagged a name, its lemma left plural
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    nouns = words("zero_rate_nouns")
    return lemma in nouns or any(f"{c} {lemma}" in nouns for c in compounds)


def _hedge_start(zero: Token) -> Token:
    """The first word of the hedge right before "zero" ("near", "close to"), or "zero" itself."""
    doc = zero.doc
    before = doc[zero.i - 1] if zero.i > 0 else None
    if before is None:
        return zero
    if before.lower_ == "near":
        return before
    if before.lower_ == "to" and zero.i > 1 and doc[zero.i - 2].lower_ in _HEDGES:
        return doc[zero.i - 2]
    return zero
