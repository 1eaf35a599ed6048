"""The credit line of a wire story: "(Reporting by A and B in Tokyo; Additional reporting by C; Editing by D)".

The names in it are the reporters and editors, PERSON entities, and a name after "in" is where they filed
from, a place (the development gold lists both). spaCy often reads a reporter's name as an organization and a
filing place as a person; inside the bracket the credit words say which is which, so the bracket's names are
read from its own structure: runs of capitalized words between credit words and punctuation.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text, span_text

CREDIT_BRACKET = re.compile(
    r"\(\s*(?:Additional |Further )?(?:Reporting|Writing|Editing|Compiled|Edited)\b[^()]*\)", re.IGNORECASE
)
# a run of name words: capitalized words, initials ("M.D."), hyphenated parts, "d'Arcy", particles ("ten", "von")
NAME_WORD = r"(?:[A-Z][\w'.-]*|[a-z]'[A-Z][\w'-]*|(?:{particles}))"
PLACE_LABELS = frozenset({"GPE", "LOC"})


@cache
def _name_run() -> re.Pattern[str]:
    word = NAME_WORD.format(particles="|".join(sorted(words("name_particles"))))
    return re.compile(rf"{word}(?:\s+{word})*")


def credit_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the story's credit brackets."""
    text = doc_text(doc)
    if "(" not in text:
        return []
    return [match.span() for match in CREDIT_BRACKET.finditer(text)]


def credit_names(doc: Doc, ranges: list[tuple[int, int]]) -> list[Span]:
    """The people and filing places of the credit brackets, labelled by the credit words before them."""
    text = doc_text(doc)
    found: list[Span] = []
    for start, end in ranges:
        previous_place = False
        for name_start, name_end in _name_runs(text, start + 1, end - 1):
            span = doc.char_span(name_start, name_end, alignment_mode="contract")
            if span is None or not len(span):
                continue
            before = text[start:name_start].rstrip()
            joiner = "," if before.endswith(",") else before.rsplit(None, 1)[-1].lower()
            # "in Charlotte, North Carolina", "in Paris and Madrid": a name joined to a place may be one too
            files_from = re.match(r"\s+in\b", text[name_end:end]) is not None  # "Sara Lim in Jakarta": a person
            joined = joiner in ("and", ",") and previous_place and not files_from and _tagged_place(span)
            place = joiner == "in" or joined
            found.append(Span(doc, span.start, span.end, label=_label(span, place, text[name_end:end])))
            previous_place = place
    return found


def _label(span: Span, place: bool, after: str) -> str:
    """A filing place; a newsroom ("London Editorial Reference Unit", "Berlin bureau") or an agency
    ("Reuters bureaus"); else a reporter or editor."""
    next_word = re.match(r"\s*([a-z]+)", after)
    newsroom = span[-1].lower_ in words("credit_org_words") or (
        next_word is not None and next_word.group(1) in words("credit_org_words")
    )
    if place or newsroom and _tagged_place(span):
        return "GPE"
    if newsroom or span_text(span).lower() in words("news_agencies"):
        return "ORG"
    return "PERSON"


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of name words, cut at credit words ("Tarrow. Editing by": a capitalized credit word is no name)."""
    credit = words("credit_words")
    runs = []
    for match in _name_run().finditer(text, start, end):
        run_start, last_end = None, match.start()
        for word in re.finditer(r"\S+", text[match.start() : match.end()]):
            if word.group().lower().strip(".,;") in credit:
                if run_start is not None:
                    runs.append((run_start, _without_stop(text, run_start, last_end)))
                run_start = None
                continue
            if run_start is None:
                run_start = match.start() + word.start()
            last_end = match.start() + word.end()  # the end of the run's last name word
        if run_start is not None:
            runs.append((run_start, _without_stop(text, run_start, last_end)))
    return [(a, b) for a, b in runs if b > a]


def _without_stop(text: str, start: int, end: int) -> int:
    """ "in Italy.;": a full stop after a word that is no initial ("M.D.", "K.") ends the clause, not the name."""
    last = text[start:end].split()[-1]
    return end - 1 if last.endswith(".") and last.count(".") == 1 and len(last) > 2 else end


def _tagged_place(span: Span) -> bool:
    """ "in Hong Kong and Tokyo": the tagger's label decides whether a name after a place's "and" is a place."""
    return any(t.ent_type_ in PLACE_LABELS for t in span)
