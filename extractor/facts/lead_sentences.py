"""The sentences of a story's body that can open it: what `story_period` and `survey_months` read for the period a
story reports on ("Existing home sales rose in July ..."). A dateline the parser cut off as a sentence of its own
("NEW YORK (Reuters) -") opens nothing: no sentence ends on a dash, so one that does is a fragment, and the sentence
after it is the story's first."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

MIN_TOKENS = 6  # fewer words are a stray fragment ("(Reuters) -", a byline), not the story's opening
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def lead_sentences(doc: Doc, body_start: int) -> Iterator[Span]:
    """The body's sentences from `body_start` on, past stray fragments and a dateline cut off on its own."""
    for sent in doc.sents:
        if sent.start_char >= body_start and len(sent) >= MIN_TOKENS and not _cut_at_dash(sent):
            yield sent


def first_sentence(doc: Doc, body_start: int) -> Span | None:
    return next(lead_sentences(doc, body_start), None)


def _cut_at_dash(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in DASHES
