"""Which measure a bare figure stated per share continues: "Net sales rose to $900 million. Analysts had
forecast 44 cents per share." The paragraph's last measure is the net sales, but an amount a share restates
the story's last result stated per share (its earnings per share), never a whole measure put per share, nor
a dividend or a deal price per share ("raised its dividend to 25 cents a share" names no estimate's measure)."""

from __future__ import annotations

from extractor.facts.discourse import DOC_TOPIC
from extractor.facts.predicate_forms import is_earnings_per_share, is_per_share

PER_SHARE_TOPIC = DOC_TOPIC + "earnings per share"  # the story's last per-share result (document-wide)


def per_share_topic(topics: dict[str, str], topic: str | None, stated_per_share: bool) -> str | None:
    """The topic a bare per-share figure continues: the story's last per-share result when the paragraph's
    topic is a whole measure ("net sales" would read "net sales per share"); else the paragraph's topic."""
    if topic is None or is_per_share(topic) or not stated_per_share:
        return topic
    return topics.get(PER_SHARE_TOPIC) or topic


def remember_per_share(topics: dict[str, str], predicate: str) -> None:
    """Keep the story's last result stated per share for the bare per-share figures after it."""
    if is_earnings_per_share(predicate):
        topics[PER_SHARE_TOPIC] = predicate
