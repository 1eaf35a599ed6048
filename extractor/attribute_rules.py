"""spaCy's attribute ruler matched on the Doc's columns, with the same matches.

The attribute ruler (tag -> part of speech and morphology, a few lemmas) runs spaCy's token Matcher: every one of
its ~180 patterns is tried at every token, about 20 microseconds per token, some 7 % of a batch run's CPU and more
than the tagger and lemmatizer together. Its patterns are one or two tokens, each token a few tests of a column
(TAG, LOWER, DEP, IS_SPACE), so they can be answered from one `Doc.to_array` read: most are one token tested for
equal values, a dict look-up per token; the others a numpy comparison per test. `speed_up_attribute_ruler` makes
the ruler a `ColumnAttributeRuler`, whose `match` returns the list spaCy's `match` returns (the same matches,
ordered the same way); `set_annotations` is spaCy's own. A ruler holding a pattern outside what is read here (an
operator, another attribute or predicate) keeps the Matcher. Like `lemmas.speed_up_lemmatizer`, nothing saved
changes: the pipeline's config, patterns and tables are spaCy's, and `nlp.to_disk` writes the same ruler.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IDS, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

# the columns a pattern may test here: attributes Doc.to_array reads as the Matcher does (the token's own value)
COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "ORTH": ORTH, "TEXT": ORTH, "IS_SPACE": IDS["IS_SPACE"]}
IS_SPACE = IDS["IS_SPACE"]

# a test of one column: (column, "eq", value), (column, "in" or "not_in", values) or (column, "regex", pattern); the
# same test is met in several patterns, so a Doc answers each distinct test once
Test = tuple[int, str, object]
Match = tuple[int, int, int, int]  # (the rule's ordinal, the Matcher's match id, start, end), as spaCy's `match`


@dataclass(frozen=True)
class _Pattern:
    ordinal: int  # the rule's number: the ruler sorts its matches by it, so later rules win
    key: int  # the Matcher's match id (the hash of the ordinal's string)
    tokens: tuple[tuple[Test, ...], ...]  # per token: the column tests, all of which must pass


@dataclass(frozen=True)
class _Rules:
    """A ruler's patterns, split for reading: one token tested for equal values only ("TAG" is "NN"), by one dict
    look-up per token and group of columns; the rest (two tokens, IN, NOT_IN, REGEX) with numpy, test by test."""

    # (columns, values -> rules, the first column's values wanted) per group of columns
    by_values: tuple[tuple[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, int]]], numpy.ndarray], ...]
    others: tuple[_Pattern, ...]
    attrs: tuple[int, ...]  # every column a pattern tests


class UnsupportedPattern(ValueError):
    """A pattern uses something the column reading does not (the ruler keeps spaCy's Matcher)."""


def _token_tests(spec: dict, strings: StringStore) -> tuple[Test, ...]:
    """One pattern token's tests, with the values hashed as the Matcher hashes them (`strings.add` for an equality,
    `get_string_id` for an IN or NOT_IN list)."""
    if not isinstance(spec, dict) or not spec:
        raise UnsupportedPattern(spec)  # an empty dict matches any token: not read here
    tests: list[Test] = []
    for name, value in spec.items():
        column = COLUMNS.get(name.upper()) if isinstance(name, str) else None
        if column is None:
            raise UnsupportedPattern(name)  # "OP", "_", another attribute
        kind = next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None
        if isinstance(value, bool):
            tests.append((column, "eq", int(value)))
        elif isinstance(value, str) and column != IS_SPACE:
            tests.append((column, "eq", strings.add(value)))
        elif kind in ("IN", "NOT_IN") and column != IS_SPACE and all(isinstance(v, str) for v in value[kind]):
            tests.append((column, kind.lower(), tuple(sorted({get_string_id(v) for v in value[kind]}))))
        elif kind == "REGEX" and column != IS_SPACE and isinstance(value[kind], str):
            tests.append((column, "regex", re.compile(value[kind])))
        else:
            raise UnsupportedPattern(value)  # comparisons, a fuzzy or regex list, an int, a list
    return tuple(tests)


def compiled_rules(ruler: AttributeRuler) -> _Rules:
    """Every pattern of the ruler, read as column tests; UnsupportedPattern when one cannot be."""
    strings = ruler.vocab.strings
    groups: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, int]]]] = {}
    others = []
    for ordinal in range(len(ruler.attrs)):
        key = strings.add(str(ordinal))
        found = ruler.matcher.get(key)
        if found is None:
            raise UnsupportedPattern(ordinal)
        for pattern in found[1]:
            tokens = tuple(_token_tests(spec, strings) for spec in pattern)
            tests = sorted(tokens[0], key=lambda test: test[0]) if tokens else []
            columns = tuple(test[0] for test in tests)
            if len(tokens) == 1 and all(test[1] == "eq" for test in tests) and len(set(columns)) == len(columns):
                values = tuple(test[2] for test in tests)
                groups.setdefault(columns, {}).setdefault(values, []).append((ordinal, key))
            elif tokens:
                others.append(_Pattern(ordinal, key, tokens))
            else:
                raise UnsupportedPattern(pattern)  # an empty pattern
    attrs = {column for columns in groups for column in columns}
    attrs |= {test[0] for pattern in others for token in pattern.tokens for test in token}
    by_values = tuple(
        (columns, rules, numpy.array(sorted({values[0] for values in rules}), dtype=numpy.uint64))
        for columns, rules in groups.items()
    )
    return _Rules(by_values, tuple(others), tuple(sorted(attrs)))


MAX_VERDICTS = 200_000  # remembered regex verdicts per test, across Docs
_REGEX_VERDICTS: dict[re.Pattern[str], dict[int, bool]] = {}


def _passing(test: Test, values: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
    """Which tokens pass `test`, as the Matcher reads it: a value compared by its hash, an IN list by membership,
    a REGEX by `re.search` on the attribute's string (a verdict depends on the string alone: kept across Docs)."""
    _, kind, value = test
    if kind == "regex":
        verdicts = _REGEX_VERDICTS.setdefault(value, {})
        if len(verdicts) > MAX_VERDICTS:
            verdicts.clear()  # a long batch run meets ever new words: keep the memory bounded
        distinct = numpy.unique(values).tolist()
        for v in distinct:
            if v not in verdicts:
                verdicts[v] = value.search(strings[v]) is not None
        return numpy.isin(values, numpy.array([v for v in distinct if verdicts[v]], dtype=numpy.uint64))
    passing = numpy.zeros(len(values), dtype=bool)
    for member in (value,) if kind == "eq" else value:
        passing |= values == numpy.uint64(member)
    return ~passing if kind == "not_in" else passing


def column_matches(doc: Doc, rules: _Rules) -> list[Match]:
    """The ruler's matches in `doc`, sorted, each once (the Matcher drops a match found twice under one id, as a
    rule with two patterns can be)."""
    length = len(doc)
    if not length or not rules.attrs:
        return []
    table = doc.to_array(list(rules.attrs)).reshape(length, len(rules.attrs))
    column = {attr: table[:, i] for i, attr in enumerate(rules.attrs)}
    found: set[Match] = set()
    for columns, by_values, firsts in rules.by_values:
        # only the tokens whose first value some pattern of the group wants ("his" of 40 word-and-tag rules)
        at = numpy.flatnonzero(numpy.isin(column[columns[0]], firsts)).tolist()
        rows = zip(*(column[attr][at].tolist() for attr in columns), strict=True)
        for i, values in zip(at, rows, strict=True):
            for ordinal, key in by_values.get(values, ()):
                found.add((ordinal, key, i, i + 1))
    answers: dict[Test, numpy.ndarray] = {}
    for pattern in rules.others:
        width = len(pattern.tokens)
        if width > length:
            continue
        passing = numpy.ones(length - width + 1, dtype=bool)
        for offset, tests in enumerate(pattern.tokens):
            for test in tests:
                answer = answers.get(test)
                if answer is None:
                    answer = answers[test] = _passing(test, column[test[0]], doc.vocab.strings)
                passing &= answer[offset : offset + length - width + 1]
        for start in numpy.flatnonzero(passing).tolist():
            found.add((pattern.ordinal, pattern.key, start, start + width))
    return sorted(found)


class ColumnAttributeRuler(AttributeRuler):
    """The attribute ruler with `match` read from the Doc's columns where its patterns allow (spaCy's list). A
    subclass, not a patched method, so the ruler still pickles; the patterns read are kept beside it, weakly, and
    read again when the ruler gains or loses some (`add`, `clear`)."""

    def match(self, doc: Doc) -> list[Match]:
        kept = _READ.get(self)
        if kept is None or kept[0] is not self.matcher or kept[1] != len(self.attrs):
            try:
                rules = compiled_rules(self)
            except UnsupportedPattern:
                rules = None
            kept = _READ[self] = (self.matcher, len(self.attrs), rules)
        return super().match(doc) if kept[2] is None else column_matches(doc, kept[2])


_READ: weakref.WeakKeyDictionary[AttributeRuler, tuple[object, int, _Rules | None]] = weakref.WeakKeyDictionary()


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Make `nlp`'s attribute ruler (if it is spaCy's own) a `ColumnAttributeRuler`: the same matches, found faster."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = ColumnAttributeRuler
