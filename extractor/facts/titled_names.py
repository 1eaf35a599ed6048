"""People the recognizer missed right after a capitalized title: "Chief Executive Ann Lee told analysts",
"a letter to Chief Executive Bo Chen". A title-case title ending in a role noun, followed by two or three
title-case proper nouns that no entity covers, is a person's title and name."""

from __future__ import annotations

from spacy.lexeme import Lexeme
from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import words
from extractor.mentions.token_index import tokens_with_text, words_where

NAME_WORDS = (2, 3)  # given name and surname, with a middle name or a suffix ("IV") at most


def untagged_titled_names(sent: Span, ctx: DocContext) -> list[tuple[str, Span]]:
    """(name, mention) for each untagged name right after a title-case role noun in the sentence; the name
    is a known person's whose name ends with the same surname, else the words as written."""
    found = []
    for token in words_where(sent, _title_case_role):  # the test reads the word alone: done once per Doc
        run = _name_after(token, sent, ctx)
        if run is not None:
            found.append((_known_person(run, ctx) or run.text, run))
    return found


def _title_case_role(token: Token | Lexeme) -> bool:
    """ "Executive" in "Chief Executive", "CEO": a role noun written as part of a name's title (not a
    headline in capitals, which caps_roles reads)."""
    lower = token.lower_
    if lower not in words("role_nouns"):
        return False
    return token.text[:1].isupper() and (not token.text.isupper() or len(token.text) <= 3)


def _name_after(title: Token, sent: Span, ctx: DocContext) -> Span | None:
    doc, i = title.doc, title.i + 1
    run: list[Token] = []
    while i < sent.end and len(run) < max(NAME_WORDS) + 1 and _name_word(doc[i], ctx):
        run.append(doc[i])
        i += 1
    if len(run) not in NAME_WORDS or (i < sent.end and doc[i].pos_ == "PROPN"):
        return None  # one word is a surname or a company; a longer run is a name of something else
    return doc[run[0].i : run[-1].i + 1]


def _name_word(token: Token, ctx: DocContext) -> bool:
    """A title-case proper noun (or a generation suffix) that is not a title word and that no entity of the
    story covers."""
    text = token.text
    shaped = token.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() or text in ("II", "III", "IV")
    untagged = ctx.entities.at(token.i) is None and not token.ent_type_
    return shaped and untagged and token.lower_ not in words("title_words")


def _known_person(run: Span, ctx: DocContext) -> str | None:
    surname = run[-1].text
    known = [c.name for c in ctx.entities.clusters if c.label == "PERSON" and c.name.split()[-1] == surname]
    return max(known, key=len, default=None)


def untagged_surnames(sent: Span, ctx: DocContext) -> list[tuple[str, Span]]:
    """ "Lee, former chief executive at Brandt Co, ...": a later mention by surname alone that the recognizer
    missed, of the one person of the story with that surname, when a description follows its comma."""
    surnames: dict[str, list[str]] = {}
    for name in ctx.entities.names("PERSON"):
        if " " in name:
            surnames.setdefault(name.split()[-1], []).append(name)
    unique = {surname: names[0] for surname, names in surnames.items() if len(names) == 1}
    found = []
    for token in tokens_with_text(sent, unique):  # only the words written as one of those surnames
        followed = token.i + 1 < sent.end and token.doc[token.i + 1].text == ","
        if token.pos_ == "PROPN" and followed and ctx.entities.at(token.i) is None and not token.ent_type_:
            found.append((unique[token.text], token.doc[token.i : token.i + 1]))
    return found


def list_lead(mention: Span, ctx: DocContext) -> Span:
    """ "partners Ann Lee, Bo Chen and Jo Marr", "economists Ann Lee and Bo Chen": for a later name of a list
    of people, the first name's mention, whose title (written once, in the plural) is every listed name's;
    the mention itself otherwise."""
    doc, start = mention.doc, mention.start
    lead = mention
    i = start - 1
    while i > mention.sent.start and doc[i].lower_ in (",", "and"):
        if doc[i - 1].text == ",":
            i -= 1  # "A, B, and C": the serial comma
        previous = ctx.entities.at(i - 1)
        if previous is None or previous.label != "PERSON":
            break
        first = next((m for m in previous.mentions if m.start <= i - 1 < m.end), None)
        if first is None:
            break
        lead = first
        i = first.start - 1
    return lead
