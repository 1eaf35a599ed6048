"""Replacements: "Ann Lee has been replaced by Bo Chen", "Kestrel replaced Chief Executive Ann Lee with her
deputy, Bo Chen", "Chen will replace Lee". A named person replacing another named person takes that person's
post: an appointment of the newcomer (as "Chen succeeded Lee as chairman" is, `post_takers`), by the
organization that replaces (its subject) or whose post the replaced person held, else the one that reports
it, else the story's company. Only the newcomer's appointment is an event; the replaced person's departure is
told by its own verb or noun ("resigned", "his resignation"), if at all."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.departure_dates import announced
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, speculated, unreal
from extractor.facts.events_common import event_fact, scheduled_by
from extractor.facts.post_takers import person_post_owner
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, prep_object
from extractor.facts.title_owners import deciding_organization, titled_person
from extractor.facts.titled_names import untagged_surnames, untagged_titled_names
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Fact

PREDICATE = "appointment"


def replacements(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The appointment a verb of replacing (lexicons/replacing_verbs.txt) states when both the newcomer and the
    person replaced are named people; nothing for things replaced ("replaced the engine"), for an unnamed
    newcomer ("will be replaced by a veteran"), or for a replacement only weighed ("a candidate to succeed
    Lee", "has not replaced Lee", "could replace Lee")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("replacing_verbs"):
        return []
    if negated(verb) or unreal(verb) or _only_a_prospect(verb) or speculated(verb):
        return []
    parties = _parties(verb, ctx)
    if parties is None:
        return []
    newcomer, replaced, organization = parties
    new_name, old_name = _person_name(newcomer, ctx), _person_name(replaced, ctx)
    if new_name is None or old_name is None or new_name == old_name:
        return []
    owner = organization or person_post_owner(replaced, verb, ctx) or ctx.main_org
    dated = _outside_clauses(both, (newcomer, replaced), sent)
    planned = announced(verb) or scheduled_by(verb) is not None  # "will replace", "is set to succeed": a plan
    return [event_fact(verb, owner, PREDICATE, new_name, sent, dated, ctx, planned=planned)]


def _parties(verb: Token, ctx: DocContext) -> tuple[Token, Token, str | None] | None:
    """(newcomer, replaced, the organization that replaces when it is the subject) of the three wordings:
    "Y was replaced by X" (also the participle "Y stepped down, replaced by X"), "Kestrel replaced Y with X",
    "X replaced Y"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        newcomer = next((c for c in agent.children if c.dep_ == "pobj"), None)
        return (newcomer, replaced, None) if newcomer is not None and (replaced := _patient(verb)) else None
    replaced = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if replaced is None:
        return None
    substitute = prep_object(verb, ("with",)) or prep_object(replaced, ("with",))  # parsed on either
    if substitute is not None:  # "Kestrel replaced its chief executive with her deputy": Kestrel decides
        return substitute, replaced, deciding_organization(verb, ctx)
    newcomer = clause_subject(verb)
    return (newcomer, replaced, None) if newcomer is not None else None


def _patient(verb: Token) -> Token | None:
    """Who a passive verb of replacing replaces: its passive subject (a relative pronoun stands for the noun
    it describes), or the subject of the clause a participle ("..., replaced by X") hangs on."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in words("relative_pronouns") and verb.dep_ == "relcl":
        return verb.head
    if subject is not None:
        return subject
    if verb.dep_ in ("advcl", "conj", "acl") and verb.tag_ == "VBN":
        return clause_subject(verb.head) if verb.head.pos_ in ("VERB", "AUX") else verb.head
    return None


def _person_name(token: Token, ctx: DocContext) -> str | None:
    """The named person a phrase stands for: the person itself, the person a title stands beside ("Chief
    Executive Ann Lee", "her deputy, Bo Chen"), or the person the relative pronoun of a clause stands for."""
    if token.lower_ in words("relative_pronouns") and token.head.dep_ == "relcl":
        token = token.head.head
    person = titled_person(token, ctx) or next(
        (p for c in token.children if c.dep_ == "appos" and (p := titled_person(c, ctx)) is not None), None
    )
    cluster = ctx.entities.at(person.i) if person is not None else None
    if cluster is not None:
        return cluster.name
    # "Chief Executive Ilse Varga was replaced": a name the recognizer missed right after a title
    untagged = [*untagged_titled_names(token.sent, ctx), *untagged_surnames(token.sent, ctx)]  # "Lee was replaced"
    return next((name for name, mention in untagged if token in mention), None)


def _only_a_prospect(verb: Token) -> bool:
    """ "the only candidate to succeed Lee", "withdrew from consideration to replace Lee", "hired to replace
    Lee": an infinitive names a prospect or a purpose, not a replacement; only one a verb of plan or
    expectation governs ("is set to succeed Lee", "is expected to replace Lee") tells one."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive:
        return verb.dep_ != "xcomp" or verb.head.pos_ not in ("VERB", "AUX", "ADJ")
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "pcomp"


def _outside_clauses(both: SentencePeriods, people: tuple[Token, ...], sent: Span) -> SentencePeriods:
    """The sentence's periods less those in a clause that describes one of the two people ("Bo Chen, who has
    run its Asian arm since 2015"): those date that person's past, not the replacement."""
    described = {
        t.i for p in people for w in p.subtree for c in w.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    }

    def kept(mentions: list[PeriodMention]) -> list[PeriodMention]:
        return [m for m in mentions if (s := phrase_span(sent.doc, sent, m)) is None or s.root.i not in described]

    return SentencePeriods(kept(both.past), lambda: kept(both.future))
