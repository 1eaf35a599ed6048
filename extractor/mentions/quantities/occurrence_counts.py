"""How often something happened: "<bank> raised rates 17 times", "was rescued three times by <state>", "is named 31
times in the filing" count occurrences; nothing moved by that many times. An "N times" hanging from a verb, with no
comparison base, comparative or noun after it, takes no direction, also where the change verb is passive ("rates were
cut 13 times"): the news table already reads "has raised rates 11 times" as (11, "times", no direction)
(tests/mentions/news_rows_unseen9.py). A growth verb with no object of its own ("sales rose five times", lexicon
`multiplying_verbs`) keeps the move. Shown only: the facts read no bare count of times."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import time_units
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.models import Quantity

# what after "times" makes it a multiple of something: a base ("three times the volume", "14 times earnings"), a
# comparative ("10 times worse", "15 times more oil") or a word of lexicon `multiple_base_words` ("four times as much")
_BASE_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_TIME_NOUNS = frozenset(time_units().values())


def occurrence_counts(found: list[tuple[QuantityMention, Span]], shown_quantities: list[Quantity]) -> None:
    """Each "N times" that counts how often a verb's event happened is shown with no direction."""
    for i, ((_mention, span), quantity) in enumerate(zip(found, shown_quantities, strict=True)):
        if quantity.unit != "times" or quantity.direction is None or span[-1].lower_ != "times":
            continue
        if _counts_occurrences(span[-1]):
            shown_quantities[i] = quantity.model_copy(update={"direction": None})


def _counts_occurrences(times: Token) -> bool:
    verb = _verb_of(times)
    return verb is not None and not _base_follows(times, verb) and not _grows_by_a_multiple(verb)


def _verb_of(times: Token) -> Token | None:
    """The verb "times" modifies ("raised rates 17 times") or hangs from through "for" ("for 17 times")."""
    head = times.head
    if times.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif times.dep_ not in ("npadvmod", "advmod", "dobj"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() != "be" else None


def _base_follows(times: Token, verb: Token) -> bool:
    after = times.nbor(1) if times.i + 1 < len(times.doc) else None
    if after is None or _dates_the_verb(after, verb):
        return False
    if after.pos_ in _BASE_POS or after.tag_ in _COMPARATIVE_TAGS:
        return True
    return after.lower_ in words("multiple_base_words") and not _spans_a_time(after)


def _spans_a_time(word: Token) -> bool:
    """ "raised rates five times over the year": "over" with an object of its own is a span of the verb, not the
    "three times over" of a multiple."""
    return word.lower_ == "over" and any(child.dep_ == "pobj" for child in word.children)


def _dates_the_verb(word: Token, verb: Token) -> bool:
    """ "lifted fares four times last year": "last" opens a time phrase of the verb, no base of a multiple ("three
    times a year" is a rate, lexicon `occurrence_time_openers` leaves "a" and "per" out)."""
    phrase = word.head
    return (
        word.lower_ in words("occurrence_time_openers")
        and phrase.dep_ == "npadvmod"
        and phrase.head == verb
        and phrase.lemma_.lower() in _TIME_NOUNS
    )


def _grows_by_a_multiple(verb: Token) -> bool:
    """ "sales rose five times": a growth verb without an object of its own; "increased its dividend five times"
    counts the increases."""
    if verb.lemma_.lower() not in words("multiplying_verbs"):
        return False
    return not any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children)
