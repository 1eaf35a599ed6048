"""Scheduled gatherings: "will convene its yearly shareholder meeting on May 14", "ahead of the central bank's policy
meeting on Thursday", "a summit in Oslo in October", "the parliamentary election in March". A meeting, summit or
election the text dates ahead of the story is a planned event (target) of the body that holds it; the predicate is
the gathering's kind ("shareholder meeting", "summit"), the object the gathering as written ("annual meeting of
shareholders"), as the readable gold names an event that acts on no party by its own noun. A past or undated one
is background."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import STATING_DEPS as EVENT_STATING_DEPS
from extractor.facts.events_clauses import attached_to, negated, unreal
from extractor.facts.events_common import event_fact
from extractor.facts.syntax import clause_subject, possessor, prep_object
from extractor.lexicons import table, words
from extractor.mentions.period_phrases import part_of_month_end
from extractor.models import Fact, Period

HOLDER_LABELS = ("ORG", "GPE")  # a company, a central bank, a group of countries, a country that votes
STATING_DEPS = (*EVENT_STATING_DEPS, "attr", "pobj")  # also "the meeting is set for", "gather at"


def meetings(noun: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The scheduled gathering a meeting noun names, when a date ahead of the story dates it and a named body
    holds it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in table("meeting_nouns") or ctx.published is None:
        return []
    if any(c.lower_ in words("past_meeting_modifiers") for c in noun.children if c.dep_ == "amod"):
        return []  # "at their last meeting on May 4": a meeting gone by
    verb = holding_verb(noun)
    if verb is not None and verb.lemma_.lower() in words("meeting_cancelling_verbs"):
        return []  # "postponed the summit in June": no gathering then
    if verb is not None and (negated(verb) or unreal(verb)):
        return []  # "will not hold its meeting", "threatened to call a meeting"
    anchors = {noun.i} | ({verb.i} if verb is not None else set())
    if gathering_told_in_past(noun):
        return []  # "voted at an emergency meeting on May 4": a gathering gone by, background
    day = gathering_day(anchors, both, sent, ctx.published)
    if not still_ahead(day, ctx.published):
        return []
    holder = _holder(noun, ctx)
    return [event_fact(noun, holder, _kind(noun), gathering_written(noun), sent, both, ctx, planned=True, day=day)]


def convened(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """ "the central bank's board meets on Tuesday", "Corvane finance ministers will meet next week": a named
    body (not a person: "Ann Lee will meet Bo Chen") that meets on a date ahead of the story holds a meeting,
    named by the subject's common noun ("board meeting", "finance ministers meeting")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("meeting_verbs") or ctx.published is None:
        return []
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []  # "meet its targets", "meet with Ann Lee": no gathering of the body's own
    if negated(verb) or unreal(verb):
        return []
    subject = clause_subject(verb)
    if not _body(subject, ctx):
        return []  # a person meets someone
    if verb.tag_ == "VBD" or perfect_tense(verb):
        return []  # "the board met on Tuesday"; its own tense, not the reporting verb's ("said X will meet")
    day = gathering_day({verb.i}, both, sent, ctx.published)
    if not still_ahead(day, ctx.published):
        return []
    owner = possessor(subject)  # "its supervisory board will meet"
    holder = resolve_subject(subject, ctx) or (resolve_subject(owner, ctx) if owner else None) or _body_in(subject, ctx)
    kind = _kind_words(subject)
    # "the board meets": the body's common noun is the kind; a name or a pronoun ("it meets") says none
    named = subject.pos_ in ("PROPN", "PRON") or ctx.entities.at(subject.i) is not None
    predicate = " ".join([*kind, *([] if named else [subject.lower_]), "meeting"])
    return [event_fact(verb, holder, predicate, predicate, sent, both, ctx, planned=True, day=day)]


def holding_verb(noun: Token) -> Token | None:
    """The verb a meeting noun is the object or subject of, directly or through a preposition ("gather at a
    summit")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return head if noun.dep_ in STATING_DEPS and head.pos_ in ("VERB", "AUX") and head != noun else None


def gathering_day(anchors: set[int], both: SentencePeriods, sent: Span, published: dt.date) -> Period | None:
    """The date phrase that hangs on the meeting noun ("a meeting on July 3", "the October 2 meeting") or on
    the verb that holds it ("will hold its annual meeting on May 12", "gather at a summit in June"), read as
    ahead of the story, unless a day and month without a year lie nearer behind it than ahead ("minutes of the
    December 12 meeting" in early January); two dates joined by "and" ("on Friday and Saturday") date one
    gathering of two days."""
    behind = {(m.start, m.end): m.period for m in both.past}
    dates = [
        _day_range(mention.period, phrase)
        for mention in both.future
        if mention.back is None
        and mention.role in ("period", "as_of")  # not "a year earlier", "since", "by June"
        and (phrase := phrase_span(sent.doc, sent, mention)) is not None
        and phrase.root.dep_ != "amod"  # "its annual meeting": how often, not when
        and attached_to(_first_conjunct(phrase.root)) in anchors
        and not _nearer_behind(mention.period, behind.get((mention.start, mention.end)), published)
    ]
    days = [d for d in dates if d.start is not None and d.end is not None]
    if len(days) == 2 and all(_length(d) == 0 for d in days):  # "on Friday and Saturday"
        first, last = sorted(days, key=lambda d: d.start)
        return Period(label=f"{first.label} and {last.label}", start=first.start, end=last.end)
    return min(dates, key=_length, default=None)  # "a two-day meeting on May 3": the day, not the span of two


def still_ahead(day: Period | None, published: dt.date) -> bool:
    """Whether a gathering's date has not gone by: its end, or for a vague part of a month ("will meet in late
    May", a label with null dates) that month's end, is not before the story."""
    end = None if day is None else day.end or part_of_month_end(day)
    return end is not None and end >= published


def _nearer_behind(ahead: Period, behind: Period | None, published: dt.date) -> bool:
    """A day of a month read both a year apart: the reading nearer the story is meant."""
    if behind is None or ahead.start is None or behind.start is None or behind.end is None:
        return False
    if ahead.start != ahead.end or (ahead.start - behind.start).days <= MONTH_DAYS:
        return False  # "on Thursday": a week apart, the tense of the clause has decided; "in September": ahead
    return (published - behind.end).days < (ahead.start - published).days


MONTH_DAYS = 31


def _day_range(period: Period, phrase: Span) -> Period:
    """ "on June 18-19": the period finder reads the first day; the number after the hyphen ends the range."""
    doc, end = phrase.doc, phrase.end
    if period.start is None or period.start != period.end or end + 1 >= len(doc) or doc[end].text not in "-–":
        return period
    last = doc[end + 1].text
    if not last.isdigit() or not period.start.day < int(last) <= 31:
        return period
    try:
        return Period(label=f"{period.label}-{last}", start=period.start, end=period.start.replace(day=int(last)))
    except ValueError:  # "February 28-31"
        return period


def gathering_told_in_past(noun: Token) -> bool:
    """ "voted at an emergency meeting on May 4", "said after Thursday's meeting": the nearest verb above the
    noun is in the past tense or the perfect, and no word between them looks ahead to the gathering
    ("looked ahead to Thursday's meeting", "rallied before the meeting on Friday")."""
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)  # not "was": "the news was timed, with"
    if verb is None:
        return False
    between = noun.doc[verb.i + 1 : noun.i]
    looking_ahead = any(t.lower_ in words("meeting_ahead_cues") for t in between)
    return (verb.tag_ == "VBD" or perfect_tense(verb)) and not looking_ahead


def perfect_tense(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _length(period: Period) -> int:
    return (period.end - period.start).days if period.start and period.end else 10_000


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "on Friday and Saturday": Saturday hangs on Friday
    return token


def _holder(noun: Token, ctx: DocContext) -> str | None:
    """Who holds the gathering: the possessor ("its annual meeting", "the central bank's meeting"), a name
    compounded before the noun ("the G8 summit"), a name in the phrase the noun's row of meeting_nouns.tsv
    allows ("a meeting of the Nordic Council", "the election in Norland"; a summit's "in" names its venue),
    else the subject of the verb that holds or attends it ("X will raise rates at its next meeting")."""
    owner = possessor(noun)
    if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
        owner = None  # "this week's meeting": a date, no holder
    named = (resolve_subject(owner, ctx) or holder_name_at(owner, ctx)) if owner is not None else None
    if owner is not None and (named is not None or owner.pos_ != "PRON"):
        return named  # "the bank's meeting": the owner holds it, named or not; "their meeting": see the clause
    prepositions = tuple(table("meeting_nouns")[noun.lemma_.lower()][0].split(","))
    before = [t for t in noun.subtree if t.i < noun.i]
    after = [t for p in prepositions if (o := prep_object(noun, (p,))) is not None for t in o.subtree]
    named = next((n for t in before + after if (n := holder_name_at(t, ctx))), None)
    if named is not None:
        return named
    verb = holding_verb(noun)
    subject = clause_subject(verb) if verb is not None and noun.dep_ in ("dobj", "pobj") else None
    if not _body(subject, ctx):
        return None  # "Ann Lee will meet at a summit": a person attends, no body holds it
    return resolve_subject(subject, ctx) or _body_in(subject, ctx)


def _body(subject: Token | None, ctx: DocContext) -> bool:
    """A subject that can hold a gathering: not a person ("Ann Lee will meet"), a common noun or a named body."""
    return subject is not None and (ctx.entities.at(subject.i) is None or holder_name_at(subject, ctx) is not None)


def _body_in(token: Token, ctx: DocContext) -> str | None:
    """The first named body inside a phrase ("finance ministers of the Nordic Council")."""
    return next((n for t in token.subtree if (n := holder_name_at(t, ctx))), None)


def holder_name_at(token: Token, ctx: DocContext) -> str | None:
    cluster = ctx.entities.at(token.i)
    if cluster is None or cluster.label not in HOLDER_LABELS or cluster.agency:
        return None
    return cluster.name


def gathering_written(noun: Token) -> str:
    """ "its yearly meeting of members in June" -> "yearly meeting of members", "the next Fed policy
    meeting" -> "Fed policy meeting": the words before the noun that name or describe the gathering (not
    determiners, possessors, dates or words of a series such as "next"), the noun, and an of-phrase of common
    nouns without its possessive pronoun ("a meeting of its lenders" -> "meeting of lenders")."""
    describing = [c for c in noun.lefts if _describes(c, noun)]
    start = min((c.left_edge.i for c in describing), default=noun.i)
    owners = {t.i for c in noun.doc[start : noun.i] if c.dep_ == "poss" and not _inside_name(c) for t in c.subtree}
    before = [t for t in noun.doc[start : noun.i] if t.i not in owners and t.dep_ != "det" and not _plain(t)]
    attendees = prep_object(noun, ("of",))
    after = [] if _names_or_dates(attendees) else noun.doc[noun.i + 1 : attendees.right_edge.i + 1]
    after = [t for t in after if not (t.dep_ == "poss" and t.tag_ == "PRP$")]  # "its", "their": the holder again
    return _as_written([*before, noun, *after])


def _as_written(kept: list[Token]) -> str:
    """The words as written, with a space where a left-out word stood ("the Bank's Kestrel meeting")."""
    gaps = [t.whitespace_ if n.i == t.i + 1 else " " for t, n in zip(kept, kept[1:], strict=False)]
    return "".join(t.text + gap for t, gap in zip(kept, [*gaps, ""], strict=True))


def _inside_name(possessor: Token) -> bool:
    """ "the Assembly of People's Deputies": a possessive inside one name, not the holder before it."""
    head = possessor.head
    return bool(possessor.ent_type_) and possessor.ent_type_ == head.ent_type_ and head.ent_iob_ == "I"


def _describes(modifier: Token, noun: Token) -> bool:
    """A modifier of a gathering's noun that says which gathering it is: a kind word ("rate-setting") or a name
    compounded on it ("Fed"), not a date or a word of a series."""
    return modifier.dep_ in ("compound", "amod", "nmod") and not _plain(modifier) and modifier.head == noun


def _plain(token: Token) -> bool:
    """ "next", "last", "May 4": a word that places a gathering in a series or in time; but "annual", which the
    recognizer tags as a date, says its kind."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") and token.pos_ != "ADJ":
        return True
    return token.lower_ in _plain_modifiers() | words("past_meeting_modifiers")


def _names_or_dates(phrase: Token | None) -> bool:
    """ "a meeting of the Nordic Council", "the meeting of May 4": an of-phrase that names the holder or the day
    (or no of-phrase)."""
    return phrase is None or any(t.ent_type_ for t in phrase.subtree)


def _kind(noun: Token) -> str:
    """ "shareholder meeting", "policy meeting", "parliamentary election": the common words that say what
    kind of gathering it is, without names, dates or determiners."""
    return " ".join([*_kind_words(noun), noun.lemma_.lower()])


def _kind_words(noun: Token) -> list[str]:
    """The common words before a gathering's noun (or a meeting body's noun) that say its kind."""
    return [t.lower_ for t in noun.subtree if t.i < noun.i and _kind_word(t, noun)]


def _kind_word(token: Token, noun: Token) -> bool:
    if token.ent_type_ or token.dep_ not in ("compound", "amod") or not token.text.isalpha():
        return False
    if token.head != noun and token.head.dep_ != "compound":
        return False  # a word inside a possessor ("the central bank's"): the holder, not the kind
    return token.pos_ in ("NOUN", "ADJ") and token.lower_ not in _plain_modifiers()


@cache
def _plain_modifiers() -> frozenset[str]:
    return frozenset(words("past_meeting_modifiers") | words("meeting_plain_modifiers"))
