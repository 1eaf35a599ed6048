"""The per-Doc word index gives exactly the tokens a loop over the sentence with the same test gives."""

from __future__ import annotations

import re

import pytest

from extractor.api import load_nlp
from extractor.facts.events import _may_start_event
from extractor.facts.named_facts import _may_state_rank
from extractor.facts.titled_names import _title_case_role
from extractor.mentions.entities import _agency_pattern
from extractor.mentions.token_index import lemmas_where, words_where

TEXTS = [
    "Chief Executive Orla Venn said the third-largest lender sold 3 units. Halvern acquired Brisko Ltd in May.",
    "Pellworth Mining is the No. 2 producer. Its top brand rose twenty percent, President Ida Kroll said.",
    "Trading was quiet.\n\nThe fourth company in the region took over Nessa Foods, CEO Bo Lind told reporters.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


@pytest.mark.parametrize("test", [_may_state_rank, _title_case_role])
def test_words_where_matches_a_loop_over_every_token(docs, test):
    for doc in docs:
        for sent in doc.sents:
            assert [t.i for t in words_where(sent, test)] == [t.i for t in sent if test(t)]


def test_lemmas_where_matches_a_loop_over_every_token(docs):
    for doc in docs:
        for sent in doc.sents:
            expected = [t.i for t in sent if _may_start_event(t.lemma_)]
            assert [t.i for t in lemmas_where(sent, _may_start_event)] == expected


def test_the_index_finds_words_and_stays_within_the_sentence(docs):
    first = list(docs[0].sents)[0]
    found = [t.text for t in words_where(first, _may_state_rank)]
    assert found == ["third", "largest", "3"]  # "third-largest" is split: an ordinal and a superlative; a number
    assert all(first.start <= t.i < first.end for t in words_where(first, _may_state_rank))


@pytest.mark.parametrize(
    ("name", "agencies", "found"),
    [
        ("kestrel news wire", {"kestrel news", "dalby"}, True),
        ("kestrel-news wire", {"kestrel", "dalby"}, False),  # a hyphen joins: not the name alone
        ("the dalby monitor", {"kestrel news", "dalby"}, True),
        ("dalbyton post", {"dalby", "post x"}, False),
        ("a.b. press", {"a.b.", "press"}, True),
    ],
)
def test_agency_pattern_finds_what_a_search_per_name_finds(name, agencies, found):
    one_by_one = any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", name) for a in agencies)
    assert one_by_one == found
    assert (_agency_pattern(frozenset(agencies)).search(name) is not None) == found


def test_tokens_with_text_matches_a_loop_over_every_token(docs):
    from extractor.mentions.token_index import tokens_with_text

    wanted = {"Venn", "Kroll", "Lind", "said", "absent"}
    for doc in docs:
        for sent in doc.sents:
            assert [t.i for t in tokens_with_text(sent, wanted)] == [t.i for t in sent if t.text in wanted]
            assert tokens_with_text(sent, set()) == []


def test_tokens_lowered_in_matches_a_loop_over_every_token(docs):
    from extractor.mentions.token_index import tokens_lowered_in

    wanted = frozenset({"the", "in", "said", "vs.", "absent"})
    for doc in docs:
        for sent in doc.sents:
            assert [t.i for t in tokens_lowered_in(sent, wanted)] == [t.i for t in sent if t.lower_ in wanted]
    assert [t.text for t in tokens_lowered_in(list(docs[2].sents)[1], wanted)] == ["The", "in", "the"]


def test_lowered_positions_stay_inside_the_doc(docs):
    from extractor.mentions.token_index import lowered_positions

    doc = docs[0]
    wanted = frozenset({"said", "in"})
    assert lowered_positions(doc, -3, len(doc) + 5, wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert lowered_positions(doc, 5, 5, wanted) == []


def test_the_anaphor_shortcut_reads_what_the_whole_phrase_reads():
    from extractor.facts.discourse import _ends_in_anaphor
    from extractor.lexicons import words

    nlp = load_nlp()
    texts = [
        "The Ohio company said the bank's profit rose and the carmaker cut 300 jobs.",
        "Shares of the group fell while the retailer and the firm's unit gained.",
        "The world's largest miner said the company expects its sales to grow.",
    ]
    multiword = [a for a in words("anaphors") if " " in a]
    for doc in map(nlp, texts):
        for token in doc:
            phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)[-30:]
            assert _ends_in_anaphor(token) == any(phrase.endswith(a) for a in multiword)


def test_comparison_cues_are_the_comparison_prepositions_of_the_sentence():
    from extractor.facts.attachment_comparisons import _comparison_prep, comparison_cues

    nlp = load_nlp()
    for text in (
        "Revenue at Corvane rose to $4 million from $3 million, compared with $2 million versus a forecast.",
        "Orvel's sales fell 5 percent against last year and were higher than in 2010, up from 4 percent.",
    ):
        cues = [t.lower_ for sent in nlp(text).sents for t in comparison_cues(sent)]
        assert cues == [t.lower_ for t in nlp(text) if _comparison_prep(t)]
        assert {"from", "versus", "than", "against"} & set(cues)


def test_word_count_counts_what_is_neither_punctuation_nor_space(docs):
    from extractor.mentions.token_index import word_count

    for doc in docs:
        for start, end in [(0, len(doc)), (0, 0), (2, 7), (len(doc) - 3, len(doc))]:
            expected = sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)
            assert word_count(doc, start, end) == expected


VERBLESS_TEXTS = [
    "RESULTS AT A GLANCE\nNet profit 40 mln euros (Q2 2012: 35 mln)\nHalvern Foods will pay 2 euros a share.",
    "Outlook unchanged.\n\nThe board has approved it. Sales were up; costs, too.",
]


@pytest.mark.parametrize("text", VERBLESS_TEXTS)
def test_has_verb_answers_as_a_walk_of_the_words(text):
    """Every slice, sentences and empty ones included: a verb or auxiliary anywhere inside, as the walk reads it."""
    from extractor.mentions.token_index import has_verb

    doc = load_nlp()(text)
    assert any(t.pos_ == "AUX" for t in doc) and any(t.pos_ == "VERB" for t in doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert has_verb(doc, start, end) == any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def test_has_verb_finds_a_verbless_heading():
    from extractor.mentions.token_index import has_verb

    doc = load_nlp()(VERBLESS_TEXTS[0])
    assert [has_verb(doc, s.start, s.end) for s in doc.sents].count(False) >= 1  # the heading lines have none


HEADING_TEXTS = [
    "Quarterly sales at Dorrin Tools rose 4 percent. NEW PLANT Dorrin Tools opens a site in June.",
    "STRONG DEMAND\n\nOrders at Kelby Farms climbed.\n\nTHE PRICE WAR IS OVER NOW\n\nMargins held.",
    "ONE\n\nA LINE OF SEVEN CAPITAL WORDS IN ALL\n\nSLOW START\n\nJO MARR, ANALYST, BRANDT CAPITAL:\n\nNet fell.",
]


@pytest.mark.parametrize("text", HEADING_TEXTS)
def test_capitals_subheading_shortcut_matches_the_token_loop(text):
    """The word count read per Doc rules a sentence out only where the loop over its tokens does too."""
    from extractor.mentions.headings import is_capitals_subheading

    doc = load_nlp()(text)
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        expected = 2 <= len(words) <= 6 and all(t.is_alpha and t.is_upper for t in words)
        assert is_capitals_subheading(sent) == expected
    assert any(is_capitals_subheading(sent) for sent in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly sales at Dorrin Tools rose 4 percent. NEW PLANT Dorrin Tools opens a site in June.",
        "STRONG DEMAND\n\nOrders at Kelby Farms climbed.\n\nMargins held, said Ivo Brandt.  ",
        "Net fell",
        "\n\nHalvern Mills cut 200 jobs. It said so on Monday! Why? Costs rose.\n",
    ],
)
def test_sentences_looked_up_are_spacys_sentences(text):
    """Inside `sentences_looked_up`, every token's and span's sentence is the one spaCy finds without it
    (empty spans and the span at the Doc's end included), and the hooks are gone afterwards."""
    from spacy.tokens import Span

    from extractor.mentions.token_index import sentences_looked_up

    doc = load_nlp()(text)
    n = len(doc)
    spans = [(a, b) for a in range(n + 1) for b in range(a, min(n, a + 3) + 1)]
    expected_tokens = [(t.sent.start, t.sent.end) for t in doc]
    expected_spans = [(Span(doc, a, b).sent.start, Span(doc, a, b).sent.end) for a, b in spans]
    with sentences_looked_up(doc):
        assert doc.user_span_hooks and doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == expected_tokens
        assert [(Span(doc, a, b).sent.start, Span(doc, a, b).sent.end) for a, b in spans] == expected_spans
    assert not doc.user_span_hooks and not doc.user_token_hooks


def test_sentence_hooks_are_removed_when_extraction_fails():
    from extractor.mentions.token_index import sentences_looked_up

    doc = load_nlp()("Halvern Mills cut 200 jobs. Costs rose.")
    with pytest.raises(RuntimeError), sentences_looked_up(doc):
        assert doc.user_span_hooks and doc.user_token_hooks
        raise RuntimeError("a rule failed")
    assert not doc.user_span_hooks and not doc.user_token_hooks


@pytest.mark.parametrize("text", ["Venn", "venn", "said", "third-largest", "absent", "", "."])
def test_doc_has_text_matches_a_loop_over_every_token(docs, text):
    from extractor.mentions.token_index import doc_has_text

    for doc in docs:
        assert doc_has_text(doc, text) == any(t.text == text for t in doc)


@pytest.mark.parametrize(
    "forms",
    [
        {"producer", "producers"},  # a lower-case noun, by its text
        {"sell", "sells"},  # only a lemma: "sold"
        {"pellworth"},  # written in title case only: no lower-case token
        {"region", "regions", "regio"},
        {"absent", "absents", ""},
    ],
)
def test_lower_case_word_or_lemma_matches_a_loop_over_every_token(docs, forms):
    from extractor.mentions.token_index import lower_case_word_or_lemma

    for doc in docs:
        expected = any(t.is_lower and (t.text in forms or t.lemma_ in forms) for t in doc)
        assert lower_case_word_or_lemma(doc, forms) == expected


def _is_number_word(lexeme) -> bool:
    return lexeme.like_num


def _is_capitalised(lexeme) -> bool:
    return lexeme.is_title


def _is_never_written(lexeme) -> bool:
    return lexeme.lower_ == "zzqx"


@pytest.mark.parametrize("limit", [10**6, 5, 0])
@pytest.mark.parametrize("test", [_is_number_word, _is_capitalised, _is_never_written])
def test_remembered_passing_words_match_a_loop_when_the_memory_is_cleared(docs, test, limit, monkeypatch):
    """perf33: the passing words are kept beside the verdicts and cleared with them; with the memory bound
    reached on every Doc (limit 0 or 5) or never, the words found are those a loop over every token finds."""
    from extractor.mentions import token_index

    monkeypatch.setattr(token_index, "MAX_VERDICTS", limit)
    for _ in range(2):  # the second round reads remembered verdicts (or cleared ones)
        for doc in docs:
            for sent in doc.sents:
                assert [t.i for t in words_where(sent, test)] == [t.i for t in sent if test(t.lex)]
