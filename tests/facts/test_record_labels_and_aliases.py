"""Two rules about names. A country's entity record is a place (GPE) whatever label the votes gave it. A short
form the story gives as one company's alias ("VSG" of "Vantor Steel Group") names that company, not a unit whose
name merely begins with it ("VSG Tubes"). Sentences written for these tests, invented companies."""

import datetime as dt
from collections import Counter
from types import SimpleNamespace

import pytest

from extractor import extract
from extractor.api import extract_documents
from extractor.facts.record_labels import record_label
from extractor.facts.story_orgs import org_named_by
from extractor.io.documents import document_from_text
from extractor.mentions.entities import EntityIndex
from extractor.mentions.entity_clusters import EntityCluster

PUBLISHED = dt.date(2015, 3, 10)


def entity_labels(nlp, text: str) -> dict[str, str]:
    document = document_from_text(text, doc_id="t", published=PUBLISHED)
    extraction = next(extract_documents([document], nlp=nlp))
    return {e.name: e.label for e in extraction.entities}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a dateline's country after its city: the tagger reads "Norway (Agency" as an organization
        ("OSLO, Norway (Reuters) - Fjellstad ASA cut 300 jobs at its two yards.", "Norway"),
        # conjoined with an organization: the conjunct rule votes ORG
        ("Dornier Bank and Canada will each put up half of the 2 billion dollar loan, officials said.", "Canada"),
        # last in a list of lenders
        (
            "The fund will be backed by Halvard Bank, Dornier Capital and Australia, the lenders said on Tuesday.",
            "Australia",
        ),
        # the other party of a pact signed with a company
        ("Norvale Corp and Brazil signed a 2 billion dollar supply pact on Friday.", "Brazil"),
    ],
)
def test_a_country_is_recorded_as_a_place(nlp, text, country):
    assert entity_labels(nlp, text).get(country) == "GPE"


def test_an_organization_keeps_its_label(nlp):
    labels = entity_labels(nlp, "Norvale Corp and Brazil signed a 2 billion dollar supply pact on Friday.")
    assert labels.get("Norvale") == "ORG"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Vantor Steel Group reported a third-quarter loss on Monday. VSG said demand was weak, and it plans to "
            "shut the VSG Tubes plant in Ohio. VSG shares closed 3 percent lower at $12.60.",
            "$12.60",
            "Vantor Steel Group",
        ),
        (
            "Tolland Brothers Inc said revenue fell 4 percent. TB said its TB Finance unit lost money. Shares of "
            "TB fell 6 percent on Monday.",
            "6 percent",
            "Tolland Brothers",
        ),
        (
            "Marlow Data Systems Corp will cut 800 jobs, it said on Wednesday. MDS plans to sell its MDS "
            "Leasing business next year. In late trading MDS stock was down 11 percent at $7.05.",
            "$7.05",
            "Marlow Data Systems",
        ),
    ],
)
def test_a_companys_alias_is_not_its_units_name(nlp, text, surface, subject):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    assert facts[0].subject == subject


@pytest.mark.parametrize(
    ("name", "voted", "label"),
    [
        # whatever the votes made a country, its record is a place
        ("Norway", "PERSON", "GPE"),
        ("Greece", "PRODUCT", "GPE"),
        ("Chile", "ORG", "GPE"),
        # a name that is no country keeps its vote
        ("Halvard", "PERSON", "PERSON"),
        ("Vantor Pad", "PRODUCT", "PRODUCT"),
    ],
)
def test_the_record_label_of_a_voted_cluster(name, voted, label):
    assert record_label(EntityCluster(name, votes=Counter({voted: 2}))) == label


def _ctx(*clusters: EntityCluster) -> SimpleNamespace:
    return SimpleNamespace(entities=EntityIndex(list(clusters), {}, None))


def _org(name: str, *aliases: str) -> EntityCluster:
    return EntityCluster(name, votes=Counter({"ORG": 1}), aliases=set(aliases))


@pytest.mark.parametrize(
    ("clusters", "named"),
    [
        # the alias of one company: that company, not the unit whose name begins with it
        ((_org("Halvard Motors", "HM"), _org("HM Capital")), "Halvard Motors"),
        # the alias of two companies says neither: the one name that begins with it
        ((_org("Halvard Motors", "HM"), _org("Hale Mining", "HM"), _org("HM Capital")), "HM Capital"),
        # no alias: the one name that begins with it
        ((_org("Halvard Motors"), _org("HM Capital")), "HM Capital"),
    ],
)
def test_a_short_form_names_the_one_company_it_is_the_alias_of(clusters, named):
    assert org_named_by("HM", _ctx(*clusters)) == named
