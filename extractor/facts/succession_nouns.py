"""Successions named by a noun: "Ann Lee announced her resignation on Monday", "the appointment of Bo Chen as
chief executive", "Lee's ouster", "the election of Vice President Bo Chen as chief executive, effective June 16".
A noun of lexicons/succession_nouns.tsv whose possessor or of-object is a named person (for a possessive
pronoun, the person named before it in its sentence: a headline or an earlier sentence is too far to tell) is
an event of the organization whose post it is (the post's "as" phrase, the possessor organization, the post
written with the person), else of the story's company, with the person as object. A noun that others call for
("called for his resignation"), or whose clause is denied or supposed, gives none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods, period_for
from extractor.facts.departure_dates import effective_day
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, unreal
from extractor.facts.events_common import event_fact
from extractor.facts.post_takers import person_post_owner
from extractor.facts.syntax import governing_verb, prep_object
from extractor.facts.title_owners import is_title_noun, owner_after, possessor_owner, titled_person
from extractor.lexicons import table, words
from extractor.models import Fact

PERSONAL_POSSESSIVES = ("his", "her")


def succession_noun_facts(noun: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The event a succession noun (the caller saw a NOUN) names, for the named person it is of; nothing
    without one."""
    row = table("succession_nouns").get(noun.lemma_.lower())
    if row is None or noun.tag_ == "NNS":
        return []
    verb = governing_verb(noun)
    if _not_happened(verb):
        return []
    person, name = _person_of(noun, ctx)
    if person is None or name is None:
        return []
    post = prep_object(noun, ("as",))
    owner = owner_after(post, ctx) if post is not None and is_title_noun(post) else None
    held = person_post_owner(person, verb, ctx) if verb is not None else None
    day = effective_day(noun, [both.past, both.future], ctx.published)
    if day is None and verb is not None:
        day = period_for(sent.doc[verb.i : verb.i + 1], both.for_modality("actual"), sent)[0]
    possessor = next((c for c in noun.children if c.dep_ == "poss" and c.i != person.i), None)
    decider = (
        possessor_owner(possessor, ctx)
        if possessor is not None and possessor.lower_ not in PERSONAL_POSSESSIVES
        else None
    )
    return [event_fact(noun, owner or decider or held or ctx.main_org, row[0], name, sent, both, ctx, day=day)]


def _person_of(noun: Token, ctx: DocContext) -> tuple[Token | None, str | None]:
    """(token, name) of the person the noun is of: "Lee's", "his" (the person named just before), "of Lee"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in PERSONAL_POSSESSIVES:
        named = _person_token_before(owner, ctx)  # "Ann Lee, Kestrel's chairman, announced her resignation"
        return (named, ctx.entities.at(named.i).name) if named is not None else (None, None)
    candidates = [owner, prep_object(noun, ("of",))]  # "Kestrel's promotion of Ann Lee": the of-object
    person = next((p for c in candidates if c is not None and (p := titled_person(c, ctx)) is not None), None)
    return (person, ctx.entities.at(person.i).name) if person is not None else (None, None)


def _person_token_before(pronoun: Token, ctx: DocContext) -> Token | None:
    """The last word of the person named last before a possessive pronoun in its own sentence."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        cluster = ctx.entities.at(token.i)
        if cluster is not None and cluster.label == "PERSON" and token.dep_ != "pobj":
            return token
    return None


def _not_happened(verb: Token | None) -> bool:
    """ "called for his resignation", "demanded Lee's ouster", "did not accept his resignation", "if his
    appointment is approved": a succession noun whose governing verb demands, denies or supposes it."""
    if verb is None:
        return False
    demanded = verb.lemma_.lower() in words("demand_verbs") or any(
        a.lemma_.lower() in words("demand_verbs") for a in verb.ancestors
    )
    return demanded or negated(verb) or unreal(verb)
