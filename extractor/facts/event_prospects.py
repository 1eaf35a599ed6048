"""Acts a sentence only weighs: "a put option to sell X", "the right to buy X", "a long battle to buy X",
"restrictions on X selling Y", "impediments to launching X", "its interest in selling X", "made it harder for X to
spin off Y", "it might be better to have acquired X". The act is the content of a noun of possibility, hindrance
or wish, or of an adjective of ease or preference: it was not done, and no one has planned it."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

# how an act hangs on the word that weighs it: a to-clause ("the right to buy"), a clause the parse read as
# relative or adverbial ("a contest for the two bidders to buy", "harder for X to spin off"), a gerund after a
# preposition ("interest in selling"), a complement ("better to have acquired")
CONTENT_DEPS = ("acl", "relcl", "advcl", "xcomp", "pcomp")


def only_possible(verb: Token) -> bool:
    """Whether an event verb tells an act only possible, hindered or wished for (module docstring)."""
    if verb.dep_ not in CONTENT_DEPS or not _infinitive_or_gerund(verb):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head  # "interest in selling", "impediments to launching": the noun above the preposition
    if head.pos_ == "ADJ":
        return head.lower_ in words("unreal_act_adjectives") or head.lemma_.lower() in words("unreal_act_adjectives")
    if head.pos_ != "NOUN" or head.lemma_.lower() not in words("unreal_act_nouns"):
        return False
    # "exercised its option to buy X": a right used is an act done or planned
    return not (head.dep_ == "dobj" and head.head.lemma_.lower() in words("option_using_verbs"))


def _infinitive_or_gerund(verb: Token) -> bool:
    """ "to buy", "to have bought", a gerund: an act named, not a finite clause that states one."""
    return verb.tag_ in ("VB", "VBG") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
