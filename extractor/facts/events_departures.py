"""Departures: "Ann Lee resigned as chief executive", "Lee stepped down"; a named person leaving a post is an
event of the organization left, with the person as its object."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.departure_dates import announced, effective_day, end_of_period
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import left_behind, negated, pronoun_person, unreal
from extractor.facts.events_common import event_fact, phrasal_lemma, scheduled_by
from extractor.facts.post_takers import person_post_owner, subject_people
from extractor.facts.succession_nouns import succession_noun_facts
from extractor.facts.successions import successions
from extractor.facts.syntax import clause_subject, prep_object
from extractor.lexicons import table, words
from extractor.models import Fact


def departures(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """ "Ann Lee resigned as chief executive", "A and B both left the company", "Lee stepped down": a named
    person leaving is an event of the organization left (the verb's named object or "from"/"of" phrase,
    else the story's company), with the person as object."""
    if verb.pos_ == "NOUN":
        return succession_noun_facts(verb, sent, both, ctx)  # "announced his resignation"
    lemma = phrasal_lemma(verb) if verb.pos_ == "VERB" else None
    row = table("succession_verbs").get(lemma) if lemma is not None else None
    if row is not None and not (negated(verb) or unreal(verb)):
        return successions(verb, row, sent, both, ctx)  # "ousted its chief executive, Ann Lee"
    if lemma not in words("departure_verbs"):
        return []
    if (
        any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        or left_behind(verb, ctx)
        or negated(verb)
        or unreal(verb)
    ):
        return []  # "left with $2 million", "money he has left", "left Norway", "would not resign": no post given up
    scheduled = scheduled_by(verb)
    people = subject_people(verb, ctx)
    if not people and scheduled is not None and scheduled.dep_ == "acomp":
        people = subject_people(scheduled.head, ctx)  # "Lee is due to retire": the subject of "is"
    pronoun = [(None, name) for name in pronoun_person(clause_subject(verb), ctx)] if not people else []
    if not people and not pronoun:
        return []
    planned = announced(verb) or scheduled is not None
    # "at the end of June", "is resigning effective August 31"
    day = end_of_period(verb, ctx.published) or effective_day(verb, [both.past, both.future], ctx.published)
    predicate = table("departure_predicates").get(lemma, ("departure",))[0]  # "resigned": a resignation
    return [
        event_fact(
            verb, _organization_left(verb, person, ctx), predicate, name, sent, both, ctx, planned=planned, day=day
        )
        for person, name in people + pronoun
    ]


def _organization_left(verb: Token, person: Token | None, ctx: DocContext) -> str | None:
    """The organization a person left: the direct object ("left the bank"), "from X" ("resigned from X's
    board"), "of X" after the post ("as chief executive of X"); else the organization whose post the
    person is said to hold ("Kestrel's chairman, Ann Lee, resigned"); else the story's company."""
    candidates = [c for c in verb.children if c.dep_ == "dobj"]
    candidates += [t for t in (prep_object(verb, ("from", "as")),) if t is not None]
    named = [t for c in candidates for t in c.subtree if ctx.entities.at(t.i) is not None]
    for subject in (resolve_subject(t, ctx) for t in named):
        if subject is not None:
            return subject
    held = person_post_owner(person, verb, ctx) if person is not None else None
    referred = (resolve_subject(t, ctx) for c in candidates for t in c.subtree)  # "resigned from the company"
    return held or next((s for s in referred if s is not None), None) or ctx.main_org
