"""Roles told by a verb: "Ann Lee, who heads Brandt Group", "Lee now heads Kestrel Media", "Bo Chen, who
founded Halden Capital". A named person who heads, chairs or founded a named organization holds that post
(lexicons/leading_verbs.tsv); a past "headed" is a post given up, and is left alone. The copula tells a post
the same way: "Lee is now a managing director at Kestrel Bank", "Chen, who is the chairman of Halden Group";
a past "was" is a post given up, "will be" one not yet held, and both are left alone too."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.founded_by import founded_by
from extractor.facts.named_owners import tagged_org
from extractor.facts.title_owners import OWNER_PREPOSITIONS, is_title_noun
from extractor.lexicons import table

PRESENT = frozenset({"VBZ", "VBP"})


def verb_role(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(title, organization) when the person is the subject of a leading verb whose object is an
    organization ("Lee heads X", "Lee, who heads X"), or the agent of a founding passive ("X, founded by Lee")."""
    return _subject_role(mention, ctx) or founded_by(mention, ctx)


def _subject_role(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """The post of a person who is the subject of a leading verb: directly or through "who"."""
    verb = _verb_of(mention)
    if verb is None:
        return None
    if verb.lemma_ == "be":
        return _copular_post(verb, ctx)
    row = table("leading_verbs").get(verb.lemma_.lower())
    if row is None or not (verb.tag_ in PRESENT or row[0].endswith("founder") and verb.tag_ == "VBD"):
        return None  # "had headed X": a former post, whose dates the text rarely gives
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    named = tagged_org(obj, ctx.entities) if obj is not None else None
    return (row[0], named) if named else None


def _verb_of(mention: Span) -> Token | None:
    root = mention.root
    # "Lee, who heads X": the relative clause on the name
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    if clause is not None and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return clause
    if root.dep_ == "nsubj" and (root.head.pos_ == "VERB" or root.head.lemma_ == "be"):
        return root.head
    return None


def _copular_post(verb: Token, ctx: DocContext) -> tuple[str, str] | None:
    """ "Lee is now a managing director at Kestrel Bank": a title noun after a present "is" whose
    of/at/for/with phrase names an organization. No role when the clause is negated ("is no longer"), has a
    modal or tense auxiliary ("will be", "has been"), or the title names no organization (whose post?)."""
    if verb.tag_ not in PRESENT or any(c.dep_ in ("aux", "neg") or c.lower_ == "longer" for c in verb.children):
        return None
    title = next((c for c in verb.children if c.dep_ == "attr"), None)
    if title is None or not is_title_noun(title):
        return None
    owner = _named_owner(title, ctx)
    return (_title_words(title), owner) if owner is not None else None


def _named_owner(title: Token, ctx: DocContext) -> str | None:
    """The organization tagged inside the title's of/at/for/with phrase ("chairman of Halden Group"). A
    possessor there is left alone: "chairman of its drugs group" names a unit, and "its" may not stand for
    the company."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS):
        for token in prep.subtree:
            if token.dep_ == "poss":
                return None
            if (named := tagged_org(token, ctx.entities)) is not None:
                return named
    return None


def _title_words(noun: Token) -> str:
    """The title as written, without its article: the lower-case modifiers right before the noun ("managing
    director", "senior vice president")."""
    words: list[Token] = []
    for left in reversed(list(noun.lefts)):
        if left.dep_ not in ("amod", "compound", "nmod") or not left.is_lower or left.i != noun.i - len(words) - 1:
            break
        words.insert(0, left)
    return " ".join(t.lower_ for t in [*words, noun])
