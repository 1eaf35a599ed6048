"""A story led by a public body holds the figures of the places it writes them for.

A government, ministry, central bank or body of many nations (`international_bodies`) owns no sales, stores or
staff in a country: in a story it leads, "the shortfall in Freedonia", "the indicator for Freedonia" or "investment
in Freedonia" are that country's figures (FACTS.md: economy-wide facts take the country), not the body's. A
company's "sales in Freedonia" stay the company's, located there (`discourse._place_holder`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.facts.clause_holders import public_body
from extractor.lexicons import words
from extractor.mentions.government_bodies import ends_with_body, is_government_body

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex
    from extractor.mentions.entity_clusters import EntityCluster


def led_by_public_body(entities: EntityIndex) -> bool:
    """The story's main organization is a government body, a central bank, a ministry or a body of many nations."""
    main = entities.main_org
    return main is not None and (is_government_body(main) or public_body(main.name) or is_international_body(main))


def is_international_body(cluster: EntityCluster) -> bool:
    """A name or alias ending with a body of many nations' name ("the EU", "the Paris-based OECD")."""
    bodies = words("international_bodies")
    return any(ends_with_body(name, bodies) for name in (cluster.name, *cluster.aliases))
