"""Successions a board or an owner decides: "Kestrel ousted its chief executive, Ann Lee", "the board of
Kestrel elected Bo Chen as chairman", "Ann Lee was fired", "Lee was promoted to president". A verb of
lexicons/succession_verbs.tsv with a named person and a post written in its clause is an event of the
organization whose post it is (the verb's subject, the body's owner, the owner of the post), with the person
as its object."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.departure_dates import effective_day
from extractor.facts.discourse import DocContext
from extractor.facts.events_common import event_fact
from extractor.facts.post_takers import person_post_owner
from extractor.facts.syntax import clause_subject
from extractor.facts.title_owners import deciding_organization, is_title_noun, owner_after, title_owner, titled_person
from extractor.models import Fact

POST_DEPS = ("dobj", "oprd", "attr", "xcomp")
POST_PREPOSITIONS = ("as", "to")


def successions(
    verb: Token, row: tuple[str, ...], sent: Span, both: SentencePeriods, ctx: DocContext
) -> list[Fact | None]:
    """The ouster, dismissal, election or promotion of a named person to or from a post the clause names; `row`
    is the verb's row of lexicons/succession_verbs.tsv."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    person = _named_person(verb, passive, ctx)
    post = _post(verb, person) if person is not None else None
    if post is None and passive and row[1] == "removes":
        return _removed_without_post(verb, row, person, sent, both, ctx)  # "Lee was fired", "he was ousted"
    if person is None or post is None:
        return []  # "removed tariffs", "Voters elected Lee": no named person, or no post
    organization = deciding_organization(verb, ctx) or _post_organization(post, person, verb, ctx)
    name = ctx.entities.at(person.i).name
    day = effective_day(verb, [both.past, both.future], ctx.published)  # "elected Lee, effective June 1"
    return [event_fact(verb, organization, row[0], name, sent, both, ctx, day=day)] if organization else []


def _named_person(verb: Token, passive: bool, ctx: DocContext) -> Token | None:
    """Who is removed or put in a post: the object of the active verb, the subject of the passive one."""
    if passive:
        candidates = [clause_subject(verb)]
    else:
        candidates = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    return next((p for c in candidates if c is not None and (p := titled_person(c, ctx)) is not None), None)


def _post(verb: Token, person: Token) -> Token | None:
    """The title noun the clause names: the one the person stands beside ("its chief executive, Ann Lee",
    "chairman Bo Chen"), or the post given ("elected Lee chairman", "as chief executive", "to president")."""
    if person.dep_ == "appos" and is_title_noun(person.head):
        return person.head
    apposed = next((c for c in person.children if c.dep_ == "appos" and is_title_noun(c)), None)
    if apposed is not None:
        return apposed  # "Ann Lee, Kestrel's chief executive, was fired": the post set off after the name
    beside = next((c for c in person.children if c.dep_ == "compound" and is_title_noun(c)), None)
    if beside is not None or is_title_noun(person.head) and person.dep_ == "compound":
        return beside or person.head
    given = [c for c in verb.children if c.dep_ in POST_DEPS and is_title_noun(c)]
    given += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in POST_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and is_title_noun(o)
    ]
    return given[0] if given else None


def _post_organization(post: Token, person: Token, verb: Token, ctx: DocContext) -> str | None:
    """Whose the post is: its owner ("chief executive of Vendel", "Tamsin's chief executive"), the post the
    person is said to hold, else the story's company when no one acts (a passive, no subject); a governing body
    with no owner was given the story's company by `deciding_organization` already."""
    owner = title_owner(post, ctx) or owner_after(post, ctx) or person_post_owner(person, verb, ctx)
    if owner is not None:
        return owner
    subject = clause_subject(verb) if not any(c.dep_ == "auxpass" for c in verb.children) else None
    return ctx.main_org if subject is None else None


def _removed_without_post(
    verb: Token, row: tuple[str, ...], person: Token | None, sent: Span, both: SentencePeriods, ctx: DocContext
) -> list[Fact | None]:
    """ "Lee was fired after a review", "Lee was ousted in 2009": a named person removed by a passive verb lost
    a post the clause need not write, the one held at the organization the person is said to serve, else the
    story's company; "was fired up" has a particle, and a plural or unnamed subject ("the workers who were
    fired") is no one's post. A pronoun ("he was ousted") is left: on the readable stories its antecedent and
    company were wrong more often than right."""
    if person is None or any(c.dep_ == "prt" for c in verb.children):
        return []
    organization = person_post_owner(person, verb, ctx) or ctx.main_org
    if organization is None:
        return []
    day = effective_day(verb, [both.past, both.future], ctx.published)
    return [event_fact(verb, organization, row[0], ctx.entities.at(person.i).name, sent, both, ctx, day=day)]
