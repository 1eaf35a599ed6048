"""Terminal and JSON renderings of facts and of an EvalReport. Output goes only to the Console passed in."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.eval.gold import is_optional
from extractor.eval.scoring import Counts, EntityMiss, EvalReport, FactMiss
from extractor.models import Fact, Period, Quantity

EVIDENCE_WIDTH = 80
"""Characters of the evidence sentence shown in a facts table."""
COMPACT_WIDTH = 120
"""Below this console width, tables drop the P and R columns and the counts, keeping F1."""

# Stable colours for the outcome of a fact, shared with the HTML report's legend.
STYLES = {"tp": "green", "fp": "red", "fn": "yellow", "strict": "magenta"}


# --------------------------------------------------------------------------- plain-text forms


def format_amount(amount: float) -> str:
    """23160000.0 -> "23,160,000"; 1.364 -> "1.364"; 0.000123 -> "0.000123"."""
    if amount != amount or amount in (float("inf"), float("-inf")):
        return str(amount)
    if float(amount).is_integer() and abs(amount) < 1e18:
        return f"{amount:,.0f}"
    if abs(amount) >= 1:
        return f"{amount:,.4f}".rstrip("0").rstrip(".")
    return f"{amount:.6g}"


def quantity_text(quantity: Quantity | None) -> str:
    """A quantity as a reader would write it: ">=~1,000 professional", "8 percent (7 to 9), up"."""
    if quantity is None:
        return ""
    bound = "" if quantity.bound == "=" else quantity.bound
    approx = "~" if quantity.approximate else ""
    noun = quantity.unit or quantity.counted or ""
    text = f"{bound}{approx}{format_amount(quantity.amount)} {noun}".rstrip()
    if quantity.low is not None and quantity.high is not None:
        text += f" ({format_amount(quantity.low)} to {format_amount(quantity.high)})"
    if quantity.direction:
        text += f", {quantity.direction}"
    for equivalent in quantity.equivalents:
        text += f" = {format_amount(equivalent.amount)} {equivalent.unit or ''}".rstrip()
    return text


def period_text(period: Period | None) -> str:
    """The label, with the dates when they differ from what the label alone says."""
    if period is None:
        return ""
    if period.start is None and period.end is None:
        return period.label
    return f"{period.label} ({period.start or '?'}..{period.end or '?'})"


def fact_text(fact: Fact) -> str:
    """One line: kind, subject, predicate, object, value, period, modality."""
    parts = [fact.kind, fact.subject, fact.predicate]
    if fact.object:
        parts.append(fact.object)
    if fact.value is not None:
        parts.append(quantity_text(fact.value))
    if fact.period is not None:
        parts.append(period_text(fact.period))
    if fact.modality != "actual":
        parts.append(fact.modality)
    return " · ".join(parts)


def snippet(sentence: str, width: int = EVIDENCE_WIDTH) -> str:
    """The sentence, cut at `width` characters with an ellipsis."""
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= width else sentence[: width - 1].rstrip() + "…"


# --------------------------------------------------------------------------- tables


FACT_COLUMNS = ("kind", "subject", "predicate", "object", "value", "period", "modality", "evidence")
MERGED_COLUMNS = ("kind", "fact", "value", "period", "modality")
"""The narrow layout: subject, predicate and object share one wrapping column."""
KIND_AND_MODALITY = "kind (modality)"
"""The narrowest layout's first column: "metric", or "metric (target)" when not actual."""
NARROWEST_COLUMNS = (KIND_AND_MODALITY, "fact", "value", "period")
LAYOUTS = (
    (FACT_COLUMNS, "full"),  # evidence only beside every other column at full width
    (FACT_COLUMNS[:-1], "words"),  # no evidence; text columns wrap at spaces
    (MERGED_COLUMNS, "words"),
    (MERGED_COLUMNS, "tight"),  # the merged column may break inside words; values and periods never
    (NARROWEST_COLUMNS, "tight"),
)
KEPT_WHOLE = ("value", "period")
"""Columns whose words are never cut: amounts, units and periods wrap at spaces at most."""
NO_WRAP = ("kind", "modality")
WORD_MIN_CAP = 14
"""A word longer than this may be broken in a text column rather than widen it."""
TIGHT_MIN = 8
EVIDENCE_MIN = 24
"""Narrowest useful evidence column; below it the evidence is left out."""


def fact_cells(fact: Fact) -> dict[str, str]:
    """The text of each column of a fact's row (`fact` is subject · predicate · object)."""
    return {
        "kind": fact.kind,
        "subject": fact.subject,
        "predicate": fact.predicate,
        "object": fact.object or "",
        "fact": " · ".join(part for part in (fact.subject, fact.predicate, fact.object) if part),
        "value": quantity_text(fact.value),
        "period": fact.period.label if fact.period else (f"as of {fact.as_of}" if fact.as_of else ""),
        "modality": fact.modality,
        KIND_AND_MODALITY: fact.kind if fact.modality == "actual" else f"{fact.kind} ({fact.modality})",
        "evidence": snippet(fact.evidence.sentence),
    }


def facts_title(count: int, prefix: str | None = None) -> str:
    """ "1 fact", "12 facts", with an optional prefix such as the document id."""
    counted = f"{count} fact" if count == 1 else f"{count} facts"
    return f"{prefix}: {counted}" if prefix else counted


def facts_table(facts: list[Fact], *, title: str | None = None, width: int | None = None) -> Table:
    """Facts as a rich table, one row per fact, in the order given.

    Every cell is a Text, so brackets in article text are shown, never read as rich markup.
    With a console `width` the columns are fitted to it (see `fit_columns`); a word of a value
    or a period is never cut.
    """
    rows = [fact_cells(fact) for fact in facts]
    widths = fit_columns(rows, width) if width else dict.fromkeys(FACT_COLUMNS)
    table = Table(title=title or facts_title(len(facts)), show_lines=False, expand=False)
    for name, column_width in widths.items():
        table.add_column(name, width=column_width, **_column_style(name))
    for cells in rows:
        table.add_row(*(Text(cells[name]) for name in widths))
    return table


def _column_style(name: str) -> dict:
    if name == "evidence":
        return {"style": "dim", "no_wrap": True, "overflow": "ellipsis", "max_width": 48}
    style = {"kind": "bold", "predicate": "cyan", "value": "green"}.get(name)
    return {"style": style, "no_wrap": name in NO_WRAP, "overflow": "fold"}


def fit_columns(rows: list[dict[str, str]], width: int) -> dict[str, int]:
    """Content width of each shown column so that the table is at most `width` characters wide.

    The first layout of LAYOUTS that fits wins: the evidence goes first, then text columns
    wrap, then subject, predicate and object share one column.
    """
    for names, mode in LAYOUTS:
        widths = _shrink(list(names), rows, width - _table_overhead(len(names)), mode)
        if widths is not None:
            return widths
    return {name: _minimum(name, rows, "tight") for name in NARROWEST_COLUMNS}  # narrower still: rich wraps


def _table_overhead(columns: int) -> int:
    """Characters a rich table with the default box adds: one padding each side and the rules."""
    return 3 * columns + 1


def _words(name: str, rows: list[dict[str, str]]) -> list[str]:
    return [word for text in (name, *(row[name] for row in rows)) for word in text.split()]


def _natural(name: str, rows: list[dict[str, str]]) -> int:
    """The width of the column's widest cell or header (the evidence snippet is at most 48)."""
    natural = max([len(name), *(len(row[name]) for row in rows)])
    return min(natural, 48) if name == "evidence" else natural


def _minimum(name: str, rows: list[dict[str, str]], mode: str) -> int:
    """How narrow a column may get in a layout mode (see LAYOUTS)."""
    natural = _natural(name, rows)
    longest_word = max(len(word) for word in _words(name, rows))
    if name == "evidence":
        return min(natural, EVIDENCE_MIN)
    if name in NO_WRAP or mode == "full":
        return natural
    if name in KEPT_WHOLE:
        return longest_word
    return min(longest_word, WORD_MIN_CAP) if mode == "words" else min(natural, TIGHT_MIN)


def _shrink(names: list[str], rows: list[dict[str, str]], budget: int, mode: str) -> dict[str, int] | None:
    """Natural widths narrowed, widest column first, down to each column's minimum to fit `budget`;
    None when even the minimums do not fit."""
    widths = {name: _natural(name, rows) for name in names}
    minimum = {name: _minimum(name, rows, mode) for name in names}
    if sum(minimum.values()) > budget:
        return None
    for _ in range(sum(widths.values()) - budget):
        shrinkable = [name for name in names if widths[name] > minimum[name]]
        widths[max(shrinkable, key=lambda name: widths[name])] -= 1
    return widths


def _figures(counts: Counts) -> list[Text]:
    return [Text(f"{counts.precision:.3f}"), Text(f"{counts.recall:.3f}"), Text(f"{counts.f1:.3f}")]


def _tally(counts: Counts) -> Text:
    text = Text(f"{counts.tp}/{counts.fp}/{counts.fn}")
    if counts.ignored:
        text.append(f" +{counts.ignored}", style="dim")
    return text


def scores_table(report: EvalReport, *, compact: bool = False) -> Table:
    """Overall and per-kind P/R/F1 at value and strict level, with tp/fp/fn counts (compact: no counts)."""
    caption = None if compact else "tp/fp/fn; +n predictions paired with optional gold"
    table = Table(title="Facts: precision, recall, F1", caption=caption)
    table.add_column("", style="bold")
    for level in ("value", "strict"):
        for figure in ("P", "R", "F1"):
            table.add_column(f"{level} {figure}", justify="right")
        if not compact:
            table.add_column(f"{level} tp/fp/fn", justify="right", style="dim")
    rows = [("overall", report.overall), *report.per_kind.items()]
    for index, (name, level_counts) in enumerate(rows):
        cells = [Text(name)]
        for counts in (level_counts.value, level_counts.strict):
            cells.extend(_figures(counts))
            if not compact:
                cells.append(_tally(counts))
        table.add_row(*cells, end_section=index == 0)
    return table


MISS_NAMES = {"value": "no value match"}


def strict_miss_rows(report: EvalReport) -> list[tuple[str, str, int, float]]:
    """(field, its name for people, misses, share of strict fn) per field; empty when nothing was missed."""
    total = report.overall.strict.fn
    if not total:
        return []
    return [
        (field, MISS_NAMES.get(field, field), count, count / total)
        for field, count in report.strict_misses_by_field.items()
    ]


def misses_table(report: EvalReport) -> Table | None:
    """Why required gold facts were missed at strict level, per field, or None when none was missed."""
    rows = strict_miss_rows(report)
    if not rows:
        return None
    table = Table(title="Strict misses by field", caption="a miss can count under two fields")
    table.add_column("field", style="bold")
    table.add_column("misses", justify="right")
    table.add_column("of strict fn", justify="right")
    for _, name, count, share in rows:
        table.add_row(Text(name), Text(str(count)), Text(f"{share:.0%}"))
    return table


def documents_table(report: EvalReport, *, compact: bool = False) -> Table:
    """One row per gold document: counts and P/R/F1 at both levels (compact: F1 only), and entity F1."""
    table = Table(title="Per document")
    table.add_column("document", style="bold", overflow="fold", min_width=20)
    table.add_column("pred" if compact else "predicted", justify="right")
    table.add_column("gold" if compact else "gold (+optional)", justify="right")
    figures = ("F1",) if compact else ("P", "R", "F1")
    for level in ("value", "strict"):
        for figure in figures:
            table.add_column(f"{level} {figure}", justify="right")
    with_entities = report.entities is not None
    if with_entities:
        table.add_column("entities F1", justify="right")
    for doc in report.per_document:
        cells = [
            Text(doc.doc_id),
            Text(str(doc.predicted)),
            Text(str(doc.gold_required) if compact else f"{doc.gold_required} (+{doc.gold_optional})"),
        ]
        for counts in (doc.value, doc.strict):
            cells.extend(_figures(counts)[-len(figures) :])
        if with_entities:
            cells.append(Text(f"{doc.entities.labelled.f1:.3f}" if doc.entities else ""))
        table.add_row(*cells)
    return table


def entities_table(report: EvalReport) -> Table | None:
    """Entity P/R/F1 on label and name and on name alone, or None when entities were not scored."""
    if report.entities is None:
        return None
    table = Table(title="Entities")
    table.add_column("", style="bold")
    for figure in ("P", "R", "F1"):
        table.add_column(figure, justify="right")
    table.add_column("tp/fp/fn", justify="right", style="dim")
    for name, counts in (("label + name", report.entities.overall.labelled), ("name", report.entities.overall.name)):
        table.add_row(Text(name), *_figures(counts), _tally(counts))
    return table


# --------------------------------------------------------------------------- errors


def _key(miss: FactMiss) -> str:
    return miss.fact.model_dump_json()


def strict_only(value_misses: Iterable[FactMiss], strict_misses: Iterable[FactMiss]) -> list[FactMiss]:
    """Strict-level errors that are not already errors at value level (a multiset difference)."""
    remaining = Counter(_key(miss) for miss in value_misses)
    result = []
    for miss in strict_misses:
        key = _key(miss)
        if remaining[key]:
            remaining[key] -= 1
        else:
            result.append(miss)
    return result


def errors_by_document(report: EvalReport) -> dict[str, dict[str, list[FactMiss]]]:
    """doc_id -> {"fp", "fn", "strict_fp", "strict_fn"} -> misses, in document order of the report."""
    grouped: dict[str, dict[str, list[FactMiss]]] = defaultdict(lambda: defaultdict(list))
    for name, misses in (
        ("fp", report.value.false_positives),
        ("fn", report.value.false_negatives),
        ("strict_fp", strict_only(report.value.false_positives, report.strict.false_positives)),
        ("strict_fn", strict_only(report.value.false_negatives, report.strict.false_negatives)),
    ):
        for miss in misses:
            grouped[miss.doc_id][name].append(miss)
    order = [doc.doc_id for doc in report.per_document]
    return {doc_id: dict(grouped[doc_id]) for doc_id in order if doc_id in grouped}


_SECTIONS = {
    "fp": ("false positives (value)", STYLES["fp"]),
    "fn": ("false negatives (value)", STYLES["fn"]),
    "strict_fp": ("false positives at strict level only", STYLES["strict"]),
    "strict_fn": ("false negatives at strict level only", STYLES["strict"]),
}


def _miss_lines(miss: FactMiss, style: str) -> Text:
    text = Text("• ", style=style)
    text.append(fact_text(miss.fact), style=style)
    if is_optional(miss.fact):
        text.append(" (optional)", style="dim")
    for reason in miss.reasons:
        text.append(f"\n    {reason}", style="italic")
    text.append(f"\n    “{' '.join(miss.sentence.split())}”", style="dim")
    return text


def entity_errors_by_document(report: EvalReport) -> dict[str, dict[str, list[EntityMiss]]]:
    """doc_id -> {"fp", "fn"} -> entity misses on label and name (empty when entities were not scored)."""
    grouped: dict[str, dict[str, list[EntityMiss]]] = defaultdict(lambda: {"fp": [], "fn": []})
    if report.entities is not None:
        for name, misses in (("fp", report.entities.false_positives), ("fn", report.entities.false_negatives)):
            for miss in misses:
                if miss.level == "labelled":
                    grouped[miss.doc_id][name].append(miss)
    return dict(grouped)


def errors_panel(
    doc_id: str, sections: dict[str, list[FactMiss]], entity_sections: dict[str, list[EntityMiss]] | None = None
) -> Panel:
    """One document's errors, grouped by kind of error, each with its sentence; then entity errors."""
    parts: list[Text] = []
    for name, (title, style) in _SECTIONS.items():
        misses = sections.get(name, [])
        if not misses:
            continue
        parts.append(Text(f"{title}: {len(misses)}", style=f"bold {style}"))
        parts.extend(_miss_lines(miss, style) for miss in misses)
    for name, title in (("fp", "entities predicted, not in gold"), ("fn", "entities in gold, not predicted")):
        misses = (entity_sections or {}).get(name, [])
        if misses:
            text = Text(f"{title}: ", style=f"bold {STYLES[name]}")
            text.append(", ".join(f"{miss.name} ({miss.label})" for miss in misses))
            parts.append(text)
    return Panel(Group(*parts), title=Text(doc_id), title_align="left")


def render_eval(report: EvalReport, console: Console, *, show_errors: bool = True) -> None:
    """Print the score tables, then (with `show_errors`) each document's errors with their sentences.

    On a console narrower than COMPACT_WIDTH the tables keep F1 and drop the other columns.
    """
    compact = console.width < COMPACT_WIDTH
    console.print(scores_table(report, compact=compact))
    misses = misses_table(report)
    if misses is not None:
        console.print(misses)
    entity_scores = entities_table(report)
    if entity_scores is not None:
        console.print(entity_scores)
    console.print(documents_table(report, compact=compact))
    if report.unscored_docs:
        console.print(Text(f"not scored (no gold file): {', '.join(report.unscored_docs)}", style="yellow"))
    if not show_errors:
        return
    facts = errors_by_document(report)
    entities = entity_errors_by_document(report)
    for doc_id in [doc.doc_id for doc in report.per_document]:
        if doc_id in facts or doc_id in entities:
            console.print(errors_panel(doc_id, facts.get(doc_id, {}), entities.get(doc_id)))


def eval_report_json(report: EvalReport) -> str:
    """The report as indented JSON (the EvalReport model, dates in ISO form)."""
    return report.model_dump_json(indent=2)
