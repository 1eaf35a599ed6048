"""Words NER runs into a name that are not part of it: a job title after a company's name ("[Halden Chief
Executive] Officer Ann Lee"), a capitalised adjective opening a sentence or headline ("[New Halden Bank]
leaders", "[Current Brindle] staff"), and a prefix that says "formerly of" ("[Ex-Halden] boss")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.header import find_header
from extractor.lexicons import any_words, words
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.legal_names import strip_legal_suffix

_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


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
    sentence (or headline) before a name is not part of it when the story also names the rest on its own;
    "New Avalon Times" never named as "Avalon Times", or written with its "New" more than once, keeps it."""
    if len(span) < 2 or span[0].lower_ not in words("name_lead_adjectives") or not _opens_a_line(span):
        return span
    if span.label_ in ("GPE", "LOC"):
        return span  # "New Jersey" is a place even where "Jersey" is written alone
    rest = Span(span.doc, span.start + 1, span.end, label=span.label_)
    if not rest.text[:1].isupper() or _written_whole_again(span):
        return span
    return rest if _named_alone(rest) else span


def drop_former_prefix(span: Span) -> Span:
    """ "[Ex-Halden] boss sues", "an [ex-Brindle] trader": a prefix that says "formerly of" (`former_prefixes`),
    joined to the name by a hyphen, is no part of it; the name is the rest. Without the cut the headline's "Ex-"
    form became a name of its own, and the figures of the company it names took it as subject."""
    if len(span) < 3 or span[0].lower_ not in words("former_prefixes") or span[1].text not in _HYPHENS:
        return span
    if span[0].whitespace_ or span[1].whitespace_ or not span[2].text[:1].isupper():
        return span  # "Ex - Halden" or "ex-officio": no prefix glued to a name
    rest = Span(span.doc, span.start + 2, span.end, label=span.label_)
    return rest if _written_without_prefix(rest) else span


def _written_without_prefix(rest: Span) -> bool:
    """The story writes the rest of the name elsewhere, not after a hyphen: a name of its own ("Vora Bank" of an
    "Ex-Vora Bank" is never written so, and keeps its prefix)."""
    alone = re.compile(rf"(?<![\w-]){re.escape(rest.text)}(?![\w-])")
    return any(match.start() != rest.start_char for match in alone.finditer(doc_text(rest.doc)))


_HYPHENS = frozenset({"-", "‐", "–"})


def _written_whole_again(span: Span) -> bool:
    """The story writes the name with its adjective somewhere else too: the adjective is the name's own."""
    whole = re.compile(rf"(?<![\w-]){re.escape(span.text)}(?![\w-])")
    return any(match.start() != span.start_char for match in whole.finditer(doc_text(span.doc)))


def _named_alone(rest: Span) -> bool:
    """The story names the rest on its own elsewhere: NER finds it as a name (with or without a legal suffix or
    "'s"), or it is written inside a sentence outside any longer name. Not a capitalised common word opening a
    sentence ("World markets fell"), nor a word inside another name ("Star fund manager Ann Lee" may be tagged
    "Star"): a single word opening a sentence does not count."""
    for ent in rest.doc.ents:
        if ent.start < rest.end and rest.start < ent.end:
            continue
        if strip_legal_suffix(_POSSESSIVE.sub("", ent.text)) != rest.text:
            continue
        if len(rest) == 1 and ent[0].is_sent_start:
            continue
        return True
    return _written_inside_a_sentence(rest)


def _written_inside_a_sentence(rest: Span) -> bool:
    doc = rest.doc
    for match in re.finditer(rf"(?<![\w-]){re.escape(rest.text)}(?![\w-])", doc_text(doc)):
        words = doc.char_span(match.start(), match.end())
        if words is None or words.start < rest.end and rest.start < words.end or words[0].is_sent_start:
            continue
        if not any(e.start <= words.start and words.end <= e.end and len(e) > len(words) for e in doc.ents):
            return True
    return False


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
    text = span_text(span)
    if "," not in text and "and" not in text and "or" not in text:
        return [span]  # no conjunction written: most mentions, read without a Token per word
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
    if len(pieces) < 2 or _written_with_ampersand(span):
        return [span]
    if not all(p.text[:1].isupper() and _written_alone(p, span) for p in pieces):
        return [span]
    return pieces


def _written_with_ampersand(span: Span) -> bool:
    """ "Standard and Vell" beside "Standard & Vell": the story spells one firm's name both ways."""
    joined = re.sub(r"\s+and\s+", " & ", span.text)
    return joined != span.text and joined in doc_text(span.doc)


def _joint_doer(span: Span) -> bool:
    """ "Last week [Alder and Birk] jointly filed a complaint": names joined by "and" as the subject of their
    clause act together; the group is the subject of what they did (FACTS.md gold writes the joined names), so
    it stays one mention. Not before "be" ("[Alder and Birk] are rivals in freight"): each is its own."""
    subject = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ != "be" and not span.start <= t.head.i < span.end
        for t in span
    )
    return subject and any(t.lower_ == "and" for t in span)


def _written_alone(part: Span, joined: Span) -> bool:
    """The story writes the part outside the joined phrase, as a name of its own: not inside a longer name
    ("Alder" in "Alder & Birk", or in a name NER found, "Alder Birk Partners")."""
    text = doc_text(part.doc)
    phrases = [(m.start(), m.end()) for m in re.finditer(re.escape(joined.text), text)]
    for match in re.finditer(rf"(?<![\w-]){re.escape(part.text)}(?![\w-])", text):
        start, end = match.span()
        if any(a <= start and end <= b for a, b in phrases):
            continue
        if "&" in text[max(0, start - 3) : start] or "&" in text[end : end + 3]:
            continue
        if not _inside_longer_name(part.doc, start, end):
            return True
    return False


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Inside a longer name NER found; not inside another list of names ("Alder, Birk and Cole Group")."""
    return any(
        e.start_char <= start and end <= e.end_char and (e.start_char, e.end_char) != (start, end) and not _a_list(e)
        for e in doc.ents
    )


def _a_list(ent: Span) -> bool:
    """Names joined by "and", "or" or commas; "Alder, Birk & Cole" (commas closed by "&") is one name."""
    joins = [t.text for t in ent if t.text in CONJUNCTIONS or t.text == "&"]
    return bool(joins) and joins[-1] != "&"
