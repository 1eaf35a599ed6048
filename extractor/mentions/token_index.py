"""The few tokens of a sentence that can start a rule, found once per Doc.

Rules such as ranks, events and titled names look at every word of every sentence, and for most words
a test of the word alone (its text, or its lemma) already says no. `words_where` and `lemmas_where` read
the words from `Doc.to_array`, without building a Token per word, run the test once per distinct word
(a verdict depends on the string alone, so it is kept across Docs) and keep the positions that pass;
each sentence then builds Tokens only for those, in order. A rule that still makes its own word test
afterwards gives the same result, only without visiting the words that fail it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy
from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.lexeme import Lexeme
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from extractor.mentions.doc_memo import DocMemo, PerDoc

WordTest = Callable[[Lexeme], bool]  # reads only lexical attributes: text, lower_, like_num, is_upper ...
LemmaTest = Callable[[str], bool]  # reads the lemma string (token.lemma_)

MAX_VERDICTS = 500_000  # remembered verdicts per test, across Docs
_VERDICTS: dict[tuple[Callable, int], dict[int, bool]] = {}
_PASSERS: dict[tuple[Callable, int], set[int]] = {}  # the ids of `_VERDICTS` whose verdict is True
_POSITIONS: DocMemo[list[int]] = DocMemo()  # by (test, attribute)
_LOWERS: PerDoc[list[int]] = PerDoc()
_WORDS_BEFORE: PerDoc[list[int]] = PerDoc()
_VERBS_BEFORE: PerDoc[list[int]] = PerDoc()
_COLUMNS: DocMemo[tuple[list[int], frozenset[int]]] = DocMemo()  # by attribute
_LOWER_CASE_WORDS: DocMemo[tuple[frozenset[int], frozenset[int]]] = DocMemo()


def words_where(sent: Span, test: WordTest) -> list[Token]:
    """The tokens of `sent`, in order, whose word (the Lexeme: its text and lexical attributes) passes `test`."""
    return _tokens(sent, test, ORTH)


def lemmas_where(sent: Span, test: LemmaTest) -> list[Token]:
    """The tokens of `sent`, in order, whose lemma string passes `test`."""
    return _tokens(sent, test, LEMMA)


def _tokens(sent: Span, test: Callable, attr: int) -> list[Token]:
    doc = sent.doc
    positions = _POSITIONS.get(doc, (test, attr), lambda: _positions(doc, test, attr))
    low, high = bisect.bisect_left(positions, sent.start), bisect.bisect_left(positions, sent.end)
    return [doc[i] for i in positions[low:high]]


def _positions(doc: Doc, test: Callable, attr: int) -> list[int]:
    """Every token position whose word (or lemma) passes `test`. A verdict depends on the string alone and a
    string's id is its hash, the same in every Doc, so each distinct word is tested once per process."""
    values, distinct = _column(doc, attr)
    verdicts = _VERDICTS.setdefault((test, attr), {})
    passers = _PASSERS.setdefault((test, attr), set())
    if len(verdicts) > MAX_VERDICTS:
        verdicts.clear()  # a long batch run meets ever new words: keep the memory bounded
        passers.clear()
    read = doc.vocab.__getitem__ if attr == ORTH else doc.vocab.strings.__getitem__
    for value in distinct.difference(verdicts):
        if verdict := bool(test(read(value))):
            passers.add(value)
        verdicts[value] = verdict
    # the Doc's passing words: an intersection in C that walks the smaller set (a test passes few words), not a
    # verdict looked up per distinct word of the Doc
    passing = distinct.intersection(passers)
    if not passing:
        return []  # most tests pass a few rare words: often none of a Doc's
    return [i for i, value in enumerate(values) if value in passing]


def _column(doc: Doc, attr: int) -> tuple[list[int], frozenset[int]]:
    """The Doc's values of `attr` (ORTH or LEMMA) and their distinct set, read once per Doc for every test."""
    return _COLUMNS.get(doc, attr, lambda: _read_column(doc, attr))


def _read_column(doc: Doc, attr: int) -> tuple[list[int], frozenset[int]]:
    values = doc.to_array(attr).tolist()
    return values, frozenset(values)


def tokens_between(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens of `doc[start:end]`, one at a time: no Span is made and spaCy's Python `normalize_slice` is not
    run, which a slice of a Span (`span[1:-1]`) costs on every call."""
    return (doc[i] for i in range(start, end))


def tokens_with_text(sent: Span, texts: Collection[str]) -> list[Token]:
    """The tokens of `sent`, in order, whose text is one of `texts` (a set that changes from Doc to Doc, such
    as the story's surnames): the words are compared by string id, read once per Doc, not as Tokens."""
    if not texts:
        return []
    doc = sent.doc
    orths = _column(doc, ORTH)[0]  # the column `words_where` reads too
    wanted = _string_ids(frozenset(texts))  # the same few texts for every sentence of a Doc: hashed once
    return [doc[i] for i in range(sent.start, sent.end) if orths[i] in wanted]


def tokens_lowered_in(sent: Span, lowers: frozenset[str]) -> list[Token]:
    """The tokens of `sent`, in order, whose lower-case form is one of `lowers` (a fixed set of a few words, such
    as prepositions): compared by string id over the Doc's LOWER array, read once per Doc, not as Tokens. For a
    rule asked once per figure, where a per-Doc index of every test's words would cost more than it saves."""
    doc = sent.doc
    return [doc[i] for i in lowered_positions(doc, sent.start, sent.end, lowers)]


def lowered_positions(doc: Doc, start: int, end: int, lowers: frozenset[str]) -> list[int]:
    """The positions in [start, end) of the tokens whose lower-case form is one of `lowers`, no Token built."""
    lowered = lower_ids(doc)
    wanted = _string_ids(lowers)
    return [i for i in range(max(start, 0), min(end, len(lowered))) if lowered[i] in wanted]


def lower_ids(doc: Doc) -> list[int]:
    """The string id of each token's lower-case form (`token.lower`), read once per Doc. Kept apart from
    `_column`, which would also build the set of distinct values that no LOWER reader needs."""
    lowered = _LOWERS.get(doc)
    if lowered is None:
        lowered = _LOWERS.set(doc, doc.to_array(LOWER).tolist())
    return lowered


def doc_has_text(doc: Doc, text: str) -> bool:
    """Whether some token of `doc` is written exactly `text` (`any(t.text == text for t in doc)`): one look-up
    in the set of the Doc's string ids, read once per Doc, instead of a Token built for every word."""
    return get_string_id(text) in _column(doc, ORTH)[1]


def lower_case_word_or_lemma(doc: Doc, forms: Collection[str]) -> bool:
    """Whether a lower-case token of `doc` (`t.is_lower`) is written as one of `forms` or has one of them as its
    lemma (`any(t.is_lower and (t.text in forms or t.lemma_ in forms) for t in doc)`), by string id: the lower-case
    tokens' texts and lemmas are read from the Doc's arrays once per Doc."""
    texts, lemmas = _LOWER_CASE_WORDS.get(doc, None, lambda: _lower_case_words(doc))
    return any(get_string_id(form) in texts or get_string_id(form) in lemmas for form in forms)


def _lower_case_words(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    columns = doc.to_array([IS_LOWER, ORTH, LEMMA])
    lower = columns[columns[:, 0] == 1]
    return frozenset(lower[:, 1].tolist()), frozenset(lower[:, 2].tolist())


@lru_cache(maxsize=64)
def _string_ids(texts: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(text) for text in texts)


def word_count(doc: Doc, start: int, end: int) -> int:
    """How many tokens of `doc[start:end]` are words (`not t.is_punct and not t.is_space`): a difference of
    running counts, read once per Doc from its arrays."""
    before = _WORDS_BEFORE.get(doc)
    if before is None:
        flags = doc.to_array([IS_PUNCT, IS_SPACE]).reshape(len(doc), 2)
        before = _WORDS_BEFORE.set(doc, [0, *numpy.cumsum(flags.sum(axis=1) == 0).tolist()])
    return before[end] - before[start]


def has_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether a token of `doc[start:end]` is a verb or auxiliary (`any(t.pos_ in ("VERB", "AUX") for t in ...)`):
    a difference of running counts, read once per Doc from its POS array, asked of every sentence of a story."""
    before = _VERBS_BEFORE.get(doc)
    if before is None:
        tags = doc.to_array(POS)
        before = _VERBS_BEFORE.set(doc, [0, *numpy.cumsum((tags == VERB) | (tags == AUX)).tolist()])
    return before[end] > before[start]


@contextmanager
def sentences_looked_up(doc: Doc) -> Iterator[None]:
    """While the rules read `doc`, `span.sent` and `token.sent` look the sentence up in a table read once
    from the Doc's arrays (one Span per sentence, made when first asked). spaCy's own `Span.sent` checks the
    annotation, walks the tokens both ways and slices through a Python `normalize_slice` on every call, and
    the rules ask about 100k times per 200 stories. The answer is the same Span: from the last sentence start
    at or before the span's first token (else the Doc's start) to the next start after it (else the Doc's
    end). spaCy's hooks for this are set only for the extraction and removed after it (a Doc with hooks
    cannot be serialized without a warning); a Doc that already has hooks of its own keeps spaCy's reading."""
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks or not len(doc):
        yield
        return
    is_start = doc.to_array(SENT_START) == 1
    starts = numpy.flatnonzero(is_start).tolist()
    # the sentence of token i is the number of starts at or before it (0: before the first start); an empty span
    # after the last token is in the last sentence
    sentence_of = numpy.cumsum(is_start).tolist()
    sentence_of.append(sentence_of[-1])
    firsts, ends = [0, *starts], [*starts, len(doc)]
    # shared: no rule changes a Span it is given (no label or extension set)
    sentences: list[Span | None] = [None] * len(firsts)

    def made(number: int) -> Span:
        sentence = sentences[number] = Span(doc, firsts[number], ends[number])
        return sentence

    # one call per lookup (asked ~100k times per 200 stories): the hooks read the table themselves
    def span_sentence(span: Span) -> Span:
        number = sentence_of[span.start]
        sentence = sentences[number]
        return made(number) if sentence is None else sentence

    def token_sentence(token: Token) -> Span:
        number = sentence_of[token.i]
        sentence = sentences[number]
        return made(number) if sentence is None else sentence

    doc.user_span_hooks["sent"] = span_sentence
    doc.user_token_hooks["sent"] = token_sentence
    try:
        yield
    finally:
        del doc.user_span_hooks["sent"], doc.user_token_hooks["sent"]
