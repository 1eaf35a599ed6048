"""Which words of a parsed story name its own company: the words of the EntityIndex's main organization's name and
aliases, marked on the Doc once by the assembly, so that a modality rule deep in a clause can ask it without the
index being passed down."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.modality_tellers import public_body
from extractor.lexicons import words

_KEY = "story_company_words"  # a tuple of lower-cased words: kept serializable with the Doc


def mark_story_company(doc: Doc, names: list[str]) -> None:
    """Record the words of the story's main organization's name and aliases ("Orvane Foods Plc", "Orvane")."""
    doc.user_data[_KEY] = tuple(sorted({w.lower() for name in names for w in name.split()}))


def names_story_company(token: Token) -> bool:
    """The story's company by name (every word of the proper name, its legal suffix aside, is one of its name's) or
    by anaphor ("it", "the company", "the group"); not a public body ("the central bank"), which an anaphor's noun
    may also head."""
    if public_body(token):
        return False
    if token.lower_ in words("company_pronouns"):
        # "It is expected to cut its main rate" after "The central bank meets on Thursday": a pronoun stands for
        # the company only when the sentence before does not have a public body as its subject
        return not _public_body_before(token)
    article = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
    if f"{article} {token.lemma_.lower()}" in words("anaphors"):
        return True
    known = token.doc.user_data.get(_KEY, ())
    name = [t for t in token.subtree if t.i <= token.i and (t == token or t.dep_ == "compound") and t.pos_ == "PROPN"]
    name = [t for t in name if t.lower_.rstrip(".") not in words("org_suffixes")]
    return bool(known) and bool(name) and all(t.lower_ in known for t in name)


def _public_body_before(pronoun: Token) -> bool:
    """The subject of the sentence before the pronoun's, or of its own sentence's earlier clause, is a public body."""
    sent = pronoun.sent
    earlier = [t for t in sent if t.i < pronoun.i]
    if sent.start > 0:
        earlier = [*pronoun.doc[sent.start - 1].sent, *earlier]
    return any(t.dep_ in ("nsubj", "nsubjpass") and public_body(t) for t in earlier)
