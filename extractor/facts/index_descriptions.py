"""An index described by what it measures: "its index of shopper moods", "a gauge of builder sentiment", "the
index of prices paid". The "of" phrase is the index's name, whoever publishes it: the publisher ("the Kelwin
Group said its index of ...") is the source of the reading, not its subject (FACTS.md: a named index of any
kind is the subject of its readings)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

NAME_MODIFIERS = ("compound",)  # "its services index of ...": a noun before the index is part of its name
PARTICIPLE_DEPS = ("acl", "amod")  # "the index of prices paid": a participle after the noun belongs to it


def described_index(measured: Token) -> str | None:
    """ "index of shopper moods" for an index noun whose "of" names a common noun (what it measures), with
    the nouns compounded before it ("services index of ..."); words that only qualify the reading
    ("seasonally adjusted", "monthly") and the possessor are left out. None when the "of" holds a number
    ("an average of 5 percent") or a proper name, or the index noun is plural (several indexes)."""
    if measured.lemma_.lower() not in words("index_nouns") or measured.tag_ == "NNS":
        return None
    measures = _measured_by(measured)
    if measures is None:
        return None
    doc = measured.doc
    names = [c for c in measured.lefts if c.dep_ in NAME_MODIFIERS and c.pos_ == "NOUN"]
    head = doc[min(t.i for c in names for t in c.subtree) : measured.i + 1].text if names else measured.text
    return f"{head.lower()} of {_phrase(measures)}"


def _measured_by(measured: Token) -> Token | None:
    """The common noun after the index noun's "of" ("index of consumer moods": moods)."""
    for prep in measured.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != measured.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not _counted(obj):
                return obj
    return None


def _phrase(noun: Token) -> str:
    """The noun with the words before it ("national factory activity") and a participle right after it
    ("prices paid"); a relative clause, a comma or a further preposition ends the name."""
    doc = noun.doc
    start = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
    end = noun.i + 1
    following = doc[end] if end < len(doc) else None
    # the parse may hang the participle on the index noun ("index of prices paid": paid -> index)
    if following is not None and following.head in (noun, noun.head.head) and following.dep_ in PARTICIPLE_DEPS:
        if following.tag_ == "VBN":
            end += 1
    return doc[start:end].text


def _counted(noun: Token) -> bool:
    """ "an average of 2 billion euros", "a reading of 52 points": a figure, not what an index measures."""
    return noun.like_num or bool(noun.ent_type_) or any(c.like_num or c.ent_type_ for c in noun.lefts)
