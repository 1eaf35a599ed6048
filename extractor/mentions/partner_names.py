"""A partnership's name that ends in "'s": "Hollis & Crane's said", "Hollis & Crane's analyst Ann Lee".

Two partners' names joined by "&" often carry the founder's "'s" as part of the firm's name. Read one mention at a
time, "Hollis & Crane's analyst" looks like a possessive; across the story, a firm whose every writing has the
"'s" (never "Hollis & Crane" bare, never "Hollis & Crane said") is named with it. A partnership the story also
writes bare ("Tolland & Pike's profit" beside "Tolland & Pike said") is a possessive as before.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.name_bounds import POSSESSIVE

AMPERSAND = " & "


def partner_name_keeps_s(span: Span) -> bool:
    """An organization mention "A & B's" (B no legal suffix) whose bare form "A & B" the text never writes."""
    if span.label_ != "ORG":
        return False
    doc = span.doc
    if span[-1].text in POSSESSIVE and len(span) > 1:
        owner_end = span.end - 1
    elif span.end < len(doc) and doc[span.end].text in POSSESSIVE and not span[-1].whitespace_:
        owner_end = span.end
    else:
        return False
    owner = doc[span.start : owner_end]
    if AMPERSAND not in owner.text or owner[-1].lower_ in words("org_suffixes"):
        return False
    bare = owner.text.removeprefix("The ").removeprefix("the ")
    # every writing of the partners' names runs straight into an "'s"
    return re.search(re.escape(bare) + r"(?!'s|’s)", doc_text(doc)) is None
