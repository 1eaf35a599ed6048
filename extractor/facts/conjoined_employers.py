"""A title held at several organizations at once: "treasurer of both Alder Labs and Birch Mills", "the president
of Alder and Birch" gives the person the role at each organization the of-phrase lists."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext
from extractor.facts.syntax import prep_object

EMPLOYER_PREPOSITIONS = ("of", "at")


def conjoined_employers(title_tokens: list[Token], org: str, ctx: DocContext) -> list[tuple[str, int]]:
    """The other organizations conjoined with `org` in the title noun's of/at phrase, each with the character
    offset of its mention, in the text's order; none when the phrase's first name is not `org` (the role was read
    from elsewhere) or lists no other name. The offset does not reach the fact's evidence (a role's evidence is
    its sentence), so the roles stay apart only because `fact_claims.deduplicate` keys a role by its organization:
    any two roles of one person and title at different organizations in one sentence are both kept."""
    if not title_tokens:
        return []
    employer = prep_object(title_tokens[-1], EMPLOYER_PREPOSITIONS)
    if employer is None or _org_name(employer, ctx) != org:
        return []
    found: dict[str, int] = {}
    for conjunct in employer.conjuncts:
        name = _org_name(conjunct, ctx)
        if name is not None and name != org:
            found.setdefault(name, conjunct.idx)
    return list(found.items())


def _org_name(token: Token, ctx: DocContext) -> str | None:
    """The organization a name phrase's head or one of its compound words is ("Alder AG", where the tagger
    left the legal form outside the name); none for a common noun ("a former Alder official")."""
    if token.pos_ != "PROPN":
        return None
    for word in (token, *(c for c in token.lefts if c.dep_ == "compound")):
        cluster = ctx.entities.at(word.i)
        if cluster is not None and cluster.label == "ORG" and not cluster.agency:
            return cluster.name
    return None
