"""The organization that holds the story's first figure: evidence of what a story is about beside the title.

"Pellow Corp's debt of $20 billion", "a 30 percent stake in Pellow", "talks to buy Pellow ... in a deal that
would value the firm at $5 billion": the first money or percent figure of the body is most often said of the
organization the story is about, even when the title names another first (the buyer, the parent, the
investor). The holder is the organization mention of the figure's sentence nearest to the figure in the
dependency tree; a mention that owns a noun on the figure's way to the root ("Pellow's debt", "the debt of
Pellow", "a stake in Pellow") comes first. No holder when two mentions of different organizations are as near.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityCluster

FIGURE_LABELS = ("MONEY", "PERCENT")
OWNER_LINKS = ("poss", "compound", "nmod", "pobj", "prep", "appos")
OWNER_PREPS = ("of", "in")


def first_figure(doc: Doc, body_start: int) -> Span | None:
    """The first money or percent entity of the body."""
    return next((e for e in doc.ents if e.label_ in FIGURE_LABELS and e.start_char >= body_start), None)


def figure_holder(
    clusters: list[EntityCluster], doc: Doc, body_start: int, *, owners: bool = False
) -> EntityCluster | None:
    """The organization nearest to the body's first figure in its sentence (see the module's comment)."""
    figure = first_figure(doc, body_start)
    return None if figure is None else holder_of(figure, clusters, owners=owners)


def figures_held(clusters: list[EntityCluster], doc: Doc, body_start: int, *, owners: bool = False) -> dict[int, int]:
    """How many money and percent figures of the body each organization holds (by the cluster's id)."""
    counts: dict[int, int] = {}
    for figure in doc.ents:
        if figure.label_ in FIGURE_LABELS and figure.start_char >= body_start:
            holder = holder_of(figure, clusters, owners=owners)
            if holder is not None:
                counts[id(holder)] = counts.get(id(holder), 0) + 1
    return counts


def holder_of(figure: Span, clusters: list[EntityCluster], *, owners: bool = False) -> EntityCluster | None:
    sentence = figure.sent
    way_up = [figure.root, *figure.root.ancestors]
    ranked = sorted(
        (
            (_nearness(m.root, figure.root, way_up), id(c), c)
            for c in clusters
            for m in c.mentions
            if sentence.start <= m.start < sentence.end and not (figure.start <= m.start < figure.end)
        ),
        key=lambda row: row[0],
    )
    if owners:
        ranked = [r for r in ranked if r[0][0] == 0]
    if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0] and ranked[1][1] != ranked[0][1]:
        return None
    return ranked[0][2]


def _nearness(mention: Token, figure: Token, way_up: list[Token]) -> tuple[int, int]:
    """(0 when the mention owns a noun on the figure's way up, else 1; edges between the two)."""
    return (0 if _owns_one_of(mention, way_up) else 1, _edges_between(mention, figure))


def _owns_one_of(mention: Token, way_up: list[Token]) -> bool:
    on_way = {t.i for t in way_up if t.pos_ in ("NOUN", "PROPN")}
    token = mention
    for _ in range(3):
        if token.dep_ not in OWNER_LINKS or token.head is token:
            return False
        if token.dep_ == "pobj" and token.head.lower_ not in OWNER_PREPS:
            return False
        token = token.head
        if token.i in on_way:
            return True
    return False


def _edges_between(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    depth_b = {t.i: k for k, t in enumerate([b, *b.ancestors])}
    return next((k + depth_b[t.i] for k, t in enumerate(up_a) if t.i in depth_b), len(up_a) + len(depth_b))
