"""A stock index whose compiler's name the story also writes in initials: "the Halden & Vell's 300 index" beside
"the H&V 300" is the "H&V 300" (FACTS.md: an index by its short name; the readable gold names such an index by the
initialled form in every set and lists the spelled-out one, when at all, as an alias)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.mentions.doc_text import doc_text

_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def initialled_form(name: str, doc: Doc) -> str:
    """The index's name with its opening words (two or more capitalised words, "&" kept) cut to their initials,
    where the story writes that form as a whole phrase: "Halden & Vell's 300" -> "H&V 300" when "H&V 300" is
    written; else the name as it is. The words after the initials stay as written ("H&V Retail Index")."""
    parts = name.split()
    text = doc_text(doc)
    for cut in range(len(parts) - 1, 1, -1):
        letters = _initials(parts[:cut])
        if letters is None:
            continue
        form = " ".join([letters, *parts[cut:]])
        if re.search(rf"(?<![\w&]){re.escape(form)}(?![\w&])", text):
            return form
    return name


def _initials(words: list[str]) -> str | None:
    """ "Halden & Vell's" -> "H&V"; None when a word is neither capitalised nor "&", or fewer than two letters."""
    letters = []
    for word in words:
        if word == "&":
            letters.append("&")
        elif word[:1].isupper() and _POSSESSIVE.sub("", word).isalpha():
            letters.append(word[0])
        else:
            return None
    return "".join(letters) if sum(ch.isalpha() for ch in letters) >= 2 else None
