"""A measure stated not to have moved: "orders stayed unchanged on the prior quarter", "the margin was flat
in May", "costs are forecast to stay flat". FACTS.md's gold reads the word as a change of 0 percent (TRAPS.md:
"the actual 'unchanged' (a 0 percent change, required)"); no number is written, so the quantity reader finds
nothing. Read only for the facts, from the parse: the adjective completes a linking verb
(`zero_change_verbs`), and no figure follows it in the clause ("unchanged at 1 percent", "was flat at 85
cents": the level is the fact there, the zero change only optional), and it is no premodifier ("a flat
fee", "flat screens"). A hedge before it ("nearly flat", `approx_cues`) makes the zero approximate.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.token_index import lowered_positions
from extractor.models import Quantity

_LINKED = frozenset({"acomp", "oprd"})  # "were flat", "came in flat"
_FIGURES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def zero_changes(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[QuantityMention, Span]]:
    """Each zero-change adjective of a linking verb, as a 0 percent mention on its own token."""
    found = []
    # the few words written "flat" or "unchanged", found by string id: no Token built for every other word
    for token in (doc[i] for i in lowered_positions(doc, 0, len(doc), words("zero_change_words"))):
        if not _links_a_measure(token):
            continue
        if any(s < token.idx + len(token) and token.idx < e for s, e in taken):
            continue
        if _figure_follows(token):
            continue  # "unchanged at 1 percent": the level is stated, its zero change is only optional
        approximate = any(c.lower_ in words("approx_cues") for c in token.children if c.dep_ == "advmod")
        quantity = Quantity(amount=0.0, unit="percent", approximate=approximate, surface=token.text)
        mention = QuantityMention(token.idx, token.idx + len(token), quantity, "percent", {"zero_change": True})
        found.append((mention, doc[token.i : token.i + 1]))
    return found


def _links_a_measure(token: Token) -> bool:
    """The adjective completes a linking verb that has a subject of its own, shares one ("dipped in April and
    then stayed flat") or is the "to be" of one ("expects costs to be flat")."""
    verb = token.head
    if token.dep_ not in _LINKED or verb.lemma_.lower() not in words("zero_change_verbs"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (subject.pos_ in ("PRON", "DET") or _a_prediction(subject)):
        return False  # "which was unchanged", "its outlook stays unchanged": no measure named, or a prediction kept
    return subject is not None or verb.dep_ in ("xcomp", "conj")


def _a_prediction(noun: Token) -> bool:
    """ "The projection is unchanged", "the group's target stays unchanged": a prediction kept is no measure
    moving."""
    return noun.lemma_.lower() in words("forecast_nouns") | words("guidance_nouns") | words("goal_nouns")


def _figure_follows(token: Token) -> bool:
    """A number in the adjective's own phrase or in a prepositional phrase of its verb after it ("flat at 85
    cents", "unchanged, at 40 million tons", "unchanged in six regions": a count of where is the figure); not in a
    later clause ("..., short of the 2 percent growth it had planned") and not a date ("unchanged from 2011")."""
    verb = token.head
    placed = [c for c in verb.children if c.dep_ == "prep" and c.i > token.i]
    phrase = [*token.subtree, *(t for c in placed for t in c.subtree)]
    return any(t.ent_type_ not in ("DATE", "TIME") and (t.like_num or t.ent_type_ in _FIGURES) for t in phrase)
