"""The story's entities looked up by name, alias, first or last word from tables built once per `EntityIndex` answer
as the walks of every cluster they replace: the same clusters, in the same order. Invented names."""

from __future__ import annotations

from collections import Counter

import pytest

from extractor.mentions.cluster_lookup import (
    aliased_as,
    first_named,
    first_word_is,
    last_word_is,
    name_begins_with,
    named,
    org_name_ending_at,
    written_as,
)
from extractor.mentions.entities import EntityIndex
from extractor.mentions.entity_clusters import EntityCluster


def _cluster(name: str, label: str, *aliases: str) -> EntityCluster:
    return EntityCluster(name=name, votes=Counter({label: 1}), aliases=set(aliases))


def _index() -> EntityIndex:
    clusters = [
        _cluster("Halvard Motors", "ORG", "HM", "Halvard"),
        _cluster("Ann Halvard", "PERSON"),
        _cluster("Port Vesta", "GPE"),
        _cluster("Halvard", "ORG"),  # a second cluster of a name another one has as an alias
        _cluster("Quell Mining Corp", "ORG", "Quell Mining Corp"),  # an alias equal to the name: listed once
        _cluster("Tom Ollander", "PERSON", "Ollander"),
        _cluster("Vesta", "GPE", "HM"),
        _cluster("Port Vesta", "ORG"),  # two clusters of one name
    ]
    return EntityIndex(clusters, {}, None)


KEYS = ["Halvard Motors", "Halvard", "HM", "Port Vesta", "Vesta", "Port", "Ollander", "Tom Ollander", "Corp",
        "Quell Mining Corp", "Quell", "Motors", "Mining", "Nobody", ""]  # fmt: skip

WALKS = [
    (named, lambda cs, k: [c for c in cs if c.name == k]),
    (written_as, lambda cs, k: [c for c in cs if k in (c.name, *c.aliases)]),
    (aliased_as, lambda cs, k: [c for c in cs if k in c.aliases]),
    (first_word_is, lambda cs, k: [c for c in cs if c.name.split()[0] == k]),
    (last_word_is, lambda cs, k: [c for c in cs if c.name.split()[-1] == k]),
    (name_begins_with, lambda cs, k: [c for c in cs if c.name.startswith(k + " ")]),
]


@pytest.mark.parametrize(("lookup", "walk"), WALKS, ids=[w[0].__name__ for w in WALKS])
@pytest.mark.parametrize("key", KEYS)
def test_lookup_is_the_walk(lookup, walk, key):
    entities = _index()
    assert list(lookup(entities, key)) == walk(entities.clusters, key)
    assert list(lookup(entities, key)) == walk(entities.clusters, key)  # asked again: the table built once


@pytest.mark.parametrize("key", KEYS)
def test_first_named_is_the_first_of_the_walk(key):
    entities = _index()
    assert first_named(entities, key) is next((c for c in entities.clusters if c.name == key), None)


def test_no_name_finds_nothing():
    assert first_named(_index(), None) is None


def test_each_index_keeps_its_own_tables():
    first, second = _index(), EntityIndex([_cluster("Halvard", "PERSON")], {}, None)
    assert [c.label for c in named(first, "Halvard")] == ["ORG"]
    assert [c.label for c in named(second, "Halvard")] == ["PERSON"]


def _ending_walk(clusters, text: str, end: int) -> str | None:
    """The walk `discourse._known_name_ending` made before round 26."""
    found = [
        c.name
        for c in clusters
        if text[max(0, end - len(c.name)) : end] == c.name
        and c.label == "ORG"
        and not c.agency
        and (end - len(c.name) == 0 or not text[end - len(c.name) - 1].isalnum())
    ]
    return max(found, key=len, default=None)


TEXTS = [
    "Halvard Motors said on Monday that Port Vesta and Quell Mining Corp would merge.",
    "XHalvard rose; Halvard fell, and the HM unit of Halvard Motors gained.",  # glued to a letter: no name
    "Vesta",  # a place, no organization
    "Halvard",  # the whole text is a name
    "Shares of Quell Mining Corp-Halvard rose",
]


@pytest.mark.parametrize("text", TEXTS)
def test_org_name_ending_is_the_walks_longest(text):
    entities = _index()
    entities.clusters.append(EntityCluster(name="Quell", votes=Counter({"ORG": 1}), agency=True))  # an agency: never
    entities.clusters.append(_cluster("Motors", "ORG"))  # ends where "Halvard Motors" does: the longer one wins
    for end in range(len(text) + 1):
        assert org_name_ending_at(entities, text, end) == _ending_walk(entities.clusters, text, end), end
