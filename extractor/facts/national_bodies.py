"""A country named by its government or by a nationality on a figure's noun.

"The Belgian state's stake fell to 38 percent", "the Norwegian government said it would spend 42 billion
crowns", "the Greek parliament approved a 5.3 billion euro package", "a Dutch state guarantee of 3 billion
euros", "Spanish 10-year bond yields fell to 5.8 percent": the country holds these figures (FACTS.md:
economy-wide facts take the country; the annotators give a government bond's yield to its country). Before,
none of these phrases named an entity, so the figure fell to the story's main company or the last party named.
A government the tagger made an organization keeps its own name; a nationality on a
company noun ("Swedish carmaker Vallby", "its German sales") is no holder here.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.statistics_country import country_of, known_countries, story_country
from extractor.lexicons import table, words

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
YIELD_LEMMAS = frozenset({"yield"})  # lemmas of a bond's quote that a nationality can hold ("Spanish bond yields")


def national_body_country(token: Token, entities) -> str | None:
    """The country a government noun with a nationality or a country before it stands for: "the Belgian state",
    "the New Zealand government", "Freedonia's parliament"; None for "the government", a named body, or a
    region's state ("the German state of Hesse", "the Ohio state government": no country)."""
    if token.lemma_.lower() not in words("national_body_nouns") or entities.at(token.i) is not None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the German state of Hesse" is a region of the country
    owners = [c for c in token.children if c.dep_ == "poss"]  # "Freedonia's cabinet will spend 3 billion crowns"
    for modifier in [*_modifiers_before(token), *owners]:
        country = _country(modifier, entities)
        if country is not None and modifier.lower_ in table("place_aliases"):
            return f"{modifier.text} {token.text}"  # "the U.K. government": the annotators' name, as written
        if country is not None:
            return country
    return None


def national_holder(measured: Token, entities) -> str | None:
    """The country that a figure's own noun names as its holder: a government noun modifying it ("a Belgian
    state guarantee") or a nationality or country on a bond's yield ("Spanish 10-year bond yields", "Italian
    two-year yields"); the first conjunct's country for "Spanish and Italian yields"."""
    if _received(measured):
        return None  # "Acme received $4 billion of U.K. government loans": the receiver's figure
    modifiers = _modifiers_before(measured)
    for modifier in modifiers:
        country = national_body_country(modifier, entities)
        if country is not None:
            return country
    if any(c.dep_ == "poss" for c in measured.children):
        return None  # "Halden's bond yields" are the possessor's
    if not (_is_bond_yield(measured) or any(_bare_body(m, entities) for m in modifiers)):
        return None
    # "a Belgian state guarantee": the parser hangs the nationality on the guarantee, beside "state"
    return next((country for c in modifiers if (country := _country(c, entities))), None)


def nationality_holder(measured: Token, entities) -> str | None:
    """In an economy story, the country a nationality on the figure's noun names: "German loan guarantees
    total 400 billion euros" in a story about Italy is Germany's; "its German sales" stay the possessor's."""
    if any(c.dep_ == "poss" for c in measured.children) or _received(measured):
        return None  # "its German sales"; "the bank bought 2 billion euros of Spanish bonds"
    modifiers = _modifiers_before(measured)
    compounds = [c for c in modifiers if c.dep_ == "compound"]  # "Austrian bank loans": loans of Austrian banks
    nationalities = [c for c in [*modifiers, *(g for c in compounds for g in c.children)] if c.dep_ == "amod"]
    return next((country for c in nationalities if (country := _country(c, entities))), None)


def _bare_body(token: Token, entities) -> bool:
    """A government noun that is no name and carries no "of" phrase: "state" in "a Belgian state guarantee"."""
    return (
        token.lemma_.lower() in words("national_body_nouns")
        and entities.at(token.i) is None
        and not any(c.dep_ == "prep" for c in token.children)
    )


def _received(measured: Token) -> bool:
    """The noun is the object of a verb with a subject of its own ("it requested $7 billion of government
    aid", "the company got a state guarantee"): that subject, not the government, holds the figure."""
    if measured.dep_ not in ("dobj", "pobj"):
        return False
    for verb in (t for t in measured.ancestors if t.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return False  # "could end up buying $300 billion of Spanish bonds": the subject of "end up" buys
    return False


def _modifiers_before(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]


def _is_bond_yield(measured: Token) -> bool:
    """ "bond yields", "10-year yields", "two-year yields": the yield of a government bond, written with its
    bond noun or its maturity."""
    if measured.lemma_.lower() not in YIELD_LEMMAS:
        return False
    modifiers = [t for c in _modifiers_before(measured) for t in c.subtree]
    return any(t.lemma_.lower() in words("bond_nouns") or _maturity(t) for t in modifiers)


def _maturity(token: Token) -> bool:
    """ "10-year", "two-year" (one token or a number, a hyphen and "year"): a bond's maturity."""
    if token.lower_.endswith("-year"):
        return True
    return token.lemma_.lower() == "year" and any(c.dep_ == "nummod" for c in token.children)


def _country(token: Token, entities) -> str | None:
    """A country a modifier names: a nationality ("Belgian") or a place the story names that is a country;
    a city or a region ("the Ohio state government") names none."""
    country = country_of(token, entities)
    return country if country is not None and country in known_countries() else None


def acting_capital_country(token: Token, name: str) -> str:
    """ "Markets think Oslo will trim rates", "Vienna sold 2 billion euros of bonds": a capital that is a
    clause's subject stands for its country's government when the clause shows the government acting (a verb
    only a government does, or a measure only it sets), so the country holds the figure (FACTS.md:
    economy-wide facts take the country). Without that evidence the capital is the city ("Oslo lost 900 hotel
    jobs", "Vienna drew 6 million tourists"), and a capital that holds a noun ("Oslo's home prices") is too."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not _government_acts(token.head):
        return name
    country = table("dateline_countries").get(name.lower())
    return country[0] if country else name


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl"})  # a clause of its own below the verb


def _government_acts(verb: Token) -> bool:
    """The verb (or the verb it governs) is one only a government does ("borrowed", "declined to tax"), or its
    own clause names a measure only a government sets ("cut rates", "in a bond sale", "trim spending"); a clause
    joined below it does not count."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "refused to borrow": the act is "borrow"
    if any(v.lemma_.lower() in words("government_action_verbs") for v in acts):
        return True
    measures = words("government_measure_nouns")
    return any(
        t.lemma_.lower() in measures or t.lower_ in measures for t in _own_clause(verb) if t.pos_ in ("NOUN", "PROPN")
    )


def _own_clause(verb: Token) -> list[Token]:
    """The verb's subtree without the clauses joined below it ("London lost jobs as rates rose": not "rates")."""
    inner = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    skipped = {t.i for c in inner for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skipped]


COUNTRY_ANAPHORS = frozenset({"country", "nation"})  # lemmas: "the nation's pension fund sector"


def country_anaphor(owner: Token, entities) -> str | None:
    """ "the nation's pension fund sector", "the country's jobless rate": "the country" as a
    possessor points back to the story's country (`story_country`), when the story gives one."""
    if owner.lemma_.lower() not in COUNTRY_ANAPHORS or owner.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return None  # "a country's debt", "each nation's quota": no particular country
    return story_country(entities, owner.doc)
