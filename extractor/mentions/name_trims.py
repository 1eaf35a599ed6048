"""Words NER runs into a name that are not part of it: a job title after a company's name ("[Halden Chief
Executive] Officer Ann Lee") and a capitalised adjective opening a sentence or headline ("[New Halden Bank]
leaders", "[Current Brindle] staff")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.header import find_header
from extractor.lexicons import any_words, words
from extractor.mentions.doc_text import doc_text


def trim_title_tail(span: Span) -> Span:
    """ "Halden Chief Executive | Officer Ann Lee", "Brindle Senior Executive | Vice President Bo Lin": a run of
    title words at the end of a mention, opened by a title's first word (title_opening_words), is the start
    of a job title when the title or a person's name runs on right after the mention. "Dollar Mart General"
    keeps its "General": no title opens there; a name alone before a verb keeps its words."""
    titles = any_words("title_words", "title_opening_words")
    openers = words("title_opening_words")
    cut = None
    for k in range(len(span) - 1, 0, -1):
        token = span[k]
        if token.lower_ not in titles or not token.text[:1].isupper():
            break
        if token.lower_ in openers:
            cut = k
    if cut is None or not _title_runs_on(span):
        return span
    return Span(span.doc, span.start, span.start + cut, label=span.label_)


def _title_runs_on(span: Span) -> bool:
    """The word after the mention goes on with a title ("Officer") or is a person's name."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    titled = after.text[:1].isupper() and after.lower_ in any_words("title_words", "title_opening_words")
    return titled or after.ent_type_ == "PERSON"


def drop_lead_adjective(span: Span) -> Span:
    """ "New Halden Bank leaders ...", "Current Brindle staff may apply": a capitalised adjective that opens a
    sentence (or headline) before a name is not part of it when the story also writes the name without it;
    "New Avalon Times" never written as "Avalon Times" keeps its first word."""
    if len(span) < 2 or span[0].lower_ not in words("name_lead_adjectives") or not _opens_a_line(span):
        return span
    if span.label_ in ("GPE", "LOC"):
        return span  # "New Jersey" is a place even where "Jersey" is written alone
    rest = Span(span.doc, span.start + 1, span.end, label=span.label_)
    if not rest.text[:1].isupper():
        return span
    text = doc_text(span.doc)
    alone = re.compile(rf"(?<![\w-]){re.escape(rest.text)}(?![\w-])")
    elsewhere = any(match.start() != rest.start_char for match in alone.finditer(text))
    return rest if elsewhere else span


def _opens_a_line(span: Span) -> bool:
    """The mention opens a sentence, or the headline after the file's date header (" date 2020-01-02 New ...",
    which the parser reads as one sentence with the date)."""
    if span[0].is_sent_start:
        return True
    text = doc_text(span.doc)
    header = find_header(text)
    return header is not None and header.title is not None and text.find(header.title, 0, header.end) == span.start_char


CONJUNCTIONS = frozenset({",", "and", "or"})


def split_coordination(span: Span) -> list[Span]:
    """ "[Alder and Birk] bid", "[Alder, Birk and Cole Group]": names joined by "and", "or" or commas that NER
    read as one are several when the story writes each of them outside that phrase too; "Marks and Sons"
    written only whole stays one name, and so do names joined by "&"."""
    cuts = [t.i for t in span if t.text in CONJUNCTIONS and span.start < t.i < span.end - 1]
    if not cuts or _joint_doer(span):
        return [span]
    bounds = [span.start, *cuts, span.end]
    pieces = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        start = left if left == span.start else left + 1
        if start < right and span.doc[start].text in CONJUNCTIONS:
            start += 1  # ", and" (the serial comma)
        if start < right:
            pieces.append(Span(span.doc, start, right, label=span.label_))
    rest = doc_text(span.doc).replace(span.text, " ")
    if len(pieces) < 2 or not all(p.text[:1].isupper() and _written_alone(p.text, rest) for p in pieces):
        return [span]
    return pieces


def _joint_doer(span: Span) -> bool:
    """ "[Alder, Birk and Cole] sold 5 million shares": names joined by "and" as the subject of their clause
    act together; the group is the subject of what they did (FACTS.md gold writes the joined names), so it
    stays one mention. Not before "be" ("[Alder and Birk] were the two biggest holders"): each holds its own."""
    subject = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ != "be" and not span.start <= t.head.i < span.end
        for t in span
    )
    return subject and any(t.lower_ == "and" for t in span)


def _written_alone(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None
