"""People the recognizer missed right after a capitalized title: "Chief Executive Ann Lee told analysts",
"a letter to Chief Executive Bo Chen". A title-case title ending in a role noun, followed by two or three
title-case proper nouns that no entity covers, is a person's title and name."""

from __future__ import annotations

from functools import lru_cache

from spacy.lexeme import Lexeme
from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import last_word_is
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
    known = [c.name for c in last_word_is(ctx.entities, surname) if c.label == "PERSON"]
    return max(known, key=len, default=None)


def untagged_surnames(sent: Span, ctx: DocContext) -> list[tuple[str, Span]]:
    """ "Lee, former chief executive at Brandt Co, ...": a later mention by surname alone that the recognizer
    missed, of the one person of the story with that surname, when a description follows its comma."""
    unique = _unique_surnames(tuple(ctx.entities.names("PERSON")))
    found = []
    for token in tokens_with_text(sent, unique):  # only the words written as one of those surnames
        followed = token.i + 1 < sent.end and token.doc[token.i + 1].text == ","
        if token.pos_ == "PROPN" and followed and ctx.entities.at(token.i) is None and not token.ent_type_:
            found.append((unique[token.text], token.doc[token.i : token.i + 1]))
    return found


@lru_cache(maxsize=8)
def _unique_surnames(people: tuple[str, ...]) -> dict[str, str]:
    """The story's people by surname, for the surnames only one of them has; the same for every sentence of a
    story, so worked out once (the dict is shared: read it, never change it)."""
    surnames: dict[str, list[str]] = {}
    for name in people:
        if " " in name:
            surnames.setdefault(name.split()[-1], []).append(name)
    return {surname: names[0] for surname, names in surnames.items() if len(names) == 1}


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


def outside_voice(title: list[Token]) -> bool:
    """ "analyst Jo Marr", "economists Ann Lee and Bo Chen", "a partner in a law firm": a title whose holder
    speaks for a firm of their own (brokers, research houses, law firms), so a title with no organization
    written is never the story's company's (an analyst covers the company, she does not work for it). A
    possessive before the title ("its economist") writes the owner."""
    if not title:
        return False
    first = title[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and (before.tag_ in ("PRP$", "POS") or before.lower_ in ("'s", "’s")):
        return False  # "its chief economist", "the bank's analyst": the owner is written, if as a pronoun
    if _named_by_description(title[-1]):
        return False
    if before is not None and _foreign_body_before(before) or _unit_of_another(title):
        return True
    independent = words("firm_titles") | words("outside_titles")
    adjectival = words("adjectival_titles")  # "fellow director Jo Marr": no fellow
    return any(
        (t.lower_.rstrip("s") in independent or t.lower_ in independent)
        and (t is title[-1] or t.lower_.rstrip("s") not in adjectival)
        for t in title
    )


def _named_by_description(last: Token) -> bool:
    """ "chief economist at the bank", "a partner of the firm": the organization written as a description
    (an org noun after "the" or "its"), which stands for the story's company."""
    doc, end = last.doc, last.sent.end
    after = [t.lower_ for t in doc[last.i + 1 : min(last.i + 4, end)]]
    if len(after) < 3 or after[0] not in ("at", "of", "with", "for") or after[1] not in ("the", "its"):
        return False
    return doc[last.i + 3].lemma_.lower() in words("org_nouns")


def _foreign_body_before(word: Token) -> bool:
    """ "Chinese central bank governor", "French markets watchdog head": an organization described by its
    country and kind, not named, whose officer the title names; never the story's company."""
    doc, i = word.doc, word.i
    while i >= word.sent.start and i > word.i - 3 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
        i -= 1
    if i == word.i or i < word.sent.start:
        return False
    lower = doc[i].lower_
    return lower in table("nationality_countries") or lower in table("place_aliases")


def _unit_of_another(title: list[Token]) -> bool:
    """ "head of a customs post", "CEO of the largest gas producer": the unit a title names is described, not
    named, as another organization than the story's ("head of the Americas", "head of Freedonian retail
    banking" are the company's own units)."""
    for k, token in enumerate(title[:-1]):
        if token.lower_ != "of":
            continue
        following = title[k + 1 : k + 3]
        if following[0].lower_ in ("a", "an"):
            return True
        if following[0].lower_ == "the" and len(following) > 1 and following[1].tag_ == "JJS":
            return True
    return False


MAX_RUN_WORDS = 7


def named_run_of_place(last: Token, ctx: DocContext) -> str | None:
    """ "Bank of Freedonia Governor", "Federal Reserve Bank of Tarvik President": a title-case name built as
    "<Name> of <Place>" right before a title, which the recognizer left untagged or split at the place, is
    the organization the title belongs to."""
    run: list[Token] = []
    token = last
    while token.i >= token.sent.start and len(run) < MAX_RUN_WORDS and _run_word(token, ctx):
        run.insert(0, token)
        token = token.doc[token.i - 1]
    while run and run[0].lower_ == "of":
        run.pop(0)
    linked = [k for k, t in enumerate(run) if t.lower_ == "of"]
    if len(linked) != 1 or linked[0] == 0 or linked[0] == len(run) - 1:
        return None
    if any(t.lower_ in words("title_words") for t in run):
        return None
    return " ".join(t.text for t in run)


def _run_word(token: Token, ctx: DocContext) -> bool:
    """A word of an organization's written name: title-case and no person's, or the "of" linking its parts."""
    if token.lower_ == "of":
        return True
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label == "PERSON":
        return False
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and not token.is_upper


MAX_TICKER_TOKENS = 6


def ticker_before(closing: Token) -> int | None:
    """The index of the word before a bracketed ticker that ends at `closing` ("Brandt Co ( BRD.N )",
    "Brandt's ( 7201.T )", past the possessive), where a title's organization is written; None when
    `closing` closes no short bracket."""
    if closing.text != ")":
        return None
    doc, start = closing.doc, closing.sent.start
    opening = next(
        (k for k in range(closing.i - 1, max(start, closing.i - MAX_TICKER_TOKENS) - 1, -1) if doc[k].text == "("),
        None,
    )
    if opening is None or opening - 1 < start:
        return None
    before = opening - 1
    if doc[before].lower_ in ("'s", "’s", "'", "’") and before - 1 >= start:
        before -= 1
    return before


def mistagged_titled_names(sent: Span, ctx: DocContext) -> list[tuple[str, Span]]:
    """(name, mention) for each two- or three-word name the recognizer tagged as an organization right after
    a role noun: "Brandt Co analyst Ann Lee said", "spokeswoman Jo Marr declined to comment". A firm is not
    written after its own analyst's title, so a name shaped like a person's there is the person."""
    found = []
    for cluster, mention in ctx.entities.mentions_between("ORG", sent.start, sent.end):
        if cluster.name != ctx.main_org and not cluster.agency and _person_after_role_noun(mention):
            found.append((mention.text, mention))
    return found


def _person_after_role_noun(mention: Span) -> bool:
    doc, sent = mention.doc, mention.sent
    before = doc[mention.start - 1] if mention.start > sent.start else None
    if before is None or before.lemma_.lower() not in words("role_nouns") or len(mention) not in NAME_WORDS:
        return False
    described = doc[before.i - 1] if before.i > sent.start else None
    if described is not None and (described.pos_ == "DET" or described.is_lower and described.pos_ in ("NOUN", "ADJ")):
        return False  # "the executive Brandt Commission", "fund manager Hale Associates": a firm described
    following = doc[mention.end] if mention.end < sent.end else None
    if following is not None and (following.pos_ == "PROPN" or following.lower_ in ("'s", "’s", "(")):
        return False  # a longer name, or an organization's possessive or ticker
    not_names = words("org_suffixes") | words("org_name_words") | words("org_nouns") | words("title_words")
    return all(_given_or_surname(t) and t.lower_ not in not_names for t in mention)


def _given_or_surname(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.is_upper
