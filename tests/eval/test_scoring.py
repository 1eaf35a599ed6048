"""Scoring rules of FACTS.md ("Gold files and scoring"), one table per rule, plus properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.eval.gold import GoldEntity, GoldError, GoldEvidence, GoldFact, GoldFile, load_gold_dir
from extractor.eval.matching import STRICT_FIELDS, max_matching, reason_field
from extractor.eval.scoring import Counts, EvalReport, misses_by_field, score_corpus, score_document, score_entities
from extractor.models import Entity, Fact, Period
from tests.eval.builders import counts, fact, q

GOLD_DIR = Path(__file__).resolve().parents[2] / "corpus" / "gold"
Q2 = Period(start=dt.date(2017, 4, 1), end=dt.date(2017, 6, 30), label="Q2 2017")


# --------------------------------------------------------------------------- value and strict level


def test_scoring_value_level_needs_same_kind_and_object():
    gold = fact("rank", value=q(1.0), object="JD.com, Tmall and Suning", predicate="smartphone sales")
    same = fact("rank", value=q(1.0), object="jd.com tmall and suning", predicate="sales")
    other_kind = fact("metric", value=q(1.0), predicate="smartphone sales")
    assert counts([same], [gold])[0].tp == 1
    assert counts([other_kind], [gold])[0].tp == 0
    role = fact("role", predicate="chairman and ceo", object="Lei Jun")
    assert counts([fact("role", predicate="ceo", object="LEI  JUN.")], [role])[0].tp == 1
    assert counts([fact("role", predicate="ceo", object="Lei")], [role])[0].tp == 0


def test_an_event_without_object_matches_only_an_event_without_object():
    meeting = fact("event", predicate="finance ministers meeting", object=None)
    assert counts([fact("event", predicate="meeting", object=None)], [meeting])[0].tp == 1
    assert counts([fact("event", predicate="meeting", object="Tuesday talks")], [meeting])[0].tp == 0
    named = fact("event", predicate="acquisition", object="Harbor Mills")
    assert counts([fact("event", predicate="acquisition", object=None)], [named])[0].tp == 0


@pytest.mark.parametrize(
    ("predicted", "strict"),
    [
        ({}, True),
        ({"subject": "xiaomi"}, True),
        ({"subject": "Apple"}, False),
        ({"period": None}, False),
        ({"period": Period(start=dt.date(2017, 4, 1), end=dt.date(2017, 6, 30), label="second quarter")}, True),
        ({"period": Period(start=dt.date(2017, 4, 1), end=dt.date(2017, 6, 29), label="Q2 2017")}, False),
        ({"modality": "target"}, False),
        ({"predicate": "shipments of smartphones"}, True),
        ({"predicate": "smartphone sales"}, False),
    ],
)
def test_scoring_strict_level(predicted, strict):
    gold = fact(period=Q2)
    value, strict_counts = counts([fact(**({"period": Q2} | predicted))], [gold])
    assert value.tp == 1
    assert strict_counts.tp == int(strict)


def test_scoring_missing_period_equals_null_dates():
    vague = Period(label="in the coming months")
    assert counts([fact(period=None)], [fact(period=vague)])[1].tp == 1
    assert counts([fact(period=vague)], [fact(period=None)])[1].tp == 1


@pytest.mark.parametrize(("predicted", "gold"), [("Bank of Montreal", "BMO"), ("BMO", "Bank of Montreal")])
def test_scoring_subject_aliases_both_directions(predicted, gold):
    entities = [GoldEntity(label="ORG", name="BMO", aliases=["Bank of Montreal"])]
    assert counts([fact(subject=predicted)], [fact(subject=gold)], entities=entities)[1].tp == 1
    assert counts([fact(subject=predicted)], [fact(subject=gold)])[1].tp == 0


def test_scoring_strict_errors_say_what_differs():
    result = score_document("d", [fact(modality="target", subject="Apple")], [fact()])
    (miss,) = result.details["strict"].false_positives
    assert any(reason.startswith("subject") for reason in miss.reasons)
    assert any(reason.startswith("modality") for reason in miss.reasons)
    (gold_miss,) = result.details["strict"].false_negatives
    assert gold_miss.reasons == miss.reasons
    assert gold_miss.sentence == "Shipments reached 23.16 million."


@pytest.mark.parametrize(
    ("predicted", "fields"),
    [
        ([fact(subject="Apple")], {"subject": 1}),
        ([fact(subject="Apple", modality="forecast")], {"subject": 1, "modality": 1}),
        ([fact(period=Q2, predicate="market share")], {"period": 1, "predicate": 1}),
        ([fact(value=q(5.0))], {"value": 1}),
        ([], {"value": 1}),
        ([fact()], {}),
    ],
)
def test_scoring_strict_misses_counted_by_field(predicted, fields):
    result = score_document("d", predicted, [fact()])
    expected = dict.fromkeys(("value", *STRICT_FIELDS), 0) | fields
    assert misses_by_field(result.details["strict"].false_negatives) == expected


def test_scoring_every_strict_reason_names_its_field():
    mismatched = fact(subject="Apple", period=Q2, modality="target", predicate="market share")
    (miss,) = score_document("d", [mismatched], [fact()]).details["strict"].false_negatives
    assert sorted(reason_field(reason) for reason in miss.reasons) == sorted(STRICT_FIELDS)
    with pytest.raises(ValueError, match="not a strict-match reason"):
        reason_field("amount 5, gold 6")


def test_scoring_corpus_report_carries_the_miss_fields():
    gold = {"d": GoldFile(doc_id="d", facts=[fact(), fact(value=q(7.0), predicate="market share")])}
    report = score_corpus({"d": [fact(modality="target")]}, gold)
    assert report.strict_misses_by_field == {"value": 1, "subject": 0, "period": 0, "modality": 1, "predicate": 0}


# --------------------------------------------------------------------------- pairing


def test_scoring_optional_gold_is_neither_rewarded_nor_punished():
    optional = fact(value=q(4.0), kind="rank", optional=True)
    value, strict = counts([fact(value=q(4.0), kind="rank")], [optional])
    assert (value.tp, value.fp, value.fn, value.ignored) == (0, 0, 0, 1)
    assert (strict.tp, strict.fp, strict.fn, strict.ignored) == (0, 0, 0, 1)
    assert counts([], [optional])[0] == Counts.of(0, 0, 0)


def test_scoring_required_gold_wins_over_optional():
    # Gold lists the optional repeat first; the one prediction must still pair with the required fact.
    gold = [fact(optional=True), fact()]
    value, strict = counts([fact()], gold)
    assert (value.tp, value.fn, value.ignored) == (1, 0, 0)
    assert (strict.tp, strict.fn, strict.ignored) == (1, 0, 0)


def test_scoring_second_prediction_of_a_paired_fact_is_false_positive():
    value, strict = counts([fact(), fact()], [fact()])
    assert (value.tp, value.fp, value.fn) == (1, 1, 0)
    assert (strict.tp, strict.fp, strict.fn) == (1, 1, 0)


def test_scoring_conversion_as_separate_fact_is_false_positive():
    gold = fact(value=q(1e11, "CNY", equivalents=[q(14.71e9, "USD")]), predicate="revenue")
    predicted = [fact(value=q(1e11, "CNY"), predicate="revenue"), fact(value=q(14.71e9, "USD"), predicate="revenue")]
    assert counts(predicted, [gold])[0] == Counts.of(1, 1, 0)


def test_scoring_pairing_is_maximum_not_greedy():
    # p0 fits both gold facts, p1 only the first: greedy pairing p0-g0 would lose p1.
    gold = [fact(value=q(100.0)), fact(value=q(100.4))]
    predicted = [fact(value=q(100.2)), fact(value=q(99.8))]
    value, _ = counts(predicted, gold)
    assert (value.tp, value.fp, value.fn) == (2, 0, 0)


def test_scoring_levels_are_matched_separately():
    # p0 matches g0 strictly but g1 at value level only; p1 matches g0 at value level only.
    # Value level pairs both (p0-g1, p1-g0); strict level still finds p0-g0.
    g0 = fact(value=q(10.0))
    g1 = fact(value=q(10.0), subject="Apple")
    p0 = fact(value=q(10.0))
    p1 = fact(value=q(10.0), modality="forecast")
    value, strict = counts([p0, p1], [g0, g1])
    assert (value.tp, value.fp, value.fn) == (2, 0, 0)
    assert (strict.tp, strict.fp, strict.fn) == (1, 1, 1)


def test_scoring_strict_pair_is_a_value_pair():
    # p0 fits g0 at value level only and comes first; p1 fits g0 strictly. Both levels pick p1.
    g0 = fact(value=q(10.0))
    p0 = fact(value=q(10.0), modality="forecast")
    p1 = fact(value=q(10.0))
    result = score_document("d", [p0, p1], [g0])
    assert [pair.predicted for pair in result.details["strict"].true_positives] == [p1]
    assert [pair.predicted for pair in result.details["value"].true_positives] == [p1]
    assert [miss.fact for miss in result.details["value"].false_positives] == [p0]


def test_scoring_max_matching_keeps_initial_vertices():
    pairs = max_matching(2, [[0, 1], [0]], initial={0: 0})
    assert pairs == {0: 1, 1: 0}


@pytest.mark.parametrize(
    ("edges", "first", "size"),
    [
        ([[0, 1], [0]], None, 2),
        ([[0], [0], [0]], None, 1),
        ([[0, 1, 2], [0], [1]], None, 3),
        ([[], [1]], None, 1),
        ([[1, 0]], lambda right: right == 0, 1),
    ],
)
def test_scoring_max_matching(edges, first, size):
    pairs = max_matching(len(edges), edges, first=first)
    assert len(pairs) == size
    assert len(set(pairs.values())) == size
    assert all(right in edges[left] for left, right in pairs.items())
    if first is not None:
        assert all(first(right) for right in pairs.values())


# --------------------------------------------------------------------------- corpus and report


def gold_file(doc_id: str, facts: list[GoldFact], entities: list[GoldEntity] | None = None) -> GoldFile:
    facts = [f.model_copy(update={"doc_id": doc_id}) for f in facts]
    return GoldFile(doc_id=doc_id, facts=facts, entities=entities or [])


def test_scoring_corpus_counts_and_unscored_docs():
    gold = {
        "a": gold_file("a", [fact(), fact("event", predicate="release", object="Surge S1")]),
        "b": gold_file("b", [fact()]),
    }
    predicted = {"a": [fact(doc_id="a"), fact(doc_id="a", value=q(5.0))], "zzz": [fact(doc_id="zzz")]}
    report = score_corpus(predicted, gold)
    assert report.unscored_docs == ["zzz"]
    assert report.overall.value == Counts.of(1, 1, 2)
    assert report.per_kind["event"].value == Counts.of(0, 0, 1)
    assert list(report.per_kind) == ["metric", "event"]
    b = next(doc for doc in report.per_document if doc.doc_id == "b")
    assert (b.predicted, b.value.fn, b.value.recall) == (0, 1, 0.0)
    assert [m.sentence for m in report.value.false_negatives if m.doc_id == "b"] == ["Shipments reached 23.16 million."]
    assert len(report.value.true_positives) == 1
    assert report.entities is None


def prediction(**fields) -> Fact:
    """A prediction as the extractor writes it: with an id and evidence offsets, no `optional`."""
    record = fact(**fields).model_dump(exclude={"optional"})
    sentence = record["evidence"]["sentence"]
    return Fact.model_validate(
        record | {"fact_id": "p1", "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}
    )


def test_scoring_report_is_json_round_trip():
    gold = {"a": gold_file("a", [fact(), fact(optional=True, value=q(1.0))])}
    report = score_corpus({"a": [prediction(doc_id="a", modality="target")]}, gold, predicted_entities={})
    data = json.loads(report.model_dump_json())
    assert data["overall"]["strict"]["fp"] == 1
    assert EvalReport.model_validate_json(report.model_dump_json()) == report


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [(2, 2, 0, 0.5, 1.0, 2 / 3), (0, 0, 0, 1.0, 1.0, 1.0), (0, 3, 0, 0.0, 1.0, 0.0), (0, 0, 3, 1.0, 0.0, 0.0)],
)
def test_scoring_counts_figures(tp, fp, fn, p, r, f1):
    c = Counts.of(tp, fp, fn)
    assert (c.precision, c.recall) == (p, r)
    assert c.f1 == pytest.approx(f1)


# --------------------------------------------------------------------------- entities


def test_scoring_entities_as_sets():
    gold = [
        GoldEntity(label="ORG", name="BMO", aliases=["Bank of Montreal"]),
        GoldEntity(label="ORG", name="Bank of Montreal", optional=True),
        GoldEntity(label="ORG", name="Mi Home", alt_labels=["FAC"]),
        GoldEntity(label=["GPE", "LOC"], name="India"),
        GoldEntity(label="PERSON", name="Lei Jun"),
        GoldEntity(label="ORG", name="Reuters", optional=True),
    ]

    def ent(label: str, name: str) -> Entity:
        return Entity(doc_id="d", label=label, name=name)

    predicted = [
        ent("ORG", "bmo"),
        ent("ORG", "Bank of Montreal"),  # the alias, listed as an optional entity: ignored
        ent("FAC", "Mi Home"),  # an alternative label
        ent("ORG", "Mi Home"),  # a second label for a name already paired: false positive when labelled
        ent("LOC", "India"),
        ent("LOC", "India"),  # duplicate record, one set item
        ent("ORG", "Lei Jun"),  # wrong label: name only
        ent("ORG", "Apple"),
    ]
    result, fps, fns = score_entities("d", predicted, gold)
    assert result.labelled == Counts.of(3, 3, 1, ignored=1)
    assert result.name == Counts.of(4, 1, 0, ignored=1)
    assert {(m.level, m.name) for m in fns} == {("labelled", "Lei Jun")}
    assert ("name", "Apple") in {(m.level, m.name) for m in fps}


UNITED_STATES = GoldEntity(label="GPE", name="United States", aliases=["U.S."])


@pytest.mark.parametrize(
    ("names", "labelled"),
    [
        (["U.S."], Counts.of(1, 0, 0)),
        (["united states"], Counts.of(1, 0, 0)),
        (["u.s."], Counts.of(1, 0, 0)),
        # Two names of one entity are two records: the extractor lists each entity once, by its canonical name.
        (["United States", "U.S."], Counts.of(1, 1, 0)),
        # A form gold does not list is another name.
        (["USA"], Counts.of(0, 1, 1)),
    ],
)
def test_scoring_entity_aliases_from_gold(names, labelled):
    predicted = [Entity(doc_id="d", label="GPE", name=name) for name in names]
    result, _, _ = score_entities("d", predicted, [UNITED_STATES])
    assert result.labelled == labelled


@pytest.mark.parametrize("subject", ["U.S.", "United States", "united  states"])
def test_scoring_fact_subject_reads_gold_aliases(subject):
    gold = [fact(subject="United States", predicate="jobless rate", value=q(6.1, "percent"))]
    predicted = [fact(subject=subject, predicate="jobless rate", value=q(6.1, "percent"))]
    assert counts(predicted, gold, entities=[UNITED_STATES])[1] == Counts.of(1, 0, 0)


def test_scoring_alias_alone_counts_as_the_entity():
    gold = [
        GoldEntity(label="ORG", name="BMO", aliases=["Bank of Montreal"]),
        GoldEntity(label="ORG", name="Bank of Montreal", optional=True),
    ]
    result, _, _ = score_entities("d", [Entity(doc_id="d", label="ORG", name="Bank of Montreal")], gold)
    assert result.labelled == Counts.of(1, 0, 0)


# --------------------------------------------------------------------------- gold files


def test_scoring_gold_corpus_scores_one_against_itself():
    gold = load_gold_dir(GOLD_DIR)
    assert len(gold) >= 10
    predicted = {doc_id: list(record.facts) for doc_id, record in gold.items()}
    entities = {
        doc_id: [
            Entity(doc_id=doc_id, label=e.label if isinstance(e.label, str) else e.label[0], name=e.name)
            for e in record.entities
        ]
        for doc_id, record in gold.items()
    }
    report = score_corpus(predicted, gold, predicted_entities=entities)
    assert report.overall.value.tp > 100
    for level in (report.overall.value, report.overall.strict, report.entities.overall.labelled):
        assert (level.precision, level.recall, level.f1) == (1.0, 1.0, 1.0)
    assert all(doc.strict.f1 == 1.0 for doc in report.per_document)
    assert not report.strict.false_positives and not report.strict.false_negatives


def test_scoring_load_gold_dir_refuses_bad_files(tmp_path):
    with pytest.raises(GoldError, match="no \\*.json"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldError, match="not a folder"):
        load_gold_dir(tmp_path / "missing")
    (tmp_path / "a.json").write_text('{"doc_id": "a", "facts": [{"kind": "metric"}]}')
    with pytest.raises(GoldError, match=r"a\.json: facts\.0\.doc_id"):
        load_gold_dir(tmp_path)
    (tmp_path / "a.json").write_text("{not json")
    with pytest.raises(GoldError, match=r"a\.json"):
        load_gold_dir(tmp_path)
    (tmp_path / "a.json").write_text('{"doc_id": "b", "facts": []}')
    with pytest.raises(GoldError, match="differs from the file name"):
        load_gold_dir(tmp_path)
    (tmp_path / "a.json").write_text('{"doc_id": "a", "facts": []}')
    assert list(load_gold_dir(tmp_path)) == ["a"]


# --------------------------------------------------------------------------- properties

_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=10)
_phrases = st.lists(st.one_of(_words, st.sampled_from(["of", "per", "and", "hired", "number"])), min_size=1, max_size=5)
_amounts = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
_quantities = st.builds(
    q,
    _amounts,
    st.sampled_from([None, "percent", "USD", "%", "basis points", "billion yuan", "tonnes"]),
    direction=st.sampled_from([None, "up", "down"]),
    equivalents=st.lists(st.builds(q, _amounts, st.sampled_from([None, "EUR", "pence"])), max_size=2),
)
_periods = st.one_of(
    st.none(),
    st.builds(
        lambda start, days: Period(start=start, end=start + dt.timedelta(days=days), label="p"),
        st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
        st.integers(0, 400),
    ),
)


@st.composite
def facts(draw) -> GoldFact:
    kind = draw(st.sampled_from(["metric", "change", "rank", "event", "role"]))
    return GoldFact(
        doc_id="d",
        kind=kind,
        subject=draw(st.sampled_from(["Xiaomi", "BMO", "Bank of Montreal", "Lei Jun"])),
        predicate=" ".join(draw(_phrases)),
        object=draw(st.one_of(st.none(), st.text(max_size=12))),
        value=draw(_quantities) if kind in {"metric", "change", "rank"} else None,
        period=draw(_periods),
        modality=draw(st.sampled_from(["actual", "target", "forecast"])),
        optional=draw(st.booleans()),
        evidence=GoldEvidence(sentence=draw(st.text(max_size=20))),
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(facts(), min_size=1, max_size=8))
def test_scoring_perfect_predictions_score_one(gold):
    gold_files = {
        "d": GoldFile(
            doc_id="d", facts=gold, entities=[GoldEntity(label="ORG", name="BMO", aliases=["Bank of Montreal"])]
        )
    }
    report = score_corpus({"d": [f.model_copy(update={"optional": False}) for f in gold]}, gold_files)
    for level in (report.overall.value, report.overall.strict):
        assert level.precision == level.recall == level.f1 == 1.0
        assert level.tp == sum(not f.optional for f in gold)
        assert level.ignored == sum(f.optional for f in gold)


@settings(max_examples=100)
@given(st.lists(facts(), min_size=1, max_size=6), st.lists(facts(), max_size=6))
def test_scoring_counts_add_up(gold, predicted):
    value, strict = counts(predicted, gold)
    for level in (value, strict):
        assert level.tp + level.fp + level.ignored == len(predicted)
        assert level.tp + level.fn == sum(not f.optional for f in gold)
    assert strict.tp <= value.tp
