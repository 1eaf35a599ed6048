"""Superlatives that rank no single party: a group ("one of the region's leading carmakers", "the country's biggest
lenders"), a figure or a move ("the highest level", "the biggest increase", "its widest trade gap"), or a span of
time held by an event ("the worst default on record", "the decade's biggest listing"). The gold keeps such phrases
as optional ranks at most (TRAPS.md: a superlative taken from a group is no numbered rank, and look-back
superlatives are optional ranks); as rank facts of the story's company or country they are wrong far more often."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from extractor.lexicons import table, words

ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)")  # "12th-largest"


def ranks_a_party(noun: Token, rank_word: Token, *, numbered: bool) -> bool:
    """Whether the superlative or ordinal `rank_word` on `noun` ranks one party among others: not a member of a
    ranked group, not a figure or a move, not a superlative over a span of time."""
    if _figure_noun(noun) or _over_time(noun):
        return False
    return numbered or not _group(noun)


def _group(noun: Token) -> bool:
    """ "one of the region's leading carmakers", "among the largest banks", "Freedonia's top lenders": a
    superlative over several things names a group, whose members have no rank of their own."""
    return taken_from_group(noun) or noun.tag_ in ("NNS", "NNPS")


def taken_from_group(noun: Token) -> bool:
    """ "one of the biggest lenders", "two of the largest", "several of the top carmakers": the noun is a member
    taken from a group (lexicons/group_quantifiers.txt or a number before "of"), even when the parse tags it
    singular."""
    head = noun.head
    return head.lower_ == "of" and (head.head.lower_ in words("group_quantifiers") or head.head.like_num)


def is_ordinal(lower: str) -> bool:
    """ "fourth", "12th": an ordinal word of lexicons/ordinals.tsv or in figures."""
    return lower in table("ordinals") or ORDINAL_FIGURE.fullmatch(lower) is not None


def _figure_noun(noun: Token) -> bool:
    """ "the highest level", "the biggest increase", "the widest trade gap": the ranked thing is a reading or a move
    (lexicons/ranked_figure_nouns.txt and the change lemmas), which a look-back superlative compares with the past."""
    lemma = noun.lemma_.lower()
    return lemma in words("ranked_figure_nouns") or lemma in words("change_up") or lemma in words("change_down")


def _over_time(noun: Token) -> bool:
    """ "the year's biggest listing", "the costliest strike on record": an event held against the events of a span of
    time ranks no party. A company's rank over a span ("the largest lender since 1990", "the biggest drugmaker in
    Europe for a decade") is still its rank, so only event nouns are read here."""
    if not _event_noun(noun):
        return False
    spans = words("duration_nouns") | words("ranked_time_spans")
    for child in noun.children:
        if child.dep_ == "poss" and child.lemma_.lower() in spans:
            return True
        if child.dep_ == "prep" and child.lower_ in words("time_span_prepositions"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (child.lower_ in words("look_back_prepositions") or obj.lemma_.lower() in spans):
                return True  # "since the 1990s" looks back; "in 2004" is the period of a rank, kept
    return False


def _event_noun(noun: Token) -> bool:
    """A deal, an offering or another event (lexicons/ranked_event_nouns.txt, deal_nouns, offering_nouns,
    event_nouns): what a look-back superlative ranks when it ranks no party."""
    lemma = noun.lemma_.lower()
    kinds = words("ranked_event_nouns") | words("deal_nouns") | words("offering_nouns")
    return lemma in kinds or lemma in table("event_nouns")


def hyphened_superlative(word: Token) -> Token | None:
    """The noun of a superlative the tokenizer split at its hyphen ("its best-selling
    sedan", "the top-selling tablet": the first part hangs on the participle), for the first part of
    lexicons/rank_adjectives.txt's hyphened entries."""
    participle = word.head
    hyphen = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if hyphen is None or hyphen.text != "-" or participle.i != word.i + 2 or participle.dep_ != "amod":
        return None
    if participle.head.pos_ != "NOUN":
        return None
    if f"{word.lower_}-{participle.lower_}" not in words("rank_adjectives"):
        return None
    return participle.head


@cache
def hyphen_heads() -> frozenset[str]:
    """First parts of the hyphened superlatives ("best" of "best-selling"), which the tokenizer writes apart."""
    return frozenset(entry.split("-")[0] for entry in words("rank_adjectives") if "-" in entry)
