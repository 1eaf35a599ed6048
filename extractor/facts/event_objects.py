"""What a deal acts on when the recognizer gave no usable name: a company it missed or mislabelled ("acquire
network equipment maker 4Vex", "the purchase of Quillfilm"), a unit named by what it does or where it works
("sell its appliance unit", "its Canada and Mexico operations"); and which names inside an object phrase
are the object rather than a party around it ("a bid for X", "a deal with X")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext
from extractor.facts.syntax import bracketed_tokens, prep_object
from extractor.lexicons import any_words, words
from extractor.mentions.entities import TICKER

# labels of what a proper noun names that no deal acquires or sells: a people, a date, an amount
NOT_A_PARTY = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "LAW", "LANGUAGE"})
# the prepositions between an object noun and a name inside it that make the name the object itself:
# "the assets of X", "its stake in X"; not "a bid for X", "an agreement with X", "concentrate from X"
OWNING_PREPOSITIONS = frozenset({"of", "in"})
# determiners a unit named only by what it does must have: one known unit, not "some businesses"
DEFINITE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})
NUMBER_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def unrecognized_party(obj: Token, ctx: DocContext) -> list[str]:
    """ "acquire network equipment maker 4Vex", "buy platform zQuote", "the purchase of Quillfilm": a singular
    proper noun that an acquisition acts on names a company, whatever the recognizer took it for (a number, a
    person, a place) or when it took nothing. Not for a sale: what is sold by name is often a product
    ("sold the Vexa app to 9,000 customers")."""
    for candidate in _name_candidates(obj):
        if candidate.pos_ != "PROPN" or candidate.tag_ != "NNP" or TICKER.match(candidate.text):
            continue  # "bought Zetas" (a plural name), "( XYZ.N )": no company acquired
        cluster = ctx.entities.at(candidate.i)
        if cluster is not None:
            if cluster.label in NOT_A_PARTY or cluster.agency:
                continue
            return [cluster.name]
        if candidate.ent_type_ in NOT_A_PARTY:
            continue
        run = [candidate]
        while run[0].i > 0 and (before := run[0].doc[run[0].i - 1]).pos_ == "PROPN" and before.head == candidate:
            run.insert(0, before)  # "Brandt Media": the proper-noun compounds before the head are the name
        return [" ".join(t.text for t in run)]
    return []


def _name_candidates(obj: Token) -> list[Token]:
    """The object itself, a proper noun in apposition to it, and a proper noun the parse made a second object
    right after it ("acquire network equipment maker 4Vex": maker and 4Vex both objects)."""
    if obj.dep_ not in ("dobj", "pobj") or obj.dep_ == "pobj" and obj.head.lower_ != "of":
        return []
    candidates = [obj, *(c for c in obj.children if c.dep_ == "appos")]
    following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if following is not None and following.head == obj.head and following.dep_ == obj.dep_:
        candidates.append(following)
    return candidates


def described_unit(noun: Token) -> list[str]:
    """ "its Taiwan unit", "its Canada and Mexico operations", "its appliance unit", "the fine-paper
    business": a part of a company named by the place it works in or by what it does is the object of a deal
    as written, without determiner or owner; not a unit named only by an adjective ("the whole business") or
    one of several ("some businesses")."""
    if noun.lemma_.lower() not in words("unit_words") | {"operation"} or noun.tag_ == "NNP":
        return []
    left = [t for t in noun.subtree if t.i < noun.i]
    if any(t.dep_ == "det" and t.lower_ not in DEFINITE_DETERMINERS for t in left):
        return []
    breaks = [t.i for t in left if t.dep_ in ("det", "poss", "case") or _breaks_a_name(t)]
    start = max(breaks, default=left[0].i - 1 if left else noun.i) + 1
    modifiers = noun.doc[start : noun.i]
    if any(t.ent_type_ in ("ORG", "PERSON", "PRODUCT") for t in modifiers):
        return []  # "its Brandt unit": a named unit is read as a name
    placed = any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in modifiers)
    # "its appliance unit": what a unit does names it only when a determiner or owner says which company's
    owned = any(t.dep_ in ("det", "poss") for t in left)
    described = owned and any(t.pos_ in ("NOUN", "PROPN") for t in modifiers)
    if not (placed or described):
        return []  # "its new unit", "the whole business": an adjective names no unit
    return [noun.doc[start : noun.i + 1].text]


def owned_unit(noun: Token, ctx: DocContext) -> list[str]:
    """ "the PC arm of Brandt Machines", "the microconnections unit of Sweden's Fennel": a part of a company
    named by what it does or where it works, then by its owner in an of-phrase, is what a deal acts on, as
    written from the part's first word to the owner's name (the gold form "international arm of the X
    Channel"); the owner keeps the rest of its business, so it is not the object. Not "a unit of X" (one of
    several), "the unit of X" (a part named by nothing), nor a part that has a name of its own."""
    if noun.lemma_.lower() not in words("unit_words") | {"operation"} or noun.tag_ == "NNP":
        return []
    owner = prep_object(noun, ("of",))
    cluster = ctx.entities.at(owner.i) if owner is not None else None
    if cluster is None or cluster.label in NOT_A_PARTY | {"PERSON", "GPE", "LOC"} or cluster.agency:
        return []
    left = [t for t in noun.subtree if t.i < noun.i]
    if any(t.dep_ == "det" and t.lower_ not in DEFINITE_DETERMINERS for t in left):
        return []
    breaks = [t.i for t in left if t.dep_ in ("det", "poss", "case") or _breaks_a_name(t) and _written_amount(t)]
    start = max(breaks, default=noun.i - len(left) - 1) + 1
    modifiers = noun.doc[start : noun.i]
    if not len(modifiers) or any(t.ent_type_ in ("ORG", "PERSON", "PRODUCT") for t in modifiers):
        return []
    inside_brackets = bracketed_tokens(noun.sent)
    kept = [t for t in noun.doc[start : owner.i + 1] if t.i not in inside_brackets]
    return [" ".join("".join(t.text_with_ws for t in kept).split())]


def people_taken(obj: Token) -> bool:
    """ "will buy out the largest investor in X", "will acquire X's entire team": a deal verb whose
    object is a person or a body of people takes over no company, so the name that only owns them (a
    possessor, an of-phrase) is not acquired."""
    people = any_words("person_nouns", "shareholder_nouns", "collective_count_nouns", "working_group_nouns")
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in people:
        return False
    # "the Kestrel Rovers football team": a team the name compounded on it calls so is a club, bought as one
    return not any(t.pos_ == "PROPN" for c in obj.lefts if c.dep_ == "compound" for t in c.subtree)


def _written_amount(token: Token) -> bool:
    """A bracket, a figure or a number word ("$", "1", "billion"); not a word the recognizer took for a number
    ("the microconnections unit", whose plural noun it tagged as a count)."""
    return token.is_punct or token.like_num or not token.is_alpha


def _breaks_a_name(token: Token) -> bool:
    """An amount or a bracket before a unit noun ("its $1 billion unit") is not part of what the unit is called."""
    return token.ent_type_ in NUMBER_LABELS or token.is_punct and token.text != "-"


def reached_through(name: Token, top: Token, prepositions: frozenset[str]) -> bool:
    """Whether every preposition between a name and the object noun above it is one of `prepositions`:
    "its stake in X" yes; "a bid for X", "a prospectus filed with X", "behind X" not."""
    for ancestor in name.ancestors:
        if ancestor == top:
            return True
        if ancestor.pos_ == "ADP" and ancestor.dep_ in ("prep", "agent") and ancestor.lower_ not in prepositions:
            return False
    return True


def traded_goods(obj: Token, ctx: DocContext) -> bool:
    """ "sold Brandt Bank shares", "selling Kestrel bonds", "began selling its Zeta Ranger and Zeta Hauler
    pickup trucks": a plural common noun that names only premodify is goods or securities traded, not a
    company or a unit changing hands (unlike "its Canada operations" or "the assets of Brandt Co"); the parse
    may make the goods noun a conjunct of the first name."""
    return any(_premodified_goods(noun, ctx) for noun in (obj, *obj.conjuncts))


def _premodified_goods(noun: Token, ctx: DocContext) -> bool:
    if noun.tag_ != "NNS" or noun.lemma_.lower() in words("unit_words") | {"operation"}:
        return False
    if ctx.entities.at(noun.i) is not None or prep_object(noun, tuple(OWNING_PREPOSITIONS)) is not None:
        return False
    # a possessor owns what is sold ("Brandt's U.S. assets") and a place says where; a name in a compound
    # brands or issues the goods
    names = [ctx.entities.at(t.i) for left in noun.lefts if left.dep_ != "poss" for t in left.subtree]
    return any(c is not None and c.label not in ("GPE", "LOC", "NORP") for c in names)
