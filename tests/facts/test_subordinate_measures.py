"""A subordinate clause the parse left without a subject measures the noun right before its verb, not the main
clause's subject (facts/stranded_subjects.subordinate_measure, docs/DECISIONS.md, "Predicates"). Stories and
hand-made parses written for these tests, invented company names."""

import pytest
from spacy.tokens import Doc

from extractor.facts.stranded_subjects import subordinate_measure
from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Company news", published="2012-03-14").predicate


def parsed(nlp, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parse written out by hand (word, head, dep, pos, tag): the misparses the guards are for, fixed."""
    words, heads, deps, pos, tags = zip(*rows, strict=True)
    lemmas = [w.lower() for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def verb_of(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


# the subordinator read as a preposition: before the rule the figure took the main clause's subject
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Waiting times at Kestwick Hospital lengthened as admissions to its emergency ward swelled 11 percent to "
            "4,200.",
            "11 percent",
            "admissions",
        ),
        ("Lumen Paper said demand weakened as prices of recycled pulp rose 15 percent.", "15 percent", "prices"),
        (
            "Velt Airlines said fares held steady as fuel costs for the regional fleet climbed 9 percent.",
            "9 percent",
            "fuel costs",
        ),
    ],
)
def test_subjectless_subordinate_clause_measures_its_own_noun(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


# each clause type the rule takes: advcl, conj, and ccomp under a verb of saying
@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        (
            "Waiting times at Kestwick Hospital lengthened as admissions to its emergency ward swelled 11 percent.",
            "swelled",
            "admissions",
        ),
        (
            "Velt Airlines said fares held steady as fuel costs for the regional fleet climbed 9 percent.",
            "climbed",
            "costs",
        ),
        (
            "Danforth Hotels said occupancy dipped as bookings from business travellers declined 7 percent.",
            "declined",
            "bookings",
        ),
        (
            "Brisby Chemicals reported that earnings shrank as prices of raw materials soared 35 percent.",
            "soared",
            "prices",
        ),
    ],
)
def test_clause_types(nlp, text, verb, noun):
    found = subordinate_measure(verb_of(nlp(text), verb))
    assert found is not None and found.text == noun


# parsed right (the subordinator a mark, the clause with its own subject): the rule leaves them to the parse
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the unit is named in the predicate (facts/segment_figures.py)
        (
            "Caspar Bank's profit dipped whereas fees from the wealth unit rose 9 percent.",
            "9 percent",
            "fees from wealth unit",
        ),
        (
            "Pemberly Corp's earnings held up because income from the toll roads jumped 14 percent.",
            "14 percent",
            "income",
        ),
        (
            "Losses at Drury Air widened though revenue from the cargo arm climbed 6 percent.",
            "6 percent",
            "revenue from cargo arm",
        ),
        (
            "Jasper Chemicals said profit fell while demand from the paint makers slumped 17 percent.",
            "17 percent",
            "demand",
        ),
    ],
)
def test_other_subordinators(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


# "goods held" stock is no company's shares: not priced as one
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orchard Homes said prices softened as the stock of empty houses climbed 6 percent.", "6 percent"),
        ("Fares at Nettle Air went up as the stock of spare parts shrank 8 percent.", "8 percent"),
        ("Carrow Books said margins slipped as the stock of unsold titles grew 15 percent in the year.", "15 percent"),
    ],
)
def test_stock_of_goods_is_no_share_price(nlp, text, surface):
    assert predicate_of(nlp, text, surface) != "share price"


def _tolls(word: str) -> list[tuple[str, int, str, str, str]]:
    """ "Tolls went up <word> traffic on the bridge grew 9 percent", <word> parsed as a preposition."""
    return [
        ("Tolls", 1, "nsubj", "NOUN", "NNS"),
        ("went", 1, "ROOT", "VERB", "VBD"),
        ("up", 1, "prt", "ADP", "RP"),
        (word, 1, "prep", "ADP", "IN"),
        ("traffic", 3, "pobj", "NOUN", "NN"),
        ("on", 4, "prep", "ADP", "IN"),
        ("the", 7, "det", "DET", "DT"),
        ("bridge", 5, "pobj", "NOUN", "NN"),
        ("grew", 1, "conj", "VERB", "VBD"),
        ("9", 10, "nummod", "NUM", "CD"),
        ("percent", 8, "dobj", "NOUN", "NN"),
    ]


@pytest.mark.parametrize("word", ["as", "while", "whereas", "because", "though", "although"])
def test_misread_subordinator_leads_to_the_subject(nlp, word):
    found = subordinate_measure(verb_of(parsed(nlp, _tolls(word)), "grew"))
    assert found is not None and found.text == "traffic"


@pytest.mark.parametrize("word", ["after", "for", "during", "despite"])
def test_other_preposition_leads_to_no_subject(nlp, word):
    assert subordinate_measure(verb_of(parsed(nlp, _tolls(word)), "grew")) is None


@pytest.mark.parametrize("dep", ["conj", "appos", "dep"])
def test_noun_below_the_main_object_is_no_subject(nlp, dep):
    """ "Kessel saw its loans <dep> bonds fell 10 percent": a noun hanging on the main verb's object."""
    rows = [
        ("Kessel", 1, "nsubj", "PROPN", "NNP"),
        ("saw", 1, "ROOT", "VERB", "VBD"),
        ("its", 3, "poss", "PRON", "PRP$"),
        ("loans", 1, "dobj", "NOUN", "NNS"),
        ("and", 3, "cc", "CCONJ", "CC"),
        ("bonds", 3, dep, "NOUN", "NNS"),
        ("fell", 1, "ccomp", "VERB", "VBD"),
        ("10", 8, "nummod", "NUM", "CD"),
        ("percent", 6, "dobj", "NOUN", "NN"),
    ]
    assert subordinate_measure(verb_of(parsed(nlp, rows), "fell")) is None


@pytest.mark.parametrize("dep", ["npadvmod", "attr", "dep"])
def test_noun_outside_the_joined_clause_is_no_subject(nlp, dep):
    """ "Lenders said costs fell, revenue rose 3 percent" with "revenue" on "said": not under "fell"."""
    rows = [
        ("Lenders", 1, "nsubj", "NOUN", "NNS"),
        ("said", 1, "ROOT", "VERB", "VBD"),
        ("costs", 3, "nsubj", "NOUN", "NNS"),
        ("fell", 1, "ccomp", "VERB", "VBD"),
        (",", 3, "punct", "PUNCT", ","),
        ("revenue", 1, dep, "NOUN", "NN"),
        ("rose", 3, "conj", "VERB", "VBD"),
        ("3", 8, "nummod", "NUM", "CD"),
        ("percent", 6, "dobj", "NOUN", "NN"),
    ]
    assert subordinate_measure(verb_of(parsed(nlp, rows), "rose")) is None
