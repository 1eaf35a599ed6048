"""An organization named only in passing is not what a story is about.

A market wrap or an economy story names many companies once or twice, far down ("... will replace Brindle Corp
in the index"); the best of them by ORG_WEIGHTS would become the main organization and then the subject of the
sector moves, other companies' deals and exchange-wide figures. The main organization needs real evidence: the
title names it, it is the lead's subject, the title or the first three sentences mention it, or the story
names it more than PASSING_MENTIONS times. Without it the story has no main organization, and a figure no
sentence gives a holder is left out rather than given to a bystander (docs/DECISIONS.md "Main organization").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extractor.mentions.salience import (
    lead_sentence,
    lead_subjects,
    short_mentions,
    subject_core,
    title_bounds,
    title_position,
    untagged_names,
)

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityCluster

PASSING_MENTIONS = 3  # a story about a company names it more often than a wrap names a bystander
LEAD_SENTENCES = 3  # the title and this many body sentences say what the story is about


def named_in_passing(
    cluster: EntityCluster, clusters: list[EntityCluster], doc: Doc, title: str | None, body_start: int
) -> bool:
    """Neither the title, the lead's subject nor the first sentences name the organization, and the story
    names it at most PASSING_MENTIONS times (counting "Harwick said" of "Harwick Corp", which NER often misses)."""
    if len(cluster.mentions) + _untagged_mentions(cluster, clusters, doc) > PASSING_MENTIONS:
        return False
    if title_position(cluster, doc, title_bounds(doc, title)) is not None:
        return False
    subjects = {t.i for s in lead_subjects(lead_sentence(doc, body_start)) for t in subject_core(s)}
    if any(t in subjects for m in cluster.mentions for t in range(m.start, m.end)):
        return False
    sentences = [s for s in doc.sents if s.start_char >= body_start]
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end_char if sentences else 0
    return not any(m.start_char < lead_end for m in cluster.mentions)


def _untagged_mentions(cluster: EntityCluster, clusters: list[EntityCluster], doc: Doc) -> int:
    """Later mentions NER left untagged: "Harwick said" of "Harwick Corp" (a one-word name written alone, or
    the first word of a longer name, as salience counts it)."""
    untagged = untagged_names(doc)
    if len(cluster.name.split()) == 1:
        return len(untagged.get(cluster.name, []))
    full_names = {n for c in clusters for n in (c.name, *c.aliases)}
    return len(short_mentions(cluster, untagged, doc, full_names))
