"""The `fact_extractor` spaCy component: the only module that writes to a Doc.

Results travel as JSON-able dicts in `Doc._` extensions (so they survive
`doc.to_bytes()` and `nlp.pipe(n_process>1)`); `doc._.facts` rebuilds the
pydantic records from them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_UPPER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.lemmas import add_lemma_exceptions
from extractor.lexicons import words
from extractor.mentions.token_index import sentences_looked_up
from extractor.models import Entity, Fact

EXTENSIONS_WITH_DEFAULTS = {
    "doc_id": None,
    "published": None,  # ISO date string
    "title": None,
    "fact_records": None,
    "entity_records": None,
    "quantities": None,
    "periods": None,
}


def register_extensions() -> None:
    """Register every `Doc._` attribute once; safe to call again."""
    for name, default in EXTENSIONS_WITH_DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", getter=lambda doc: [Fact.model_validate(r) for r in doc._.fact_records or []])
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", getter=lambda doc: [Entity.model_validate(r) for r in doc._.entity_records or []])


register_extensions()


class FactExtractor:
    """Finds facts in a parsed Doc (needs sentences, a dependency parse and entities)."""

    def __init__(self, name: str, *, min_confidence: float) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        from extractor.facts.assembly import find_facts  # the rules load their lexicons on first use

        published, title = _date_and_title(doc)
        doc_id = doc._.doc_id or "doc"
        with sentences_looked_up(doc):
            result = find_facts(doc, doc_id=doc_id, published=published, title=title)
        facts = [f for f in result.facts if (f.confidence or 0.0) >= self.min_confidence]
        self.set_annotations(doc, facts, result)
        return doc

    def set_annotations(self, doc: Doc, facts: list[Fact], result) -> None:
        doc._.fact_records = [f.model_dump(mode="json") for f in facts]
        doc._.entity_records = [e.model_dump(mode="json") for e in result.entities]
        doc._.quantities = result.quantities
        doc._.periods = result.periods


def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line (or a line break after a heading or the date header) starts a sentence; the
    parser keeps boundaries set before it, so headlines and headings do not run into the text."""
    # A token's own whitespace is one space or none, so a line break is a space token's text: only the
    # tokens after a space token can start a paragraph. The array finds those without building a Token
    # for every word.
    is_space = doc.to_array(IS_SPACE)
    for i in numpy.flatnonzero(is_space[:-1]).tolist():
        previous, token = doc[i], doc[i + 1]
        if "\n\n" in previous.text or ("\n" in previous.text and not token.is_space):
            token.is_sent_start = True
    # "I/B/E/S. Revenue rose": only the tokens after a slash can end such an acronym's sentence
    orth = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orth[:-2] == doc.vocab.strings.add("/")).tolist():
        if _slash_acronym_ends_sentence(doc[i + 1], doc[i + 2]):
            doc[i + 2].is_sent_start = True
    _separate_subheadings(doc)
    return doc


_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "'"})


def _separate_subheadings(doc: Doc) -> None:
    """ "... next month. MORE JOB CUTS The company said": wire copy glues a subheading in capitals between two
    paragraphs; it is a sentence of its own, so the parser does not read it as part of the next subject."""
    caps = doc.to_array([IS_UPPER, IS_ALPHA]).all(axis=1)
    starts = numpy.flatnonzero(caps[1:] & ~caps[:-1]) + 1
    for start in starts.tolist():
        end = start
        while end < len(doc) and caps[end]:
            end += 1
        if not _is_glued_subheading(doc, start, end):
            continue
        opening = _titled_owner_start(doc, start, end)  # "... SLOW YEAR NKB Securities analyst Ann Lee said"
        doc[start].is_sent_start = True
        if opening > start:
            doc[opening].is_sent_start = True
        for token in doc[opening + 1 : end + 1] if opening < end else ():
            token.is_sent_start = False  # the parser would cut "BKV | President Jo Marr" otherwise
        for token in itertools.takewhile(lambda t: t.is_title, doc[end + 1 : end + MAX_NAME_WORDS]):
            token.is_sent_start = False  # nor "STILL WAITING Brindle | Research analyst Jo Marr": one name


def _is_glued_subheading(doc: Doc, start: int, end: int) -> bool:
    if end - start < 2 or end >= len(doc) or not doc[end].is_title:
        return False
    before = doc[start - 1]
    if before.text not in _SENTENCE_ENDS or not before.whitespace_:
        return False
    return any(len(token) >= 4 for token in doc[start:end])


MAX_NAME_WORDS = 4  # the title-case words after a heading kept in one sentence with its first word
MAX_OWNER_LETTERS = 4  # "NKB", "UBS", "ECB", "SIPC": initials, not a heading's last word of prose


def _titled_owner_start(doc: Doc, start: int, end: int) -> int:
    """Where the sentence after a glued capitals heading starts. When the heading's run ends in short initials
    and the text goes on to a title ("... SLOW YEAR NKB Securities analyst Ann Lee", "... NO QUICK FIX BKV
    President Jo Marr", "... GOOD NEWS BKV CEO Jo Marr"), those initials name the title's organization: they
    open the sentence, or the titled person loses their firm (and the heading keeps a word of a name).
    `start` when the whole run is that opening (no heading at all), `end` when there is no such title."""
    titles = words("role_nouns")  # heads of posts, not "group" or "global", which name firms and divisions too
    last = end - 1
    while last > start and doc[last].lower_ in titles:
        last -= 1  # "... BKV CEO Jo Marr": a title in capitals inside the run
    owner = doc[last]
    if not 2 <= len(owner.text) <= MAX_OWNER_LETTERS or owner.is_stop or not _initials(owner):
        return end
    if last == end - 1 and not _title_follows(doc, end, titles):
        return end  # "RATES ON HOLD The bank said": no title after the run
    return last


def _initials(word: Token) -> bool:
    """Capitals that read as initials: no vowel ("NKB"), or written again outside a capitals run ("BKV said"); a
    heading's last word ("ON THIN ICE") is a word of prose, and the story writes it in capitals only there."""
    if not any(ch in "AEIOU" for ch in word.text):
        return True
    doc = word.doc
    return any(
        t.text == word.text and t.i != word.i and not (_capitals(doc, t.i - 1) or _capitals(doc, t.i + 1)) for t in doc
    )


def _capitals(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_upper and doc[i].is_alpha


def _title_follows(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """A title word within the next few title-case words: "Securities analyst", "Chairman", "Group chief"."""
    for token in doc[i : min(i + 4, len(doc))]:
        if token.lower_ in titles:
            return True
        if not token.is_title:
            return False
    return False


def _slash_acronym_ends_sentence(last: Token, token: Token) -> bool:
    """ "... according to Carvell Data I/B/E/S. Revenue rose 5 percent" (`last` after a slash): a slash acronym
    keeps its final dot on its last letter ("S."), so the parser reads on into the next sentence; written
    mid-sentence it has no dot, so the dot and a capitalized word after it end the sentence."""
    if not last.whitespace_:
        return False
    opens = token.text[:1].isupper() or token.text in ('"', "\u201c")  # a capital, or a quotation opening
    return len(last.text) == 2 and last.text[0].isupper() and last.text[1] == "." and opens


@Language.factory("paragraph_boundaries", requires=["token.is_space"], assigns=["token.is_sent_start"])
def make_paragraph_boundaries(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory for `nlp.add_pipe("paragraph_boundaries", before="parser")` (also an entry point)."""
    return paragraph_boundaries


def ensure_paragraph_boundaries(nlp: Language) -> None:
    """Put `paragraph_boundaries` before the parser unless it is there: the facts depend on the sentences,
    so `spacy.load(model)` + `add_pipe("fact_extractor")` must split them as `load_nlp` does."""
    if "parser" in nlp.pipe_names and not any(
        nlp.get_pipe_meta(name).factory == "paragraph_boundaries" for name in nlp.pipe_names
    ):
        nlp.add_pipe("paragraph_boundaries", before="parser")


def _date_and_title(doc: Doc) -> tuple[dt.date | None, str | None]:
    """The Doc's date and title; for a bare `nlp(text)` (neither set) those of the text's date header,
    read by the same code as `extract`, so both give the same facts."""
    if doc._.published or doc._.title:
        return (dt.date.fromisoformat(doc._.published) if doc._.published else None), doc._.title
    from extractor.io.documents import DocumentError, document_from_text

    try:
        document = document_from_text(doc.text, doc_id=doc._.doc_id or "doc")
    except DocumentError:  # no header worth reading (or an impossible date): no date, as before
        return None, None
    return document.published, document.title


@Language.factory(
    "fact_extractor",
    assigns=["doc._.fact_records", "doc._.entity_records", "doc._.quantities", "doc._.periods"],
    requires=["doc.sents", "doc.ents", "token.dep", "token.lemma"],
    default_config={"min_confidence": 0.0},
)
def make_fact_extractor(nlp: Language, name: str, *, min_confidence: float) -> FactExtractor:
    """Factory for `nlp.add_pipe("fact_extractor")`; adds `paragraph_boundaries` too when missing, and the lemma
    exceptions the cues need ("hopes" -> "hope"), so plain spaCy gives the facts `extract` gives."""
    ensure_paragraph_boundaries(nlp)
    add_lemma_exceptions(nlp)
    return FactExtractor(name, min_confidence=min_confidence)
