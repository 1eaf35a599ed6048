"""Grounding a fact in its text: the evidence sentence with offsets, a deterministic id, and its value
in the contract's units."""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Span

from extractor.lexicons import table
from extractor.mentions.doc_text import span_text
from extractor.models import Fact, Quantity

_PRICE_PER_UNIT = re.compile(r"^(?P<currency>[A-Z]{3})_per_[a-z_]+$")


def grounded_fact(doc_id: str, sent: Span, anchor: int, *, id_key: str | None = None, **fields) -> Fact:
    """A Fact read from `sent`, with its evidence and a deterministic id.

    The id hashes the document, the sentence, the kind, `id_key` (the predicate unless given) and
    `anchor`, the character offset of what the fact was read from, so two facts of one sentence differ.
    """
    key = id_key if id_key is not None else fields["predicate"]
    if fields.get("value") is not None:
        fields["value"] = in_written_unit(in_plain_currency(fields["value"]))
    return Fact(
        doc_id=doc_id,
        fact_id=fact_id(doc_id, sent.start_char, sent.end_char, fields["kind"], key, anchor),
        # the Evidence's fields, not an Evidence: `Fact` validates its field as it is built, so an Evidence made
        # first had its offsets checked twice (about 15 us more per fact)
        evidence={"sentence": span_text(sent), "start": sent.start_char, "end": sent.end_char},
        **fields,
    )


def fact_id(doc_id: str, start: int, end: int, kind: str, predicate: str, anchor: int) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{end}|{kind}|{predicate}|{anchor}".encode()).hexdigest()[:16]


def in_plain_currency(value: Quantity) -> Quantity:
    """A price per physical unit ("$88.40 a barrel", `USD_per_barrel` in the mention) in the plain currency.

    FACTS.md's gold writes such prices in the currency alone ("88.40 USD", predicate "price"), like a
    price per share; the unit priced stays in the surface. `extract quantities` keeps the rate unit.
    """
    plain = _PRICE_PER_UNIT.match(value.unit or "")
    equivalents = [in_plain_currency(equivalent) for equivalent in value.equivalents]
    if plain is None and equivalents == value.equivalents:
        return value
    unit = plain.group("currency") if plain else value.unit
    return value.model_copy(update={"unit": unit, "equivalents": equivalents})


def in_written_unit(value: Quantity) -> Quantity:
    """The unit's name as the text wrote it where the mention's canonical unit is another name of the same unit
    ("metric tons" is metric_ton, not tonne): FACTS.md writes a physical unit as its written name."""
    surface = (value.surface or "").lower()
    for written, (canonical, unit) in table("written_unit_names").items():
        if value.unit == canonical and written in surface:
            return value.model_copy(update={"unit": unit})
    return value
