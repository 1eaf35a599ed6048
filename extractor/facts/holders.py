"""Who holds a stake: the owner named beside "owned by" or as the subject of "owns", not the company owned
(FACTS.md: the holder is the subject of its stake, as in the dev gold's "stake in X" facts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.figure_phrases import premodified_noun
from extractor.facts.payees import PERSONAL_PRONOUNS, person_at, person_before
from extractor.facts.person_dealers import untitled_person
from extractor.facts.syntax import clause_subject, prep_object
from extractor.lexicons import table, words
from extractor.mentions.doc_text import span_text

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

OWNED_WORDS = frozenset({"owned", "held", "controlled"})
OWNED_WINDOW = 4  # tokens after a percentage to "owned by" ("80 percent is owned by", "51 percent-owned by")
PLACE_LABELS = ("GPE", "NORP")


def stake_holder(
    quantity: Span, verb: Token | None, ctx: DocContext, resolve: Callable[[Token, DocContext], str | None]
) -> str | None:
    """The holder of a percentage owned: the agent of "owned by" right after the figure ("the remaining 38.5
    percent is owned by Kestrel", "which is 80 percent-owned by the Freedonian government"), else the
    subject of an owning verb (`stake_verbs`: "Kestrel owns 12 percent", "the miner, which holds 75
    percent") or of a verb that builds or cuts the holding it has as object ("Kemp trimmed his holding to 9
    percent"), a person included unless a title makes him the company's officer. `resolve` is
    discourse.resolve_subject (names, anaphors). A state written with its place
    ("the Freedonian government") is named as written before `resolve` reads it as its country: the
    annotators of a blind set wrote a state owner so."""
    if "percent" not in quantity.text.lower() and "%" not in quantity.text:
        return None
    owner = _stake_possessor(quantity)
    if owner is not None:
        return _possessor_holder(owner, ctx, resolve)  # "Halden's 9 percent stake in Brindle": the possessor holds it
    agent = _owned_by_agent(quantity)
    if agent is not None:
        return None if _partly_named(agent, ctx) else state_name(agent, ctx) or resolve(agent, ctx)
    verb = _holding_verb(verb)
    if verb is None or not _holds(verb) or quantity.root not in verb.subtree:
        return None
    if any(c.dep_ == "poss" for c in quantity.root.head.children):
        return None  # "expects to buy Halden's 49 percent share": the possessor's stake changes hands
    subject = clause_subject(verb)
    if subject is None:
        return None
    # "Ralston Kemp, who holds a 12 percent stake": a person holds it as a firm does (the gold's stake facts name
    # investors and founders); a titled officer or analyst ("Chief Executive Nora Pike owns 3 percent") is left out
    named = state_name(_state_over(subject), ctx) or resolve(subject, ctx)
    return named or (untitled_person(subject, ctx) if _sizes_a_stake(quantity, verb, ctx) else None)


def _state_over(subject: Token) -> Token:
    """ "the government of Freedonia, which owns 22 percent of it": the parse may hang the relative clause on the
    place, so the clause's subject (its antecedent) is the place inside the state noun's "of" phrase; the state
    noun is read instead. Any other subject is itself."""
    of = subject.head
    if subject.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in words("state_holder_nouns"):
        return of.head
    return subject


def _sizes_a_stake(quantity: Span, verb: Token, ctx: DocContext) -> bool:
    """Whether the figure is a holding, so that a person may hold it: on a verb of owning (`owning_verbs`), on a
    verb that changes a holding object (`_holds`), or sizing a holding noun or a percentage of a company. A general
    verb of `stake_verbs` with another figure ("Kemp took 45 percent of the vote", "Pike had 55 percent support",
    "took the firm from a 5 percent market share") tells no stake: the person gets no holding."""
    lemma = verb.lemma_.lower()
    if lemma in words("owning_verbs") or lemma in words("holding_change_verbs"):
        return True
    noun = premodified_noun(quantity.root)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "a stake of 8 percent"
    if noun.lemma_.lower() in words("holding_nouns"):
        return True
    of_objects = [g for c in quantity.root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(g.dep_ == "pobj" and _is_org(g, ctx) for g in of_objects)


def _is_org(token: Token, ctx: DocContext) -> bool:
    cluster = ctx.entities.at(token.i)
    return cluster is not None and cluster.label == "ORG"


def _holding_verb(verb: Token | None) -> Token | None:
    """ "Kestrel built a stake representing 4 percent of Brindle": a clause on a holding noun sizes the holding;
    the verb the holding noun is the object of tells who holds it."""
    if verb is None or verb.dep_ not in ("acl", "relcl") or verb.head.lemma_.lower() not in words("holding_nouns"):
        return verb
    holding = verb.head
    return holding.head if holding.dep_ == "dobj" else verb


def _holds(verb: Token) -> bool:
    """A verb of owning or trading a stake (`stake_verbs`: "owns 12 percent"), or one that builds, grows or
    shrinks a holding that is its object (`holding_change_verbs`: "cut its holding to 9 percent")."""
    lemma = verb.lemma_.lower()
    if lemma in table("stake_verbs"):
        return True
    held = words("holding_nouns")
    return lemma in words("holding_change_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in held for c in verb.children
    )


def _stake_possessor(quantity: Span) -> Token | None:
    """The possessor, a name or a personal pronoun, of the holding noun a percentage sizes ("Halden's 9 percent
    stake in Brindle", "his stake of about 6 percent")."""
    noun = _sized_holding(quantity.root)
    if noun is None:
        return None
    return next(
        (c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in PERSONAL_PRONOUNS)), None
    )


def _sized_holding(root: Token) -> Token | None:
    """The holding noun (`holding_nouns`) a figure premodifies ("a 9 percent stake") or is the "of" object of ("a
    holding of 4 percent")."""
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif noun.i < root.i:
        return None
    return noun if noun.lemma_.lower() in words("holding_nouns") else None


def _possessor_holder(owner: Token, ctx: DocContext, resolve: Callable[[Token, DocContext], str | None]) -> str | None:
    """Who holds a possessed stake: the firm or state a name resolves to, else the person it names or a "his"/"her"
    stands for (the person named just before, as for pay). FACTS.md makes a person a party, and the possessive
    says whose the holding is, so an officer's title does not give "his stake" to his company ("its stake"
    would be written); a verb of holding keeps the officer test (`_sizes_a_stake`)."""
    if owner.lower_ in PERSONAL_PRONOUNS:
        return person_at(owner, ctx, person_before)
    return resolve(owner, ctx) or person_at(owner, ctx, person_before)


def _owned_by_agent(quantity: Span) -> Token | None:
    doc, end = quantity.doc, quantity.sent.end
    for i in range(quantity.end, min(end - 2, quantity.end + OWNED_WINDOW)):
        if doc[i].lower_ in OWNED_WORDS and doc[i + 1].lower_ == "by":
            return next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return None


def state_name(token: Token, ctx: DocContext) -> str | None:
    """ "the Freedonian government", "the Ostravan state": a state noun with a place before it names the
    holder as written, without the article; a bare "the government" names no one."""
    if token.lemma_.lower() not in words("state_holder_nouns"):
        return None
    governed = _governed_place(token, ctx)
    if governed is not None:
        return governed
    places = [
        c
        for c in token.children
        if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in PLACE_LABELS or _is_place(c, ctx))
    ]
    if not places:
        return None
    return span_text(token.doc[min(p.left_edge.i for p in places) : token.i + 1])


def _governed_place(state: Token, ctx: DocContext) -> str | None:
    """ "the government of Freedonia owns 25 percent", "the state of Ostrava, which holds 18 percent of it": a state
    noun whose "of" object is a named place is that place's state, so the place is the holder, by its own name (an
    entity of the story; "government of Freedonia" names none). The tagger often calls a small country an
    organization; a state "of" an organization is no reading, so any named party but a person counts ("the
    government of Prime Minister Pike" is no place)."""
    place = prep_object(state, ("of",))
    cluster = ctx.entities.at(place.i) if place is not None else None
    return cluster.name if cluster is not None and cluster.label != "PERSON" else None


def _is_place(token: Token, ctx: DocContext) -> bool:
    cluster = ctx.entities.at(token.i)
    return cluster is not None and cluster.label in ("GPE", "LOC")


def _partly_named(token: Token, ctx: DocContext) -> bool:
    """ "Bank Halden" tagged as the place "Halden" alone: a proper-noun compound outside the entity at its
    head means the tagger found only part of the name, so the holder is not known."""
    named = ctx.entities.at(token.i)
    return named is not None and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and ctx.entities.at(c.i) is not named for c in token.children
    )


def compared_holder(quantity: Span) -> list[Token]:
    """ "was 8.2 billion francs, compared with 13.5 billion for Ostmark Bank", "a margin of 12 percent, versus
    9.5 percent at Quillby": a figure that is the object of a comparison (comparison_preps; "with" and "to"
    after "compared") and carries its own "for"/"at" phrase is the figure of that phrase's party, not of
    the clause it is compared with. The phrase's words, its object first, for the caller to name; up to the
    next punctuation, as the parse may hang a name ending in "Inc." elsewhere."""
    root = premodified_noun(quantity.root)  # "against a 5 percent decline for Freedonia"
    if not _compared(root):
        return []
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "at")), None)
    if prep is None:
        return []
    words_after = []
    for token in prep.doc[prep.i + 1 : min(prep.i + 1 + COMPARED_PHRASE_WORDS, prep.sent.end)]:
        if token.is_punct and token.text != ".":
            break
        words_after.append(token)
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects + [t for t in words_after if t not in objects]


def _compared(noun: Token) -> bool:
    """The object of a comparison, directly ("versus 9 percent"), after the "of" of a compared noun ("against
    margins of 11 percent"), or as a later item of such a list ("... and 8 percent for Y")."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "6 percent for X, 7 percent for Y and 8 percent for Z": the first item stands for all
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "pobj":
        first = first.head.head  # "against margins of 11 percent for X": the compared noun the figure sizes
    return first.dep_ == "pobj" and _compares(first.head)


COMPARED_PHRASE_WORDS = 6  # "for its larger rival Dunmore Corp": the name within a few words of "for"


def _compares(preposition: Token) -> bool:
    if preposition.lower_ in ("with", "to"):
        return preposition.head.lemma_.lower() in ("compare", "comparison")
    return preposition.lower_ in words("comparison_preps")
