"""The story's entities looked up by name, by alias, or by the first or last word of their name, from tables built
once per `EntityIndex`.

Rules asked "which entity is named X" per figure, subject or token by walking every cluster of the story: cheap in
a short story, but in a long document both the asks and the clusters grow with its length, so the walks grew with
its square (round 26). Every merge, renaming, alias and label vote happens inside `index_entities`; nothing changes
a cluster after it returns, so a table built on the first ask answers every later one. Each answer lists the
clusters in the story's entity order, as the walks met them, so "the first one" and "the longest one" stay the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex
    from extractor.mentions.entity_clusters import EntityCluster

Keys = Callable[["EntityCluster"], Iterable[str]]


def _table(entities: EntityIndex, kind: str, keys: Keys) -> dict[str, tuple[EntityCluster, ...]]:
    tables = entities.lookups
    if kind not in tables:
        table: dict[str, list[EntityCluster]] = {}
        for cluster in entities.clusters:
            for key in dict.fromkeys(keys(cluster)):  # a key once per cluster, even where an alias is its name
                table.setdefault(key, []).append(cluster)
        tables[kind] = {key: tuple(found) for key, found in table.items()}
    return tables[kind]


def _name(cluster: EntityCluster) -> tuple[str]:
    return (cluster.name,)


def _name_or_alias(cluster: EntityCluster) -> tuple[str, ...]:
    return (cluster.name, *cluster.aliases)


def _aliases(cluster: EntityCluster) -> Iterable[str]:
    return cluster.aliases


def _first_word(cluster: EntityCluster) -> list[str]:
    return cluster.name.split()[:1]


def _last_word(cluster: EntityCluster) -> list[str]:
    return cluster.name.split()[-1:]


def named(entities: EntityIndex, name: str | None) -> tuple[EntityCluster, ...]:
    """The clusters whose canonical name is `name`."""
    return _table(entities, "name", _name).get(name, ())


def first_named(entities: EntityIndex, name: str | None) -> EntityCluster | None:
    """The first cluster whose canonical name is `name`, or None."""
    found = named(entities, name)
    return found[0] if found else None


def written_as(entities: EntityIndex, text: str) -> tuple[EntityCluster, ...]:
    """The clusters that have `text` as their name or one of their aliases."""
    return _table(entities, "name_or_alias", _name_or_alias).get(text, ())


def aliased_as(entities: EntityIndex, text: str) -> tuple[EntityCluster, ...]:
    """The clusters that have `text` as one of their aliases."""
    return _table(entities, "alias", _aliases).get(text, ())


def first_word_is(entities: EntityIndex, word: str) -> tuple[EntityCluster, ...]:
    """The clusters whose name's first word (split at white space) is `word`."""
    return _table(entities, "first_word", _first_word).get(word, ())


def last_word_is(entities: EntityIndex, word: str) -> tuple[EntityCluster, ...]:
    """The clusters whose name's last word (split at white space) is `word`."""
    return _table(entities, "last_word", _last_word).get(word, ())


def _begun_names(cluster: EntityCluster) -> list[str]:
    """Every start of the name that ends before one of its spaces: "A", "A B" for "A B C"."""
    name = cluster.name
    return [name[:i] for i, char in enumerate(name) if char == " "]


def name_begins_with(entities: EntityIndex, written: str) -> tuple[EntityCluster, ...]:
    """The clusters whose name begins with `written` and a space (`name.startswith(written + " ")`)."""
    return _table(entities, "begun", _begun_names).get(written, ())


def org_name_ending_at(entities: EntityIndex, text: str, end: int) -> str | None:
    """The longest name of an organization (no news agency) that `text` writes ending at offset `end`, not glued to
    a letter or digit before it: one slice of the text per length of name, not one per entity."""
    for length, names in _org_names_by_length(entities).items():  # longest first
        start = end - length
        if start >= 0 and text[start:end] in names and (start == 0 or not text[start - 1].isalnum()):
            return text[start:end]
    return None


def _org_names_by_length(entities: EntityIndex) -> dict[int, frozenset[str]]:
    """The names of the organizations that are no news agency, grouped by length in characters, longest first."""
    tables = entities.lookups
    if "org_lengths" not in tables:
        by_length: dict[int, set[str]] = {}
        for cluster in entities.clusters:
            if cluster.label == "ORG" and not cluster.agency:
                by_length.setdefault(len(cluster.name), set()).add(cluster.name)
        tables["org_lengths"] = {n: frozenset(by_length[n]) for n in sorted(by_length, reverse=True)}
    return tables["org_lengths"]
