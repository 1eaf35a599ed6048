"""Which earlier name of a sentence a later "it" or "its" may stand for, when no clause above the pronoun
names its party (`discourse._pronoun_antecedent`, last resort before the previous sentence's subject).

A name may be the antecedent where a word of it is a subject, a possessor or a compound ("Brindle said ...",
"Despite Brindle's caution, it ...", "Brindle shares fell as it ...", "shares in Brindle Bank fell after it
said"), but not where the name is written in an aside of another noun: "Brindle, which was spun off from Quillby
Corp, said it would cut 500 jobs", "Brindle, soon to merge with its Quillby unit, said its debt ...", "it will be
60 percent owned by Quillby Holdings and still owe $1 billion from its rescue loan", "the publisher of the
Ashford Gazette and Quillby Herald announced it would cut 900 jobs". The relative or participial clause, the apposition
or the description only describes the party the sentence is about, which the pronoun continues (for a
description, `business_descriptions` says so already where the pronoun's own clause has it as subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.business_descriptions import describes_one_business
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.mentions.entities import EntityIndex

ANTECEDENT_DEPS = frozenset({"poss", "nsubj", "compound", "nsubjpass"})
ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})  # a clause or apposition that describes the noun it is on


def may_be_antecedent(name_token: Token, pronoun: Token, entities: EntityIndex) -> bool:
    """Whether the organization named at `name_token` (a word of the name) may stand for the later pronoun."""
    return name_token.dep_ in ANTECEDENT_DEPS and not _in_aside(_name_root(name_token, entities), pronoun)


def _name_root(token: Token, entities: EntityIndex) -> Token:
    """The head word of the name the token is part of: "Brindle International Ltd" -> "Ltd"."""
    cluster = entities.at(token.i)
    while token.head != token and entities.at(token.head.i) is cluster:
        token = token.head
    return token


def _in_aside(root: Token, pronoun: Token) -> bool:
    """The name sits inside a relative or participial clause, an apposition or the of-phrase of a description of
    one business ("the publisher of the Ashford Gazette") that does not hold the pronoun;
    not the apposition itself ("its rival, Dunmore Corp, said it ..." names the party), nor the subject of the
    clause ("the plan the ministry unveiled, in which it will inject $5 billion": the one who acts)."""
    if root.dep_ in SUBJECT_DEPS and root.head.dep_ in ASIDE_DEPS:
        return False
    holding = set(pronoun.ancestors)
    return any((a.dep_ in ASIDE_DEPS or describes_one_business(a)) and a not in holding for a in root.ancestors)
