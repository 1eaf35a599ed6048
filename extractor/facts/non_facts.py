"""Figures that are not facts, found from the figure's role in its noun phrase or sentence (TRAPS.md).

Kinds, each read from general evidence rather than from any one sentence:
- a count that *refers* to a set instead of measuring one: "the two companies", "the big three
  carriers", "its past two recessions", "two other analysts", "two of the plants". A story names
  such sets to say who acts or what is compared; the count itself reports nothing new.
- a count glued to a singular noun that classes another noun ("a two-channel receiver", "the nine-member
  board"): a property of the thing named, not a count of anything the story reports;
- a count of a time unit ("four straight months", "seven or eight years"): a duration, i.e. a period phrase;
- the figures of an editor's bracketed note on the story's version ("(Corrects ... in paragraph 3)").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words

# tokens that may stand between a determiner and its count: "the big three", "the last two", "the first two"
_MODIFIER_POS = frozenset({"ADJ", "ADV"})


def is_reference_count(span: Span, unit: str | None) -> bool:
    """True when a unit-less count names a set already in the story rather than measuring it."""
    if unit is not None or not len(span):
        return False
    if _other_members(span) or _class_modifier(span):
        return True
    return _written_out(span) and (_definite_or_sequence(span) or _partitive(span))


def is_duration_count(unit: str | None, counted: str | None) -> bool:
    """True for a unit-less count of years, quarters, months ...: "five full quarters" is a span of time."""
    return unit is None and counted is not None and counted.lower() in words("duration_nouns")


def is_editor_note(sent: Span) -> bool:
    """True for a bracketed note on the story's version: "(Corrects ...)", "(This story adds ...)"."""
    text = sent.text.strip()
    if not text.startswith("(") or not text.rstrip(" .").endswith(")"):
        return False
    return any(_note_verb(token.lower_) for token in sent[:4])


def _note_verb(lower: str) -> bool:
    """ "corrects", "adds", "fixes": the third person of a note verb (a capitalised note may parse as a name)."""
    verbs = words("editor_note_verbs")
    return any(lower.removesuffix(end) in verbs for end in ("s", "es")) or lower.removesuffix("ies") + "y" in verbs


def _written_out(span: Span) -> bool:
    """A small count in words ("two", "three"): digits in a definite phrase ("the 27 member states") often
    state the set's size as news, words mostly point back to a set the reader knows."""
    return all(t.lower_ in table("number_words") for t in span if t.is_alpha) and any(t.is_alpha for t in span)


def _definite_or_sequence(span: Span) -> bool:
    """ "the (big) two ...", "these three ...", "its past two ...": walk left over modifiers to the determiner."""
    for token in reversed(span.doc[max(span.start - 3, span.sent.start) : span.start]):
        lower = token.lower_
        if lower in words("sequence_adjectives"):
            return True
        if lower in words("reference_determiners"):
            return True
        if token.pos_ not in _MODIFIER_POS:
            return False
    return False


def _other_members(span: Span) -> bool:
    """ "two other analysts", "ten others": further members of a set, not a measured figure."""
    after = _next_token(span)
    return after is not None and after.lemma_.lower() in words("set_members")


def _partitive(span: Span) -> bool:
    """ "two of the refineries", "three of its plants": a part of a set the story already has."""
    after = _next_token(span)
    if after is None or after.lower_ != "of" or after.i + 1 >= span.sent.end:
        return False
    following = span.doc[after.i + 1]
    return following.lower_ in words("reference_determiners") or following.tag_ == "PRP$"


def _class_modifier(span: Span) -> bool:
    """ "two-channel receiver", "150-seat category": count, hyphen, singular noun, then the noun it classes.
    A scaled figure is a measured amount ("a 5.1 million-unit annual rate"), not a class."""
    hyphen = _next_token(span)
    if span[-1].lower_ in table("scales"):
        return False
    if hyphen is None or hyphen.text != "-" or span[-1].whitespace_ or hyphen.i + 2 >= span.sent.end:
        return False
    noun, classed = span.doc[hyphen.i + 1], span.doc[hyphen.i + 2]
    return noun.tag_ == "NN" and classed.pos_ in {"NOUN", "PROPN"}


def _next_token(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < span.sent.end else None
