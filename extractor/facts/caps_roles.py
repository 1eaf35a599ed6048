"""Roles in the all-capitals attribution lines of reaction stories: "ANN LEE, ANALYST, BRANDT CAPITAL, SYDNEY",
"BO CHEN, CHIEF STRATEGIST AT KESTREL BANK IN LONDON". The recognizer finds no names in capitals, so the line
is read by its commas: the person, the title (a role noun in it), the organization, then a place to drop."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.facts.discourse import DocContext
from extractor.facts.named_facts import role_fact
from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.entities import strip_legal_suffix
from extractor.mentions.speaker_lines import is_title
from extractor.models import Fact

# a run of capitals, digits and the punctuation of names and titles, commas included; a quote, colon or
# lower-case word ends it
CAPS_RUN = re.compile(r"[A-Z][A-Z0-9.&'/ ,-]*[A-Z.]")
AFFILIATION = re.compile(r"\s(?:AT|WITH|FROM)\s")
PLACE_AFTER = re.compile(r"\s+IN\s+[A-Z .'-]+$")
INITIAL = re.compile(r"^[A-Z]\.$")
LOWER_WORDS = frozenset({"and", "of", "the", "at", "for", "in", "on", "de", "du", "von", "van"})


def caps_role_facts(sent: Span, ctx: DocContext, seen: set[tuple[str, str]]) -> list[Fact]:
    """One role per attribution line of the sentence (person, title, organization in capitals)."""
    text = span_text(sent)
    if "," not in text:
        return []
    facts = []
    for match in CAPS_RUN.finditer(text):
        role = _read_line(match.group(0))
        if role is None:
            continue
        person, title, organization = role
        if (person, title) in seen:
            continue
        seen.add((person, title))
        facts.append(
            role_fact(sent, ctx, sent.start_char + match.start(), organization, title, person, own_subject=True)
        )
    return facts


def _read_line(line: str) -> tuple[str, str, str] | None:
    """(person, title, organization) of "NAME, TITLE, ORGANIZATION[, PLACE]" or "NAME, TITLE AT|WITH
    ORGANIZATION [IN PLACE]" or "NAME, TITLE OF ORGANIZATION"; None for any other run of capitals."""
    parts = [p.strip(" .") for p in line.split(",")]
    if len(parts) < 2 or any(not p for p in parts[:2]):
        return None
    person = _person(parts[0])
    if person is None or not is_title(parts[1]):
        return None
    title, organization = parts[1], None
    affiliation = AFFILIATION.search(title)
    if affiliation is not None:
        title, organization = title[: affiliation.start()], title[affiliation.end() :]
    else:
        places = [k for k, p in enumerate(parts) if k >= 2 and p.startswith("IN ")]
        later = parts[2 : places[0] if places else len(parts)]  # ", IN BEND, OREGON": a place, and all after it
        while later and is_title(later[0]):
            later = later[1:]  # "VICE PRESIDENT, SENIOR PORTFOLIO MANAGER, FIRM": the first title is kept
        if later:
            organization = later[0]
        elif " OF " in title:
            title, organization = title.rsplit(" OF ", 1)
    if not organization:
        return None
    organization = re.sub(r"^THE\s+", "", PLACE_AFTER.sub("", organization))
    if not organization or is_title(organization):
        return None
    return person, title.lower(), strip_legal_suffix(_name_case(organization))


def _person(part: str) -> str | None:
    """The name that ends the first part: its last two words, and a first name before a middle initial
    ("COMMENTARY ANN LEE" -> "Ann Lee", "JOHN W. SMITH" -> "John W. Smith")."""
    names = part.split()
    if len(names) < 2 or not all(re.fullmatch(r"[A-Z][A-Z.'-]*", n) for n in names):
        return None
    kept = names[-3:] if len(names) >= 3 and INITIAL.match(names[-2]) else names[-2:]
    if any(n.lower() in LOWER_WORDS for n in kept):
        return None
    return " ".join(n.title() for n in kept)


def _name_case(name: str) -> str:
    """ "BRANDT CAPITAL" -> "Brandt Capital", "KESTREL BANK OF FREEDONIA" -> "Kestrel Bank of Freedonia";
    short words that are not common words stay capitals (initials such as "KBW")."""
    cased = []
    for k, word in enumerate(name.split()):
        if k > 0 and word.lower() in LOWER_WORDS:
            cased.append(word.lower())
        elif len(word.strip(".&")) <= 3 and word.strip(".").lower() not in words("caps_common_words"):
            cased.append(word)
        else:  # "HALVARD'S" -> "Halvard's", "KESTREL-MILLS" -> "Kestrel-Mills"
            cased.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(cased)
