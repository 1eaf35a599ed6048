"""A partnership's name that ends in "'s": "Hollis & Crane's said", "Hollis & Crane's analyst Ann Lee".

Two partners' names joined by "&" often carry the founder's "'s" as part of the firm's name. Read one mention at a
time, "Hollis & Crane's analyst" looks like a possessive; across the story, a firm whose every writing has the
"'s" (never "Hollis & Crane" bare) is named with it, once one writing shows the "'s" is the name's: it owns
nothing ("Hollis & Crane's said", "at Hollis & Crane's.", as `name_ends_in_s` reads it) or the firm compiles an
index ("Hollis & Crane's bank index"). A firm named once as an owner ("Tolland & Pike's sales fell") and one the
story also writes bare ("Tolland & Pike said") read the "'s" as a possessive as before.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.name_bounds import POSSESSIVE, name_ends_in_s

AMPERSAND = " & "


def partner_name_keeps_s(span: Span) -> bool:
    """An organization mention "A & B's" (B no legal suffix) whose bare form "A & B" the text never writes and
    whose "'s" one of the story's writings shows to be part of the name."""
    bare = _partner_owner(span)
    if bare is None:
        return False
    # every writing of the partners' names runs straight into an "'s" (a longer name is another: "A & Bell")
    if re.search(r"(?<![\w])" + re.escape(bare) + r"(?![\w'’])", doc_text(span.doc)) is not None:
        return False
    return any(_partner_owner(ent) == bare and _s_is_the_names(ent) for ent in span.doc.ents)


def _partner_owner(span: Span) -> str | None:
    """ "Hollis & Crane" for an ORG mention "Hollis & Crane's" (the NER span with or without the "'s")."""
    if span.label_ != "ORG":
        return None
    doc = span.doc
    if span[-1].text in POSSESSIVE and len(span) > 1:
        owner_end = span.end - 1
    elif span.end < len(doc) and doc[span.end].text in POSSESSIVE and not span[-1].whitespace_:
        owner_end = span.end
    else:
        return None
    owner = doc[span.start : owner_end]
    if AMPERSAND not in owner.text or _ends_in_an_organisation_word(owner):
        return None
    # "the Hollis & Crane's index": the article the tagger took into the span is no part of the name
    return (owner[1:] if owner[0].tag_ == "DT" and len(owner) > 1 else owner).text


def _ends_in_an_organisation_word(owner: Span) -> bool:
    """ "A & B Inc", "A & B Bank", "A & B Foundation": a name that ends in a word saying what kind of body it is is
    whole without an "'s", so the "'s" after it is a possessive ("A & B Foundation's index")."""
    last = owner[-1].lower_
    return any(
        last in words(name)
        for name in ("org_suffixes", "org_name_words", "public_body_words", "institution_name_words")
    )


def _s_is_the_names(span: Span) -> bool:
    """The "'s" owns nothing ("Hollis & Crane's said") or heads an index the firm compiles ("Hollis & Crane's
    regional bank index"): a firm's own index, not a possessive of something it has."""
    if name_ends_in_s(span):
        return True
    doc = span.doc
    mark = span.end if span[-1].text not in POSSESSIVE else span.end - 1
    after = doc[mark + 1 : mark + 5]
    for token in after:
        if token.lemma_.lower() in words("index_nouns"):
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False
