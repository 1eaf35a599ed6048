"""Which organization a sentence's main clause is about when its subject is a thing the organization holds:
"Brindle shares fell 3 percent", "shares of Brindle fell", "the group's revenue rose". The next sentence's "its"
most often goes on with that holder ("Its profit doubled"), so the holder becomes the party last named as a
subject; otherwise a party named sentences before keeps the pronoun though the story has moved back to its own
company."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, known_name_ending_at, resolve_subject
from extractor.facts.named_owners import tagged_org
from extractor.facts.story_orgs import org_starting_with
from extractor.lexicons import any_words, words


def held_subject_owner(subject: Token, ctx: DocContext) -> str | None:
    """The organization that holds a main clause's subject noun: a name written as its possessive ("Brindle's
    revenue"), or on shares as a compound or after "of" or "in" ("Brindle shares", "shares of Brindle"), or a
    description of one as its possessive ("the oil group's shares"). None for a subject of people or peers
    ("Brindle analysts expect", "Brindle's rivals have not followed it"): they, not Brindle, are what the sentence
    is about; and for a pronoun possessive ("its shares"), which names nobody new; nor for a peer's ("shares in
    rival Brindle")."""
    if subject.pos_ not in ("NOUN", "PROPN") or ctx.entities.at(subject.i) is not None or _people(subject):
        return None
    holders = (word for word in _holding_words(subject) if not _named_as_peer(word))
    return next((name for word in holders if (name := _holder(word, ctx))), None)


def _holding_words(subject: Token) -> Iterator[Token]:
    """The words that may name the subject's holder. A name compounded on another noun than shares is as often a
    product's or a plan's ("Quillby Plus members") as a company's, so only shares take a compound."""
    stock = subject.lemma_.lower() in words("share_nouns")
    for child in subject.children:
        if child.dep_ == "poss" or stock and child.dep_ == "compound" and child.i < subject.i:
            yield child
        elif stock and child.dep_ == "prep" and child.lower_ in ("of", "in"):
            yield from (c for c in child.children if c.dep_ == "pobj")


def _holder(word: Token, ctx: DocContext) -> str | None:
    """The organization a holding word names: tagged as one, a proper noun the tagger missed that begins or ends
    a name the story knows ("Brindle" for "Brindle Corp"), or a description ("the company's")."""
    if (named := tagged_org(word, ctx.entities)) is not None:
        return named
    if word.pos_ == "PROPN" and ctx.entities.at(word.i) is None:
        return known_name_ending_at(word, ctx) or org_starting_with(word, ctx)
    if word.lemma_.lower() in words("org_nouns") and any(c.lower_ == "the" for c in word.children):
        return resolve_subject(word, ctx)
    return None


def _named_as_peer(word: Token) -> bool:
    """ "shares in rival Brindle": a peer named for comparison beside the story's company, which keeps the thread."""
    return any(t.lemma_.lower() in words("peer_relation_nouns") for t in word.subtree if t.i < word.i)


def _people(noun: Token) -> bool:
    """People, and parties set beside the holder ("Brindle's rivals"), are what their sentence is about."""
    people = any_words(
        "person_nouns", "role_nouns", "staff_nouns", "shareholder_nouns", "crowd_nouns", "peer_relation_nouns"
    )
    return noun.lemma_.lower() in people or noun.lower_ in people
