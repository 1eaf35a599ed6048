"""Self-contained HTML pages: the evaluation report and the article view (issue 6).

Pages are rendered by Jinja2 with autoescape on, so every piece of article text is escaped; only our
own CSS, script and the matplotlib SVG are inserted as markup. The page's Content-Security-Policy
allows no network access and only the one inline script whose hash it names, so even an injected
script or event handler would not run. Nothing is fetched: CSS, script and plot are inline.

Article view: the text is cut at every boundary of every annotation (fact evidence, value surface,
entity, quantity, period) into flat segments; each segment carries the classes and fact ids of what
covers it, and a displaCy-style tag follows the last segment of a mention.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pydantic import ValidationError

from extractor.eval.gold import is_optional
from extractor.eval.reports import fact_text, format_amount, period_text, quantity_text, strict_miss_rows
from extractor.eval.scoring import Counts, DocumentScore, EvalReport, FactMiss
from extractor.models import Document, Entity, Fact, Quantity

TEMPLATES = Path(__file__).parent / "templates"
STATUS_ORDER = ("fp", "fn", "partial", "tp", "ignored", "predicted")
"""Outcome of a fact, most urgent first: the colour of text covered by several facts is the first one."""
STATUS_LABELS = {
    "tp": "true positive (strict)",
    "partial": "value matches, strict level does not",
    "fp": "false positive",
    "fn": "false negative",
    "ignored": "paired with an optional gold fact",
    "predicted": "extracted fact",
}
ENTITY_CLASSES = ("ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT", "DATE", "MONEY", "PERCENT")


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _static(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """No network, inline styles, and only the script with this exact text."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def _render(template: str, **context) -> str:
    script = _static("report.js")
    return (
        _environment()
        .get_template(template)
        .render(
            css=Markup(_static("report.css")),
            script=Markup(script),
            csp=content_security_policy(script),
            status_labels=STATUS_LABELS,
            **context,
        )
    )


# --------------------------------------------------------------------------- article view


@dataclass
class FactView:
    """One fact as the article view shows it."""

    id: str
    status: str
    origin: str  # "predicted" or "gold"
    fact: Fact
    summary: str
    fields: list[tuple[str, str]]
    span: tuple[int, int] | None  # evidence in Document.text, when located
    surface: tuple[int, int] | None  # the value (or object) inside the evidence, when found


@dataclass
class Mention:
    """An entity, quantity or period mention to mark in the text."""

    start: int
    end: int
    layer: str  # entity | quantity | period
    label: str  # the tag shown after it
    title: str
    css: str


@dataclass
class Segment:
    text: str
    classes: str = ""
    title: str = ""
    fact_ids: str = ""
    tags: list[Mention] = field(default_factory=list)


@dataclass
class ArticleView:
    anchor: str
    doc_id: str
    title: str | None
    published: dt.date | None
    has_text: bool
    segments: list[Segment]
    facts: list[FactView]
    unlocated: int
    """Facts whose evidence sentence was not found in the text."""


def locate_evidence(fact: Fact, text: str) -> tuple[int, int] | None:
    """The evidence offsets when they slice back to the sentence, else the sentence's first occurrence."""
    evidence = fact.evidence
    if (
        evidence.start is not None
        and evidence.end is not None
        and text[evidence.start : evidence.end] == evidence.sentence
    ):
        return evidence.start, evidence.end
    if evidence.sentence:
        found = text.find(evidence.sentence)
        if found >= 0:
            return found, found + len(evidence.sentence)
    return None


def locate_surface(fact: Fact, text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the value's surface (an event's or role's object) stands inside the evidence sentence."""
    if span is None:
        return None
    surface = fact.value.surface if fact.value is not None else fact.object
    if not surface:
        return None
    found = text.find(surface, span[0], span[1])
    return (found, found + len(surface)) if found >= 0 else None


def fact_fields(fact: Fact, reasons: Sequence[str] = ()) -> list[tuple[str, str]]:
    """The fields worth showing, as (name, text) pairs; empty fields left out."""
    value = fact.value
    comparison = fact.comparison if isinstance(fact.comparison, str) or fact.comparison is None else None
    rows = [
        ("kind", fact.kind),
        ("subject", fact.subject),
        ("predicate", fact.predicate),
        ("object", fact.object or ""),
        ("value", quantity_text(value)),
        ("surface", value.surface if value is not None else ""),
        ("period", period_text(fact.period)),
        ("as of", str(fact.as_of or "")),
        ("location", fact.location or ""),
        ("comparison", comparison if comparison is not None else period_text(fact.comparison)),
        ("modality", fact.modality),
        ("attributed to", fact.attributed_to or ""),
        ("confidence", f"{fact.confidence:.2f}" if fact.confidence is not None else ""),
        ("optional", "yes" if is_optional(fact) else ""),
    ]
    rows.extend(("strict", reason) for reason in reasons)
    return [(name, text) for name, text in rows if text]


def _fact_view(fact_id: str, fact: Fact, status: str, origin: str, text: str, reasons: Sequence[str] = ()) -> FactView:
    span = locate_evidence(fact, text)
    return FactView(
        id=fact_id,
        status=status,
        origin=origin,
        fact=fact,
        summary=fact_text(fact),
        fields=fact_fields(fact, reasons),
        span=span,
        surface=locate_surface(fact, text, span),
    )


def _reading_order(view: FactView) -> tuple:
    """Facts in the order of their sentences; unlocated ones last; predictions before gold."""
    position = view.span[0] if view.span is not None else float("inf")
    surface = view.surface[0] if view.surface is not None else -1
    return (position, surface, view.origin != "predicted")


def _css_label(label: str) -> str:
    label = label.upper()
    return f"ent-{label}" if label in ENTITY_CLASSES else "ent-other"


def entity_mentions(entities: Iterable[Entity | dict], text: str) -> list[Mention]:
    """Every whole-word occurrence of each entity's name; longer names first, no overlaps."""
    records = []
    for entity in entities:
        label, name = (entity.label, entity.name) if isinstance(entity, Entity) else (entity["label"], entity["name"])
        if name and name.strip():
            records.append((str(label), str(name)))
    taken: list[tuple[int, int]] = []
    mentions = []
    for label, name in sorted(set(records), key=lambda r: (-len(r[1]), r)):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            mentions.append(Mention(start, end, "entity", label, f"{label}: {name}", _css_label(label)))
    return mentions


def _offsets(record: dict, text: str) -> tuple[int, int] | None:
    start, end = record.get("start"), record.get("end")
    # Period dicts carry dates under the same keys when a caller merged a Period dump over its offsets.
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return None
    return (start, end) if 0 <= start < end <= len(text) else None


def quantity_mentions(records: Iterable[dict], text: str) -> list[Mention]:
    """Quantity dicts (Quantity fields plus "start"/"end") as marks; the tag shows the normalized amount."""

    def label(record: dict) -> str:
        fields = {k: v for k, v in record.items() if k not in ("start", "end")}
        try:
            return quantity_text(Quantity.model_validate(fields))
        except ValidationError:
            return str(record.get("label") or record.get("surface") or "quantity")

    return _mentions(records, text, Mention(0, 0, "quantity", "QTY", "", "mark-quantity"), label)


def period_mentions(records: Iterable[dict], text: str) -> list[Mention]:
    """Period dicts ("start"/"end" offsets and a "label") as marks."""

    def label(record: dict) -> str:
        name = str(record.get("label") or record.get("surface") or "period")
        extra = ", ".join(f"{k} {v}" for k, v in record.items() if k in ("role", "start_date", "end_date") and v)
        return f"{name} ({extra})" if extra else name

    return _mentions(records, text, Mention(0, 0, "period", "PERIOD", "", "mark-period"), label)


def _mentions(records: Iterable[dict], text: str, kind: Mention, title: Callable[[dict], str]) -> list[Mention]:
    """Marks for the records whose offsets are usable, shaped like `kind` (layer, tag, css) and titled."""
    return [
        replace(kind, start=span[0], end=span[1], title=title(record))
        for record in records
        if (span := _offsets(record, text)) is not None
    ]


def _first_status(statuses: Iterable[str]) -> str:
    present = set(statuses)
    return next(status for status in STATUS_ORDER if status in present)


def segment_text(text: str, facts: Sequence[FactView], mentions: Sequence[Mention]) -> list[Segment]:
    """The text cut at every annotation boundary; each piece knows what covers it."""
    spans: list[tuple[int, int, str, object]] = []
    for view in facts:
        if view.span is not None:
            spans.append((*view.span, "evidence", view))
        if view.surface is not None:
            spans.append((*view.surface, "surface", view))
    spans.extend((m.start, m.end, "mention", m) for m in mentions)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [(layer, item) for s, e, layer, item in spans if s <= start and end <= e]
        evidence = [item for layer, item in covering if layer == "evidence"]
        surfaces = [item for layer, item in covering if layer == "surface"]
        marks = [item for layer, item in covering if layer == "mention"]
        classes = []
        if evidence:
            classes.append(f"ev ev-{_first_status(v.status for v in evidence)}")
        if surfaces:
            classes.append(f"val val-{_first_status(v.status for v in surfaces)}")
        classes.extend(f"mark {m.css}" for m in marks)
        ids = list(dict.fromkeys(v.id for v in (*evidence, *surfaces)))
        titles = [f"[{STATUS_LABELS[v.status]}] {v.summary}" for v in (*surfaces, *evidence)]
        titles.extend(m.title for m in marks)
        segments.append(
            Segment(
                text=text[start:end],
                classes=" ".join(classes),
                title="\n".join(dict.fromkeys(titles)),
                fact_ids=" ".join(ids),
                tags=[m for m in marks if m.end == end],
            )
        )
    return segments


def article_view(
    anchor: str,
    document: Document | None,
    fact_views: list[FactView],
    mentions: Sequence[Mention],
    *,
    doc_id: str,
) -> ArticleView:
    text = document.text if document is not None else ""
    return ArticleView(
        anchor=anchor,
        doc_id=doc_id,
        title=document.title if document is not None else None,
        published=document.published if document is not None else None,
        has_text=document is not None,
        segments=segment_text(text, fact_views, mentions) if document is not None else [],
        facts=fact_views,
        unlocated=sum(view.span is None for view in fact_views) if document is not None else 0,
    )


def render_article_html(
    document: Document, facts: list[Fact], *, entities: list[Entity], quantities: list[dict], periods: list[dict]
) -> str:
    """One document's facts, entities, quantities and periods marked on its text, as a standalone page."""
    text = document.text
    views = [_fact_view(f"f{i}", fact, "predicted", "predicted", text) for i, fact in enumerate(facts)]
    views.sort(key=_reading_order)
    mentions = [*entity_mentions(entities, text), *quantity_mentions(quantities, text), *period_mentions(periods, text)]
    view = article_view("doc-0", document, views, mentions, doc_id=document.doc_id)
    entity_items = [{"label": e.label, "name": e.name, "css": _css_label(e.label)} for e in entities]
    return _render("article.html.j2", page_title=f"Facts: {document.doc_id}", view=view, entities=entity_items)


# --------------------------------------------------------------------------- evaluation report


def _key(fact: Fact) -> str:
    return fact.model_dump_json()


def classify_document(
    doc_id: str, report: EvalReport, predicted: Sequence[Fact]
) -> list[tuple[Fact, str, str, list[str]]]:
    """(fact, origin, status, reasons) for a document's predictions and its required gold facts.

    Predictions: tp (strict pair), partial (value pair only), fp, ignored (paired with optional gold).
    Gold: tp, partial (missed at strict level only), fn. Facts are matched to the report's lists by
    their content, as a multiset, since the report holds copies.
    """
    return [*_classify_predictions(doc_id, report, predicted), *_classify_gold(doc_id, report)]


def _tally(facts: Iterable[Fact]) -> Counter:
    return Counter(_key(f) for f in facts)


def _reasons_of(doc_id: str, misses: Iterable[FactMiss]) -> dict[str, list[str]]:
    return {_key(m.fact): m.reasons for m in misses if m.doc_id == doc_id and m.reasons}


def _classify_predictions(
    doc_id: str, report: EvalReport, predicted: Sequence[Fact]
) -> list[tuple[Fact, str, str, list[str]]]:
    strict_tp = _tally(p.predicted for p in report.strict.true_positives if p.doc_id == doc_id)
    value_tp = _tally(p.predicted for p in report.value.true_positives if p.doc_id == doc_id)
    value_fp = _tally(m.fact for m in report.value.false_positives if m.doc_id == doc_id)
    fp_reasons = _reasons_of(doc_id, report.strict.false_positives)
    rows = []
    for fact in predicted:
        key = _key(fact)
        if strict_tp[key] > 0:
            status = "tp"
            strict_tp[key] -= 1
            value_tp[key] -= 1  # a strict pair is a value pair too (scoring seeds value pairing with it)
        elif value_tp[key] > 0:
            status = "partial"
            value_tp[key] -= 1
        elif value_fp[key] > 0:
            status = "fp"
            value_fp[key] -= 1
        else:
            status = "ignored"
        rows.append((fact, "predicted", status, fp_reasons.get(key, []) if status == "partial" else []))
    return rows


def _classify_gold(doc_id: str, report: EvalReport) -> list[tuple[Fact, str, str, list[str]]]:
    value_fn = [m.fact for m in report.value.false_negatives if m.doc_id == doc_id]
    strict_fn = _tally(m.fact for m in report.strict.false_negatives if m.doc_id == doc_id)
    fn_reasons = _reasons_of(doc_id, report.strict.false_negatives)
    rows = []
    for fact in value_fn:
        strict_fn[_key(fact)] -= 1
        rows.append((fact, "gold", "fn", []))
    for pair in report.value.true_positives:
        if pair.doc_id != doc_id:
            continue
        key = _key(pair.gold)
        missed = strict_fn[key] > 0
        if missed:
            strict_fn[key] -= 1
        rows.append((pair.gold, "gold", "partial" if missed else "tp", fn_reasons.get(key, []) if missed else []))
    return rows


def _figure(name: str, value: float) -> dict:
    return {"name": name, "value": value, "text": f"{value:.3f}"}


def _counts_cells(prefix: str, counts: Counts) -> list[dict]:
    return [_figure(f"{prefix}.{figure}", getattr(counts, figure)) for figure in ("precision", "recall", "f1")]


def plot_svg(report: EvalReport) -> Markup:
    """P/R/F1 per kind and overall, value and strict level side by side, as inline SVG."""
    import matplotlib
    from matplotlib.figure import Figure

    groups = [("overall", report.overall), *report.per_kind.items()]
    colors = {"precision": "#4c72b0", "recall": "#dd8452", "f1": "#55a868"}
    with matplotlib.rc_context({"svg.hashsalt": "extractor", "svg.fonttype": "none", "font.size": 9}):
        figure = Figure(figsize=(9, 3.2))
        axes = figure.subplots(1, 2, sharey=True)
        for ax, level in zip(axes, ("value", "strict"), strict=True):
            for offset, name in enumerate(colors):
                xs = [i + (offset - 1) * 0.27 for i in range(len(groups))]
                ys = [getattr(getattr(counts, level), name) for _, counts in groups]
                ax.bar(xs, ys, width=0.27, color=colors[name], label=name)
            ax.set_xticks(range(len(groups)), [name for name, _ in groups])
            ax.set_ylim(0, 1.05)
            ax.set_title(f"{level} level")
            ax.grid(axis="y", alpha=0.3)
        axes[0].legend(loc="lower left", fontsize=8)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    # Drop the XML declaration and doctype: the SVG goes inline into HTML.
    return Markup(svg[svg.index("<svg") :])


def render_eval_html(
    report: EvalReport,
    documents: dict[str, Document],
    predicted: dict[str, list[Fact]],
    extras: dict[str, dict] | None,
) -> str:
    """The evaluation report as one self-contained page: scores, plot, sortable per-document table and
    each article with its true positives, false positives and false negatives marked.

    `extras[doc_id]` may hold "entities" (Entity records or {"label", "name"} dicts), "quantities"
    and "periods" (dicts with character offsets "start"/"end" and a "label" or "surface") to mark.
    """
    extras = extras or {}
    views, doc_rows = [], []
    for index, doc in enumerate(report.per_document):
        document = documents.get(doc.doc_id)
        view = _document_view(index, doc, document, report, predicted.get(doc.doc_id, []), extras.get(doc.doc_id, {}))
        views.append(view)
        doc_rows.append(_document_row(index, doc, document, view["view"].anchor))
    return _render(
        "eval.html.j2",
        page_title="Fact extraction: evaluation report",
        report=report,
        score_rows=_score_rows(report),
        entity_rows=_entity_rows(report),
        miss_rows=_miss_rows(report),
        doc_rows=doc_rows,
        views=views,
        plot=plot_svg(report),
        format_amount=format_amount,
    )


def _score_rows(report: EvalReport) -> list[dict]:
    """Overall and per-kind P/R/F1 at both levels."""
    groups = [("overall", "overall", report.overall)]
    groups += [(kind, f"per_kind.{kind}", counts) for kind, counts in report.per_kind.items()]
    return [
        {
            "name": name,
            "value": _counts_cells(f"{path}.value", counts.value),
            "strict": _counts_cells(f"{path}.strict", counts.strict),
            "counts": counts,
        }
        for name, path, counts in groups
    ]


def _miss_rows(report: EvalReport) -> list[dict]:
    """Why required gold facts were missed at strict level, per field; none when nothing was missed."""
    return [
        {"field": field, "name": name, "count": count, "share": f"{share:.0%}"}
        for field, name, count, share in strict_miss_rows(report)
    ]


def _entity_rows(report: EvalReport) -> list[dict]:
    if report.entities is None:
        return []
    rows = []
    for level, title in (("labelled", "label + name"), ("name", "name")):
        counts = getattr(report.entities.overall, level)
        rows.append({"name": title, "cells": _counts_cells(f"entities.{level}", counts), "counts": counts})
    return rows


def _document_view(
    index: int, doc: DocumentScore, document: Document | None, report: EvalReport, predicted: list[Fact], extra: dict
) -> dict:
    """One article with its facts marked by status, its mentions, its score and its entity errors."""
    text = document.text if document is not None else ""
    facts = [
        _fact_view(f"d{index}-{origin[0]}{n}", fact, status, origin, text, reasons)
        for n, (fact, origin, status, reasons) in enumerate(classify_document(doc.doc_id, report, predicted))
        # A gold fact paired at both levels is shown by its prediction.
        if not (origin == "gold" and status == "tp")
    ]
    facts.sort(key=_reading_order)
    mentions = []
    if document is not None:
        mentions = [
            *entity_mentions(extra.get("entities", []), text),
            *quantity_mentions(extra.get("quantities", []), text),
            *period_mentions(extra.get("periods", []), text),
        ]
    view = article_view(f"doc-{index}", document, facts, mentions, doc_id=doc.doc_id)
    entities = None
    if report.entities is not None:
        entities = {
            "fp": [m for m in report.entities.false_positives if m.doc_id == doc.doc_id and m.level == "labelled"],
            "fn": [m for m in report.entities.false_negatives if m.doc_id == doc.doc_id and m.level == "labelled"],
        }
    return {"view": view, "score": doc, "entities": entities}


def _document_row(index: int, doc: DocumentScore, document: Document | None, anchor: str) -> dict:
    """The per-document table's row, linking to the article."""
    entity_f1 = None
    if doc.entities is not None:
        entity_f1 = _figure(f"per_document.{index}.entities.labelled.f1", doc.entities.labelled.f1)
    return {
        "anchor": anchor,
        "score": doc,
        "title": document.title if document is not None else None,
        "value": _counts_cells(f"per_document.{index}.value", doc.value),
        "strict": _counts_cells(f"per_document.{index}.strict", doc.strict),
        "entity_f1": entity_f1,
    }
