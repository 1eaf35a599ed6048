"""Becoming a post's holder: "its finance chief, Bo Chen, will become chief operating officer in June". A named
person announced to come to hold a post (a verb of lexicons/becoming_verbs.txt with a title noun as its
complement, told with a modal of the future or a word of scheduling) is the company's planned appointment,
by the organization the post names (else the one whose post the person already holds or that reports it,
else the story's company). "became CEO in 2015" tells a career's past: no event (the dev gold and the
events9 probe give none)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.departure_dates import announced, end_of_period
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, speculated, unreal
from extractor.facts.events_common import event_fact, scheduled_by
from extractor.facts.events_replacements import PREDICATE
from extractor.facts.post_takers import person_post_owner, subject_people
from extractor.facts.title_owners import is_title_noun, title_owner
from extractor.lexicons import words
from extractor.models import Fact

POST_COMPLEMENTS = ("attr", "oprd", "acomp")


def posts_become(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The appointment of each named person the verb's subject names to the post its complement names;
    nothing without a title noun ("became the first woman to ...") or a named person ("the unit became"), in
    a relative clause, or when it is denied, supposed, guessed ("could become") or others' expectation
    ("expect Lee to become")."""
    if verb.lemma_.lower() not in words("becoming_verbs") or verb.pos_ not in ("VERB", "AUX"):
        return []
    if negated(verb) or unreal(verb) or speculated(verb) or _expected_of(verb) or verb.dep_ == "relcl":
        return []  # "replacing Lee, who became chairman": a clause that describes a person (dev gold: no event)
    if not (announced(verb) or scheduled_by(verb) is not None):
        return []  # "joined the bank in 1998 and became CEO in 2015": a career's past, no news event
    post = next((c for c in verb.children if c.dep_ in POST_COMPLEMENTS and is_title_noun(c)), None)
    if post is None:
        return []
    people = subject_people(verb, ctx)
    day = end_of_period(verb, ctx.published)  # "would become chairman at the end of the year"
    facts = []
    for person, name in people:
        owner = title_owner(post, ctx) or person_post_owner(person, verb, ctx) or ctx.main_org
        facts.append(event_fact(verb, owner, PREDICATE, name, sent, both, ctx, planned=True, day=day))
    return facts


def _expected_of(verb: Token) -> bool:
    """ "analysts expect Lee to become chairman": an infinitive someone else's verb governs is their view."""
    infinitive = verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and scheduled_by(verb) is None  # "is set to become": scheduled, not expected
