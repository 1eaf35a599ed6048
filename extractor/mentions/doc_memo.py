"""Answers kept per Doc and dropped with it.

A rule asked many times about the same Doc (a verb's subject, a sentence's comparison words, a Doc's word
column) computes its answer once per Doc and key. The memo holds its Doc weakly, so it must never keep what
holds the Doc strongly: a `Token` or `Span` refers to its Doc, and one kept as a value would keep the weak key
alive, with every other per-Doc answer, for the life of the process. The memo therefore stores only token
positions and other ints (an int, None, or lists, sets and tuples of them) and strings (a noun phrase's text,
which holds no Doc), and refuses a Token, Span or Doc when it is stored; callers build Tokens from the
positions on return.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from spacy.tokens import Doc, Span, Token

Stored = TypeVar("Stored")  # positions, ints, strings: int | None | str | list[int] | frozenset[int] | tuples of them
_HOLDS_A_DOC = (Doc, Span, Token)
_UNASKED = object()


class PerDoc(Generic[Stored]):
    """One value per Doc, held weakly: gone with its Doc. The rules ask about one Doc at a time, tens of thousands
    of times per 100 stories, so the Doc asked last is checked first, by identity through a weak reference; a
    `WeakKeyDictionary` look-up makes a new weak reference on every ask and costs about twice as much. The last
    value is kept until another Doc is asked: it holds no Doc (positions, ints, strings), only memory."""

    def __init__(self) -> None:
        self._by_doc: weakref.WeakKeyDictionary[Doc, Stored] = weakref.WeakKeyDictionary()
        self._last: tuple[weakref.ref[Doc], Stored] | None = None

    def get(self, doc: Doc) -> Stored | None:
        """The value kept for `doc`, or None."""
        last = self._last
        if last is not None and last[0]() is doc:
            return last[1]
        value = self._by_doc.get(doc)
        if value is not None:
            self._last = (weakref.ref(doc), value)
        return value

    def set(self, doc: Doc, value: Stored) -> Stored:
        """Keep `value` for `doc`; returns it."""
        self._by_doc[doc] = value
        self._last = (weakref.ref(doc), value)
        return value

    def __len__(self) -> int:
        """How many Docs have a value kept (the ones still alive)."""
        return len(self._by_doc)


class DocMemo(Generic[Stored]):
    """One kind of per-Doc answer (`compute`'s), by key: computed on the first ask for a Doc and key."""

    def __init__(self) -> None:
        self._by_doc: PerDoc[dict[Hashable, Stored]] = PerDoc()

    def get(self, doc: Doc, key: Hashable, compute: Callable[[], Stored]) -> Stored:
        per_doc = self._by_doc.get(doc)
        if per_doc is None:
            per_doc = self._by_doc.set(doc, {})
        found = per_doc.get(key, _UNASKED)
        if found is _UNASKED:  # None is a kept answer too ("no subject")
            found = per_doc[key] = _positions_only(compute())
        return found

    def __len__(self) -> int:
        """How many Docs have answers kept (the ones still alive)."""
        return len(self._by_doc)


def _positions_only(value: Stored) -> Stored:
    """`value`, after checking that it holds no Token, Span or Doc: one would keep its Doc alive. Every part of
    a tuple is checked; a list's or set's items are of one kind, so its first item stands for all and the check
    costs no walk over a long column."""
    if isinstance(value, _HOLDS_A_DOC):
        raise TypeError(f"a per-Doc memo keeps positions, not a {type(value).__name__}: it would keep its Doc alive")
    if isinstance(value, tuple):
        for part in value:
            _positions_only(part)
    elif isinstance(value, (list, set, frozenset)) and value:
        _positions_only(next(iter(value)))
    return value
