"""Events: what the text states happened or was announced (launches, deals, hires, departures), each with
the named product, organization or person it acts on."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods, period_for
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.grounding import grounded_fact
from extractor.facts.modality import modality_for
from extractor.facts.named_facts import _named_in, named_confidence
from extractor.facts.syntax import clause_subject, governing_verb, possessor, prep_object
from extractor.lexicons import table
from extractor.models import Fact

NAMED_OBJECTS = ("PRODUCT", "ORG", "WORK_OF_ART", "FAC")  # what an event acts on, unless its verb says otherwise


def event_facts(sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact]:
    """ "released its first smartphone chip Nova X1 in February", "the acquisition in April of Brandt Co":
    an event verb or noun whose object is a named product or organization, one fact per named object."""
    facts = []
    events = table("event_verbs")
    for token in sent:
        lemma = token.lemma_.lower()
        labels = NAMED_OBJECTS
        if token.pos_ == "VERB" and lemma in events:
            predicate = events[lemma][0]
            labels = tuple(events[lemma][1].split(",")) if len(events[lemma]) > 1 else labels  # "hired Ann Lee"
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            subject = resolve_subject(clause_subject(token), ctx)
        elif token.pos_ == "NOUN" and lemma in table("event_nouns"):
            predicate = table("event_nouns")[lemma][0]
            obj = (
                prep_object(token, ("of",))
                or next((c for c in token.children if c.dep_ == "dobj"), None)
                or _of_after_a_date(token)
            )
            owner = possessor(token)
            subject = resolve_subject(owner, ctx) if owner is not None else None
            subject = subject or resolve_subject(
                clause_subject(governing_verb(token)) if governing_verb(token) else None, ctx
            )
        else:
            continue
        if obj is None:
            continue
        subject = subject or ctx.main_org
        own_subject = subject is not None and _named_in(sent, subject, ctx)
        modality = modality_for(sent.doc[token.i : token.i + 1], sent, token)
        period, _, _ = period_for(sent.doc[token.i : token.i + 1], both.for_modality(modality), sent)
        for named in _named_objects(obj, ctx, labels):
            if subject is None or named == subject:
                continue
            facts.append(
                grounded_fact(
                    ctx.doc_id,
                    sent,
                    token.idx,
                    id_key=f"{predicate}|{named}",
                    kind="event",
                    subject=subject,
                    predicate=predicate,
                    object=named,
                    period=period,
                    modality=modality,
                    confidence=named_confidence(own_subject=own_subject),
                )
            )
    return facts


def _of_after_a_date(event: Token) -> Token | None:
    """ "the acquisition in April of X": a date phrase between an event noun and its of-object makes the
    parse hang "of X" on the date; the object of the event is still the of-object of that date."""
    following = event.doc[event.i + 1] if event.i + 1 < event.sent.end else None
    if following is None or following.dep_ != "prep" or following.lower_ not in ("in", "on", "during"):
        return None  # the preposition right after the event noun, wherever the parse hung it
    date = next((c for c in following.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None)
    return prep_object(date, ("of",)) if date is not None else None


def _named_objects(token: Token, ctx: DocContext, labels: tuple[str, ...]) -> list[str]:
    """The named entities an object noun phrase stands for: the entity at its head or in apposition to it
    ("cigarette maker Brandt", "a system - Pulse 600"); else the items of "such as A, B and C"; else the
    first name inside it ("its stake in Kappa Mobile")."""

    def named(t: Token) -> str | None:
        cluster = ctx.entities.at(t.i)
        return cluster.name if cluster is not None and cluster.label in labels else None

    head = named(token) or next(
        (named(c) for c in reversed(list(token.children)) if c.dep_ in ("appos", "compound") and named(c)), None
    )
    if head:
        return [head]
    listed = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            for t in child.subtree:
                name = named(t)
                if (
                    name
                    and name not in listed
                    and (t.dep_ in ("pobj", "conj", "appos") or t.head.dep_ in ("pobj", "conj", "appos"))
                ):
                    listed.append(name)
    if listed:
        return listed
    first = next((named(t) for t in token.subtree if named(t)), None)
    return [first] if first else []
