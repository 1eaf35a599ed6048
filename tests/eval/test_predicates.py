"""The predicate check of the strict level (extractor.eval.predicates): head words, lemmas, title forms."""

from __future__ import annotations

import pytest

from extractor.eval.predicates import head_words, predicate_compatible
from extractor.lexicons import table
from tests.eval.builders import Counts, counts, fact

# --------------------------------------------------------------------------- predicates


@pytest.mark.parametrize(
    ("predicate", "coordinated", "expected"),
    [
        ("earnings per share", False, {"earnings"}),
        ("diluted earnings per share in constant currency", False, {"earnings"}),
        ("number of employees", False, {"number", "employees"}),
        ("share of employees", False, {"share", "employees"}),
        ("research and development professionals hired", False, {"professionals", "hired"}),
        ("jobs cut", False, {"jobs", "cut"}),
        # four-letter -ed participles are listed ("tied", "owed", "used"); the -ed rule needs five letters
        ("costs tied to supply contracts", False, {"costs", "tied"}),
        ("taxes owed", False, {"taxes", "owed"}),
        ("cash used in investing activities", False, {"cash", "used"}),
        # Titles are read in their short form first ("chief executive" -> ceo).
        ("president and chief executive", True, {"president", "ceo"}),
        ("chairman and ceo", True, {"chairman", "ceo"}),
        # Coordination counts only when every conjunct has one or two words.
        ("group vice president and chief operating officer", True, {"coo"}),
        ("senior vice president and general counsel", True, {"counsel"}),
        # ... and only for titles: "research" is not a head of these.
        ("research and development expenses", False, {"expenses"}),
        ("firms able to build both engines and gearboxes", False, {"firms"}),
        ("revenue excluding traffic acquisition costs", False, {"revenue"}),
        # FACTS.md: a preposition or an adjective after the noun ends the head ("capable")
        ("net income attributable to shareholders", False, {"income"}),
        ("sales outside north america", False, {"sales"}),
        ("clinics open", False, {"clinics"}),
        ("open orders", False, {"orders"}),
        ("costs that were cut", False, {"costs"}),
        ("write-down", False, {"write-down"}),
        ("Mi Home stores", False, {"stores"}),
        ("price/earnings ratio", False, {"ratio"}),
        ("speed", False, {"speed"}),
        ("", False, set()),
    ],
)
def test_scoring_head_words(predicate, coordinated, expected):
    assert head_words(predicate, coordinated=coordinated) == expected


@pytest.mark.parametrize(
    ("predicted", "gold", "coordinated", "compatible"),
    [
        ("diluted earnings per share", "earnings per share", False, True),
        ("earnings", "earnings per share", False, True),
        ("share", "earnings per share", False, False),
        ("employees", "number of employees", False, True),
        ("employee count", "number of employees", False, True),
        ("professionals", "research and development professionals hired", False, True),
        ("r&d hires", "research and development professionals hired", False, False),
        ("president", "president and chief executive", True, True),
        ("chief executive officer", "president and chief executive", True, True),
        # "chairman and chief executive officer" reads as "chairman and ceo": two short conjuncts.
        ("chairman", "chairman and chief executive officer", True, True),
        ("senior vice president", "senior vice president and general counsel", True, False),
        ("Chief Executive Officer", "president and CEO", True, True),
        ("new ceo", "chief executive", False, True),
        ("write-downs", "write-down", False, True),
        ("down", "write-down", False, False),
        ("smartphone shipment", "smartphone shipments", False, True),
        ("smartphone sales", "smartphone shipments", False, False),
        ("Revenue", "revenue in constant currency", False, True),
        ("research and development investment", "research and development expenses", False, False),
    ],
)
def test_scoring_predicate_compatibility(predicted, gold, coordinated, compatible):
    assert predicate_compatible(predicted, gold, coordinated=coordinated) is compatible


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("ceo", "chief executive officer", True),
        ("chief executive", "ceo", True),
        ("chief executive officer", "chief executive", True),
        ("Chief Executive Officer", "CEO", True),
        ("cfo", "chief financial officer", True),
        ("chief operating officer", "coo", True),
        ("chief technical officer", "cto", True),
        ("chief technology officer", "chief technical officer", True),
        ("cio", "chief information officer", True),
        ("chief marketing officer", "cmo", True),
        # Different titles stay different, and a part of a title is not the title.
        ("chief financial officer", "ceo", False),
        ("chief information officer", "chief executive", False),
        ("cmo", "chief operating officer", False),
        ("chief", "chief executive officer", False),
        ("executive", "chief executive", False),
    ],
)
def test_scoring_title_forms_read_alike_both_ways(one, other, alike):
    both_ways = {predicate_compatible(one, other, coordinated=True), predicate_compatible(other, one, coordinated=True)}
    assert both_ways == {alike}


def test_scoring_title_forms_pair_role_facts_strictly():
    gold = [fact("role", predicate="chief executive officer", object="Mara Quillon", subject="Tessaly Works")]
    predicted = [fact("role", predicate="chief executive", object="Mara Quillon", subject="Tessaly Works")]
    _, strict = counts(predicted, gold)
    assert strict == Counts.of(1, 0, 0)


def test_scoring_title_forms_lexicon_is_unambiguous():
    forms = table("scoring_title_forms")
    longs = [long for longer in forms.values() for long in longer]
    assert len(longs) == len(set(longs)), "a long form must stand for one title"
    assert not set(longs) & set(forms), "a short form must not also be a long form"
    assert all(short.isalpha() and len(short) == 3 for short in forms)


def test_scoring_predicate_lemmatizer_is_injectable():
    calls = []

    def lemma(word: str) -> str:
        calls.append(word)
        return word.removesuffix("s")

    assert predicate_compatible("store", "mi home stores", lemmatize=lemma)
    assert "stores" in calls


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        # An acronym reads alike the words it abbreviates, in either direction (docs/DECISIONS.md).
        ("gnp", "gross national product", True),
        ("net asset value", "nav", True),
        ("adjusted ebitda", "ebitda", True),  # the gold head is a word of the prediction: the ordinary rule
        ("ebit", "earnings before interest and tax", True),
        ("u.s. gross national product", "gnp", True),  # the initials of the last words
        ("arpu", "average revenue per user", True),
        # Not an abbreviation: other initials, or a short word that is no acronym of the other side.
        ("gnp", "gross domestic product", False),
        ("cash", "capital and short-term holdings", False),
        ("nav", "assets", False),
    ],
)
def test_an_acronym_reads_alike_its_long_form(predicted, gold, expected):
    assert predicate_compatible(predicted, gold) is expected


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("losses", "trading loss"),
        ("net loss", "credit losses"),
        ("budget surplus", "surpluses"),
        ("gases", "natural gas"),
        ("bonuses", "cash bonus"),
        ("business", "businesses"),
    ],
)
def test_a_singular_noun_ending_in_s_meets_its_plural(predicted, gold):
    """Untagged rule lemmas stripped any final "s" ("loss" -> "los"): a known noun keeps its form."""
    assert predicate_compatible(predicted, gold)
    assert predicate_compatible(gold, predicted)


@pytest.mark.parametrize(("predicted", "gold"), [("loss", "los angeles"), ("status", "state"), ("gas", "ga")])
def test_a_known_noun_ending_in_s_is_not_cut_to_another_word(predicted, gold):
    assert not predicate_compatible(predicted, gold)
