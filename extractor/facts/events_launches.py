"""Launches of things written as a common noun: "launched a loyalty program in May", "plans to launch
foldable laptops next year", "introduced a mortgage lending cap for banks". The gold of three sets names such
objects by the noun and the words before it, without the article, possessive or amount ("loyalty program",
"foldable laptops"). Only a launch verb whose doer the clause names opens one; probes, talks, bids and other
actions a verb of launching also starts are no launched thing (`unlaunched_nouns.txt`). The same reading
serves every predicate of `unnamed_event_predicates.tsv`, each with its own list of nouns that are no such
thing: "the Senate approved a farm subsidy bill" (approval: a plan, deal or cut is just what a body adopts)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.events_clauses import speculated
from extractor.facts.events_listings import offering_written
from extractor.facts.syntax import prep_object
from extractor.lexicons import words

# amounts, dates and ordinals before the noun size or date the launch; they are not the thing's name
SIZE_LABELS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
LEADING_POS = frozenset({"DET", "PRON", "NUM", "SYM", "PUNCT", "ADV", "PART", "CCONJ"})
MAX_WORDS = 5  # a longer phrase is a description, not what the gold names


def unnamed_launches(obj: Token, verb: Token, excluded: frozenset[str]) -> list[str]:
    """The common-noun things a launch verb brings out (or an approving verb adopts): its direct object, or the
    patient of its passive with a named agent, and the nouns joined to it ("foldable laptops and electric
    scooters"), each as the noun with its modifiers before it; none for a noun in `excluded`, an action, a
    launch someone only calls for or weighs ("calls to introduce euro bonds", "considering launching"), or
    a vague object ("such services")."""
    if not (_direct_object(obj, verb) or _passive_patient(obj, verb)) or not _launch_stated(verb):
        return []
    things = []
    for noun in (obj, *obj.conjuncts):
        if _debt(noun) or offering_written(noun):
            continue  # "launched a bond offering": debt financing; "launched an IPO": a public offering of its own
        # one word ("its proposal", "the product") refers to a thing named before, or to none
        phrase = thing_phrase(noun, excluded, min_words=2)
        if phrase and phrase not in things:
            things.append(phrase)
    return things


def _direct_object(obj: Token, verb: Token) -> bool:
    return obj.dep_ == "dobj" and obj.head == verb


def _passive_patient(obj: Token, verb: Token) -> bool:
    """ "the farm bill, approved by the Senate", "the plan was approved by Congress": the thing a passive verb
    with a named agent acts on is its subject or the noun its participle describes, as the object of the
    active form would be."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head == obj
    return described or (obj.dep_ == "nsubjpass" and obj.head == verb)


def _debt(noun: Token) -> bool:
    """A debt security or its issue ("a 1 billion euro bond offering", "new notes"); not a business named after
    one ("a bond insurer") or a scheme that purchases them ("a new bond purchase scheme")."""
    securities = words("security_nouns")
    if noun.lemma_.lower() in securities:
        return True
    issued = noun.lemma_.lower() in words("issuance_nouns")
    return issued and any(t.lemma_.lower() in securities for t in noun.subtree if t.i < noun.i)


def _launch_stated(verb: Token) -> bool:
    """The verb launches something of its own clause, not a launch a noun or a verb of weighing holds:
    "demands from unions to introduce a shorter week", "a chance to roll out a stock offer", "is weighing
    introducing a tax", "could launch a rival device"; a plan to launch ("said it had a plan to unveil its brand")
    still states one."""
    if speculated(verb):
        return False  # "could launch a rival device": a guess, not a launch or a plan
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN":  # "the plan approved by Congress" describes its thing
        return head.lemma_.lower() in words("launch_plan_nouns") or _passive_patient(head, verb)
    if verb.dep_ in ("xcomp", "pcomp", "ccomp") and head.lemma_.lower() in words("weighing_verbs"):
        return False
    return True


def thing_phrase(noun: Token, excluded: frozenset[str], min_words: int = 1) -> str | None:
    """ "a customer loyalty program" -> "customer loyalty program", "its $600 million delivery network" ->
    "delivery network": the common noun an event acts on, with its modifiers before it, from the first word
    that is no article, possessive, amount, adverb, word of novelty or of number ("new", "latest", "several");
    none for a noun in `excluded`, a vague or bare singular one, or a phrase shorter than `min_words`."""
    if noun.lemma_.lower() in words("launch_container_nouns"):
        noun = prep_object(noun, ("of",)) or noun  # "rolled out a series of relief measures": the measures
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in excluded:
        return None
    if any(c.lower_ in words("vague_determiners") for c in noun.lefts):
        return None  # "such services", "this risk": no particular thing
    if noun.tag_ != "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return None  # a bare singular is an activity ("launched production") or an adjective misread as a noun
    tokens = list(noun.doc[noun.left_edge.i : noun.i + 1])
    while tokens and _leading_filler(tokens[0]):
        tokens.pop(0)
    # an amount inside the phrase sizes the thing ("the 12 billion crown relief plan"), it is no part of it
    tokens = [t for t in tokens if t.ent_type_ not in SIZE_LABELS and t.tag_ != "$" or t == noun]
    judged = [t for t in tokens if t != noun and _judging(t)]  # "a record defense budget": "defense budget"
    tokens = [t for t in tokens if t not in judged]
    words_ = [t for t in tokens if not t.is_punct]
    if not words_ or not min_words <= len(words_) <= MAX_WORDS or judged and len(words_) < 2:
        return None  # "biggest changes", "higher tariffs": a noun left alone is no thing singled out
    if len(words_) == 1 and not any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.lefts):
        return None  # "launched new services", "several tools": no thing the text singles out
    return "".join(t.text_with_ws for t in tokens).strip()


def _judging(token: Token) -> bool:
    """A word that compares or judges the thing rather than naming it: a superlative or comparative ("biggest",
    "higher", "most"), "other", or an evaluative word (lexicons/evaluative_adjectives.txt: "record", "sweeping")."""
    return (
        token.tag_ in ("JJS", "JJR", "RBS", "RBR")
        or token.lower_ == "other"
        or token.lower_ in words("evaluative_adjectives")
    )


def _leading_filler(token: Token) -> bool:
    return (
        token.pos_ in LEADING_POS
        or token.tag_ in ("POS", "PRP$")
        or token.ent_type_ in SIZE_LABELS
        or token.lower_ in words("launch_fillers")
    )
