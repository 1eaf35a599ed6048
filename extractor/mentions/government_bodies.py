"""A national legislature, executive office or central bank ("the White House", "Congress", "the Greek
parliament", "the Federal Reserve") that leads a story is no holder of the figures it debates: a budget's
deficit, a country's growth or its debt are the country's (FACTS.md: economy-wide facts take the country).
Used by `salience.main_place` like a statistics publisher: the story's country becomes the default subject;
the body keeps its own clause facts ("the Senate approved a $30 billion plan")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.lexicons import table, words

if TYPE_CHECKING:
    from extractor.mentions.entity_clusters import EntityCluster


def is_government_body(cluster: EntityCluster | None) -> bool:
    """The cluster's name ends with a legislature or executive office (`government_bodies`) or a central
    bank's name (`central_banks`)."""
    if cluster is None:
        return False
    return _ends_with(cluster.name, _government_or_central_bank())


@cache
def _government_or_central_bank() -> frozenset[str]:
    """Both lists as one set, built once rather than per cluster asked about."""
    return words("government_bodies") | words("central_banks")


def is_governing_body(name: str) -> bool:
    """A legislature or executive office (not a central bank): what it plans for its country is the
    country's own plan ("the White House said the budget would cut the deficit by $4 trillion"), where a
    central bank's projection of growth is a forecast."""
    return _ends_with(name, words("government_bodies"))


def is_central_bank(cluster: EntityCluster) -> bool:
    """A name or alias ending with a central bank's name (`central_banks`: "the U.S. Federal Reserve")."""
    return any(_ends_with(name, words("central_banks")) for name in (cluster.name, *cluster.aliases))


def _ends_with(name: str, bodies: frozenset[str]) -> bool:
    """The name, lower-cased and single-spaced, is a body's name or ends with " " + one. Looked up as its
    word-suffixes in the set (a name has a few words, the lists a few dozen entries): the same answer as testing
    every entry with `endswith`, since a suffix that follows a space starts at a word of the single-spaced name."""
    name_words = name.lower().split()
    if not name_words:
        return "" in bodies
    return any(" ".join(name_words[i:]) in bodies for i in range(len(name_words)))


def is_country(place: EntityCluster) -> bool:
    """A country by its name or an alias: one the dateline or nationality tables name."""
    return bool({place.name.lower(), *(a.lower() for a in place.aliases)} & _countries())


def is_country_name(name: str) -> bool:
    """A country's own name as the dateline or nationality tables write it ("Norway", not "Oslo")."""
    return name.lower() in _countries()


@cache
def _countries() -> frozenset[str]:
    rows = [*table("dateline_countries").values(), *table("nationality_countries").values()]
    return frozenset(row[0].lower() for row in rows if row)


def policy_rate_holder(measured: Token | None, main_org: EntityCluster | None) -> str | None:
    """The central bank that leads the story, for its own policy rate ("the fed funds rate is 0.25 percent",
    "the benchmark overnight rate"): the one figure of a central bank's story that is not its country's."""
    if measured is None or main_org is None or measured.lemma_.lower() != "rate":
        return None
    if not _ends_with(main_org.name, words("central_banks")):
        return None
    qualifiers = {t.lemma_.lower() for t in measured.lefts if t.dep_ in ("compound", "amod", "nmod")}
    return main_org.name if qualifiers & words("policy_rate_words") else None
