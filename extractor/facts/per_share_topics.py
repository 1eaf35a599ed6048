"""Which measure a bare figure stated per share continues: "Net sales rose to $900 million. Analysts had
expected 38 cents per share." The paragraph's last measure is the net sales, but an amount a share restates
the story's last measure stated per share (its earnings per share), never a whole measure put per share."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.mentions.doc_text import span_text

PER_SHARE_TOPIC = "document:amount per share"  # the story's last per-share measure (a document-wide topic key)

RATE_AFTER = re.compile(r"\s*(?:a|per)\s+(?:\w+\s+)?share\b", re.I)  # "38 cents a share", "$1.07 per diluted share"


def stated_per_share(span: Span) -> bool:
    """The figure is followed by its rate: "38 cents per share", "$1.07 a diluted share"."""
    start = span.end_char - span.sent.start_char
    return RATE_AFTER.match(span_text(span.sent)[start : start + 30]) is not None


def per_share_topic(topics: dict[str, str], topic: str | None, span: Span | None) -> str | None:
    """The topic a bare per-share figure continues: the last per-share measure of the story when the paragraph's
    topic is a whole measure ("net sales" would read "net sales per share"); else the paragraph's topic."""
    if topic is None or topic.endswith("per share") or span is None or not stated_per_share(span):
        return topic
    return topics.get(PER_SHARE_TOPIC) or topic


def remember_per_share(topics: dict[str, str], predicate: str) -> None:
    """Keep the story's last measure stated per share for the bare per-share figures after it."""
    if predicate.endswith("per share"):
        topics[PER_SHARE_TOPIC] = predicate
