"""A stock ticker written after a name, with or without brackets ("Brindle Stores Inc. BRS.N said",
"shares in Kestrel KST.DE rose", "Halden Sands ( HSX.N )"), says the name is a company's, whatever label NER
gave its mentions (a place for "... City", a work of art, a person) or where NER missed the mention that the
ticker follows (docs/DECISIONS.md, "Subjects: a ticker after a name makes it a company", round 14)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from extractor.lexicons import table, words
from extractor.mentions.entity_clusters import EntityCluster

# a ticker with its exchange ("BRS.N", "7203.T", "KST.DE"); a bare upper-case code in brackets may be an
# abbreviation of any name, so only an exchange code counts here
EXCHANGE_TICKER = r"\.?[A-Z0-9]{1,6}\.[A-Z]{1,3}"
# at most this many words of a company name between the name and its ticker ("Stores Inc.", "Group Ltd")
MAX_NAME_TAIL = 3
# a linking word before the name that makes it the end of a longer name ("Bank of Halden BOH.N", "Pell &
# Halden"): the ticker is that longer name's. A capitalised word before it ("Garston Sands ( GSX.N )" where NER
# split off "Garston" as a place) does not: the name is still a company's.


@cache
def _longer_name_before() -> re.Pattern[str]:
    linking = "|".join(sorted(words("name_linking_words")))
    return re.compile(rf"(?:\b(?:{linking})|&)\s+$")


@cache
def _name_tail_words() -> frozenset[str]:
    return words("org_name_words") | words("org_suffixes")


@cache
def _known_places() -> frozenset[str]:
    """Countries and dateline capitals the place lexicons name, lower case."""
    names = {key for key in table("dateline_countries")}
    for name in ("nationality_countries", "place_aliases", "dateline_countries"):
        names |= {row[0].lower() for row in table(name).values() if row}
    return frozenset(names)


def ticker_follows(name: str, text: str) -> bool:
    """Whether the text writes the name, then at most a few company-name words ("Stores Inc."), then a ticker
    with its exchange, bracketed or not; never where the name is the end of a longer name."""
    if name.lower() in _known_places():
        return False  # "Freedonia Airlines FRA.X", "Air Freedonia ( AFR.X )": the ticker is the longer name's
    if not _name_just_before_a_ticker(name, text):
        return False  # most names: no ticker close after them, so no search for them
    tails = _name_tail_words()
    for start, match in name_then_ticker(name, text):
        tail = match.group(1).split()
        if any(word.lower().rstrip(",") not in tails for word in tail):
            continue  # "Halden Mining Chief Executive HM.N"? words of another phrase, not of this name
        if _longer_name_before().search(text[max(0, start - 30) : start]):
            continue
        return True
    return False


# what follows the name: a few name words, then the ticker (the lookbehind sees the name's last character)
_AFTER_NAME = re.compile(rf"((?:\s+[A-Z][\w.&'-]*){{0,{MAX_NAME_TAIL}}})\s*\(?\s*(?<![\w.]){EXCHANGE_TICKER}(?![\w.])")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def name_then_ticker(name: str, text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches, left to right and without overlaps, of `(?<![\\w-])NAME` followed by `_AFTER_NAME`, as the
    name's start and the match of what follows it: what `re.compile` of the whole pattern would find, without
    compiling a pattern per name (a compile costs about a millisecond, and each story asks for some names)."""
    start, resume = text.find(name), 0
    while start != -1:
        if start >= resume and not (start and _WORD_OR_HYPHEN.match(text, start - 1)):
            match = _AFTER_NAME.match(text, start + len(name))
            if match is not None:
                yield start, match
                resume = match.end()  # finditer goes on after the match
        start = text.find(name, start + 1)


def _name_just_before_a_ticker(name: str, text: str) -> bool:
    """A cheap necessary condition of `ticker_follows`: the name is written in the stretch before some ticker
    (a few name words fit in TAIL_CHARS), so the name is searched for only where it can fit."""
    return any(name in text[max(0, start - len(name) - TAIL_CHARS) : start] for start in _ticker_starts(text))


@lru_cache(maxsize=4)
def _ticker_starts(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in TICKER.finditer(text))


# room for the few company-name words and spaces between a name and its ticker ("Stores Inc. ( ")
TAIL_CHARS = 200
TICKER = re.compile(rf"(?<![\w.]){EXCHANGE_TICKER}(?![\w.])")


def mark_ticker_companies(clusters: dict[str, EntityCluster], text: str) -> None:
    """Makes a company of every name the text writes a ticker after, whatever NER called it ("Brindle City Stores
    Inc. BCS.N said")."""
    for cluster in clusters.values():
        if cluster.label != "ORG" and ticker_follows(cluster.name, text):
            cluster.org_evidence = True
            cluster.make_org()
