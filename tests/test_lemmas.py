"""The lemmatizer `load_nlp` speeds up gives spaCy's own lemmas, and saves as spaCy's does."""

from __future__ import annotations

import pytest

from extractor.lemmas import WordList, speed_up_lemmatizer
from extractor.nlp import load_spacy


@pytest.fixture(scope="module")
def plain():
    return load_spacy()


@pytest.fixture(scope="module")
def faster():
    nlp = load_spacy()
    speed_up_lemmatizer(nlp)
    return nlp


@pytest.mark.parametrize(
    "text",
    [
        "Brambleton Mills said its quarterly profits fell as the wettest summers hurt sales of garden chairs.",
        "The Oslander regulators were studying whether the merged lenders had overstated their holdings.",
        "Shares of Quillfeather Inc rose 4 percent after analysts raised their ratings; the stocks' gains widened.",
        "Vendors are hoping the cheapest phones, priced below 90 dollars, will be bought by younger buyers.",
    ],
)
def test_the_lemmas_are_spacys(plain, faster, text):
    expected = [(t.text, t.lemma_) for t in plain(text)]
    assert [(t.text, t.lemma_) for t in faster(text)] == expected
    assert any(lemma != word.lower() for word, lemma in expected)  # the sentence has inflected words


@pytest.mark.parametrize(
    ("words", "word", "expected"),
    [
        (["chair", "summer", "profit"], "summer", True),
        (["chair", "summer", "profit"], "summers", False),
        ([], "chair", False),
    ],
)
def test_a_word_list_answers_membership_like_a_list(words, word, expected):
    listed = WordList(words)
    assert (word in listed) is expected
    assert listed == words and list(listed) == words  # still the same list


def test_the_lemmatizer_saves_as_before(plain, faster):
    assert faster.get_pipe("lemmatizer").to_bytes() == plain.get_pipe("lemmatizer").to_bytes()
    table = faster.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, WordList) for words in table.values())
