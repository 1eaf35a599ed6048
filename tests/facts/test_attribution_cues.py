"""`attribution_for` visits only the words its tests can pass ("according" and words with a reporting verb's
lemma, found in the Doc's columns) and answers as the walk of every word of the sentence did. Texts written for
these tests, invented names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.symbols import VERB

from extractor.facts.discourse import _attribution_cues, attribution_for
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words

TEXTS = [
    "Sales at Brindle Mills rose 4 percent, according to Hanna Ostrow, the chief executive.",
    "Profit will fall 10 percent this year, John Miller said on Monday.",
    "Tomas Keel told reporters that output would reach 3 million tonnes, according to a statement.",
    "According to the survey, prices climbed 2 percent, analyst Pia Brandt wrote in a note.",
    "The report said revenue grew to $5 billion while Ansel Corp kept its outlook.",
    "Revenue grew to $5 billion in the quarter.",  # no cue at all
    "Marta Fenwick, who said costs rose, expects margins of 12 percent. Dov Keller said so too.",
]


def _walk(sent, ctx):
    """The reading before the cue index: every word of the sentence, in order."""
    reporting = words("reporting_verbs")
    for token in sent:
        if token.lower_ == "according":
            for t in token.subtree:
                cluster = ctx.entities.at(t.i)
                if cluster is not None and cluster.label == "PERSON":
                    return cluster.name
        if token.pos == VERB and token.lemma_.lower() in reporting:
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    cluster = ctx.entities.at(child.i)
                    if cluster is not None and cluster.label == "PERSON":
                        return cluster.name
    return None


def _context(doc):
    """A stand-in for the DocContext: each token of an entity maps to a cluster with the entity's label and text."""
    by_token = {}
    for ent in doc.ents:
        cluster = SimpleNamespace(label=ent.label_, name=ent.text)
        by_token.update((i, cluster) for i in range(ent.start, ent.end))
    return SimpleNamespace(entities=SimpleNamespace(at=by_token.get))


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_answers_as_the_walk(nlp, text):
    doc = nlp(text)
    ctx = _context(doc)
    for sent in doc.sents:
        assert attribution_for(sent, ctx) == _walk(sent, ctx)


@pytest.mark.parametrize("text", TEXTS)
def test_cues_are_the_words_the_walk_tests_further(nlp, text):
    doc = nlp(text)
    reporting = words("reporting_verbs")
    for sent in doc.sents:
        expected = [t.i for t in sent if t.lower_ == "according" or t.lemma_.lower() in reporting]
        assert [t.i for t in _attribution_cues(sent)] == expected


def test_a_person_is_found_through_both_cues(nlp):
    said = nlp("Profit will fall 10 percent this year, John Miller said on Monday.")
    according = nlp("Sales rose 4 percent, according to Sarah Collins.")
    found = [attribution_for(next(doc.sents), _context(doc)) for doc in (said, according)]
    assert found == ["John Miller", "Sarah Collins"]
