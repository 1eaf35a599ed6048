"""A measure the text scopes to the whole world: "global demand for copper rose 4 percent", "world trade shrank 9
percent, the trade body said", "a tenth of world smelting capacity is to close", "the world's oil consumption".

FACTS.md gives economy-wide facts and industry totals to the place they cover, never to the company, bank or
agency that reports or forecasts them; a world word on the measured noun names that place, "world" (as
`statistics_country.region_holder` names it for economy statistics, and as the annotators write it). The noun must
be a market's or an economy's measure (`world_measures`): a company's sold measures ("global sales", "worldwide
shipments") are its own, however it scopes them. A possessor ("Acme's global output", "its worldwide capacity")
or a phrase on the noun that names a party ("global demand for its chips", "global output at Acme's mines")
keeps the figure with that party; a growth noun with its own "in"/"of" measure ("global growth in its sales") is
that measure's growth.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import clause_subject
from extractor.lexicons import words

WORLD_WORDS = frozenset({"global", "world", "worldwide"})
SCOPE_DEPS = frozenset({"amod", "compound", "nmod"})
ACT_PREPS = frozenset({"from", "to", "into", "onto"})  # the source or goal of an act on the measure


def world_holder(measured: Token | None) -> str | None:
    """ "world" when a world word scopes the measured noun of a market or an economy and no party owns it."""
    if measured is None or measured.lemma_.lower() not in words("world_measures"):
        return None
    if not (any(_world_word(c) for c in measured.children) or _world_word_before(measured)):
        return None
    if any(c.dep_ == "poss" and not _world_word(c) for c in measured.children):
        return None  # "Acme's global output", "its worldwide capacity": the owner's
    if any(c.tag_ == "JJS" for c in measured.children):
        return None  # "the world's biggest economy shrank": a ranked country, not the world
    if _names_a_party(measured) or _growth_of_another(measured):
        return None
    if measured.dep_ == "pobj" and measured.head.lower_ in ACT_PREPS:
        return None  # "Harlow will withdraw 50,000 tonnes from global supplies": the cut is the actor's act
    if _own_scoped_measure(measured) or _changed_by_company(measured):
        return None
    return "world"


def world_part_holder(measured: Token | None) -> str | None:
    """A part of the world's whole ("a tenth of world smelting capacity is to close") is the world's only as the
    subject of what happens to it; "Harlow supplies 12 percent of global demand", "two smelters making up a tenth
    of world capacity": the part is a share of whoever supplies or makes it up."""
    part = measured.head.head if measured is not None and measured.head.dep_ == "prep" else None
    return world_holder(measured) if part is not None and part.dep_ in ("nsubj", "nsubjpass") else None


def _own_scoped_measure(measured: Token) -> bool:
    """ "global production fell 10 percent", said by an automaker, is its own: a company scopes its output,
    capacity or inventory to the world as often as a market's total is; only a commodity or industry word ("global
    nickel output", "world smelting capacity", "global production of steel") or "the world's" makes it the world's."""
    if measured.lemma_.lower() not in words("world_scoped_nouns"):
        return False
    if any(c.dep_ == "poss" and _world_word(c) for c in measured.children):
        return False  # "the world's steel output"
    kinds = (c for c in measured.children if c.dep_ in SCOPE_DEPS and not _world_word(c))
    if any(c.pos_ in ("NOUN", "VERB", "ADJ") and c.lemma_.lower() not in words("world_measures") for c in kinds):
        return False
    preps = (c for c in measured.children if c.dep_ == "prep" and c.lower_ == "of")
    return not any(o.dep_ == "pobj" and o.pos_ == "NOUN" for p in preps for o in p.children)


def _changed_by_company(measured: Token) -> bool:
    """ "Acme will cut global capacity", "an airline trims worldwide capacity": the object of a change verb whose
    subject is a company (a name, "it", "the group") is the measure it holds and changes."""
    verb = measured.head
    if measured.dep_ != "dobj" or verb.lemma_.lower() not in words("measure_changing_verbs"):
        return False
    subject = clause_subject(verb)
    if subject is None:
        return False
    return (
        subject.ent_type_ == "ORG"
        or subject.lower_ in words("company_pronouns")
        or subject.lemma_.lower() in words("org_nouns")
    )


def _world_word(token: Token) -> bool:
    """ "global demand", "world trade", "worldwide capacity", "the world's consumption"."""
    return token.lemma_.lower() in WORLD_WORDS and (token.dep_ in SCOPE_DEPS or token.dep_ == "poss")


def _world_word_before(measured: Token) -> bool:
    """ "Worldwide consumption rose": the parse may hang a world word that opens the noun's phrase on the verb."""
    first = measured.left_edge.i
    before = measured.doc[first - 1] if first > 0 else None
    return (
        before is not None
        and before.lemma_.lower() in WORLD_WORDS
        and before.dep_ == "advmod"
        and before.head == measured.head
        and not measured.doc[first].is_sent_start
    )


def _names_a_party(measured: Token) -> bool:
    """ "global demand for its chips", "global output at Acme's mines", "worldwide production of Acme phones": a
    phrase on the noun that names a party (a possessor or a proper name) ties the measure to it."""
    preps = (c for c in measured.children if c.dep_ == "prep")
    return any(t.dep_ == "poss" or t.pos_ == "PROPN" for p in preps for t in p.subtree)


def _growth_of_another(measured: Token) -> bool:
    """ "global growth in its sales", "worldwide growth of 5 percent in revenue": the growth of the measure after
    "in"/"of", not of the world's economy (a figure after "of" is the growth's size, not its measure)."""
    if measured.lemma_.lower() not in words("growth_rate_nouns"):
        return False
    preps = (c for c in measured.children if c.dep_ == "prep" and c.lower_ in ("in", "of"))
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return any(not o.like_num and not any(c.like_num for c in o.children) for o in objects)
