"""Counts of public life that the figure readers leave out: the tally of a vote ("the chamber passed the bill
by a vote of 62-31", "the board voted 7-2", "a 40-9 vote") and the size of a body told as a compound ("the
bank's nine-member board", "the 100-seat assembly").

A tally's sides are read by the quantity layer as counts shown only (`mentions.quantities.ratios`): alone they
count nothing of the subject. Next to a vote word they are the votes cast for and against, a metric of the
body that voted (FACTS.md: unit None, counted "vote"). "N-member board" is dropped by the figure readers as a
class modifier (`non_facts._class_modifier`); a member noun from `body_member_nouns` makes it the body's size.
See docs/DECISIONS.md, "Counts of public life (round 29)"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.lexeme import Lexeme
from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods, period_for
from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_meetings import holder_name_at
from extractor.facts.grounding import grounded_fact
from extractor.facts.syntax import clause_subject, possessor
from extractor.lexicons import table, words
from extractor.mentions.doc_text import span_text
from extractor.mentions.regex_gate import gated_finditer, lowered_text
from extractor.mentions.token_index import words_where
from extractor.models import Fact, Period, Quantity

_SIDE = r"(\d{1,3})"
_END = r"(?![\d.,]\d|[\w%-])(?!\s*(?:percent|per\s?cent|pct)\b)"  # "votes 10-15 percent": a range
_FOR = r"(?!\s+against\b)"  # "voted 8-3 against the bid": the 8 voted against; which side is which is unsure


@cache
def _tally_patterns() -> tuple[re.Pattern[str], ...]:
    """A tally right after a vote word ("voted 7-2", "a vote of 61 to 35") or right before one ("a 44-3
    vote"): the vote word is what makes two numbers a vote, never a score or a range. "By 310 votes to 250"
    is left to the figure readers, which read "310 votes" already."""
    vote = "|".join(sorted(words("tally_vote_words")))
    return (
        re.compile(r"\b(?:" + vote + r")(?:\s+of)?\s+" + _SIDE + r"(?:-|\s+to\s+)" + _SIDE + _END + _FOR, re.I),
        re.compile(r"(?<![\w.,$€£¥-])" + _SIDE + r"-" + _SIDE + r"\s+(?:" + vote + r")\b" + _FOR, re.IGNORECASE),
    )


def body_count_facts(sent: Span, both: SentencePeriods, ctx: DocContext, entry_day: Period | None = None) -> list[Fact]:
    """The votes for and against of each vote tally in `sent`, and the size of each body told as "N-member".
    A timeline entry's day ("May 12 - The Senate approves ...", `timeline_days`) dates the vote it tells."""
    return _tally_facts(sent, both, ctx, entry_day) + _member_facts(sent, ctx)


def in_vote_tally(span: Span) -> bool:
    """True when `span` is a side of a vote tally of its sentence, which `body_count_facts` reads."""
    text = span_text(span.sent)
    if not any(c.isdigit() for c in text):
        return False
    at = span.start_char - span.sent.start_char
    return any(at in (m.start(1), m.start(2)) for m in _tally_matches(text))


def _tally_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of each tally pattern in `text`, pattern by pattern. Both need a vote word: a sentence without
    one (nearly all) is not scanned (`gated_finditer`), and the second pattern, which opens with a lookbehind, is
    not tried at every character of the others."""
    lowered = lowered_text(text)
    for pattern in _tally_patterns():
        yield from gated_finditer(pattern, text, lowered)


def _tally_facts(sent: Span, both: SentencePeriods, ctx: DocContext, entry_day: Period | None) -> list[Fact]:
    text = span_text(sent)
    facts: list[Fact] = []
    seen: set[int] = set()
    for m in _tally_matches(text):
        if m.start(1) in seen:
            continue
        seen.add(m.start(1))
        facts += _vote_sides(sent, m, both, ctx, entry_day)
    return facts


def _vote_sides(
    sent: Span, m: re.Match[str], both: SentencePeriods, ctx: DocContext, entry_day: Period | None
) -> list[Fact]:
    """Two facts, "votes in favor" and "votes against", of the body whose vote the tally counts."""
    start = sent.start_char
    span = sent.doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
    if span is None:
        return []
    vote = next((t for t in span if t.lower_ in words("tally_vote_words")), None)
    if vote is None or _unit_follows(span) or _not_yet_cast(vote):
        return []
    body = _voting_body(vote, ctx)
    if body is None:
        return []  # "lawmakers voted 7-2": nobody named to hold the count
    period = entry_day or _vote_day(vote, sent, both, ctx)
    sides = (("votes in favor", 1), ("votes against", 2))
    return [
        grounded_fact(
            ctx.doc_id,
            sent,
            start + m.start(group),
            kind="metric",
            subject=body,
            predicate=predicate,
            value=_count(float(m.group(group)), "vote", m.group(0)),
            period=period,
            modality="actual",
            confidence=0.6,
        )
        for predicate, group in sides
    ]


def _unit_follows(span: Span) -> bool:
    """ "a vote 20 to 40 days after the filing", "votes 10-15 percent higher": a range of a quantity whose unit
    follows the pair, not a tally."""
    after = span.doc[span.end] if span.end < len(span.doc) and span[-1].like_num else None
    if after is None:
        return False  # "a 44-3 vote": the vote word ends the tally
    lemma = after.lemma_.lower()
    return lemma in words("duration_nouns") or lemma in words("tally_unit_followers")


def _vote_verb(vote: Token) -> Token:
    """The verb a vote word is or hangs from ("voted", "passed it by a vote of ...")."""
    verb = vote
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return verb


def _not_yet_cast(vote: Token) -> bool:
    """A vote told as future or possible: a modal or future auxiliary on its verb ("could vote 5-4", "will
    pass it by a vote of ...") or the verb under a cue of expectation ("is expected to vote", "set to vote")."""
    cues = words("unsure_vote_cues")
    verb = _vote_verb(vote)
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in cues for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in cues:
            return True  # "is expected to vote", "likely to vote", "plans to vote"
    return False


def _voting_body(vote: Token, ctx: DocContext) -> str | None:
    """Who voted: the subject of "voted"; for the noun, its possessor or the subject of the verb it hangs from
    ("the chamber cleared the bill by a vote of ...", "the Senate sent it on with a 44-3 vote")."""
    verb = vote
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        if (owner := possessor(verb)) is not None:
            return _body_name(owner, ctx)
        verb = verb.head
    return _body_name(clause_subject(verb), ctx)


def _body_name(token: Token | None, ctx: DocContext) -> str | None:
    """A named body ("the Senate", "the Federal Reserve"), resolved as a figure's subject is."""
    if token is None:
        return None
    name = resolve_subject(token, ctx) or holder_name_at(token, ctx)
    if name is None and token.pos_ == "PROPN" and token.lemma_.lower() in words("tally_body_nouns"):
        return token.text  # "the House", "the Senate": a chamber the tagger leaves unnamed
    owner = possessor(token) if name is None else None
    return _body_name(owner, ctx) if owner is not None else name  # "the central bank's policy board voted"


def _vote_day(vote: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> Period | None:
    """The day or period the sentence dates the vote with; a vote told in the past with no date of its own is
    news of the story's day."""
    period = period_for(sent.doc[vote.i : vote.i + 1], both.past, sent)[0] if both.past else None
    period = period or _day_on_verb(_vote_verb(vote), sent, both, ctx)
    if period is not None or ctx.published is None or vote.tag_ not in ("VBD", "NN", "NNS"):
        return period
    day = ctx.published
    return Period(start=day, end=day, label=day.isoformat())


def _day_on_verb(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> Period | None:
    """A past day whose phrase hangs from the verb the vote hangs from ("backed the plan by a vote of 2 to 1 on
    May 4"): the day of the vote, which `period_for` keeps only for a verb of a deed."""
    for m in both.past:
        if not m.point or m.period.end is None or ctx.published is None or m.period.end > ctx.published:
            continue
        phrase = phrase_span(sent.doc, sent, m)
        clause = phrase_clause(phrase) if phrase is not None else None
        if clause is not None and clause.i == verb.i:
            return m.period
    return None


def _member_facts(sent: Span, ctx: DocContext) -> list[Fact]:
    """ "the bank's nine-member board" -> (the bank, board members, 9); "the 100-seat Senate" -> (Senate, seats,
    100): number, hyphen, a member noun, then the body it sizes."""
    facts = []
    for token in words_where(sent, _is_member_word):  # the member nouns' positions, found once per Doc
        if token.i < sent.start + 2 or token.i + 1 >= sent.end:
            continue
        hyphen, number, body = token.nbor(-1), token.nbor(-2), token.nbor(1)
        amount = _number(number)
        if hyphen.text != "-" or amount is None or body.pos_ not in ("NOUN", "PROPN") or not _heads_body(body):
            continue
        fact = _member_fact(sent, number, token, body, amount, ctx)
        facts += [fact] if fact is not None else []
    return facts


def _is_member_word(word: Lexeme) -> bool:
    """A member noun ("member", "seat"): the only words `_member_facts` reads on; a test of the word alone."""
    return word.lower_ in words("body_member_nouns")


def _heads_body(body: Token) -> bool:
    """The noun after "N-member" is the body itself ("the 100-seat Senate") or the first word of its name ("the
    nine-member policy board"); either way the head noun must be a body from `sized_body_nouns`, whoever owns
    it: "its 40-seat jets" and "the party's 90-seat majority" size no body."""
    head = _body_head(body)
    return head.lemma_.lower() in words("sized_body_nouns") or head.ent_type_ in ("ORG", "NORP")  # "the 27-nation EU"


def _body_head(body: Token) -> Token:
    """The noun a compound name ends on: "Valdorian" -> "Senate", "policy" -> "board"."""
    head = body
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head


def _member_fact(sent: Span, number: Token, member: Token, body: Token, amount: float, ctx: DocContext) -> Fact | None:
    head = _body_head(body)
    owner = possessor(head) or _saxon_owner(number)
    subject = _body_name(owner, ctx) if owner is not None else _body_name(head, ctx)
    if subject is None:
        return None  # "a five-member panel": no named body
    plural = member.lower_ + "s"
    predicate = f"{head.lemma_.lower()} {plural}" if owner is not None else plural
    surface = sent.doc[number.i : member.i + 1].text
    return grounded_fact(
        ctx.doc_id,
        sent,
        number.idx,
        kind="metric",
        subject=subject,
        predicate=predicate,
        value=_count(amount, member.lower_, surface),
        period=None,
        as_of=ctx.published,
        modality="actual",
        confidence=0.6,
    )


def _saxon_owner(number: Token) -> Token | None:
    """ "the Bank of Norway's nine-member board" where the parse hangs the name elsewhere: the word before "'s"."""
    before = number.nbor(-1) if number.i > number.sent.start + 1 else None
    return before.nbor(-1) if before is not None and before.text in ("'s", "'", "’s") else None


def _number(token: Token) -> float | None:
    """Digits ("100") or a written number ("nine") before the hyphen."""
    text = token.text.replace(",", "")
    if text.isdigit():
        return float(text)
    written = table("number_words").get(token.lower_)
    return float(written[0]) if written and written[0].replace(".", "").isdigit() else None


def _count(amount: float, counted: str, surface: str) -> Quantity:
    return Quantity(amount=amount, unit=None, counted=counted, surface=surface)
