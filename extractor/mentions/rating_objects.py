"""What a rating verb acts on, shared by the rating events (facts/events_ratings.py) and the story's
organization (mentions/rated_parties.py), so that both read one construction one way: the verb's lexicon row, a
rating noun's named owners ("the Pellam credit rating", "Pellam's rating") and the objects of its on/of/for
("its ratings on Pellam")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import table, words

OWNER_DEPS = ("poss", "compound", "nmod")  # how a named owner attaches to its rating noun


def rating_verb(verb: Token) -> tuple[str, ...] | None:
    """The verb's row of rating_action_verbs (predicate, "named" when it may name the party alone), or None."""
    row = table("rating_action_verbs").get(verb.lemma_.lower())
    return row if row is not None and verb.pos_ == "VERB" else None


def states_alone(row: tuple[str, ...]) -> bool:
    """ "downgrade", "upgrade": a verb that names the party rated as its object, with no rating noun."""
    return row[1] == "named"


def is_rating_noun(token: Token) -> bool:
    return token.lemma_.lower() in words("rating_nouns")


def named_owners(rating: Token) -> list[Token]:
    """The rating noun's named modifiers and possessors: "Pellam" in "the Pellam rating", "Pellam's rating"."""
    return [c for c in rating.children if c.dep_ in OWNER_DEPS and c.ent_type_]


def rated_objects(rating: Token) -> list[Token]:
    """The objects of the rating noun's on/of/for: "Pellam" in "its ratings on Pellam"."""
    preps = [c for c in rating.children if c.dep_ == "prep" and c.lower_ in words("rated_prepositions")]
    return [c for p in preps for c in p.children if c.dep_ == "pobj"]


def rated_tokens(verb: Token, row: tuple[str, ...]) -> list[Token]:
    """Who an active rating verb rates: its rating-noun object's owners or on/of/for objects; a verb that
    states the action alone ("downgraded Pellam to BB") rates its object. Conjoined names are rated too."""
    found: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if is_rating_noun(obj):
            found += named_owners(obj) + rated_objects(obj)
        elif states_alone(row) and graded(verb):
            found.append(obj)
    return [*found, *(c for t in found for c in t.conjuncts)]  # "on Pellam and Tolland": both are rated


def graded(verb: Token) -> bool:
    """ "downgraded Pellam to BB", "upgraded Tolland from hold", "cut Pellam by two notches": a party acted on
    directly is rated when the verb moves it to, from or by a grade; "upgraded its software to fix bugs" is no
    rating (the to-clause of a purpose is no prepositional phrase)."""
    return any(c.dep_ == "prep" and c.lower_ in words("grade_prepositions") for c in verb.children)
