"""A capitalised common word that the tagger read as an organization: "Hedge funds appeal ruling" (a headline's
first word), "Refinancing drives applications up", "Finance Minister Ann Lee said". Such a one-word "name" is no
party of the story: where it is the only organization the title or the lead names, it took the story's main
subject and every figure nobody else holds (FACTS.md: the subject is a named party, a country or a product).

Capitals are evidence of a name only where nothing else explains them. A one-word organization is a common word
when the story also writes it in lower case and each of its mentions is capitalised for another reason:
- it stands before a noun and the story writes the same two words in lower case ("Hedge funds" beside "hedge
  funds", "Finance Minister" beside "the finance minister"), or
- it opens the title or a sentence and the story writes the word alone in lower case ("Refinancing drives ..."
  beside "a wave of refinancing").
A company named once mid-sentence ("shares of Harvest fell") keeps its name, whatever common word it is, and so
does a legislature or central bank a common noun names ("Parliament backs plan" over "the country's parliament").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from extractor.mentions.doc_text import doc_text
from extractor.mentions.government_bodies import is_government_body
from extractor.mentions.token_index import lower_case_word_or_lemma

if TYPE_CHECKING:
    from extractor.mentions.entity_clusters import EntityCluster


def is_common_word_name(cluster: EntityCluster, title_start: int | None) -> bool:
    """A one-word organization whose every mention is a capitalised common word (module docstring);
    `title_start` is the character where the headline starts (None: the text has none)."""
    if cluster.label != "ORG" or " " in cluster.name or not cluster.mentions:
        return False
    if is_government_body(cluster):
        return False  # "Parliament backs the plan" beside "the country's parliament": a body a common noun names
    return all(_common_word_mention(m, title_start, cluster.org_evidence) for m in cluster.mentions)


def _common_word_mention(mention: Span, title_start: int | None, org_evidence: bool) -> bool:
    """The lower-case phrase outweighs the vote of a title noun after the word ("Finance Minister" reads like
    "Acme analyst"); a lone opening word with a ticker or a descriptor stays a name."""
    if len(mention) != 1 or not mention[0].is_alpha:
        return False
    doc, word = mention.doc, mention[0]
    if _phrase_in_lower_case(doc, mention):
        return True
    opens = not org_evidence and (word.is_sent_start or mention.start_char == title_start)
    lowered = word.lower_
    return opens and lower_case_word_or_lemma(doc, {lowered, word.lemma_.lower(), lowered.removesuffix("s")})


def _phrase_in_lower_case(doc: Doc, mention: Span) -> bool:
    """The mention and the word after it ("Hedge funds") written elsewhere all in lower case ("hedge funds")."""
    if mention.end >= len(doc) or not doc[mention.end].is_alpha:
        return False
    phrase = f"{mention.text.lower()} {doc[mention.end].lower_}"
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", doc_text(doc)) is not None
