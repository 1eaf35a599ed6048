"""The text of a Doc, read once: spaCy's `Doc.text` joins every token on each access, so rules that ask
for it per mention or per entity make a long document quadratic."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


_last: tuple[weakref.ref[Doc], str] | None = None  # the Doc asked last: most calls ask for it again


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc and kept while the Doc lives."""
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    _last = (weakref.ref(doc), text)
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep `text` as the Doc's text: for a Doc just made from it (`nlp.make_doc(text)`), whose tokens
    join back into the same string (spaCy's tokenizer loses no character), so it need not be joined."""
    _TEXTS[doc] = text


def span_text(span: Span) -> str:
    """`span.text` cut from the Doc's cached text: spaCy's `Span.text` builds a Token per word on each
    access. The same string: a span runs from its first token's start to its last token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def span_text_with_ws(span: Span) -> str:
    """`span.text_with_ws` cut from the Doc's cached text: the span's words and the space after its last one,
    which runs to where the next token starts (a Doc's tokens with their trailing spaces join into its text)."""
    if not len(span):
        return ""
    doc = span.doc
    text = doc_text(doc)
    end = doc[span.end].idx if span.end < len(doc) else len(text)
    return text[span.start_char : end]
