"""Whose a post is, read from the words around the title noun: its possessor ("Quillby's chief executive",
"its chairman", where "its" stands for the organization of the enclosing clause), the organization after
it ("the chief executive of rival Ostrava", "a spokesman for Tarvik Airlines") and the person the title
stands beside ("its chief executive, Ann Lee", "chairman Bo Chen", "appointed Ann Lee chairman")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.anaphor_kinds import main_of_kind, other_kind_party
from extractor.facts.discourse import DocContext, known_name_ending_at, resolve_subject
from extractor.facts.named_owners import tagged_org, whose_antecedent
from extractor.facts.syntax import clause_subject
from extractor.lexicons import any_words, words

OWNER_PREPOSITIONS = ("of", "at", "for", "with")
POSSESSIVE_PRONOUNS = ("its", "their")


def is_title_noun(token: Token) -> bool:
    """A noun of a post ("executive", "chairman", "chief", "head"), the lemma in lexicons/role_nouns.txt."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in words("role_nouns")


def possessor_owner(possessor: Token, ctx: DocContext) -> str | None:
    """The organization a title's possessor names: a tagged organization ("Quillby's"), an organization the
    story names elsewhere or an untagged proper name ("Kestrel's"), what "its" stands for, or the party a
    definite description stands for ("the drugmaker's"); None for a person or a place ("Obama's chief of
    staff", "Canada's industry minister" are told elsewhere)."""
    if possessor.lower_ in POSSESSIVE_PRONOUNS:
        return resolve_subject(possessor, ctx)
    if _definite_description(possessor):
        return _described_owner(possessor, ctx)
    if possessor.lower_ == "whose":
        antecedent = whose_antecedent(possessor)
        return possessor_owner(antecedent, ctx) if antecedent is not None else None  # "Ferrow, whose chairman"
    cluster = ctx.entities.at(possessor.i)
    if cluster is not None:
        return resolve_subject(possessor, ctx) if cluster.label == "ORG" and not cluster.agency else None
    if possessor.pos_ != "PROPN" or not possessor.text[:1].isupper():
        return None
    return known_name_ending_at(possessor, ctx) or proper_run(possessor)


def _definite_description(possessor: Token) -> bool:
    """ "the drugmaker's", "the central bank's": one organization of the story named by its kind, like "its".
    Not "a bank's" or "rival banks'" (some other body), nor "the unit's" or "the rival's", which name a party
    by its relation to another one."""
    kind = possessor.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in possessor.children)
    one_body = possessor.tag_ == "NN" and kind not in words("relation_org_nouns")
    return definite and one_body and kind in words("org_nouns")


def _described_owner(possessor: Token, ctx: DocContext) -> str | None:
    """The party "the drugmaker's" or "the British bank's" stands for (as "the company" does as a subject).
    A kind named with other words ("the central bank's") is read only as the story's main organization when it
    is of that kind, else an organization of that kind named before it: the story's own company would be a
    guess."""
    kinds = [c for c in possessor.children if c.dep_ in ("amod", "compound")]
    if any(c.lemma_.lower() in any_words("relation_org_nouns", "other_body_modifiers") for c in kinds):
        return None  # "the rival bank's", "the combined company's": another body, or one not yet formed
    if all(c.ent_type_ == "NORP" for c in kinds):
        return resolve_subject(possessor, ctx)
    return main_of_kind(possessor, ctx) or other_kind_party(possessor, ctx)


def proper_run(last: Token) -> str:
    """The title-case proper nouns compounded into `last` ("Hollis Paper"), as written."""
    run = [c for c in last.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    return " ".join(t.text for t in [*run, last])


def owner_after(title: Token, ctx: DocContext) -> str | None:
    """ "the chief executive of rival Ostrava", "a spokesman for Tarvik Airlines", "head of Kestrel's Asian
    unit": the first organization in the title's of/at/for/with phrase, or the possessor there."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS):
        for token in prep.subtree:
            if (named := tagged_org(token, ctx.entities)) is not None:
                return resolve_subject(token, ctx) or named
            # "head of the company's Ostrava unit": a described possessor there is no owner (the unit named is)
            if token.dep_ == "poss" and token.head.head == prep and not _definite_description(token):
                owner = possessor_owner(token, ctx)
                if owner is not None:
                    return owner
    return None


def title_owner(title: Token, ctx: DocContext) -> str | None:
    """The organization a title noun names as its own: its possessor, else its of/at/for phrase."""
    possessor = next((c for c in title.children if c.dep_ == "poss"), None)
    owner = possessor_owner(possessor, ctx) if possessor is not None else None
    return owner or owner_after(title, ctx)


def apposed_titles(person: Token) -> list[Token]:
    """The title nouns a named person stands beside in apposition: the one the name is set beside ("Kestrel's
    chairman, Ann Lee"), those set beside the name ("Ann Lee, Kestrel's chairman") and, for any name of a list,
    those set beside the list ("Ann Lee and Bo Chen, directors of Kestrel": the parse hangs the title on the
    first name)."""
    first = person
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    titles = [person.head] if person.dep_ == "appos" and is_title_noun(person.head) else []
    return titles + [c for c in first.children if c.dep_ == "appos" and is_title_noun(c)]


def apposed_post_owner(person: Token, ctx: DocContext) -> tuple[Token, str] | None:
    """The first title noun in apposition to the person (`apposed_titles`) that names its organization, with
    that organization: whose post the person holds, for a role and for an appointment or departure alike."""
    owned = ((title, title_owner(title, ctx)) for title in apposed_titles(person))
    return next(((title, owner) for title, owner in owned if owner is not None), None)


def titled_person(token: Token, ctx: DocContext) -> Token | None:
    """The named person a noun phrase stands for: the person itself, or the person a title noun stands
    beside ("its chief executive, Ann Lee" in apposition, "Ann Lee chairman" compounded before it)."""
    cluster = ctx.entities.at(token.i)
    if cluster is not None:
        return token if cluster.label == "PERSON" or cluster.votes.get("PERSON") else None
    if not is_title_noun(token):
        return None
    phrases = [o for p in token.children if p.lower_ in OWNER_PREPOSITIONS for o in p.children if o.dep_ == "pobj"]
    for child in [*token.children, *(c for o in phrases for c in o.children if _set_off(c))]:
        if child.dep_ in ("appos", "compound") and (named := ctx.entities.at(child.i)) is not None:
            if named.label == "PERSON":
                return child  # "the chief executive of Kestrel, Ann Lee,": the parse may hang the name on Kestrel
    return None


def _set_off(token: Token) -> bool:
    """A phrase set off by a comma right before it (an apposition)."""
    return token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def deciding_organization(verb: Token, ctx: DocContext) -> str | None:
    """The organization that appoints or removes someone through an active verb: its subject ("Kestrel
    ousted", also where the tagger missed this mention of a name the story gives), or the owner of the
    body that acts ("the board of Kestrel elected", "Kestrel's board", "shareholders of Kestrel voted to
    remove"), else, for a body that names no owner, the story's company."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = clause_subject(verb)
    if subject is None:
        return None
    named = resolve_subject(subject, ctx)
    if named is None and subject.pos_ == "PROPN" and ctx.entities.at(subject.i) is None:
        named = known_name_ending_at(subject, ctx)
    if named is not None or subject.lemma_.lower() not in words("governing_bodies"):
        return named
    return title_owner(subject, ctx) or ctx.main_org
