"""Grounding a fact in its text: the evidence sentence with offsets, and a deterministic id."""

from __future__ import annotations

import hashlib

from spacy.tokens import Span

from extractor.models import Evidence


def fact_id(doc_id: str, start: int, end: int, kind: str, predicate: str, anchor: int) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{end}|{kind}|{predicate}|{anchor}".encode()).hexdigest()[:16]


def evidence_for(sent: Span) -> Evidence:
    return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char)
