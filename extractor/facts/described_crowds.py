"""People counted by what they are doing keep the doing in the predicate (docs/DECISIONS.md "Described crowds").

"The count of people awaiting a council flat fell 4,000 to 61,000", "the number of students taking evening
classes rose": the measured noun ("people", "workers") names nobody in particular; the present participle after it
says whom the statistic counts, and the gold writes it ("people taking evening classes"). Only a noun for
people (`described_crowd_nouns`, `crowd_nouns`, never a firm: "companies planning ...") with a present participle
right after it, no comma between (the parse's `acl`, tag VBG) is read; the participle keeps an adverb before it
("still") and its first complement: its object with the object's modifiers ("new grants") or its first preposition
with that phrase ("in rented homes"). A participle whose complement would be dropped (a clause, a place, a figure,
nothing) is left out whole: "people living" says less than "people". Past
participles are left alone: FACTS.md writes "laid-off workers", never "workers laid off".
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from extractor.lexicons import words

COMPLEMENT_DEPS = frozenset({"dobj", "prep"})  # "awaiting a grant", "living in rented homes"
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})  # "planning to hire workers": a clause is never kept
DROPPED_MODIFIER_DEPS = frozenset({"det", "poss", "case", "punct", "nummod"})  # "their new grants" -> "new grants"
SPACED_HYPHEN = re.compile(r"\s*-\s*")
NAMED_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "DATE", "MONEY", "PERCENT", "CARDINAL"})


def described_crowd(predicate: str, measured: Token | None) -> str:
    """ "people" -> "people still awaiting a grant" when the measured noun for people has a present
    participle clause; any other predicate is returned as it is."""
    if measured is None or not _is_crowd(measured) or predicate.split()[-1:] != [measured.lower_]:
        return predicate
    participle = next((c for c in measured.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    if participle is None or participle.left_edge.i != measured.i + 1:
        return predicate  # "workers, representing 10 percent of staff,": an aside, not whom the count counts
    doing = _doing(participle)
    return predicate if doing is None else f"{predicate} {doing}"


def _is_crowd(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in people_lemmas()


@cache
def people_lemmas() -> frozenset[str]:
    """Nouns for people; the firms among the crowd nouns ("companies planning to hire") are no crowd of people."""
    crowds = words("described_crowd_nouns") | words("crowd_nouns")
    return crowds - words("org_nouns") - words("business_nouns")


def _doing(participle: Token) -> str | None:
    """ "still awaiting a grant", "living in rented homes": the participle, an adverb before it and its
    first complement; None when no complement is kept ("living in Norland", "planning to hire"): a bare
    participle reads worse than the noun alone."""
    adverbs = [c for c in participle.lefts if c.dep_ == "advmod"]
    complement = next((c for c in participle.rights if c.dep_ in COMPLEMENT_DEPS | CLAUSE_DEPS), None)
    kept = complement_tokens(complement) if complement is not None and complement.dep_ in COMPLEMENT_DEPS else []
    if not kept:
        return None
    return SPACED_HYPHEN.sub("-", " ".join(t.lower_ for t in [*adverbs, participle, *kept]))  # "long-term"


def complement_tokens(complement: Token) -> list[Token]:
    """The object with its modifiers ("new grants"), or the preposition with its object's phrase ("in rented
    homes"); no place, date or number, nothing after the object."""
    if complement.dep_ == "prep":
        objects = [c for c in complement.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ in NAMED_ENTITIES:
            return []
        return [complement, *_noun_tokens(objects[0], keep_det=True)]
    if complement.ent_type_ in NAMED_ENTITIES or complement.like_num:
        return []  # "representing 10 percent": a figure is no doing
    return _noun_tokens(complement, keep_det=False)


def _noun_tokens(noun: Token, *, keep_det: bool) -> list[Token]:
    left = [
        t
        for t in noun.subtree
        if t.i < noun.i
        and t.ent_type_ not in NAMED_ENTITIES
        and not t.like_num
        and (keep_det and t.dep_ == "det" or t.tag_ == "HYPH" or t.dep_ not in DROPPED_MODIFIER_DEPS)
        and not _under_dropped(t, noun)
    ]
    return [*left, noun]


def _under_dropped(token: Token, noun: Token) -> bool:
    """ "the central bank's new plan": "central" hangs on the dropped possessive, so it goes with it."""
    head = token.head
    while head.i != noun.i and head.i != head.head.i:
        if head.dep_ in DROPPED_MODIFIER_DEPS:
            return True
        head = head.head
    return False
