"""A story led by a public body holds the figures of the places it writes them for.

A government, ministry, central bank or body of many nations (`international_bodies`) owns no sales, stores or
staff in a country: in a story it leads, "the shortfall in Freedonia", "the indicator for Freedonia" or "investment
in Freedonia" are that country's figures (FACTS.md: economy-wide facts take the country), not the body's. A
company's "sales in Freedonia" stay the company's, located there (`discourse._place_holder`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.facts.clause_holders import public_body
from extractor.lexicons import words
from extractor.mentions.government_bodies import is_government_body

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex
    from extractor.mentions.entity_clusters import EntityCluster


def led_by_public_body(entities: EntityIndex) -> bool:
    """The story's main organization is a government body, a central bank, a ministry or a body of many nations."""
    main = entities.main_org
    return main is not None and (is_government_body(main) or public_body(main.name) or is_international_body(main))


def is_international_body(cluster: EntityCluster) -> bool:
    """A name or alias of a body of many nations: a short name of the list ("the EU"), or a written-out name
    opening with an international word and ending with a public body's noun ("the European Banking Authority",
    "the International Monetary Fund"); "International Paper" or "World Wrestling" end with no such noun."""
    return any(_international_name(name.lower().split()) for name in (cluster.name, *cluster.aliases))


def _international_name(name_words: list[str]) -> bool:
    if " ".join(name_words) in words("international_bodies"):
        return True
    opens = bool(name_words) and name_words[0] in words("international_body_openers")
    return opens and len(name_words) > 1 and name_words[-1] in words("international_body_heads")
