"""Per-Doc answers are freed with their Doc, shared by the asks about one Doc, and never handed to another Doc;
a Doc's tokens are read without a slice. Texts written for these tests, invented names."""

from __future__ import annotations

import gc
import weakref

import pytest

from extractor.api import load_nlp
from extractor.facts import attachment_comparisons, syntax
from extractor.facts.attachment_comparisons import comparison_cues
from extractor.facts.syntax import clause_subject, clause_tokens
from extractor.mentions import token_index
from extractor.mentions.doc_memo import DocMemo, PerDoc
from extractor.mentions.token_index import lemmas_where, tokens_between


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly revenue at Dorvex Tools climbed to $52 million from $47 million a year before.",
        "Fenwarth Rail said its freight volume was 8 percent lower versus the spring, and costs stayed flat.",
        "Operating profit of Ilsby Paper slipped 3 percent compared with the prior quarter, its chief said.",
    ],
)
def test_an_extracted_doc_is_freed_when_dropped(nlp, text):
    doc = nlp(text)  # the pipeline extracts: comparison words, subjects and clauses are asked and kept
    assert doc._.facts, "the text must give facts, or the caches were never filled"
    alive = weakref.ref(doc)
    del doc
    gc.collect()
    assert alive() is None


def test_the_memo_refuses_what_would_keep_its_doc(nlp):
    doc = nlp.make_doc("Brell Mills hired 40 workers.")
    memo: DocMemo = DocMemo()
    for value in (doc[0], doc[0:2], [doc[1]], ([0], frozenset({doc[2]}))):
        with pytest.raises(TypeError):
            memo.get(doc, repr(value), lambda value=value: value)
    assert memo.get(doc, "positions", lambda: ([0, 2], frozenset({1}))) == ([0, 2], frozenset({1}))


def test_the_memo_keeps_none_and_computes_once_per_doc_and_key(nlp):
    first, second = nlp.make_doc("Ostry Labs grew."), nlp.make_doc("Sales at Kemble fell.")
    memo: DocMemo = DocMemo()
    asked: list[str] = []

    def answer(doc_name: str, value: int | None):
        asked.append(doc_name)
        return value

    assert memo.get(first, 1, lambda: answer("first", None)) is None
    assert memo.get(first, 1, lambda: answer("first", 7)) is None  # kept: not asked again
    assert memo.get(second, 1, lambda: answer("second", 3)) == 3  # another Doc, its own answer
    assert memo.get(first, 2, lambda: answer("first", 5)) == 5  # another key, its own answer
    assert asked == ["first", "second", "first"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tarvel Mining shut a pit.", "Costs at Ostry rose again."),
        ("Quill Banks opened.", "Pellow lifted its payout twice."),
        ("Brisko said orders fell in May.", "Venn hired staff."),
    ],
)
def test_a_per_doc_value_goes_to_its_own_doc_whichever_was_asked_last(nlp, first, second):
    one, other = nlp.make_doc(first), nlp.make_doc(second)
    kept: PerDoc[list[int]] = PerDoc()
    assert kept.get(one) is None
    one_value, other_value = kept.set(one, [len(one)]), kept.set(other, [len(other)])
    for doc, value in ((one, one_value), (one, one_value), (other, other_value), (one, one_value)):
        assert kept.get(doc) is value  # the last Doc asked or another: each its own value
    assert len(kept) == 2


def test_a_per_doc_value_is_freed_with_its_doc_and_never_read_by_a_later_doc(nlp):
    kept: PerDoc[list[int]] = PerDoc()
    doc = nlp.make_doc("Dunmore Telecom cut 300 jobs.")
    alive = weakref.ref(doc)
    kept.set(doc, [1, 2])
    assert kept.get(doc) == [1, 2]  # now the Doc asked last
    del doc
    gc.collect()
    assert alive() is None and len(kept) == 0
    later = nlp.make_doc("Halden Ports reopened a berth.")  # may take the freed Doc's place in memory
    assert kept.get(later) is None


def _parsed(nlp, text: str):
    """`text` parsed without the extraction, so that no rule has asked anything of the Doc yet."""
    with nlp.select_pipes(disable=["fact_extractor"]):
        return nlp(text)


def _counting(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize(
    ("first", "second", "first_cues", "second_cues"),
    [
        ("Sales rose to $9 million from $8 million.", "Fees fell sharply, to $4 million on Monday.", ["from"], []),
        ("Output was 12 tons versus 10 tons.", "Costs climbed from 3 to 6 tons.", ["versus"], ["from"]),
        ("Fees were flat against $2 million.", "Margins widened to 7 from 6 percent.", ["against"], ["from"]),
    ],
)
def test_comparison_cues_are_shared_within_a_doc_and_read_again_for_another(
    nlp, monkeypatch, first, second, first_cues, second_cues
):
    calls = _counting(monkeypatch, attachment_comparisons, "_cue_positions")
    one, other = _parsed(nlp, first), _parsed(nlp, second)
    one_sent, other_sent = next(iter(one.sents)), next(iter(other.sents))
    assert (one_sent.start, one_sent.end) == (other_sent.start, other_sent.end) == (0, len(one))
    assert [t.text for t in comparison_cues(one_sent)] == first_cues
    assert [t.text for t in comparison_cues(one_sent)] == first_cues
    assert len(calls) == 1  # the second ask is answered from the memo
    cues = comparison_cues(other_sent)  # the same key (the whole sentence's bounds) in another Doc: read again
    assert [t.text for t in cues] == second_cues and all(t.doc is other for t in cues)
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("first", "second", "first_subject", "second_subject"),
    [
        ("Orla Venn quit.", "It soon quit.", "Venn", "It"),
        ("Kemble Foods expanded.", "They quickly expanded.", "Foods", "They"),
        ("Its board resigned.", "We then resigned.", "board", "We"),
    ],
)
def test_a_clause_subject_is_kept_per_doc(nlp, monkeypatch, first, second, first_subject, second_subject):
    calls = _counting(monkeypatch, syntax, "_clause_subject")
    one, other = _parsed(nlp, first), _parsed(nlp, second)
    one_verb, other_verb = next(iter(one.sents)).root, next(iter(other.sents)).root
    assert one_verb.i == other_verb.i  # the same position in both Docs: only the Doc tells the answers apart
    assert clause_subject(one_verb).text == first_subject
    assert clause_subject(one_verb).text == first_subject
    assert len(calls) == 1  # the second ask is answered from the memo
    subject = clause_subject(other_verb)
    assert subject.text == second_subject and subject.doc is other
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Brisko cut prices sharply in May.", "Halden raised fees."),
        ("Ostry hired two engineers in June.", "Venn hired staff."),
        ("Kemble sold its stake, and shares fell.", "Tarvel sold the mill."),
    ],
)
def test_clause_tokens_are_kept_per_doc(nlp, first, second):
    one, other = _parsed(nlp, first), _parsed(nlp, second)
    one_clause = clause_tokens(one[0:2])
    assert clause_tokens(one[0:2]) is one_clause  # the same answer, not walked again
    assert syntax.own_clause(one[0:2].root).i == syntax.own_clause(other[0:2].root).i == 1  # the same key
    other_clause = clause_tokens(other[0:2])  # another Doc: its own clause, not the first Doc's
    assert other_clause == syntax._clause_of(other[1]) and other_clause != one_clause


@pytest.mark.parametrize(("start", "end"), [(0, 7), (1, 6), (2, 3), (4, 4), (0, 0)])
def test_tokens_between_are_the_slice_of_the_doc(nlp, start, end):
    doc = nlp.make_doc("Nolby Freight opened two depots in Ravel.")
    assert [t.i for t in tokens_between(doc, start, end)] == [t.i for t in doc[start:end]]


def _is_hire(lemma: str) -> bool:
    return lemma == "hire"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Brell hired 40 workers and hires more.", "Nobody was hired, Tavry said."),
        ("Ostry will hire staff.", "Venn hired two, then Kemble hired one."),
        ("Hiring slowed at Dunmore.", "Pellow plans to hire 15 people."),
    ],
)
def test_word_positions_are_kept_per_doc(nlp, monkeypatch, first, second):
    calls = _counting(monkeypatch, token_index, "_positions")
    one, other = _parsed(nlp, first), _parsed(nlp, second)
    for doc in (one, one, other, other):
        sent = next(iter(doc.sents))
        found = [(t.doc, t.i) for t in lemmas_where(sent, _is_hire)]
        assert found == [(doc, t.i) for t in sent if t.lemma_ == "hire"] and found
    assert len(calls) == 2  # once per Doc: the second ask of each Doc reads the kept positions


@pytest.mark.parametrize(
    ("first", "second", "first_phrase", "second_phrase"),
    [
        (
            "Gorvin Optics said wholesale lens shipments rose.",
            "Trell Farms said its dairy herd grew.",
            "wholesale lens shipments",
            "dairy herd",
        ),
        (
            "Net freight revenue at Pellow fell.",
            "Kemble said mill output slipped.",
            "net freight revenue",
            "mill output",
        ),
        (
            "Ostry's retail store count doubled.",
            "Venn said ferry ticket sales eased.",
            "retail store count",
            "ferry ticket sales",
        ),
    ],
)
def test_a_noun_phrase_is_kept_per_doc_and_key(nlp, monkeypatch, first, second, first_phrase, second_phrase):
    calls = _counting(monkeypatch, syntax, "_noun_phrase")
    one, other = _parsed(nlp, first), _parsed(nlp, second)
    one_head = next(t for t in one if t.text == first_phrase.split()[-1])
    other_head = next(t for t in other if t.text == second_phrase.split()[-1])
    assert syntax.noun_phrase(one_head) == syntax.noun_phrase(one_head) == first_phrase
    assert len(calls) == 1  # the second ask is answered from the memo
    skip = frozenset({one_head.i - 1})  # another key: a word to leave out is its own ask
    assert syntax.noun_phrase(one_head, skip=skip) == syntax._noun_phrase(one_head, True, skip)
    assert len(calls) == 3
    assert syntax.noun_phrase(other_head) == second_phrase  # another Doc: read again
    assert len(calls) == 4


@pytest.mark.parametrize(
    ("text", "body_start", "lead"),
    [
        ("Quarterly Update\n\nHarlow Mills cut 40 jobs on Monday. It kept its outlook.", 0, "Mills cut 40 jobs"),
        ("ZENTOR (Wirenews) - \n\nZentor Labs will close two plants. Shares fell.", 0, "Zentor Labs will"),
        ("Brisko raised fees. Tavry Group said its costs climbed.", 20, "Tavry Group said"),
    ],
)
def test_the_lead_sentence_is_found_once_per_doc(nlp, monkeypatch, text, body_start, lead):
    from extractor.mentions import salience

    calls = _counting(monkeypatch, salience, "_lead_bounds")
    doc = _parsed(nlp, text)
    walked = next(s for s in doc.sents if s.start_char >= body_start and any(t.pos_ in ("VERB", "AUX") for t in s))
    for _ in range(3):
        found = salience.lead_sentence(doc, body_start)
        assert (found.start, found.end) == (walked.start, walked.end) and found.text.startswith(lead)
    assert len(calls) == 1
