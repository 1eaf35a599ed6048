"""Which organization a sentence's main clause is about when its subject is a thing the organization holds:
"Brindle shares fell 3 percent", "the group's revenue rose". The next sentence's "its" most often goes on with
that holder ("Its profit doubled"), so the holder becomes the party last named as a subject; otherwise a party
named sentences before would keep the pronoun though the story has moved back to its own company."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extractor.facts.named_owners import tagged_org
from extractor.lexicons import any_words, words
from extractor.mentions.entities import EntityIndex

HOLDING_DEPS = frozenset({"poss", "compound"})  # "Brindle's shares", "Brindle shares"


def held_subject_owner(subject: Token, entities: EntityIndex, resolve: Callable[[Token], str | None]) -> str | None:
    """The organization that holds a main clause's subject noun: a name written as its possessive ("Brindle's
    revenue") or compounded on shares ("Brindle shares"), or a description of one as its possessive ("the oil
    group's shares", resolved by `resolve`). None for a subject of people or peers ("Brindle analysts expect",
    "Brindle's rivals have not followed it"): they, not Brindle, are what the sentence is about; and for a
    pronoun possessive ("its shares"), which names nobody new."""
    if subject.pos_ not in ("NOUN", "PROPN") or entities.at(subject.i) is not None or _people(subject):
        return None
    for child in subject.children:
        if child.dep_ not in HOLDING_DEPS or child.i > subject.i or child.dep_ == "compound" and not _stock(subject):
            continue  # a name compounded on other nouns is as often a product's or a plan's ("Quillby Plus members")
        named = tagged_org(child, entities)
        if named is not None:
            return named
        if child.dep_ == "poss" and _describes_an_org(child):
            return resolve(child)
    return None


def _stock(noun: Token) -> bool:
    return noun.lemma_.lower() in words("share_nouns")


def _people(noun: Token) -> bool:
    """People, and parties set beside the holder ("Brindle's rivals"), are what their sentence is about."""
    people = any_words(
        "person_nouns", "role_nouns", "staff_nouns", "shareholder_nouns", "crowd_nouns", "peer_relation_nouns"
    )
    return noun.lemma_.lower() in people or noun.lower_ in people


def _describes_an_org(token: Token) -> bool:
    """ "the company's", "the Ohio retailer's": a definite organization noun (no pronoun)."""
    return token.lemma_.lower() in words("org_nouns") and any(c.lower_ == "the" for c in token.children)
