"""A superlative description that is its clause's subject ranks the party it stands for even with no field:
"The second-largest garden tool retailer said ...", "The largest maker of Ostrian ceramics earned ..." name the
story's company (or the party the anaphor resolver gives the description) by its rank, as an apposition beside a
name does. As an object or in a place phrase ("Halvern bought the largest toolmaker", "at the biggest lender") the
description may be any party, and with no field it stays unranked (docs/DECISIONS.md, round 37)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.anaphor_kinds import described_kind
from extractor.facts.business_descriptions import describes_one_business
from extractor.facts.syntax import SUBJECT_DEPS


def is_described_subject(noun: Token) -> bool:
    """ "the third-largest airline" as the subject of its clause: a definite singular description of one business
    or bank (`business_descriptions.describes_one_business`; "the largest bank", never "the central bank"), not a
    relation to another party ("the largest supplier", "its biggest rival")."""
    if noun.dep_ not in SUBJECT_DEPS:
        return False
    return describes_one_business(noun) or _one_bank(noun)


def _one_bank(noun: Token) -> bool:
    """ "the biggest bank": a bank that may be the story's company (`anaphor_kinds.described_kind`), written
    singular with "the"."""
    definite = any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children)
    return noun.tag_ == "NN" and definite and described_kind(noun) == "bank"
