"""A story that opens on a rating action is about the party rated, not the one who rates: "Halden Ratings cut
its ratings on Brandt Corp" makes Brandt the story's organization, so its unheld figures ("the cost to insure
its debt rose") take Brandt. The rater keeps its own action (facts/events_ratings.py reads that).

Only the lead sentence decides, and only one rated organization among the candidates: "cut its ratings on
five lenders" is a roundup, which keeps the ordinary choice. The verbs and rating nouns are the event
lexicons' (rating_action_verbs.tsv, rating_nouns.txt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.lexicons import table, words

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityCluster


def rated_instead(best: EntityCluster, orgs: list[EntityCluster], lead: Span | None) -> EntityCluster:
    """The organization the lead's rating action rates, when `best` is the one who rates it; else `best`."""
    if lead is None:
        return best
    at = {t: c for c in orgs for m in c.mentions for t in range(m.start, m.end)}
    for verb in lead:
        row = table("rating_action_verbs").get(verb.lemma_.lower())
        if row is None or verb.pos_ != "VERB" or not _done_by(verb, best, at):
            continue
        rated = {id(c): c for t in _rated_tokens(verb, row[1] == "named") if (c := at.get(t.i)) is not None}
        rated.pop(id(best), None)
        if len(rated) == 1:
            return next(iter(rated.values()))
    return best


def _done_by(verb: Token, cluster: EntityCluster, at: dict[int, EntityCluster]) -> bool:
    """The verb's active subject names the cluster ("Halden Ratings on Friday cut ...")."""
    return any(c.dep_ == "nsubj" and at.get(c.i) is cluster for c in verb.children)


def _rated_tokens(verb: Token, states_alone: bool) -> list[Token]:
    """Who the action rates: the rating noun's named owner or the object of its on/of/for ("its ratings on
    Brandt"); a verb that states the action by itself ("downgraded Brandt") rates its object."""
    found: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in words("rating_nouns"):
            found += [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod") and c.ent_type_]
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in words("rated_prepositions")):
                found += [c for c in prep.children if c.dep_ == "pobj"]
        elif states_alone:
            found.append(obj)
    return found
