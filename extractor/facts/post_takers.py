"""Appointments stated by the person who takes the post: "Ann Lee will take over as chief executive",
"Lee succeeded Bo Chen as chairman of Brandt Co", "Lee, who replaced Chen as finance chief". The verb of
taking a post (lexicons/post_taking_verbs.txt) with an "as" phrase that names a post is an appointment of the
named person who is its subject, by the organization the post names (else the story's company)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.syntax import clause_subject, prep_object
from extractor.lexicons import words

POST_OWNER_PREPOSITIONS = ("of", "at", "with")


def post_taken(verb: Token, lemma: str, ctx: DocContext) -> list[tuple[str | None, str]]:
    """(organization, person) for each named person who takes a post through `verb` (`lemma` with its
    particle, "take over"); nothing without a post ("took over the plant") or a named person ("he")."""
    if verb.pos_ != "VERB" or lemma not in words("post_taking_verbs"):
        return []
    post = prep_object(verb, ("as",))
    if post is None or not any(t.lower_ in words("role_nouns") for t in post.subtree):
        return []  # "replaced the engine", "took over the plant": no post taken
    names = named_people(verb, ctx)
    if not names:
        return []
    organization = _post_owner(post, ctx) or _reporting_organization(verb, ctx)
    return [(organization, name) for name in names]


def named_people(verb: Token, ctx: DocContext) -> list[str]:
    """The named people who are the verb's subject ("A and B both left"); "former publisher Ann Lee" may be voted
    an organization by its title, so a person seen once is a person here."""
    person = clause_subject(verb)
    people = [person, *person.conjuncts] if person is not None else []
    clusters = [ctx.entities.at(p.i) for p in people]
    return [c.name for c in clusters if c is not None and (c.label == "PERSON" or c.votes.get("PERSON"))]


def _reporting_organization(verb: Token, ctx: DocContext) -> str | None:
    """ "Brandt Co said Ann Lee would replace Bo Chen as chief executive": a post that names no organization
    is at the organization that reports the appointment."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.lemma_.lower() not in words("reporting_verbs"):
        return None
    reporter = clause_subject(verb.head)
    cluster = ctx.entities.at(reporter.i) if reporter is not None else None
    if cluster is None or cluster.label != "ORG" or cluster.name.split()[-1].lower() in words("media_words"):
        return None  # "..., the Journal added": a newspaper reports appointments elsewhere
    return resolve_subject(reporter, ctx)


def _post_owner(post: Token, ctx: DocContext) -> str | None:
    """The organization a post names: its possessor ("Brandt's finance chief") or the organization after
    of/at/with ("chief executive of Brandt Co"); None when it names none."""
    for token in post.subtree:
        cluster = ctx.entities.at(token.i)
        if cluster is None or cluster.label != "ORG" or cluster.agency:
            continue
        owned = token.dep_ == "poss" or any(
            a.dep_ == "prep" and a.lower_ in POST_OWNER_PREPOSITIONS for a in token.ancestors if a.i > post.i
        )
        if owned:
            return resolve_subject(token, ctx) or cluster.name
    return None
