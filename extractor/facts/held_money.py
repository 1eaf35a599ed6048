"""Organization nouns that name money (docs/DECISIONS.md, predicates15): "funds under management reached $74
billion", "the funds raised for its buyout arm doubled". An organization noun (`org_nouns`) is otherwise never a
measure ("the fund gained": the fund is the holder). In the plural and managed ("under management") or raised,
invested, committed (a past participle after it), it is the money those organizations hold, and the predicate
keeps the qualifier: "funds under management", "funds raised". Any measured noun keeps "under management"
("assets under management", as the gold writes it)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import prep_object
from extractor.lexicons import words


def held_money(token: Token) -> bool:
    """An organization noun in the plural that is managed or raised: money, not organizations."""
    return token.tag_ == "NNS" and token.lemma_.lower() in words("org_nouns") and _qualifier(token) is not None


def held_money_phrase(measured: Token | None, predicate: str | None) -> str | None:
    """The predicate with the qualifier that makes the noun money ("funds" -> "funds under management"),
    or None when the measured noun is no such noun or the predicate is not its plain noun phrase."""
    if measured is None or predicate is None or predicate.split()[-1:] != [measured.lower_]:
        return None
    if _managed(measured):
        return f"{predicate} under management"  # "assets under management" too (FACTS.md examples)
    qualifier = _qualifier(measured) if held_money(measured) else None
    return f"{predicate} {qualifier}" if qualifier else None


def _managed(token: Token) -> bool:
    managed = prep_object(token, ("under",))
    return managed is not None and managed.lemma_.lower() == "management"


def _qualifier(token: Token) -> str | None:
    """ "under management" after the noun, or the past participle that modifies it ("raised")."""
    if _managed(token):
        return "under management"
    participle = next(
        (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in words("money_participles")),
        None,
    )
    return participle.lower_ if participle is not None else None
