"""Nouns the tagger labels wrongly for reading measures: an all-caps measure with a possessor tagged as a name
("its EBITDA"), a sentence-initial common noun tagged as a name ("Revenue in X was"), and a name tagged as a
common noun ("Halvorsen raised debt of ..."). Each is decided from the rest of the document's words."""

from __future__ import annotations

import weakref

import numpy
from spacy.attrs import ENT_TYPE, LOWER, ORTH, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from extractor.facts.measure_phrases import is_measure_word


def possessed_acronym(token: Token) -> bool:
    """ "its EBITDA rose", "the bank's NII fell": an all-caps word with a possessor is a measure the
    possessor has, even when the tagger takes it for an organization's name."""
    acronym = token.pos_ == "PROPN" and token.is_alpha and token.text.isupper() and 2 <= len(token.text) <= 6
    return acronym and any(c.dep_ == "poss" for c in token.children)


def capitalised_common_noun(token: Token) -> bool:
    """ "Revenue in X was ...": a sentence-initial word the tagger took for a name, which the text also
    uses as a common noun elsewhere (a name, "Acme recorded ...", never appears in lower case), or which is a
    measure noun: after a paragraph that ends in an abbreviation ("... I/B/E/S.") the tagger reads on as if
    the sentence went on, and takes "Revenue" for a name."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_sent_start:
        return False
    word = token.lower_
    return word in _common_nouns(token.doc) or is_measure_word(word)


_COMMON_NOUNS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()
_NAMES: weakref.WeakKeyDictionary[Doc, tuple[frozenset[int], frozenset[int]]] = weakref.WeakKeyDictionary()


def written_as_name(token: Token) -> bool:
    """A capitalised common noun that the text writes elsewhere as (part of) a name and never in lower case
    ("Halvorsen raised debt of ...", after "Halvorsen Oil Co said"): the tagger's noun is a name, not a measure."""
    if not token.text.istitle():  # not "VaR", "EBITDA": a mixed-case or all-caps word is an acronym
        return False
    doc = token.doc
    known = _NAMES.get(doc)
    if known is None:  # collected once per Doc: a scan per token would be quadratic on a long document
        known = _NAMES[doc] = _names_and_lower_words(doc)
    names, lower_words = known
    return token.orth in names and token.lower not in lower_words


NAME_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})


def _names_and_lower_words(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """The string ids of the words tagged as proper nouns inside a name entity, and of the words written in
    lower case: read from the Doc's arrays, with no Token and no string per word. A word is its own lower case
    form when its ORTH and LOWER ids are equal; that also holds for a word with no letters ("42"), which
    `str.islower` rejects, but no title-case word's lower form is one (it has a letter)."""
    strings = doc.vocab.strings
    name_labels = {strings[label] for label in NAME_ENTS}
    rows = doc.to_array([ORTH, LOWER, POS, ENT_TYPE]).reshape(len(doc), 4)
    orths = rows[:, 0]
    named = (rows[:, 2] == PROPN) & numpy.isin(rows[:, 3], list(name_labels))
    return frozenset(orths[named].tolist()), frozenset(orths[orths == rows[:, 1]].tolist())


def _common_nouns(doc: Doc) -> frozenset[str]:
    """The lower-case forms the tagger read as common nouns anywhere in `doc`; collected once per Doc,
    since scanning the whole text for each sentence-initial name is quadratic on a long document."""
    if doc not in _COMMON_NOUNS:
        rows = doc.to_array([LOWER, POS]).reshape(len(doc), 2)  # string ids: no Token per word
        nouns = set(rows[rows[:, 1] == NOUN, 0].tolist())  # each distinct word looked up once, not per mention
        _COMMON_NOUNS[doc] = frozenset(doc.vocab.strings[lower] for lower in nouns)
    return _COMMON_NOUNS[doc]
