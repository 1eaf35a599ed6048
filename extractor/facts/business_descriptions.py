"""A definite description of one business ("the publisher of the Ashford Gazette") stands for a company, not for
the names inside its of-phrase: `discourse` takes it as the antecedent of a pronoun (docs/DECISIONS.md, round 14)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words


def describes_one_business(token: Token) -> bool:
    """ "the publisher of the Ashford Gazette", "the Freedonia-based operator of Brindle stores": a definite singular
    business noun (business_nouns) that stands for one company; not "the unit" or "its rival" (a relation to
    another company) nor "the companies"."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in words("business_nouns")
        and token.lemma_.lower() not in words("relation_org_nouns")
        and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
    )
