"""A nation's own data as the source of a figure: "Freedonian customs data showed fuel imports fell 4 percent", "the
Freedonian retail figures included a 3 percent rise in furniture sales", "car exports slid 9 percent, Freedonian trade
ministry data show". A body of figures (`data_source_nouns`, "report") that a nationality or country names is that
country's statistics, so an industry total or economy figure it reports, which no party of its own holds, is the
country's (FACTS.md: economy-wide facts and country-wide industry totals take the country), not the story's company,
trade group or bloc that the figure would otherwise fall to by default. The source names no organization: a named
publisher's data ("Commerce Department data") is `statistics_country.is_published_statistic`'s case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.statistics_country import country_of, is_macro_statistic
from extractor.lexicons import any_words, words
from extractor.mentions.salience import is_economy_noun

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex

SOURCE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
SOURCE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def source_country(measured: Token | None, entities: EntityIndex) -> str | None:
    """The country of the national data that reports this economy or industry figure, or None: the source is the
    subject of a verb above the measured noun ("U.S. data show [imports averaged ...]", "[sales rose ...], Freedonian
    data showed", "the Freedonian numbers included [a rise in fuel sales]") and a country or nationality is written
    on it or on a noun compounded with it ("Freedonian central bank data")."""
    if measured is None or not _industry_figure(measured):
        return None
    for verb in (a for a in measured.ancestors if a.pos_ in ("VERB", "AUX")):
        for source in (c for c in verb.children if c.dep_ in SOURCE_SUBJECT_DEPS and _is_data(c)):
            country = _written_country(source, entities)
            if country is not None:
                return country
        for report in (c for c in verb.children if c.dep_ == "parataxis"):  # "..., Freedonian data showed"
            source = next((c for c in report.children if c.dep_ in SOURCE_SUBJECT_DEPS and _is_data(c)), None)
            country = _written_country(source, entities) if source is not None else None
            if country is not None:
                return country
    return None


def _industry_figure(measured: Token) -> bool:
    """ "imports", "sales", "demand", "inventories", "inflation": a measured noun of an economy or an industry."""
    return (
        is_economy_noun(measured)
        or measured.lemma_.lower() in words("industry_measures")
        or is_macro_statistic(measured)
    )


def _is_data(token: Token) -> bool:
    """ "data", "figures", "numbers", "statistics", "a report": a body of figures (lemma or plural form)."""
    return bool({token.lemma_.lower(), token.lower_} & any_words("data_source_nouns", "report_nouns"))


def _written_country(source: Token, entities: EntityIndex) -> str | None:
    """The place a modifier before the data noun names (a country, or a nationality's country), also one written on a
    noun compounded with it ("Freedonian trade ministry data"); None where an organization's name is part of the
    phrase: a named publisher's data is that publisher's case, not a nation's voice."""
    modifiers = [t for t in source.subtree if t.i < source.i and t.dep_ in SOURCE_MODIFIER_DEPS]
    if any(_org_at(t, entities) for t in modifiers):
        return None
    return next((country for token in modifiers if (country := country_of(token, entities))), None)


def _org_at(token: Token, entities: EntityIndex) -> bool:
    """An organization or person named at the token."""
    cluster = entities.at(token.i)
    return cluster is not None and cluster.label in ("ORG", "PERSON")
