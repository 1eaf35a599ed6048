"""A one-word short form beside several longer names that all begin with the shortest of them ("Marlow" beside
"Marlow Pryce" and "Marlow Pryce Asset Management", or a headline's overrun "Marlow Pryce Level") names that
shortest company (entity_clusters._nested_shortest); longer names that only share the short form ("Tarvik Bank",
"Tarvik Insurance") leave it ambiguous, and a place is never merged into a body named after it. Names written
for these tests."""

from collections import Counter

import pytest

from extractor.mentions.entity_clusters import EntityCluster, merge_short_forms


def clusters_of(nlp_blank, text: str, names: dict[str, str]) -> dict[str, EntityCluster]:
    """One cluster per name, its mentions where the text writes it whole (the short form only alone)."""
    doc = nlp_blank(text)
    found: dict[str, EntityCluster] = {}
    for name, label in names.items():
        spans = []
        for token in doc:
            span = doc[token.i : token.i + len(name.split())]
            longer = any(
                n != name and n.startswith(name + " ") and text[span.start_char :].startswith(n) for n in names
            )
            if span.text == name and not longer:
                spans.append(span)
        found[name] = EntityCluster(name, Counter({label: len(spans)}), spans)
    return found


@pytest.mark.parametrize(
    ("text", "names", "short", "into"),
    [
        (
            "Marlow Pryce said on Monday that Marlow Pryce Asset Management would close a fund. Marlow lost 4 percent.",
            {"Marlow": "ORG", "Marlow Pryce": "ORG", "Marlow Pryce Asset Management": "ORG"},
            "Marlow",
            "Marlow Pryce",
        ),
        (
            "Dunstan Heath Level 3 assets rise\n\nDunstan Heath said its hard-to-sell assets grew. Dunstan sees more.",
            {"Dunstan": "ORG", "Dunstan Heath": "ORG", "Dunstan Heath Level": "ORG"},
            "Dunstan",
            "Dunstan Heath",
        ),
        (
            "Orrin Capital and Orrin Capital Partners bought the chain. Orrin paid $2 billion, a person said.",
            {"Orrin": "ORG", "Orrin Capital": "ORG", "Orrin Capital Partners": "ORG"},
            "Orrin",
            "Orrin Capital",
        ),
    ],
)
def test_a_short_form_names_the_shortest_nested_company(nlp_blank, text, names, short, into):
    clusters = clusters_of(nlp_blank, text, names)
    merge_short_forms(clusters, text.find("\n\n") + 2 if "\n\n" in text else 0)  # a headline comes first
    assert short not in clusters
    assert any(m.text == short for m in clusters[into].mentions)


@pytest.mark.parametrize(
    ("text", "names", "short"),
    [
        (  # two units that only share the short form
            "Tarvik Bank and Tarvik Insurance were split up. Tarvik shares fell 3 percent.",
            {"Tarvik": "ORG", "Tarvik Bank": "ORG", "Tarvik Insurance": "ORG"},
            "Tarvik",
        ),
        (  # a place beside bodies named after it
            "The Norvia Center and the Norvia Center for Trade met. Norvia holds $2 trillion in reserves.",
            {"Norvia": "GPE", "Norvia Center": "ORG", "Norvia Center for Trade": "ORG"},
            "Norvia",
        ),
    ],
)
def test_a_short_form_stays_apart_where_the_names_do_not_nest(nlp_blank, text, names, short):
    clusters = clusters_of(nlp_blank, text, names)
    merge_short_forms(clusters)
    assert short in clusters
