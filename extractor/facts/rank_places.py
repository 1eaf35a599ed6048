"""Where a superlative rank holds when a place modifies the ranked noun: "the top Freedonian carmaker", "the
second-largest Ostrian airline", "the No. 2 Freedonian lender" rank the company in that country, as "Freedonia's
top carmaker" does; and which of those descriptions rank the organization a sentence is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.anaphor_kinds import described_kind, other_kind_party
from extractor.facts.discourse import resolve_subject
from extractor.facts.stranded_subjects import acts_as_subject
from extractor.facts.syntax import clause_subject, governing_verb
from extractor.lexicons import table, words
from extractor.mentions.entity_ranges import entity_span

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

PLACE_LABELS = ("GPE", "NORP", "LOC")
MODIFIER_DEPS = ("compound", "amod", "nmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")  # the description is its clause's own party


def place_modifier(noun: Token) -> tuple[str, Span] | None:
    """(country, place words) of the place before the ranked noun ("U.S." -> United States, "Freedonian" ->
    Freedonia: lexicons/nationality_countries.tsv and place_aliases.tsv; a place of several words as a whole,
    "the largest Port Vale lender"), else the place as written; None when no place modifies the noun or its
    compound words."""
    if noun.tag_ in ("NNS", "NNPS"):
        return None  # "the two largest Freedonian lenders", "top Freedonian officials": several, no one rank
    if any(c.dep_ == "det" and c.lower_ in words("indefinite_articles") for c in noun.children):
        return None  # "a top Freedonian court": one of the top ones
    span = place_span(noun)
    if span is None:
        return None
    written = span.text.lower()
    if written in table("nationality_countries"):
        return table("nationality_countries")[written][0], span
    if span.root.ent_type_ == "NORP":
        return None  # "the top Republican lawmaker": a party or a creed is no place
    return table("place_aliases").get(written, (span.text,))[0], span


def placed_field(noun: Token) -> tuple[str, Span] | None:
    """The place of `place_modifier` when it alone may rank the noun: only a noun that describes a business or a
    bank (lexicons/business_nouns.txt). "The top Freedonian markets regulator" or "the largest Freedonian court"
    is a public body, and so is a central bank (lexicons/placed_rank_public_kinds.txt), which the story's company
    or the nearest firm never is."""
    kind = described_kind(noun)
    if kind is None or kind in words("placed_rank_public_kinds"):
        return None
    return place_modifier(noun)


def ranks_the_holder(noun: Token, holder: str, ctx: DocContext) -> bool:
    """Whether a description ranked only by its place ranks `holder`, the party the sentence gives it: when it is
    a subject, stands beside a name or is what "shares of" are of; else only when it reads as the story's own
    company named again (its kind fits that company: `anaphor_kinds.other_kind_party` finds no other party) and
    its clause is not one where the holder acts on it. "Halvern agreed to buy the third-largest Ostrian dairy
    group", "won an order from the biggest Ostrian airline": another party, not Halvern, is ranked."""
    if acts_as_subject(noun):  # "Kestrel posted a loss as the largest Ostrian airline lost customers" too
        return not _holder_above(noun, holder, ctx)
    if noun.dep_ in ("appos", "poss") or _before_a_name(noun) or _shares_of(noun):
        return True  # "reviews of the No. 2 Ostrian carmaker's system": the owner told again, what it owns acted on
    if ctx.entities.main_org is None or holder != ctx.entities.main_org.name:
        return False
    if other_kind_party(noun, ctx) is not None:
        return False
    actor = clause_subject(governing_verb(noun))
    if actor is None:
        return True  # nothing acts on the description
    if resolve_subject(actor, ctx) == holder:
        return False  # "it agreed to buy the ...": the company acts on another party
    return not _names_the_holder(actor, holder, ctx)  # "rivals of Halvern include the ...": Halvern is not ranked


def _names_the_holder(actor: Token, holder: str, ctx: DocContext) -> bool:
    """Whether the actor's phrase names the holder ("rivals of Halvern"), as written or as the tagger reads it."""
    phrase = actor.doc[actor.left_edge.i : actor.right_edge.i + 1]
    if holder in phrase.text:
        return True
    return any(resolve_subject(t, ctx) == holder for t in phrase if t.ent_type_ or t.pos_ == "PROPN")


def _holder_above(noun: Token, holder: str, ctx: DocContext) -> bool:
    """Whether the holder is the subject of a clause above the one the description is the subject of: "Halvern
    said the top Ostrian carmaker had hired ...": Halvern tells of another party."""
    verb = governing_verb(noun)
    while verb is not None and verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head  # only a clause told by another ("said that ..."), not one joined to it by "and"
        subject = clause_subject(verb)
        if subject is not None and subject.i != noun.i and resolve_subject(subject, ctx) == holder:
            return True
    return False


def _before_a_name(noun: Token) -> bool:
    """ "The No. 2 Ostrian brewer Kirova Holdings": the description stands as a title before the company's name."""
    return noun.dep_ == "compound" and noun.head.pos_ == "PROPN"


def _shares_of(noun: Token) -> bool:
    """ "Shares of the second-largest Ostrian insurer fell": the company whose shares moved."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words("share_nouns")


def place_span(noun: Token) -> Span | None:
    """The place words among the modifiers before the noun and before its compound words ("Ostrian" of
    "Ostrian garden" in "Ostrian garden tool seller"): the whole named place, "Port Vale" of "the top Port Vale
    lender", and None when the name runs into the ranked noun."""
    word = _place_word(noun)
    if word is None:
        return None
    entity = entity_span(word)
    if entity is None:
        return noun.doc[word.i : word.i + 1]
    start = entity.start + 1 if entity[0].lower_ == "the" else entity.start
    return noun.doc[start : entity.end] if entity.end <= noun.i else None


def _place_word(noun: Token) -> Token | None:
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
