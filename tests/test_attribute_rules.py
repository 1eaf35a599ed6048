"""The attribute ruler `load_nlp` reads from the Doc's columns finds spaCy's matches and sets spaCy's attributes."""

from __future__ import annotations

import pickle

import pytest
from spacy.pipeline import AttributeRuler

from extractor.attribute_rules import ColumnAttributeRuler, compiled_rules, speed_up_attribute_ruler
from extractor.nlp import load_spacy


@pytest.fixture(scope="module")
def plain():
    return load_spacy()


@pytest.fixture(scope="module")
def faster():
    nlp = load_spacy()
    speed_up_attribute_ruler(nlp)
    return nlp


SENTENCES = [
    # tags alone, a possessive pronoun (a word and its tag), auxiliaries and determiners (NOT_IN lists)
    "Harrowgate Foods said his deputy had been told that their orders would be shipped by Friday.",
    # two-token rules with a REGEX: "ain't", "y'all", "gonna", and "nothin'"
    "That ain't what y'all were told, and we're gonna find nothin' new in the Tarnwick filing.",
    # spaces: a double space and a paragraph break are space tokens (IS_SPACE rules)
    "Profit at Quenby Mills rose  12 percent.\n\nWhich of those units will it sell?",
    # a relative determiner, numbers, symbols and the lemma exceptions the extractor adds elsewhere
    "The lender, which hopes to raise $40 million, hoped that 3.5% more clients would sign up.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_attributes_are_spacys(plain, faster, text):
    def attributes(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    assert attributes(faster(text)) == attributes(plain(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_matches_are_the_matchers(faster, text):
    doc = faster(text)
    ruler = faster.get_pipe("attribute_ruler")
    assert isinstance(ruler, ColumnAttributeRuler)
    found = ruler.match(doc)
    assert found == AttributeRuler.match(ruler, doc)
    assert len(found) >= len(doc)  # every token has a tag rule at least


def test_the_ruler_reads_every_pattern_of_the_model(faster):
    rules = compiled_rules(faster.get_pipe("attribute_ruler"))
    assert rules.others  # two-token, IN, NOT_IN and REGEX patterns are read too, not only equalities
    assert sum(len(by_values) for _, by_values, _ in rules.by_values) > 50


def test_a_pattern_added_later_is_matched():
    nlp = load_spacy()
    speed_up_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    text = "Brindlecomb shares slipped after the Venmoor listing."
    nlp(text)  # the patterns are read on the first Doc
    ruler.add(patterns=[[{"LOWER": "slipped"}]], attrs={"LEMMA": "slide"})
    doc = nlp(text)
    assert [t.lemma_ for t in doc if t.lower_ == "slipped"] == ["slide"]
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


def test_a_pattern_it_cannot_read_keeps_the_matcher():
    nlp = load_spacy()
    speed_up_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add(patterns=[[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], attrs={"LEMMA": "huge"}, index=-1)
    doc = nlp("Orrel called it a very very big quarter.")
    assert [t.lemma_ for t in doc if t.lower_ == "big"] == ["huge"]
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in this sentence is matched twice.",
        "",  # an empty Doc has no matches
    ],
)
def test_near_misses_find_what_the_matcher_finds(faster, text):
    doc = faster(text)
    ruler = faster.get_pipe("attribute_ruler")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


def test_the_ruler_still_saves_and_pickles(faster):
    ruler = faster.get_pipe("attribute_ruler")
    assert pickle.loads(pickle.dumps(ruler)).patterns == ruler.patterns
    assert faster.config == load_spacy().config  # nothing in the saved pipeline names the faster class
