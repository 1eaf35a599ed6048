"""Speaker lines of reaction stories: "ANN LEE, SENIOR ANALYST, BRANDT CAPITAL, SYDNEY: "quote"", "BO CHEN, CHIEF
STRATEGIST AT KESTREL BANK IN LONDON "quote"". The recognizer reads names in capitals badly (a first name alone
as a person, a town as a company, the title as an organization), so such a line is read by its commas: the
person, the title (a role noun in it: never an entity), the organization, then the places it was said from.

`speaker_lines` gives the character offsets of those parts; the entities read their names from there (like a
credit bracket's), and the role facts (facts/caps_roles.py) read the person and title with the same helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text

# a run of capitals, digits and the punctuation of names and titles, commas included; a quote, colon or
# lower-case word ends it
CAPS_RUN = re.compile(r"[A-Z][A-Z0-9.&'/ ,-]*[A-Z.]")
QUOTE_AFTER = re.compile(r"[ \t]*:?\s*[\"“]")  # what makes a run of capitals a speaker line: the quote it opens
COLON_AFTER = re.compile(r"[ \t]*:(?=\s)")  # or, for the roles, a colon before the speaker's plain words
SECTION_LABEL = re.compile(r"[A-Z]{4,}:?[ \t]*$")  # "COMMENTARY:", "COMMENTS" just before the first speaker
AFFILIATION = re.compile(r"\s(?:AT|WITH|FROM)\s")
PLACE_AFTER = re.compile(r"\s+IN\s+(?=[A-Z])")
INITIAL = re.compile(r"^[A-Z]\.$")
NAME_WORD = re.compile(r"[A-Z][A-Z.'-]*")

Range = tuple[int, int]


@dataclass(frozen=True)
class SpeakerLine:
    """Character ranges in the text: the whole line, the person, the organization (None when the line names
    none), the places after it and the title (without "AT ..." or "OF ..." when the organization ends it)."""

    line: Range
    person: Range
    organization: Range | None
    places: tuple[Range, ...]
    title: Range


@lru_cache(maxsize=8)
def speaker_lines(text: str, quoted: bool = True) -> tuple[SpeakerLine, ...]:
    """The speaker lines of a whole text: runs of capitals that read as "NAME, TITLE, ..." and, when `quoted`,
    open a quote. A section label in capitals right before one ("COMMENTARY:") belongs to its line (it is no name
    either). The entities ask for quoted lines only (a capitals run before a quote is surely a speaker); the
    roles also take a line that a colon ends, because commentary blocks set the speaker's words as plain text
    on the next line (a headline in capitals, "ANN LEE, CHIEF EXECUTIVE, QUITS", has neither).
    Read once per document (cached): the entities, the role facts and the person filter all ask, and a line and
    its quote may fall in different sentences."""
    found = []
    for match in CAPS_RUN.finditer(text):
        opens_words = QUOTE_AFTER.match(text, match.end()) or not quoted and COLON_AFTER.match(text, match.end())
        if "," not in match.group() or not opens_words:
            continue
        line = read_speaker_line(text, match.start(), match.end())
        if line is not None:
            label = SECTION_LABEL.search(text, max(0, match.start() - 20), match.start())
            start = label.start() if label is not None else match.start()
            found.append(SpeakerLine((start, line.line[1]), line.person, line.organization, line.places, line.title))
    return tuple(found)


def _parts(text: str, start: int, end: int) -> list[Range]:
    """The comma-separated parts of text[start:end], without spaces and full stops around them."""
    parts, at = [], start
    for piece in text[start:end].split(","):
        a, b = at, at + len(piece)
        while a < b and text[a] in " .":
            a += 1
        while b > a and text[b - 1] in " .":
            b -= 1
        parts.append((a, b))
        at += len(piece) + 1
    return parts


def read_speaker_line(text: str, start: int, end: int) -> SpeakerLine | None:
    """ "NAME, TITLE, ORGANIZATION[, PLACE...]", "NAME, TITLE AT|WITH ORGANIZATION [IN PLACE]", "NAME, TITLE OF
    ORGANIZATION": the parts of text[start:end]; None when it is no such line (no person, no title)."""
    parts = _parts(text, start, end)
    if len(parts) < 2 or any(a == b for a, b in parts[:2]):
        return None
    person = person_range(text, *parts[0])
    if person is None or not is_title(text[slice(*parts[1])]):
        return None
    organization, places = _affiliation(text, parts[1])
    if organization is None:
        organization, places = _organization_part(text, parts)
    elif len(parts) > 2:
        places = places + tuple(p for p in parts[2:] if p[0] < p[1])  # "... IN BEND, OREGON"
    title = _title_range(text, parts[1], organization)
    if organization is not None:
        organization, places = _without_place(text, organization, places)
    if organization is not None and is_title(text[slice(*organization)]):
        organization = None
    return SpeakerLine((start, end), person, organization, places, title)


def _title_range(text: str, title: Range, organization: Range | None) -> Range:
    """The title without the word that joins the organization to it ("CHIEF STRATEGIST [AT] KESTREL BANK")."""
    if organization is None or not title[0] <= organization[0] < title[1]:
        return title
    return title[0], title[0] + len(text[title[0] : organization[0]].rstrip().rsplit(None, 1)[0])


def _affiliation(text: str, title: Range) -> tuple[Range | None, tuple[Range, ...]]:
    """ "CHIEF STRATEGIST AT KESTREL BANK": the organization after "AT", "WITH" or "FROM" in the title."""
    found = AFFILIATION.search(text, title[0], title[1])
    return ((found.end(), title[1]), ()) if found is not None else (None, ())


def _organization_part(text: str, parts: list[Range]) -> tuple[Range | None, tuple[Range, ...]]:
    """The first part after the titles ("VICE PRESIDENT, SENIOR PORTFOLIO MANAGER, FIRM, TOWN"), the parts after
    it places; else the organization after the title's last "OF" ("HEAD OF RESEARCH OF KESTREL BANK")."""
    later = [p for p in parts[2:] if p[0] < p[1]]
    place = next((k for k, (a, _) in enumerate(later) if text.startswith("IN ", a)), len(later))
    later, after = later[:place], later[place:]  # ", IN BEND, OREGON": a place, and all after it
    while later and is_title(text[slice(*later[0])]):
        later = later[1:]
    if later:
        places = tuple((a + 3, b) if text.startswith("IN ", a) else (a, b) for a, b in later[1:] + after)
        return later[0], places
    title = text[slice(*parts[1])]
    if " OF " in title:
        return (parts[1][0] + title.rindex(" OF ") + 4, parts[1][1]), ()
    return None, ()


def _without_place(text: str, organization: Range, places: tuple[Range, ...]) -> tuple[Range | None, tuple]:
    """ "THE KESTREL BANK IN LONDON": the organization without its article and the place after "IN"."""
    a, b = organization
    if text.startswith("THE ", a):
        a += 4
    found = PLACE_AFTER.search(text, a, b)
    if found is not None:
        places, b = ((found.end(), b), *places), found.start()
    return ((a, b) if a < b else None), places


def person_range(text: str, start: int, end: int) -> Range | None:
    """The name that ends the first part: its last two words, and a first name before a middle initial
    ("COMMENTARY ANN LEE" -> "ANN LEE", "JOHN W. SMITH" -> "JOHN W. SMITH")."""
    names = list(re.finditer(r"\S+", text[start:end]))
    if len(names) < 2 or not all(NAME_WORD.fullmatch(n.group()) for n in names):
        return None
    kept = names[-3:] if len(names) >= 3 and INITIAL.match(names[-2].group()) else names[-2:]
    if any(n.group().lower() in words("caps_lower_words") for n in kept):
        return None
    return start + kept[0].start(), start + kept[-1].end()


def is_title(part: str) -> bool:
    """A part that names a post: one of its words is a role noun ("SENIOR COMMODITIES ANALYST"), in the singular
    or plural ("MANAGING DIRECTORS"), but not a company word ("ASHBY PARTNERS" names a firm)."""
    roles, company = words("role_nouns"), words("org_name_words")
    split = (w.lower() for w in re.split(r"[\s-]+", part))
    return any(w in roles or w.rstrip("s") in roles and w not in company for w in split)


def in_speaker_line(span: Span) -> bool:
    """A mention inside a speaker line: the speaker's firm is a source, never the story's company."""
    return any(a <= span.start_char < b for a, b in speaker_ranges(span.doc))


def speaker_ranges(doc: Doc) -> list[Range]:
    """Character ranges of the speaker lines of a Doc: the recognizer's names inside them are replaced."""
    return [line.line for line in speaker_lines(doc_text(doc))]


def speaker_names(doc: Doc) -> list[Span]:
    """The person (PERSON), organization (ORG) and places (GPE) of each speaker line, as spans of the Doc."""
    found = []
    for line in speaker_lines(doc_text(doc)):
        labelled = [(line.person, "PERSON"), *([(line.organization, "ORG")] if line.organization else [])]
        for (start, end), label in [*labelled, *((place, "GPE") for place in line.places)]:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and len(span):
                found.append(span)
    return found
