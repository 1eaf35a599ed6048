"""Grounding a fact in its text: the evidence sentence with offsets, and a deterministic id."""

from __future__ import annotations

import hashlib

from spacy.tokens import Span

from extractor.mentions.doc_text import span_text
from extractor.models import Evidence, Fact


def grounded_fact(doc_id: str, sent: Span, anchor: int, *, id_key: str | None = None, **fields) -> Fact:
    """A Fact read from `sent`, with its evidence and a deterministic id.

    The id hashes the document, the sentence, the kind, `id_key` (the predicate unless given) and
    `anchor`, the character offset of what the fact was read from, so two facts of one sentence differ.
    """
    key = id_key if id_key is not None else fields["predicate"]
    return Fact(
        doc_id=doc_id,
        fact_id=fact_id(doc_id, sent.start_char, sent.end_char, fields["kind"], key, anchor),
        evidence=evidence_for(sent),
        **fields,
    )


def fact_id(doc_id: str, start: int, end: int, kind: str, predicate: str, anchor: int) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{end}|{kind}|{predicate}|{anchor}".encode()).hexdigest()[:16]


def evidence_for(sent: Span) -> Evidence:
    return Evidence(sentence=span_text(sent), start=sent.start_char, end=sent.end_char)
