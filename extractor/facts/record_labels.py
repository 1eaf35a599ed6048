"""The label an entity record carries: what the name is, which is not always the label the subject rules vote.

The subject rules may read a country as an organization: the main party of a story about a government's bailout
or a country's bond sale gets the ORG vote that makes it the story's main organization ("Freedonia agreed to ...").
That vote serves the facts; it does not make the name an organization. A name that the place lexicons know as a
country is a place (GPE) in the document's entity list, whatever the votes said ("Freedonia (Agency) -" in a
dateline, "the Union and Freedonia" beside an organization, a country the tagger read as a product).
"""

from __future__ import annotations

from extractor.facts.statistics_country import known_countries
from extractor.mentions.entities import EntityCluster

PLACE_LABEL = "GPE"


def record_label(cluster: EntityCluster) -> str:
    """The label of the cluster's entity record: GPE for a known country's name, else the voted label."""
    if cluster.name in known_countries():
        return PLACE_LABEL
    return cluster.label
