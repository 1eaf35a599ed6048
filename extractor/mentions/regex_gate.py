"""Cheap literal gates in front of costly regular expressions.

A pattern such as `\\b(?:in|since)\\s+(january|february|...)` is tried at every position of every
sentence, and most sentences name no month. `literal_gate(pattern)` reads the pattern's syntax tree
once and finds sets of literal strings one of which every match must contain ("january", ...,
"december"); `Gate.admits(lowered)` checks those with `in`, which costs a fraction of the search.

The gate is a necessary condition only, so skipping a pattern the gate refuses changes no result.
Its strings are ASCII and it reads the text lower-cased (once, by the caller). IGNORECASE matches an
ASCII character only with its ASCII other case, except four letters (Python's `re` documentation,
and checked over every code point): "İ" and "ı" match "i", "ſ" matches "s", the Kelvin sign "K"
matches "k". A text with one of those is not lower-cased: every pattern runs on it (`admits(None)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, reduce
from operator import or_
from re import _constants as sre  # noqa: PLC2701  (the parser's opcodes: a stable part of CPython)
from re import _parser as sre_parse  # noqa: PLC2701

MAX_ALTERNATIVES = 64  # a longer list of literal strings costs more to check than it saves
ZERO_WIDTH = {sre.AT, sre.ASSERT_NOT}  # a negative lookaround requires nothing; a positive one (ASSERT) does


@dataclass(frozen=True)
class Required:
    """Every match contains one of `strings`; with `exact`, the piece matches exactly one of them."""

    strings: frozenset[str]
    exact: bool


@dataclass(frozen=True)
class Gate:
    """Sets of lower-case strings: a text can match only when it contains one string of each set."""

    requirements: tuple[frozenset[str], ...]

    def admits(self, lowered: str | None, seen: dict[frozenset[str], bool] | None = None) -> bool:
        """False only when the text (as `lowered_text` gives it) cannot match; None is always admitted.
        `seen` keeps the answers for one text, as many patterns share a requirement (the month names)."""
        if lowered is None:
            return True
        contains = lowered.__contains__  # `map` runs the `in` checks in C, without a generator frame per string
        for strings in self.requirements:
            found = seen.get(strings) if seen is not None else None
            if found is None:
                found = any(map(contains, strings))
                if seen is not None:
                    seen[strings] = found
            if not found:
                return False
        return True


_WORD = re.compile(r"[a-z0-9]+")
MAX_WORD_MASKS = 100_000  # remembered words per GateSet, across texts


class GateSet:
    """Many gates checked on one text together (the 42 period rules of every sentence).

    A required string made of ASCII letters and digits only occurs inside one run of such characters (a
    word) of the lower-cased text, so which of those strings a word holds depends on the word alone: it is
    worked out once per distinct word (kept across texts) as a bit per requirement set, and a text's
    requirements met are the union over its words. Only the strings with other characters ("same-store", "/")
    are checked on the text itself (a set met by one of its words is met, whatever its other strings). The
    answers are those of `Gate.admits`, found at a fraction of the cost."""

    def __init__(self, gates: Sequence[Gate]) -> None:
        sets = sorted({strings for gate in gates for strings in gate.requirements}, key=sorted)
        bit = {strings: 1 << i for i, strings in enumerate(sets)}
        string_bits: dict[str, int] = {}  # each required string of letters and digits: the sets holding it
        for strings in sets:
            for string in strings:
                if _WORD.fullmatch(string):
                    string_bits[string] = string_bits.get(string, 0) | bit[strings]
        # At one position the finder reports the longest string that starts there; the others that start there
        # are its prefixes, so each string carries the bits of its prefixes too.
        self.found_bits = {
            string: sum_bits(bits for other, bits in string_bits.items() if string.startswith(other))
            for string in string_bits
        }
        longest_first = sorted(string_bits, key=len, reverse=True)
        self.finder = re.compile("(?=(" + "|".join(map(re.escape, longest_first)) + "))") if string_bits else None
        # the other strings of each set: a set of 24 words and "same-store" looks up one string on the text, not 24
        by_text = [(tuple(sorted(s for s in strings if not _WORD.fullmatch(s))), bit[strings]) for strings in sets]
        self.by_text = tuple((strings, bits) for strings, bits in by_text if strings)
        self.needs = tuple(sum(bit[strings] for strings in gate.requirements) for gate in gates)
        self.word_masks: dict[str, int] = {}

    def admitted(self, lowered: str | None) -> list[bool]:
        """For each gate, in order, `gate.admits(lowered)`."""
        if lowered is None:
            return [True] * len(self.needs)
        masks = self.word_masks
        found = set(_WORD.findall(lowered))
        new = found.difference(masks)
        if new and len(masks) + len(new) > MAX_WORD_MASKS:
            masks.clear()  # a long batch run meets ever new words: keep the memory bounded
            new = found
        for word in new:
            masks[word] = self._word_mask(word)
        present = reduce(or_, map(masks.__getitem__, found), 0)  # the union, without a Python step per word
        contains = lowered.__contains__
        for strings, bit in self.by_text:
            if any(map(contains, strings)):
                present |= bit
        return [need & present == need for need in self.needs]

    def _word_mask(self, word: str) -> int:
        """The requirement sets one of whose strings `word` holds."""
        if self.finder is None:
            return 0
        return sum_bits(self.found_bits[match.group(1)] for match in self.finder.finditer(word))


def sum_bits(bits: Iterable[int]) -> int:
    """The union of bit masks."""
    mask = 0
    for bit in bits:
        mask |= bit
    return mask


def starting_with(entries: Iterable[str]) -> str:
    """A lookahead for the first characters of `entries`. Put before a pattern every match of which starts with
    one of them (and with the pattern's flags), it lets a scan skip every other character fast: the same matches,
    found in a fraction of the time (a pattern opening with a lookbehind or a long alternation is tried at
    every character otherwise)."""
    return "(?=[" + "".join(sorted({re.escape(entry[0]) for entry in entries})) + "])"


CASE_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # IGNORECASE takes these for i, i, s and k


def first_character_groups(pieces: Sequence[tuple[str, str]]) -> str:
    """The alternation `"|".join(regex for _, regex in pieces)`, where each piece's matches start with its given
    literal first character (case ignored or not), rewritten as one branch per first letter behind a lookahead for
    it: a position is tried against the few pieces that can open there, not against every piece (1,600 unit names
    are tried one by one otherwise). The pieces of a branch keep their order, and two branches never admit the same
    character (ASCII letters by their lower case, under IGNORECASE as the pieces' own; other ASCII characters as
    they are; all non-ASCII ones in one branch), so the first piece that matches is the one the plain alternation
    takes: the same matches and groups. Returns the plain alternation when a piece opens with one of the four
    non-ASCII letters IGNORECASE takes for an ASCII one."""
    if any(first in CASE_FOLDS_TO_ASCII for first, _ in pieces):
        return "|".join(regex for _, regex in pieces)
    groups: dict[str, list[str]] = {}
    for first, regex in pieces:
        groups.setdefault(first.lower() if first.isascii() else "", []).append(regex)
    branches = []
    for key, regexes in groups.items():
        if not key:
            ahead = "(?=[^\\x00-\\x7f])"
        elif key.isalpha():
            ahead = f"(?=(?i:{key}))"
        else:
            ahead = f"(?={re.escape(key)})"
        branches.append(ahead + "(?:" + "|".join(regexes) + ")")
    return "|".join(branches)


def with_first_characters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches can start with (read from its syntax tree),
    or `pattern` itself when they cannot be listed. Like `starting_with`: the same matches, groups and spans;
    the other positions fail on one character class instead of the pattern's opening (a word boundary, then
    a long alternation tried word by word). The lookahead has the pattern's flags, so under IGNORECASE it
    takes a character for another exactly as the pattern's own literal does, and `\\d` is the pattern's `\\d`."""
    if pattern.flags & re.LOCALE:
        return pattern
    first = _first_of(sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)
    if first is None or first[1] or not first[0]:
        return pattern  # an unknown first character, or a pattern that can match the empty string
    try:
        return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a global inline flag ("(?i)") must open the pattern: keep it as it is
        return pattern


MAX_RANGE = 128  # a wider class range ("[\\u0400-\\u04ff]") is left unknown
CATEGORY_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _first_of(sequence: sre_parse.SubPattern | list, flags: int) -> tuple[set[str], bool] | None:
    """The pieces of a character class (escaped characters, category escapes) holding every character a
    match of `sequence` can start with, and whether it can match the empty string; None when some first
    character cannot be listed (any character, a negated class, a back reference)."""
    pieces: set[str] = set()
    for op, arg in sequence:
        if op in ZERO_WIDTH or op is sre.ASSERT:
            continue  # a boundary or a lookaround consumes nothing: the next item starts the match
        item = _first_of_item(op, arg, flags)
        if item is None:
            return None
        pieces |= item[0]
        if not item[1]:
            return pieces, False
    return pieces, True


def _first_of_item(op: object, arg: object, flags: int) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is sre.IN:
        return _class_pieces(arg)
    if op is sre.SUBPATTERN:
        _, add_flags, _, body = arg
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # "(?i:...)" inside a case-sensitive pattern: its case is not the lookahead's
        return _first_of(body, flags)
    if op is sre.ATOMIC_GROUP:
        return _first_of(arg, flags)
    if op is sre.BRANCH:
        branches = [_first_of(branch, flags) for branch in arg[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = arg
        inner = _first_of(body, flags)
        return None if inner is None else (inner[0], low == 0 or inner[1])
    return None


def _class_pieces(items: list) -> tuple[set[str], bool] | None:
    pieces: set[str] = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            pieces.add(re.escape(chr(value)))
        elif kind is sre.RANGE and value[1] - value[0] <= MAX_RANGE:
            pieces.update(re.escape(chr(code)) for code in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in CATEGORY_ESCAPES:
            pieces.add(CATEGORY_ESCAPES[value])
        else:
            return None  # a negated class, a wide range
    return pieces, False


CASE_CONFUSABLE = re.compile("[\u0130\u0131\u017f\u212a]")  # non-ASCII letters IGNORECASE takes for i, s, k


def lowered_text(text: str) -> str | None:
    """The text a gate checks: lower-cased, or None (the gate then admits it) when it holds a letter that
    IGNORECASE matches with an ASCII letter."""
    return text.lower() if text.isascii() or CASE_CONFUSABLE.search(text) is None else None


def literal_gate(pattern: re.Pattern[str], keep: int = 2) -> Gate:
    """The `keep` most selective literal requirements of `pattern` (none when it requires no literal)."""
    found: list[frozenset[str]] = []
    whole = _collect(sre_parse.parse(pattern.pattern, pattern.flags), found)
    if whole is not None:
        found.append(whole.strings)
    useful = [strings for strings in set(found) if _usable(strings)]
    useful.sort(key=_selectivity, reverse=True)
    return Gate(tuple(_minimal(strings) for strings in useful[:keep]))


gate_of = cache(literal_gate)  # the gated patterns are module constants: each gate is read from its pattern once


def gated_search(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """`pattern.search(text)` found something; skipped when the text lacks the literal words every match needs."""
    return gate_of(pattern).admits(lowered) and pattern.search(text) is not None


def gated_finditer(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing when the text lacks the literal words every match needs."""
    return pattern.finditer(text) if gate_of(pattern).admits(lowered) else iter(())


def _usable(strings: frozenset[str]) -> bool:
    return 0 < len(strings) <= MAX_ALTERNATIVES and all(s and s.isascii() for s in strings)


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer required strings are rarer; fewer alternatives are cheaper to check."""
    return min(len(s) for s in strings), -len(strings)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop a string that contains another of the set: the shorter one is found wherever it is."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _collect(sequence: sre_parse.SubPattern | list, found: list[frozenset[str]]) -> Required | None:
    """What a sequence of items requires; every requirement met on the way is added to `found`."""
    run: Required | None = None  # the exact strings of the adjacent items read so far
    whole_exact = True
    best: Required | None = None

    def close(current: Required | None) -> None:
        nonlocal best
        if current is not None and _usable(current.strings):
            found.append(current.strings)
            if best is None or _selectivity(current.strings) > _selectivity(best.strings):
                best = Required(current.strings, exact=False)

    for op, arg in sequence:
        if op in ZERO_WIDTH:
            continue  # consumes nothing: the items around it stay adjacent
        if op is sre.ASSERT:  # "(?=\s+(?:profit|sales))": the text holds what a lookaround sees
            close(_collect(arg[1], found))
            continue  # zero-width as well: the run of literal items goes on across it
        item = _item(op, arg, found)
        if item is not None and item.exact:
            joined = _join(run, item)
            if joined is not None and run is not None and not _usable(joined.strings):
                close(run)  # "(January|March)['’]s": a non-ASCII piece spoils the joined strings, not the run before it
            if joined is None:
                close(run)
                run = item
            else:
                run = joined
            continue
        whole_exact = False
        close(run)
        run = None
        close(item)
    if whole_exact and run is not None:
        return run
    close(run)
    return best


def _join(left: Required | None, right: Required) -> Required | None:
    """The strings of two adjacent exact pieces, joined; None when there would be too many."""
    if left is None:
        return right
    if len(left.strings) * len(right.strings) > MAX_ALTERNATIVES:
        return None
    return Required(frozenset(a + b for a in left.strings for b in right.strings), exact=True)


def _item(op: object, arg: object, found: list[frozenset[str]]) -> Required | None:
    """What one item of a pattern requires, or None when it requires no literal text."""
    if op is sre.LITERAL:
        return Required(frozenset({chr(arg).lower()}), exact=True)
    if op is sre.IN:
        if all(kind is sre.LITERAL for kind, _ in arg):
            return Required(frozenset(chr(code).lower() for _, code in arg), exact=True)
        return None
    if op is sre.SUBPATTERN:
        return _collect(arg[-1], found)
    if op is sre.ATOMIC_GROUP:
        return _collect(arg, found)
    if op is sre.BRANCH:
        inside = [[] for _ in arg[1]]  # what one branch requires, the others need not
        branches = [_collect(branch, own) for branch, own in zip(arg[1], inside, strict=True)]
        found.extend(set.intersection(*(set(own) for own in inside)))  # what every branch requires, the whole does
        if any(b is None for b in branches):
            return None
        return Required(frozenset().union(*(b.strings for b in branches)), exact=all(b.exact for b in branches))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = arg
        if low < 1:
            return None  # an optional piece requires nothing
        inner = _collect(body, found)
        if inner is None:
            return None
        return Required(inner.strings, exact=inner.exact and low == high == 1)
    return None  # any other item (a class, a category, a back reference) requires no literal
