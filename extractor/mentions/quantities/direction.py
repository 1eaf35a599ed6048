"""The change direction of a quantity mention: "rose 5 percent" is up, "a 3% decline" down, "rose to 5" none."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from extractor.lexicons import table, words
from extractor.mentions.quantities.lexicon import change_forms_pattern

# Words whose lemma states a movement; inflected forms for readings without a parse ("rose from 5 to 7").
CHANGE_FORMS = re.compile(r"\b(?:" + change_forms_pattern() + r")\s+$", re.IGNORECASE)
# The same words anywhere in a clause: "raised its stake from 5% to 9%" is two levels, not a range.
CHANGE_WORD = re.compile(r"\b(?:" + change_forms_pattern() + r")(?![\w])(?![^,;]*[,;])", re.IGNORECASE)


def lemma_direction(lemma: str) -> str | None:
    """ "up" for a lemma of change_up, "down" for one of change_down, else None."""
    if lemma in words("change_up"):
        return "up"
    if lemma in words("change_down"):
        return "down"
    return None


def change_direction(span: Span, *, money: bool = False) -> str | None:
    """Direction a quantity's governor states: "rose 5 percent" up; "a 3% decline" down; "rose to 5" none.

    Only the quantity's own attachment counts: "cut 300 jobs" is a count of jobs cut, not a
    downward change of 300, so a count never takes the direction of the verb of its noun.
    """
    root = span.root
    previous = span.doc[span.start - 1] if span.start > span.sent.start else None
    if previous is not None and previous.lower_ in ("to", "from", "at"):
        return None  # "cut its workforce by 1,500 to 12,000": the amount after "to" is a level
    if previous is not None and previous.lower_ == "by" and previous.head.i < previous.i:
        # "cut its workforce by 1,500" (however the number itself was attached); not "driven by 58 points"
        direction = lemma_direction(previous.head.lemma_.lower())
        if direction:
            return direction
    head = root.head
    if (
        root.dep_ in ("compound", "nummod", "amod", "npadvmod", "quantmod")
        and head.i > root.i
        and head.pos_ in ("NOUN", "PROPN")
    ):
        # "a 70 percent surge", "a 3% decline"; else "went up 328 percent year on year" (parsed as "percent year")
        lemma = head.lemma_.lower()
        noun_direction = None if lemma in words("not_change_nouns") else lemma_direction(lemma)
        return noun_direction or _up_or_down_before(span)
    governor, via = head, root
    if via.dep_ == "pobj":
        if governor.lower_ == "of" and governor.head.pos_ == "NOUN" and governor.head.i < governor.i:
            return lemma_direction(governor.head.lemma_.lower())  # "a rise of 4%", "an increase of $2 billion"
        if governor.lower_ != "by":
            return None  # "rose to 5 percent" gives a level, not the size of the change
        via, governor = governor, governor.head
    if via.dep_ == "dobj" and governor.lemma_.lower() in words("funding_verbs") and money:
        return None  # "raised $25 million": money obtained, not a rise
    if governor.i != via.i and via.dep_ in _GOVERNED:
        direction = _governor_direction(governor)
        if direction:
            return direction
    return _up_or_down_before(span)


_GOVERNED = frozenset(
    {"dobj", "npadvmod", "advmod", "attr", "prep", "acomp", "oprd", "pobj", "obj", "nsubj", "appos", "dep"}
)


def _particle(governor, word: str) -> bool:
    """ "went up", "marked down"; not "made up 12 percent" or "drew down a credit line" (`static_phrasal_verbs`)."""
    if f"{governor.lemma_.lower()} {word}" in words("static_phrasal_verbs"):
        return False
    return any(c.lower_ == word and c.dep_ in ("advmod", "prt") for c in governor.children)


def _governor_direction(governor) -> str | None:
    lemma = governor.lemma_.lower()
    if lemma in words("change_up") or _particle(governor, "up"):
        return "up"
    if lemma in words("change_down") or _particle(governor, "down"):
        return "down"
    return None


def _up_or_down_before(span: Span) -> str | None:
    if _off_by(span):
        return "down"
    for token in span.doc[max(span.sent.start, span.start - 2) : span.start]:
        if token.lower_ in ("up", "down") and token.dep_ in ("advmod", "prt", "amod", "ROOT", "conj"):
            if f"{token.head.lemma_.lower()} {token.lower_}" in words("static_phrasal_verbs"):
                continue
            return token.lower_
    return None


def _off_by(span: Span) -> bool:
    """ "Halvern Air off 4.3 percent", "shares were off 2 percent": "off" governing the figure is a fall, as
    "down" is; not a verb's particle, whose figure is the verb's object ("laid off 300", "sold off 20 percent")."""
    head = span.root.head
    return head.lower_ == "off" and head.i == span.start - 1 and head.dep_ != "prt"


def moved_by_verb(span: Span) -> bool:
    """The figure hangs on a change verb ("rose 5%, up from ..."), not on a copula or a level verb."""
    head = span.root.head
    return head.pos_ in ("VERB", "AUX") and lemma_direction(head.lemma_.lower()) is not None


def word_right_after(span: Span) -> str | None:
    """ "closed 2.3% lower", "4% higher than a year earlier": a comparative right after the figure."""
    if span.end >= len(span.doc):
        return None
    following = table("direction_after").get(span.doc[span.end].lower_)
    return following[0] if following else None


def sign_direction(surface: str) -> str | None:
    """ "FTSE -0.4%", "banks +2.4%": a figure written with its sign, as in a market list."""
    if surface[:1] in ("-", "−"):
        return "down"
    if surface[:1] == "+":
        return "up"
    return None


@cache
def _cue_tokens() -> frozenset[str]:
    """Single words of bound and approximation cues ("over", "nearly", "more than"), not the prepositions."""
    cues = [*table("bound_cues"), *words("approx_cues")]
    return frozenset(w for cue in cues for w in cue.split()) - _NOT_CUE_TOKENS


_NOT_CUE_TOKENS = frozenset({"to", "at", "of", "by", "up", "down", "the", "a", "an", "in", "from", "for"})


def verb_right_before(span: Span, *, money: bool = False) -> str | None:
    """ "grew 0.3 percent quarter on quarter": a change verb just before a measure, however the parse attached it.

    Not for plain counts: "cut 300 jobs" counts jobs.
    """
    doc = span.doc
    i = span.start - 1
    while i > span.sent.start and doc[i].lower_ in _cue_tokens():
        i -= 1  # "fell over 9 percent", "rose by nearly 4%"
    by = i > span.sent.start and doc[i].lower_ == "by"
    if by:
        i -= 1
    if i < span.sent.start or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    lemma = doc[i].lemma_.lower()
    if money and not by and lemma in words("funding_verbs"):
        return None  # "raised $25 million"; "raised its fee by $5" moves
    return lemma_direction(lemma)


def multiple_direction(span: Span) -> str | None:
    """ "doubled" is up, "halved" down: the factor of a multiplying verb (lexicon `multiple_verbs`)."""
    forms = (span.root.lemma_.lower(), span.text.lower())  # the lemma of a base form may be off ("halve")
    for stem, (factor, *_rest) in table("multiple_verbs").items():
        if any(form.startswith(stem) for form in forms):
            return "up" if float(factor) > 1 else "down"
    return None
