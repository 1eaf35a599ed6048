"""A noun the extractor names for a verb ("wrote down $5 billion": a write-down) is written as the story itself
spells that noun. Wires spell one compound two ways ("write-down" and "writedown", "write-off" and "writeoff");
the evaluation compares lemmas word by word, so "write-down" never matches a gold "writedowns" taken from a
story that spells it closed up."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.mentions.doc_text import doc_text


def as_written(noun: str, doc: Doc) -> str:
    """`noun` as the text spells it: a hyphenated compound closed up when the text writes it only closed up
    ("writedowns" in the story: "writedown"), else as given."""
    if "-" not in noun or " " in noun:
        return noun
    closed = noun.replace("-", "")
    text = doc_text(doc)  # joined once per Doc, not on every ask
    if _spelled(noun, text):
        return noun
    return closed if _spelled(closed, text) else noun


def _spelled(word: str, text: str) -> bool:
    """The text has `word` or its plural as a whole word, in any case."""
    return re.search(rf"(?i)(?<![\w-]){re.escape(word)}s?(?![\w-])", text) is not None
