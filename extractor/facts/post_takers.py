"""Appointments stated by the person who takes the post: "Ann Lee will take over as chief executive",
"Lee succeeded Bo Chen as chairman of Brandt Co", "Lee, who replaced Chen as finance chief". The verb of
taking a post (lexicons/post_taking_verbs.txt) with an "as" phrase that names a post is an appointment of the
named person who is its subject, by the organization the post names (else the story's company)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.described_titles import described_title_after
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.syntax import clause_subject, prep_object
from extractor.facts.title_owners import apposed_post_owner, titled_person
from extractor.facts.titles_before import title_before
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
    organization = _post_owner(post, ctx) or _joined(verb, ctx) or reporting_organization(verb, ctx)
    return [(organization, name) for name in names]


def named_people(verb: Token, ctx: DocContext) -> list[str]:
    """The named people who are the verb's subject ("A and B both left", "its chief executive, Ann Lee,
    resigned"); "former publisher Ann Lee" may be voted an organization by its title, so a person seen once
    is a person here."""
    return [name for _, name in subject_people(verb, ctx)]


def subject_people(verb: Token, ctx: DocContext) -> list[tuple[Token, str]]:
    """(token, name) of each named person who is the verb's subject, or whom a title subject stands beside."""
    person = clause_subject(verb)
    people = [person, *person.conjuncts] if person is not None else []
    found = []
    for token in (titled_person(p, ctx) for p in people):
        cluster = ctx.entities.at(token.i) if token is not None else None
        if cluster is not None and (cluster.label == "PERSON" or cluster.votes.get("PERSON")):
            found.append((token, cluster.name))
    return found


def person_post_owner(person: Token, verb: Token, ctx: DocContext) -> str | None:
    """The organization whose post a named person is said to hold in the clause: the owner of the title noun
    the person stands beside ("Kestrel's chairman, Ann Lee"), of the title written before or after the name
    ("Kestrel chief executive Ann Lee", "Ann Lee, Kestrel's chief executive,"), else the organization that
    reports the news ("Kestrel said Chief Executive Ann Lee had resigned"). The apposed title is read as the
    role facts read it (`apposed_post_owner`, named_facts._apposed_post), so the two tell one owner."""
    apposed = apposed_post_owner(person, ctx)
    if apposed is not None:
        return apposed[1]
    mention = _mention_of(person, ctx)
    titled = title_before(mention, words("title_words"), ctx) or described_title_after(mention, ctx)
    return (titled[1] if titled else None) or reporting_organization(verb, ctx)


def _mention_of(person: Token, ctx: DocContext) -> Span:
    """The mention of the person's name that holds `person` (the word alone if no mention does)."""
    cluster = ctx.entities.at(person.i)
    mentions = cluster.mentions if cluster is not None else []
    return next((m for m in mentions if m.start <= person.i < m.end), person.doc[person.i : person.i + 1])


def _joined(verb: Token, ctx: DocContext) -> str | None:
    """ "Ann Lee joined Brandt Co as chairman": the organization a person joins is the one whose post it is."""
    joined = next((c for c in verb.children if c.dep_ == "dobj"), None)
    cluster = ctx.entities.at(joined.i) if joined is not None else None
    return resolve_subject(joined, ctx) if cluster is not None and cluster.label == "ORG" else None


def reporting_organization(verb: Token, ctx: DocContext) -> str | None:
    """ "Brandt Co said Ann Lee would replace Bo Chen as chief executive": a post that names no organization
    is at the organization that reports the appointment."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.lemma_.lower() not in words("reporting_verbs"):
        verb = verb.head  # "said Lee had resigned and would be replaced": the second verb of the report
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
