"""Nouns the tagger labels wrongly for reading measures: an all-caps measure with a possessor tagged as a name
("its EBITDA"), a sentence-initial common noun tagged as a name ("Revenue in X was"), and a name tagged as a
common noun ("Halvorsen raised debt of ..."). Each is decided from the rest of the document's words."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Token


def possessed_acronym(token: Token) -> bool:
    """ "its EBITDA rose", "the bank's NII fell": an all-caps word with a possessor is a measure the
    possessor has, even when the tagger takes it for an organization's name."""
    acronym = token.pos_ == "PROPN" and token.is_alpha and token.text.isupper() and 2 <= len(token.text) <= 6
    return acronym and any(c.dep_ == "poss" for c in token.children)


def capitalised_common_noun(token: Token) -> bool:
    """ "Revenue in X was ...": a sentence-initial word the tagger took for a name, which the text also
    uses as a common noun elsewhere; a name ("Acme recorded ...") never appears in lower case."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_sent_start:
        return False
    return token.lower_ in _common_nouns(token.doc)


_COMMON_NOUNS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()
_NAMES: weakref.WeakKeyDictionary[Doc, tuple[frozenset[str], frozenset[str]]] = weakref.WeakKeyDictionary()


def written_as_name(token: Token) -> bool:
    """A capitalised common noun that the text writes elsewhere as (part of) a name and never in lower case
    ("Halvorsen raised debt of ...", after "Halvorsen Oil Co said"): the tagger's noun is a name, not a measure."""
    if not token.text.istitle():  # not "VaR", "EBITDA": a mixed-case or all-caps word is an acronym
        return False
    doc = token.doc
    if doc not in _NAMES:  # collected once per Doc: a scan per token would be quadratic on a long document
        names = frozenset(t.text for t in doc if t.ent_type_ in NAME_ENTS and t.pos_ == "PROPN")
        _NAMES[doc] = (names, frozenset(t.text for t in doc if t.text.islower()))
    names, lower_words = _NAMES[doc]
    return token.text in names and token.lower_ not in lower_words


NAME_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})


def _common_nouns(doc: Doc) -> frozenset[str]:
    """The lower-case forms the tagger read as common nouns anywhere in `doc`; collected once per Doc,
    since scanning the whole text for each sentence-initial name is quadratic on a long document."""
    if doc not in _COMMON_NOUNS:
        _COMMON_NOUNS[doc] = frozenset(t.lower_ for t in doc if t.pos_ == "NOUN")
    return _COMMON_NOUNS[doc]
