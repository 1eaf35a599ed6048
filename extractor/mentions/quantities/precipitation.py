"""A depth of falling weather: "the front brought 14 inches of wet snow", "75 millimetres of rain fell overnight".
The length measures what came down, so a verb of falling around it ("dropped", "dumped" ahead, "fell" after) does
not make it the size of a fall (lexicons `depth_units` and `precipitation_nouns`)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.models import Quantity

_GAP = 3  # words allowed between "of" and the noun, commas not counted: "of fresh snow", "of thick, wet, blowing snow"


def is_precipitation_depth(quantity: Quantity, span: Span) -> bool:
    """The quantity is a depth followed by "of" and a precipitation noun within a few words."""
    if quantity.unit not in words("depth_units"):
        return False
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    # the noun is looked for in the sentence of the depth only: "sank 3 inches of its height. Snow fell later." is
    # a fall, the next sentence's snow does not make the depth one of precipitation
    stop = min(span.end + 2 + 2 * _GAP, span.sent.end if doc.has_annotation("SENT_START") else len(doc))
    following = [token for token in doc[span.end + 1 : stop] if not token.is_punct]
    return any(token.lemma_.lower() in words("precipitation_nouns") for token in following[: _GAP + 1])
