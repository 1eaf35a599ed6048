"""Events that their own clause takes back before they happened: "called off the sale of X", "abandoned its plan
to buy X", "has no plans to sell X", "denied reports that it was in talks to buy X". The event word sits in the
complement of a verb of giving up or denying, or of a plan noun that "no" or a negated verb denies; it states
no event, done or planned. Read up the chain of complements from the event word, never across an adverbial
clause ("scrapped a plant after it bought X" keeps the purchase)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.lexicons import any_words, words

# relations by which an event word is what its head gives up, plans or reports, and the prepositions of that
# path ("in talks to", "walked away from", "pulled out of", "talks on the sale of"); never "after", "to"
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "nsubjpass"})
PATH_PREPOSITIONS = frozenset({"of", "in", "from", "for", "on"})
REFUSAL_DEPTH = 3  # "rejected calls to abandon": abandon, calls, rejected
UP_TO = 6  # "denied reports that it was in talks to buy X": buy, talks, in, was, reports, denied


def called_off(event: Token) -> bool:
    """Whether a governor of the event word gives it up, denies it or says there is no plan of it."""
    node = event
    for _ in range(UP_TO):
        head = node.head
        if head != node and _stranded_plan_clause(node):
            return True
        if head == node or node.dep_ not in COMPLEMENT_DEPS:
            return False
        if node.dep_ == "nsubjpass":  # "the merger was cancelled", not "reports that the sale was delayed"
            return _gives_up(head, node)
        if node.dep_ == "prep" and node.lower_ not in PATH_PREPOSITIONS:
            return False
        if _gives_up(head, node) or _no_plan(head) or _denied_hearsay(head) or _particle_gives_up(head, node):
            return True
        node = head
    return False


def _gives_up(verb: Token, child: Token) -> bool:
    """ "called off the sale", "scrapped its plan to buy", "walked away from talks", "the merger was cancelled"."""
    if verb.pos_ != "VERB" or child.dep_ not in ("dobj", "xcomp", "nsubjpass", "prep"):
        return False
    if not _really_given_up(verb):
        return False
    if verb.lemma_.lower() in words("denying_verbs"):
        # "denied having bought X"; a rejected offer or bid was still made ("rejected a bid from X")
        # "rebuffed calls to scrap the deal": denying the giving up keeps the deal
        return child.dep_ == "xcomp" and not _gives_up_lemma(child)
    return _gives_up_lemma(verb)


def _gives_up_lemma(verb: Token) -> bool:
    """A verb of `calling_off_verbs`, with its particle where it needs one ("pull out", "walk away")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.lower_ in ("away", "out")), None)
    lemma = verb.lemma_.lower()
    return lemma in words("calling_off_verbs") or f"{lemma} {particle}" in words("calling_off_verbs")


def _no_plan(noun: Token) -> bool:
    """ "has no plans to sell X", "no intention of buying X", "does not have plans to list": a plan noun that
    "no" determines or whose verb is negated."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in any_words("intent_nouns", "intention_nouns"):
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children):
        return True
    holder = noun.head
    if noun.dep_ != "dobj" or _gives_up_lemma(holder):
        return False  # "did not scrap its plan to buy X" keeps the plan
    return any(c.dep_ == "neg" for c in holder.children)


def _denied_hearsay(noun: Token) -> bool:
    """ "denied reports that it would sell X", "dismissed speculation it was in talks to buy X"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("hearsay_nouns") or noun.dep_ != "dobj":
        return False
    return noun.head.lemma_.lower() in words("denying_verbs")


def _particle_gives_up(particle: Token, child: Token) -> bool:
    """ "walked away from talks", "pulled out of the deal": the parse may hang the preposition on the particle."""
    if child.dep_ != "prep" or particle.lower_ not in ("away", "out") or particle.dep_ not in ("advmod", "prt", "prep"):
        return False
    verb = particle.head
    if verb.pos_ != "VERB" or not _really_given_up(verb):
        return False
    return f"{verb.lemma_.lower()} {particle.lower_}" in words("calling_off_verbs")


def _really_given_up(verb: Token) -> bool:
    """The giving up is itself stated as done: not "did not cancel", "never abandoned", "may scrap ... if",
    "refused to drop" or "rejected calls to abandon", where the event keeps standing."""
    if negated(verb) or unreal(verb) or only_guessed(verb):
        return False
    return not _refused(verb)


def _refused(verb: Token) -> bool:
    """ "refused to drop its plan", "rejected calls to abandon the deal", "resisted pressure to scrap it": a
    verb of refusing up the chain of complements (through a noun of asking) turns the giving up down."""
    node = verb
    for _ in range(REFUSAL_DEPTH):
        if node.dep_ not in ("xcomp", "ccomp", "acl", "dobj", "relcl") or node.head == node:
            return False
        node = node.head
        if node.pos_ == "VERB" and _turns_down(node):
            return True
    return False


def _stranded_plan_clause(clause: Token) -> bool:
    """ "walked away from talks to buy X", "pulled out of the deal to sell X": the parse may hang the plan
    noun's to-clause on the verb of giving up; the plan noun right before it still says what was given up.
    Not a purpose clause of another object ("dropped its dividend to buy back shares")."""
    verb = clause.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > verb.sent.start else None
    plans = any_words("intent_nouns", "talks_nouns", "bid_nouns")
    if before is None or before.lemma_.lower() not in plans or before.dep_ not in ("dobj", "pobj"):
        return False
    if before.dep_ == "dobj" and _gives_up(verb, before):
        return True
    particle = next((c for c in verb.children if c.lower_ in ("away", "out")), None)
    if particle is None or not _really_given_up(verb):
        return False
    return f"{verb.lemma_.lower()} {particle.lower_}" in words("calling_off_verbs")


def _turns_down(verb: Token) -> bool:
    """ "refused", "rejected", "resisted": a verb that refuses, denies or resists what it governs."""
    return verb.lemma_.lower() in any_words("refusing_verbs", "denying_verbs", "resisting_verbs")
