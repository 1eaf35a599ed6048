"""Round 37 (names37): a name the story also writes in a shorter form takes that form. Sentences written for this
test, invented names.
- A stock index whose compiler's name the story also writes in initials before the same words ("H&V 300") is named
  by the initialled form (facts/index_initials.py).
- A word of an index's name that the parse hangs on the quote code instead of the index noun's phrase ("the NV
  Nordian car index .NXAP", with "NV" on ".NXAP") is still part of the name (index_names._hung_on_code).
- A partnership of two or more words written also without its "& Co" is named without it
  (entity_clusters.drop_partnership_tail); a one-word partnership, or one never written bare, keeps it.
"""

import datetime as dt
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc

from extractor.facts.index_names import index_name
from tests.facts.surface_facts import story_extraction, subjects_with_amount
from tests.mentions.entity_sets import entities

PUBLISHED = dt.date(2010, 6, 4)


@pytest.mark.parametrize(
    ("text", "amount", "name"),
    [
        (
            "Stocks rose on Friday. The Halden & Vell's 300 Index .HVX gained 1.4 percent to 1,120. "
            "The H&V 300 has risen for three weeks.",
            1.4,
            "H&V 300",
        ),
        (
            "The H&V 300 ended the week flat. On Monday the Halden & Vell's 300 index slid 2.2 percent.",
            2.2,
            "H&V 300",
        ),
        (
            "Retailers led the gains. The Marlow & Pike's 500 index .MPX climbed 3.1 percent on Monday after "
            "the M&P 500 had lost ground for a week.",
            3.1,
            "M&P 500",
        ),
    ],
)
def test_an_index_written_in_initials_too_takes_them(nlp, text, amount, name):
    facts = story_extraction(nlp, text, title="Markets news", published=PUBLISHED)
    assert name in subjects_with_amount(facts, amount)


@pytest.mark.parametrize(
    ("text", "amount", "name"),
    [
        # the initials never written: the name as the text spells it
        ("Stocks rose on Friday. The Halden & Vell's 300 Index .HVX gained 1.4 percent.", 1.4, "Halden & Vell's 300"),
        # initials of another index ("H&V 100") do not rename the 300
        (
            "Stocks fell on Monday. The Halden & Vell's 300 Index .HVX lost 2.2 percent, while the H&V 100 fell "
            "1 percent.",
            2.2,
            "Halden & Vell's 300",
        ),
    ],
)
def test_an_index_keeps_its_written_name_without_its_own_initials(nlp, text, amount, name):
    facts = story_extraction(nlp, text, title="Markets news", published=PUBLISHED)
    assert name in subjects_with_amount(facts, amount)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tallis Morrow & Co Inc said profit rose 5 percent. Analysts said Tallis Morrow had cut costs.",
            "Tallis Morrow",
        ),
        (
            "Brindle Hart & Co agreed to buy a lender. The deal makes Brindle Hart the largest broker in the region.",
            "Brindle Hart",
        ),
        (
            "Shares of Dunmore Pratt & Co. fell 4 percent. Dunmore Pratt said on Tuesday it would cut 300 jobs.",
            "Dunmore Pratt",
        ),
    ],
)
def test_a_partnership_written_bare_too_drops_its_and_co(nlp, text, name):
    found = entities(nlp, text)
    assert ("ORG", name) in found
    assert not any(n.startswith(name + " ") for _, n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # never written without "& Co": the partnership's name keeps it
        ("Tallis Morrow & Co Inc said profit rose 5 percent in the quarter.", "Tallis Morrow & Co"),
        # one word before "& Co": without it the name is a fragment
        ("Ledwell & Co cut its rating. Ledwell said margins would shrink.", "Ledwell & Co"),
    ],
)
def test_a_partnership_never_written_bare_keeps_its_and_co(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)


def parsed(nlp, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parse written out by hand (word, head, dep, pos, tag): the misparse the rule is for."""
    words, heads, deps, pos, tags = zip(*rows, strict=True)
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words])


def no_context():
    return SimpleNamespace(
        last_index=None, entities=SimpleNamespace(clusters=[], market_wrap=False, at=lambda _i: None)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parse hangs "DJ" on the code, the rest of the name on "sector"
        (
            "Carmakers fell. The DJ Nordian European car sector index .NXAP was 3.6 percent lower.",
            "DJ Nordian European car sector index",
        ),
        (
            "Insurers lagged: the RT Nordian insurance sector index .RTIS ended 2.5 percent down.",
            "RT Nordian insurance sector index",
        ),
    ],
)
def test_a_name_word_hung_on_the_quote_code_stays_in_the_index_name(nlp, text, name):
    facts = story_extraction(nlp, text, title="Markets news", published=PUBLISHED)
    assert name in {f.subject for f in facts.facts}


HUNG_ON_CODE = [
    ("The", 6, "det", "DET", "DT"),
    ("KX", 6, "compound", "PROPN", "NNP"),
    ("Nordian", 4, "amod", "ADJ", "JJ"),
    ("media", 4, "compound", "NOUN", "NN"),
    ("sector", 5, "compound", "NOUN", "NN"),
    ("index", 6, "compound", "NOUN", "NN"),
    (".KXME", 7, "nsubj", "NOUN", "NN"),
    ("rose", 7, "ROOT", "VERB", "VBD"),
]


def test_a_handmade_parse_with_a_word_on_the_code(nlp):
    doc = parsed(nlp, HUNG_ON_CODE)
    assert index_name(doc[5], no_context()) == "KX Nordian media sector index"


def test_the_article_and_words_after_the_code_stay_out(nlp):
    rows = [*HUNG_ON_CODE[:7], ("Benchmark", 6, "appos", "PROPN", "NNP"), ("rose", 8, "ROOT", "VERB", "VBD")]
    rows[6] = (".KXME", 8, "nsubj", "NOUN", "NN")
    doc = parsed(nlp, rows)
    assert index_name(doc[5], no_context()) == "KX Nordian media sector index"


def test_an_index_noun_not_on_a_code_takes_only_its_own_words(nlp):
    rows = [
        ("The", 4, "det", "DET", "DT"),
        ("Nordian", 3, "amod", "ADJ", "JJ"),
        ("media", 3, "compound", "NOUN", "NN"),
        ("sector", 4, "compound", "NOUN", "NN"),
        ("index", 5, "nsubj", "NOUN", "NN"),
        ("rose", 5, "ROOT", "VERB", "VBD"),
    ]
    assert index_name(parsed(nlp, rows)[4], no_context()) == "Nordian media sector index"
