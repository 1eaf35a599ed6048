"""A participle that gives a noun's size is part of the noun, not a claim of its own (`modality`).

"Norvale expects to book charges totaling $300 million", "a walkout could open a funding gap topping 2 billion
euros": the figure is the size of the charges or the gap, which the sentence plans or predicts, so it takes the
modality of the clause the noun stands in. A participle clause on a noun otherwise states its own fact ("..., with
Kelso climbing 8 percent"), and so does a sizing one in an absolute "with" phrase ("with sales topping $2
billion")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words


def sizes_its_noun(participle: Token) -> bool:
    """A present participle on a noun (`acl`, VBG: the caller's test) is one of sizing
    (`lexicons/sizing_participles.txt`), on a noun that opens no absolute phrase."""
    if participle.lemma_.lower() not in words("sizing_participles"):
        return False
    noun = participle.head
    return not (noun.dep_ == "pobj" and _absolute(noun.head))


def _absolute(prep: Token) -> bool:
    """ "..., with costs topping $80 million", "With sales topping $2 billion, ...": a "with" set off at the start
    of the sentence or after a comma opens a clause of its own (`lexicons/absolute_prepositions.txt`); "would leave
    it with a gap approaching $600 million" names what the verb leaves."""
    if prep.lower_ not in words("absolute_prepositions"):
        return False
    return prep.i == prep.sent.start or prep.doc[prep.i - 1].is_punct
