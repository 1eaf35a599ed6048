"""The name written nearest a figure in its sentence, as one more subject candidate (`subject_weights`): many
figures whose subject no grammatical relation gives fall to the story's default subject though the sentence
names their holder a few words away."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.mentions.entities import EntityIndex

ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
NEAR_TOKENS = 4  # "at Brindle, sales rose 4 percent", "Quillby's 12 percent rise": a name a few words from the figure


def nearest_named(
    sent: Span, quantity: Span | None, entities: EntityIndex, labels: frozenset[str], within: int = 1000
) -> str | None:
    """The canonical name of the entity of `labels` whose mention in the sentence is fewest tokens from the figure
    (the earlier one on a tie), at most `within` tokens away; never a news agency or pollster, nor a dateline."""
    if quantity is None:
        return None
    best, best_distance = None, None
    for token in sent:
        if quantity.start <= token.i < quantity.end or token.i in entities.dateline_tokens:
            continue
        cluster = entities.at(token.i)
        if cluster is None or cluster.agency or cluster.label not in labels:
            continue
        distance = quantity.start - token.i if token.i < quantity.start else token.i - quantity.end + 1
        if distance <= within and (best_distance is None or distance < best_distance):
            best, best_distance = cluster.name, distance
    return best
