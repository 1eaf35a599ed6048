"""Scheduled votes: "the assembly will vote on the bill on Friday", "Kestrel will hold separate stockholder
votes on the acquisition in April", "shareholders will vote on the merger on March 1". Like a meeting
(`events_meetings`), a vote the text dates ahead of the story is a planned event (target) of the body that votes;
its object is what is voted on, named as a launched thing is ("the 12 billion crown relief plan" ->
"relief plan"). Shareholders vote for their company: "shareholder vote". Past or undated votes are
background, as past meetings are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import negated, unreal
from extractor.facts.events_common import event_fact
from extractor.facts.events_launches import thing_phrase
from extractor.facts.events_meetings import (
    gathering_day,
    gathering_told_in_past,
    holder_name_at,
    holding_verb,
    perfect_tense,
    still_ahead,
)
from extractor.facts.syntax import clause_subject, possessor, prep_object
from extractor.lexicons import words
from extractor.models import Fact


def votes(token: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The vote a "vote on X" verb or noun states, when a date ahead of the story dates it and a named body
    (or a company's shareholders) votes."""
    if token.lemma_.lower() not in words("voting_words") or ctx.published is None:
        return []
    verb = token if token.pos_ == "VERB" else holding_verb(token)
    # "will hold votes on the deal": the parse may hang the noun's "on" phrase on the verb that holds it
    thing = prep_object(token, ("on",)) or (prep_object(verb, ("on",)) if verb is not None else None)
    if thing is None or thing.ent_type_ in ("DATE", "TIME"):
        return []  # "a vote on Thursday": when, not what
    if verb is not None and (negated(verb) or unreal(verb)):
        return []  # "will not vote on the plan", "threatened to vote on"
    past = token.tag_ == "VBD" or perfect_tense(token) if token.pos_ == "VERB" else gathering_told_in_past(token)
    if past:
        return []  # "voted on the plan on Tuesday": done, background
    day = gathering_day(_anchors(token, verb), both, sent, ctx.published)
    if not still_ahead(day, ctx.published):
        return []
    phrase = thing_phrase(thing, words("unvoted_nouns"))
    voter = _voter(token, verb)
    if phrase is None or voter is None:
        return []
    shareholders = _shareholders(voter) or any(_shareholders(t) for t in token.subtree)
    body = (
        _company_of(voter, ctx) if _shareholders(voter) else resolve_subject(voter, ctx) or holder_name_at(voter, ctx)
    )
    if body is None:
        return []  # "lawmakers will vote on the bill": no named body
    predicate = "shareholder vote" if shareholders else "vote"
    return [event_fact(token, body, predicate, phrase, sent, both, ctx, planned=True, day=day)]


def _anchors(token: Token, verb: Token | None) -> set[int]:
    """Where a date of the vote may hang: the vote word, the verb that holds it and the meeting it is held at
    ("are set to vote on the deal at a special session on July 1")."""
    heads = [token, *([verb] if verb is not None else [])]
    held_at = [prep_object(h, ("at",)) for h in heads]
    return {t.i for t in heads} | {t.i for t in held_at if t is not None}


def _voter(token: Token, verb: Token | None) -> Token | None:
    """Who votes: the subject of the verb; for the noun, its possessor or the subject of the verb that holds
    it ("Kestrel will hold votes on the deal")."""
    if token.pos_ == "VERB":
        return clause_subject(token)
    owner = possessor(token)
    if owner is not None:
        return owner
    return clause_subject(verb) if verb is not None and token.dep_ in ("dobj", "pobj") else None


def _shareholders(token: Token) -> bool:
    return token.lemma_.lower() in words("shareholder_nouns")


def _company_of(voter: Token, ctx: DocContext) -> str | None:
    """The company whose shareholders vote: named in their phrase ("shareholders of Kestrel", "Kestrel
    shareholders", "Kestrel's shareholders"), else the story's company."""
    named = next((n for t in voter.subtree if t != voter and (n := holder_name_at(t, ctx))), None)
    return named or ctx.main_org
