"""Products a launch or release acts on where the recognizer missed or cut their names: "launched the Zephyr
phone", "a new smartwatch, the Pellam Fit 3", "unveiled the Vexa Note 8"."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext
from extractor.facts.events_common import item_name
from extractor.lexicons import words


def product_name(obj: Token, predicate: str) -> list[str]:
    """ "launched the Zephyr phone": a product the recognizer missed, named by the capitalized words before
    the common noun a launch or release acts on (not a place or nationality: "a Chinese version")."""
    if predicate not in words("product_event_predicates") or obj.pos_ != "NOUN":
        return []
    before = [t for t in obj.subtree if t.i <= obj.i]
    if any(
        t.ent_type_ in ("GPE", "LOC", "DATE", "ORDINAL") or t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in before
    ):
        return []
    name = item_name(before)
    return [name] if name else []


def apposed_product(obj: Token, predicate: str) -> list[str]:
    """ "launched a new smartwatch, the Pellam Fit 3", "presented a system - Pulse 600": a capitalized name in
    apposition to the common noun a launch or release acts on is the product, whatever entity label (a
    person, a date) the recognizer gave it."""
    if predicate not in words("product_event_predicates") or obj.pos_ != "NOUN":
        return []
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is None or appos.ent_type_ in ("GPE", "LOC", "NORP", "ORG"):
        return []  # "its new plant, Ostrava": a place; an organization is read as a name already
    run = [t for t in appos.subtree if t.dep_ != "det" and t.i >= appos.left_edge.i]
    name: list[Token] = []
    for t in run:
        if not (t.text[:1].isupper() or name and t.like_num):
            break
        name.append(t)
    return [" ".join(t.text for t in name)] if name and appos in name else []


def proper_product(obj: Token, predicate: str, ctx: DocContext) -> list[str]:
    """ "unveiled the Vexa Note 8", "released the Orbis 9": a proper-noun object of a launch or release, with
    its proper-noun compounds and its number, is the product's whole name, also where the recognizer took
    none of it or only the maker's name."""
    if predicate not in words("product_event_predicates") or obj.pos_ != "PROPN":
        return []
    run = proper_run(obj)
    if run is None:
        return []
    rights = run[run.index(obj) + 1 :]
    clusters = [ctx.entities.at(t.i) for t in run]
    if any(c is not None and c.label in ("GPE", "LOC", "NORP", "PERSON") for c in clusters):
        return []  # "launched China" or a person: no product
    if all(c is not None and c is clusters[0] for c in clusters) and not rights:
        return []  # a name the recognizer took whole is read as a name
    return [" ".join(t.text for t in run)]


def proper_run(noun: Token) -> list[Token] | None:
    """ "the Vexa Note 8": the proper noun with its proper-noun compounds before it and its number after it, when
    they stand together."""
    lefts = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NUM")]
    rights = [c for c in noun.rights if c.dep_ == "nummod" and c.like_num]
    run = [*lefts, noun, *rights]
    return run if [t.i for t in run] == list(range(run[0].i, run[-1].i + 1)) else None


def longer_product_name(named: list[str], product: list[str]) -> list[str]:
    """The product's whole name when the recognizer took only its first word ("Nimbus" of "Nimbus Pro")."""
    if not named:
        return product
    if len(named) == 1 and product and product[0].startswith(named[0] + " "):
        return product
    return named
