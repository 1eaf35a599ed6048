"""Roles in the all-capitals attribution lines of reaction stories: "ANN LEE, ANALYST, BRANDT CAPITAL, SYDNEY",
"BO CHEN, CHIEF STRATEGIST AT KESTREL BANK IN LONDON", and in the excerpt headings that put the firm and the
title before the name, "BRANDT MOTOR CO CHIEF EXECUTIVE ANN LEE" (mentions/caps_title_lines.py). The recognizer
finds no names in capitals, so the line is read by its commas (mentions/speaker_lines.py, the reader the entities
use too) or its words: the person, the title (a role noun in it), the organization, then a place to drop; here
the parts are only written in name case."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.discourse import DocContext
from extractor.facts.named_facts import role_fact
from extractor.lexicons import words
from extractor.mentions.caps_title_lines import caps_title_lines
from extractor.mentions.doc_text import doc_text
from extractor.mentions.entities import strip_legal_suffix
from extractor.mentions.speaker_lines import speaker_lines
from extractor.models import Fact


def caps_role_facts(sent: Span, ctx: DocContext, seen: set[tuple[str, str]]) -> list[Fact]:
    """One role per speaker line whose person is in the sentence (the lines are read over the whole text, as
    the entities read them: a line and its quote may fall in different sentences)."""
    text = doc_text(sent.doc)
    facts = []
    for line in speaker_lines(text, quoted=False) + caps_title_lines(text):
        if line.organization is None or not sent.start_char <= line.person[0] < sent.end_char:
            continue
        person = " ".join(word.title() for word in text[slice(*line.person)].split())
        title = text[slice(*line.title)].lower()
        if (person, title) in seen:
            continue
        seen.add((person, title))
        organization = strip_legal_suffix(_name_case(text[slice(*line.organization)]))
        facts.append(role_fact(sent, ctx, line.line[0], organization, title, person, own_subject=True))
    return facts


def _name_case(name: str) -> str:
    """ "BRANDT CAPITAL" -> "Brandt Capital", "KESTREL BANK OF FREEDONIA" -> "Kestrel Bank of Freedonia";
    short words that are not common words stay capitals (initials such as "KBW")."""
    cased = []
    for k, word in enumerate(name.split()):
        if k > 0 and word.lower() in words("caps_lower_words"):
            cased.append(word.lower())
        elif len(word.strip(".&")) <= 3 and word.strip(".").lower() not in words("caps_common_words"):
            cased.append(word)
        else:  # "HALVARD'S" -> "Halvard's", "KESTREL-MILLS" -> "Kestrel-Mills"
            cased.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(cased)
