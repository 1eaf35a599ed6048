"""Where a superlative rank holds when a place modifies the ranked noun: "the top Freedonian carmaker", "the
second-largest U.S. airline", "the No. 2 U.S. lender" rank the company in that country, as "Freedonia's top
carmaker" does."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.anaphor_kinds import described_kind
from extractor.lexicons import table

PLACE_LABELS = ("GPE", "NORP", "LOC")
MODIFIER_DEPS = ("compound", "amod", "nmod")


def place_modifier(noun: Token) -> str | None:
    """The country a place word before the ranked noun names ("U.S." -> United States, "Freedonian" ->
    Freedonia: lexicons/nationality_countries.tsv and place_aliases.tsv), else the place as written; None
    when no place modifies the noun or its compound words."""
    if noun.tag_ in ("NNS", "NNPS"):
        return None  # "the two largest Freedonian lenders", "top Freedonian officials": several, no one rank
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None  # "a top Freedonian court": one of the top ones
    word = place_word(noun)
    if word is None:
        return None
    if word.lower_ in table("nationality_countries"):
        return table("nationality_countries")[word.lower_][0]
    if word.ent_type_ == "NORP":
        return None  # "the top Republican lawmaker": a party or a creed is no place
    return table("place_aliases").get(word.lower_, (word.text,))[0]


def placed_business(noun: Token) -> bool:
    """A place word alone ranks the noun only when it describes a business or a bank ("the top U.S. automaker",
    lexicons/business_nouns.txt): "the top U.S. securities regulator" or "the largest Freedonian court" is a
    public body, which the story's company or the nearest firm never is."""
    return place_modifier(noun) is not None and described_kind(noun) is not None


def place_word(noun: Token) -> Token | None:
    """The place word among the modifiers before the noun and before its compound words ("U.S." of "U.S. auto"
    in "the largest U.S. auto parts retailer")."""
    stack = [noun]
    while stack:
        head = stack.pop()
        for child in head.lefts:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if child.ent_type_ in PLACE_LABELS:
                return child
            stack.append(child)
    return None
