"""Scoring by the rules of FACTS.md ("Gold files and scoring"): pure functions from facts to an EvalReport.

The rules live in modules of their own: gold files in `extractor.eval.gold`, units and amounts in
`extractor.eval.units`, predicates in `extractor.eval.predicates`, what may pair with what and the
matching in `extractor.eval.matching`. This module pairs documents, entities and the corpus and counts.

Decisions where FACTS.md leaves room (each also explained at the code that implements it):

- Pairing. Each level (value, strict) is a one-to-one maximum matching of its own, so each level has
  as many true positives as it allows. The strict pairing is made first; the value pairing starts
  from its pairs with required gold and augments from there, so every strict true positive (on either
  side) is also paired at value level, possibly with another gold fact of equal value.
  Within a level, required gold facts are matched first; optional gold facts then take what is left,
  without unpairing a required one (augmenting paths never unmatch a vertex). So a prediction pairs
  with an optional fact only when that costs no required match, and it is then dropped from the counts.
- 0/0. Precision with no predictions and recall with no gold are 1.0 (nothing claimed wrongly, nothing
  missed); F1 is 0.0 whenever precision or recall is 0.
- Entities are sets: predictions deduplicated on (label, name), or on name alone; a prediction matches
  a gold entity whose name or alias it equals (ignoring case) and, when labelled, whose `label`,
  one of its labels, or `alt_labels` it carries. Pairing is the same matching as for facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Self

from pydantic import Field

from extractor.eval.gold import GoldEntity, GoldError, GoldFact, GoldFile, load_gold_dir
from extractor.eval.matching import (
    STRICT_FIELDS,
    AliasGroups,
    alias_groups,
    entity_names,
    max_matching,
    name_key,
    reason_field,
    same_sentence,
    strict_mismatches,
    value_match,
)
from extractor.eval.predicates import Lemmatize
from extractor.models import Entity, Fact, Model

__all__ = [  # the names callers import from here; the gold loader is re-exported for them
    "Counts",
    "DocumentScore",
    "EntityCounts",
    "EntityMiss",
    "EntityReport",
    "EvalReport",
    "FactMiss",
    "FactPair",
    "GoldError",
    "LevelCounts",
    "LevelDetail",
    "load_gold_dir",
    "score_corpus",
    "score_document",
    "score_entities",
]

Level = Literal["value", "strict"]

KINDS = ("metric", "change", "rank", "event", "role")
LEVELS: tuple[Level, ...] = ("value", "strict")


# --------------------------------------------------------------------------- report models


class Counts(Model):
    """True positives, false positives and false negatives with the figures derived from them."""

    tp: int = 0
    """Predictions paired with a required gold fact."""
    fp: int = 0
    """Predictions left unpaired (including second predictions of a paired fact)."""
    fn: int = 0
    """Required gold facts left unpaired."""
    ignored: int = 0
    """Predictions paired with an optional gold fact: neither rewarded nor punished."""
    precision: float = 1.0
    """tp / (tp + fp); 1.0 when there is no prediction."""
    recall: float = 1.0
    """tp / (tp + fn); 1.0 when there is nothing to find."""
    f1: float = 1.0
    """Harmonic mean of precision and recall; 0.0 when either is 0."""

    @classmethod
    def of(cls, tp: int, fp: int, fn: int, ignored: int = 0) -> Counts:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp=tp, fp=fp, fn=fn, ignored=ignored, precision=precision, recall=recall, f1=f1)

    def __add__(self, other: Counts) -> Counts:
        return Counts.of(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.ignored + other.ignored)


class _CountsSum(Model):
    """A model made only of Counts fields: two of them add field by field."""

    def __add__(self, other: Self) -> Self:
        return type(self)(**{name: getattr(self, name) + getattr(other, name) for name in type(self).model_fields})


class LevelCounts(_CountsSum):
    """Counts at both levels of FACTS.md."""

    value: Counts = Field(default_factory=Counts)
    """Same kind and value (amount and unit, or object)."""
    strict: Counts = Field(default_factory=Counts)
    """Value plus subject, period, modality and a compatible predicate."""


class FactPair(Model):
    """A prediction and the gold fact it was paired with."""

    doc_id: str
    predicted: Fact
    gold: GoldFact


class FactMiss(Model):
    """A false positive (a prediction) or a false negative (a gold fact), with the sentence it came from."""

    doc_id: str
    kind: str
    sentence: str
    """The evidence sentence of the fact."""
    fact: Fact | GoldFact
    """The predicted fact of a false positive, the gold fact of a false negative (JSON with `optional`)."""
    reasons: list[str] = Field(default_factory=list)
    """At strict level, what differs from the fact it matched at value level, if any."""


class LevelDetail(Model):
    """The pairs and the errors of one level."""

    true_positives: list[FactPair] = Field(default_factory=list)
    false_positives: list[FactMiss] = Field(default_factory=list)
    false_negatives: list[FactMiss] = Field(default_factory=list)


class EntityCounts(_CountsSum):
    """Entity set scores: on label and name, and on name alone."""

    labelled: Counts = Field(default_factory=Counts)
    """Label and name equal (a gold label, one of its labels or an alt_label)."""
    name: Counts = Field(default_factory=Counts)
    """Name equal, or an alias of the gold entity; labels not compared."""


class EntityMiss(Model):
    """An entity false positive (predicted) or false negative (gold) at one level."""

    doc_id: str
    level: Literal["labelled", "name"]
    label: str
    """The predicted label, or the gold labels joined with "|"."""
    name: str


class EntityReport(Model):
    """Entity scores over the corpus."""

    overall: EntityCounts = Field(default_factory=EntityCounts)
    false_positives: list[EntityMiss] = Field(default_factory=list)
    false_negatives: list[EntityMiss] = Field(default_factory=list)


class DocumentScore(Model):
    """The scores of one gold document."""

    doc_id: str
    value: Counts
    strict: Counts
    predicted: int
    """Number of predicted facts."""
    gold_required: int
    gold_optional: int
    entities: EntityCounts | None = None
    """Entity scores, when entity predictions were given."""


class EvalReport(Model):
    """Everything the scorer found: figures at both levels overall, per kind and per document, and the errors."""

    overall: LevelCounts
    per_kind: dict[str, LevelCounts]
    """Only kinds that occur in gold or predictions, in the order of FACTS.md."""
    per_document: list[DocumentScore]
    """One entry per gold document, sorted by doc_id."""
    value: LevelDetail
    strict: LevelDetail
    entities: EntityReport | None = None
    unscored_docs: list[str] = Field(default_factory=list)
    """Predicted documents with no gold file: not scored."""
    strict_misses_by_field: dict[str, int] = Field(default_factory=dict)
    """Why required gold facts were missed at strict level: each of subject, period, modality and predicate
    counts those whose value-level partner differed in that field (a fact whose partner differed in two fields
    counts under both); `value` counts the rest: no prediction matched even their value (or, in a rare tie,
    their value-level partner was paired strictly with another gold fact)."""


# --------------------------------------------------------------------------- documents


@dataclass
class DocResult:
    """One document's counts per level and kind, and its pairs and errors per level."""

    counts: dict[Level, dict[str, Counts]] = field(default_factory=dict)  # level -> kind -> counts
    details: dict[Level, LevelDetail] = field(default_factory=dict)


@dataclass(frozen=True)
class _Document:
    """What scoring one document needs at every step."""

    doc_id: str
    predicted: Sequence[Fact]
    gold: Sequence[GoldFact]
    groups: AliasGroups
    lemmatize: Lemmatize | None

    def required(self, gi: int) -> bool:
        return not self.gold[gi].optional

    def mismatches(self, pi: int, gi: int) -> list[str]:
        return strict_mismatches(self.predicted[pi], self.gold[gi], self.groups, lemmatize=self.lemmatize)


def score_document(
    doc_id: str,
    predicted: Sequence[Fact],
    gold: Sequence[GoldFact],
    *,
    entities: Sequence[GoldEntity] = (),
    lemmatize: Lemmatize | None = None,
) -> DocResult:
    """Pair one document's predictions with its gold facts at both levels and count per kind."""
    doc = _Document(doc_id, predicted, gold, alias_groups(entities), lemmatize)
    value_edges, strict_edges = _edges(doc)
    # Strict first; the value pairing then starts from the strict pairs with required gold, so a
    # prediction that is a strict true positive is a value true positive too.
    strict_pairs = max_matching(len(predicted), strict_edges, first=doc.required)
    seed = {pi: gi for pi, gi in strict_pairs.items() if doc.required(gi)}
    value_pairs = max_matching(len(predicted), value_edges, first=doc.required, initial=seed)
    result = DocResult()
    for level, pairs in (("value", value_pairs), ("strict", strict_pairs)):
        result.counts[level], result.details[level] = _level_result(doc, level, pairs, value_pairs)
    return result


def _edges(doc: _Document) -> tuple[list[list[int]], list[list[int]]]:
    """For each prediction, the gold facts it may pair with at value level and at strict level."""
    value_edges: list[list[int]] = []
    strict_edges: list[list[int]] = []
    for pi, p in enumerate(doc.predicted):
        candidates = [gi for gi, g in enumerate(doc.gold) if value_match(p, g)]
        strict = {gi for gi in candidates if not doc.mismatches(pi, gi)}
        # Preference only decides between equally large matchings: strict pairs, then the same sentence.
        candidates.sort(key=lambda gi, p=p: (gi not in strict, not same_sentence(p, doc.gold[gi]), gi))
        value_edges.append(candidates)
        strict_edges.append([gi for gi in candidates if gi in strict])
    return value_edges, strict_edges


@dataclass
class _Tally:
    """One level's counts per kind (tp, fp, fn, ignored) and its pairs and errors, as they are added up."""

    numbers: dict[str, list[int]] = field(default_factory=lambda: {kind: [0, 0, 0, 0] for kind in KINDS})
    detail: LevelDetail = field(default_factory=LevelDetail)

    def counts(self) -> dict[str, Counts]:
        return {kind: Counts.of(*numbers) for kind, numbers in self.numbers.items()}


def _level_result(
    doc: _Document, level: Level, pairs: dict[int, int], value_pairs: dict[int, int]
) -> tuple[dict[str, Counts], LevelDetail]:
    """Counts per kind and the pairs and errors of one level. At strict level an error says what
    differs from its value-level partner, when that partner is a required gold fact."""
    tally = _Tally()
    explain_by = value_pairs if level == "strict" else {}
    _tally_predictions(doc, pairs, explain_by, tally)
    _tally_gold(doc, pairs, explain_by, tally)
    return tally.counts(), tally.detail


def _tally_predictions(doc: _Document, pairs: dict[int, int], explain_by: dict[int, int], tally: _Tally) -> None:
    """Each prediction is a tp, an fp or ignored (paired with optional gold)."""
    for pi, p in enumerate(doc.predicted):
        gi = pairs.get(pi)
        if gi is None:
            tally.numbers[p.kind][1] += 1
            partner = explain_by.get(pi)
            reasons = doc.mismatches(pi, partner) if partner is not None and doc.required(partner) else []
            tally.detail.false_positives.append(_miss(doc.doc_id, p, reasons))
        elif not doc.required(gi):
            tally.numbers[p.kind][3] += 1
        else:
            tally.numbers[p.kind][0] += 1
            tally.detail.true_positives.append(FactPair(doc_id=doc.doc_id, predicted=p, gold=doc.gold[gi]))


def _tally_gold(doc: _Document, pairs: dict[int, int], explain_by: dict[int, int], tally: _Tally) -> None:
    """Each unpaired required gold fact is an fn."""
    paired_gold = set(pairs.values())
    partner_of = {gi: pi for pi, gi in explain_by.items()}
    for gi, g in enumerate(doc.gold):
        if not doc.required(gi) or gi in paired_gold:
            continue
        tally.numbers[g.kind][2] += 1
        reasons = doc.mismatches(partner_of[gi], gi) if gi in partner_of else []
        tally.detail.false_negatives.append(_miss(doc.doc_id, g, reasons))


def _miss(doc_id: str, fact: Fact, reasons: list[str]) -> FactMiss:
    return FactMiss(doc_id=doc_id, kind=fact.kind, sentence=fact.evidence.sentence, fact=fact, reasons=reasons)


# --------------------------------------------------------------------------- entities


def _entity_labels(entity: GoldEntity) -> frozenset[str]:
    labels = [entity.label] if isinstance(entity.label, str) else entity.label
    return frozenset(label.upper() for label in (*labels, *entity.alt_labels))


EntityLevel = Literal["labelled", "name"]


def score_entities(
    doc_id: str, predicted: Sequence[Entity], gold: Sequence[GoldEntity]
) -> tuple[EntityCounts, list[EntityMiss], list[EntityMiss]]:
    """Entity sets of one document on label and name, and on name alone: counts, false positives, false negatives."""
    fps: list[EntityMiss] = []
    fns: list[EntityMiss] = []
    results: dict[EntityLevel, Counts] = {}
    for level in ("labelled", "name"):
        results[level] = _score_entity_level(doc_id, level, predicted, gold, fps, fns)
    return EntityCounts(labelled=results["labelled"], name=results["name"]), fps, fns


def _score_entity_level(
    doc_id: str,
    level: EntityLevel,
    predicted: Sequence[Entity],
    gold: Sequence[GoldEntity],
    fps: list[EntityMiss],
    fns: list[EntityMiss],
) -> Counts:
    """One level of the entity score; appends its errors to `fps` and `fns`."""
    # Sets: one item per (label, name), or per name; first spelling kept for the report.
    items: dict[tuple[str, str], Entity] = {}
    for entity in predicted:
        items.setdefault((entity.label.upper() if level == "labelled" else "", name_key(entity.name)), entity)
    keys = list(items)
    pairs = max_matching(len(keys), _entity_edges(level, keys, gold), first=lambda gi: not gold[gi].optional)
    tp = sum(1 for gi in pairs.values() if not gold[gi].optional)
    for i, key in enumerate(keys):
        if i not in pairs:
            fps.append(EntityMiss(doc_id=doc_id, level=level, label=items[key].label, name=items[key].name))
    paired = set(pairs.values())
    for gi, g in enumerate(gold):
        if not g.optional and gi not in paired:
            label = "|".join(sorted(_entity_labels(g)))
            fns.append(EntityMiss(doc_id=doc_id, level=level, label=label, name=g.name))
    return Counts.of(tp, len(keys) - len(pairs), sum(not g.optional for g in gold) - tp, len(pairs) - tp)


def _entity_edges(level: EntityLevel, keys: list[tuple[str, str]], gold: Sequence[GoldEntity]) -> list[list[int]]:
    """For each predicted (label, name) key, the gold entities it may pair with, in order of preference."""
    names = [entity_names(g) for g in gold]
    edges = []
    for label, name in keys:
        candidates = [
            gi for gi, g in enumerate(gold) if name in names[gi] and (level == "name" or label in _entity_labels(g))
        ]
        # Prefer the gold entity whose own name is the predicted one, so an alias listed as an optional
        # entity of its own ("Bank of Avalon") pairs with that entry when the main name is also predicted.
        candidates.sort(key=lambda gi, name=name: (name_key(gold[gi].name) != name, gi))
        edges.append(candidates)
    return edges


# --------------------------------------------------------------------------- corpus


@dataclass
class _Totals:
    """What score_corpus adds up over the documents."""

    overall: LevelCounts = field(default_factory=LevelCounts)
    per_kind: dict[str, LevelCounts] = field(default_factory=lambda: {kind: LevelCounts() for kind in KINDS})
    seen_kinds: set[str] = field(default_factory=set)
    per_document: list[DocumentScore] = field(default_factory=list)
    details: dict[Level, LevelDetail] = field(default_factory=lambda: {level: LevelDetail() for level in LEVELS})

    def add(self, result: DocResult) -> LevelCounts:
        """Add one document's counts and errors; returns its counts over all kinds."""
        doc_counts = LevelCounts()
        for kind in KINDS:
            kind_counts = LevelCounts(value=result.counts["value"][kind], strict=result.counts["strict"][kind])
            self.per_kind[kind] = self.per_kind[kind] + kind_counts
            doc_counts = doc_counts + kind_counts
        self.overall = self.overall + doc_counts
        for level in LEVELS:
            target, source = self.details[level], result.details[level]
            target.true_positives.extend(source.true_positives)
            target.false_positives.extend(source.false_positives)
            target.false_negatives.extend(source.false_negatives)
        return doc_counts


def score_corpus(
    predicted: dict[str, list[Fact]],
    gold: dict[str, GoldFile],
    *,
    predicted_entities: dict[str, list[Entity]] | None = None,
    lemmatize: Lemmatize | None = None,
) -> EvalReport:
    """Score predictions against gold files: overall, per kind and per document, at value and strict level.

    Predicted documents without gold are listed in `unscored_docs`; a gold document without
    predictions counts all its required facts as false negatives. `lemmatize` maps a lower-case word
    to its lemma (default: the noun lemma by spaCy's rule tables).
    """
    totals = _Totals()
    entity_report = EntityReport() if predicted_entities is not None else None
    for doc_id in sorted(gold):
        record = gold[doc_id]
        facts = predicted.get(doc_id, [])
        totals.seen_kinds.update(f.kind for f in (*facts, *record.facts))
        result = score_document(doc_id, facts, record.facts, entities=record.entities, lemmatize=lemmatize)
        doc_counts = totals.add(result)
        entity_counts = None
        if entity_report is not None:
            entity_counts = _add_entities(entity_report, doc_id, predicted_entities.get(doc_id, []), record)
        totals.per_document.append(_document_score(doc_id, doc_counts, len(facts), record, entity_counts))
    unscored = set(predicted) | set(predicted_entities or {})
    return EvalReport(
        overall=totals.overall,
        per_kind={kind: totals.per_kind[kind] for kind in KINDS if kind in totals.seen_kinds},
        per_document=totals.per_document,
        value=totals.details["value"],
        strict=totals.details["strict"],
        entities=entity_report,
        unscored_docs=sorted(unscored - set(gold)),
        strict_misses_by_field=misses_by_field(totals.details["strict"].false_negatives),
    )


def misses_by_field(strict_misses: Sequence[FactMiss]) -> dict[str, int]:
    """How many strict misses each field accounts for (see EvalReport.strict_misses_by_field)."""
    tally = dict.fromkeys(("value", *STRICT_FIELDS), 0)
    for miss in strict_misses:
        fields = {reason_field(reason) for reason in miss.reasons} or {"value"}
        for name in fields:
            tally[name] += 1
    return tally


def _add_entities(report: EntityReport, doc_id: str, predicted: list[Entity], record: GoldFile) -> EntityCounts:
    counts, fps, fns = score_entities(doc_id, predicted, record.entities)
    report.overall = report.overall + counts
    report.false_positives.extend(fps)
    report.false_negatives.extend(fns)
    return counts


def _document_score(
    doc_id: str, counts: LevelCounts, predicted: int, record: GoldFile, entities: EntityCounts | None
) -> DocumentScore:
    return DocumentScore(
        doc_id=doc_id,
        value=counts.value,
        strict=counts.strict,
        predicted=predicted,
        gold_required=sum(not f.optional for f in record.facts),
        gold_optional=sum(f.optional for f in record.facts),
        entities=entities,
    )
