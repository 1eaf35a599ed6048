"""The quarter an economic-data release reports on, read from its first sentence (a statistics office's "national
output grew 0.6 percent in the April-June quarter"), and the change a release's lead states on its period: a
change verb ("sank in May"), a comparative adverb ("crept higher last week") or a change noun that measures a
statistic ("suffered a sharp slide in June"). FACTS.md: a figure with no period of its own takes the period the
article reports on when the article is a results or sales report and the figure is one of those results; a data
release ("GDP", "housing starts", "claims") reports on the period its lead puts the measure's change in. Only the
lead's main clause counts: a change told as the reason for a policy ("..., after imports jumped") is background.
Used by `story_period`, which tries results first, then a release's month, week and quarter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.facts.attachment_comparisons import CHANGE_VERBS
from extractor.facts.lead_sentences import first_sentence
from extractor.lexicons import words
from extractor.mentions.calendars import is_season
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import FiscalCalendar, PeriodMention, find_periods
from extractor.models import Period

# GDP comes out in estimates: a first one about a month after the quarter, a third one about three months after
QUARTER_RELEASE_LAG_DAYS = 100
QUARTER_DAYS = range(88, 93)  # a calendar quarter runs 90 to 92 days: (end - start) is one less


def release_quarter(doc: Doc, published: dt.date | None, fiscal: FiscalCalendar, body_start: int) -> Period | None:
    """The one recent quarter the first body sentence puts a release measure's change in ("Output fell in the
    first quarter"): the measure is a whole economy's or a statistic of one (`release_measures`), and the quarter
    is over at publication and not long before it (`QUARTER_RELEASE_LAG_DAYS`)."""
    if published is None:
        return None
    hit = one_lead_period(
        doc,
        published,
        fiscal,
        body_start,
        lambda m, first: _recent_quarter(m.period, published) and release_change(m, first, measured=True),
    )
    return hit[0].period if hit is not None else None


def one_lead_period(
    doc: Doc,
    published: dt.date | None,
    fiscal: FiscalCalendar,
    body_start: int,
    accept: Callable[[PeriodMention, Span], bool],
) -> tuple[PeriodMention, Span] | None:
    """The period phrase of the first body sentence that `accept` takes, with that sentence: a phrase of its own
    (no comparison, no shifted "a year earlier"), and one period only: two different ones leave the release
    undecided."""
    first = first_sentence(doc, body_start)
    if first is None:
        return None
    found = [
        m
        for m in find_periods(span_text(first), published=published, fiscal=fiscal)
        if m.role == "period" and m.back is None and accept(m, first)
    ]
    if len({m.period.start for m in found}) != 1:
        return None
    return found[0], first


def _recent_quarter(period: Period, published: dt.date) -> bool:
    if period.start is None or period.end is None or is_season(period):
        return False
    lag = (published - period.end).days
    return (period.end - period.start).days in QUARTER_DAYS and 0 <= lag <= QUARTER_RELEASE_LAG_DAYS


def release_change(m: PeriodMention, sent: Span, *, measured: bool = False) -> bool:
    """The period phrase dates a change: it modifies a change noun that the clause reports, or its clause's verb
    states one (`_changed_nouns`). With `measured` (a quarter), the clause must be the sentence's main one
    (`_main_clause`) and what changed a release measure (`_release_measure`)."""
    phrase = phrase_span(sent.doc, sent, m)
    if phrase is None:
        return False
    owner = _prep_owner(phrase.root)
    if owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in CHANGE_VERBS:
        return _measure_moves(owner) and (not measured or _main_clause(_clause_verb(owner), sent))
    verb = _compared_verb(phrase_clause(phrase))
    if verb is None or (measured and not _main_clause(verb, sent)):
        return False
    changed = _changed_nouns(verb, subjects_only=measured)
    return changed is not None and (not measured or any(_release_measure(noun) for noun in changed))


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a noun belongs to."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _main_clause(verb: Token | None, sent: Span) -> bool:
    """What a lead reports is its root's clause, or the clause the root says or shows (a ccomp of "said"); a
    change in a side clause ("..., saying output slid", "after exports rose") is the background, not the release."""
    if verb is None:
        return False
    if verb.i == sent.root.i:
        return True
    if verb.head.i != sent.root.i:
        return False
    if verb.dep_ in ("xcomp", "conj"):
        return True
    # a clause a minister "warned" or "stressed" is an argument, not a release: only a reporting root reports one
    return _reports(sent.root) and (verb.dep_ == "ccomp" or _reported_clause(verb))


def _reports(root: Token) -> bool:
    lemma = root.lemma_.lower()
    return lemma in words("reporting_verbs") or lemma in words("showing_verbs")


def _reported_clause(verb: Token) -> bool:
    """ "VELDA - Output sank in May, the bureau said": after a dateline the parser may attach the reported clause
    as an adverbial one; it is the report when no conjunction opens it and it has a subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(c.dep_ == "mark" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _prep_owner(root: Token) -> Token | None:
    """The word a prepositional period phrase modifies ("slump" of "a slump over the summer quarter")."""
    prep = root.head if root.dep_ == "pobj" else root
    return prep.head if prep.dep_ == "prep" and prep.head.i != prep.i else None


def _compared_verb(verb: Token | None) -> Token | None:
    """A period phrase that hangs on the verb of a comparison ("than analysts had forecast for June") dates the
    change that the comparison qualifies: the verb the "than" clause depends on."""
    while (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)
    ):
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb


def _changed_nouns(verb: Token, *, subjects_only: bool = False) -> list[Token] | None:
    """What a change is stated of, or None when the clause states none. A change verb or a change adverb on the
    verb ("crept higher") states it of the verb's subjects (and objects, unless `subjects_only`). A change noun as
    the object ("recorded a steep fall") states it only of a release measure (`_move_measures`). A particle
    ("stepped down", "set up") belongs to a phrasal verb and states nothing."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = subjects if subjects_only else [*subjects, *(c for c in verb.children if c.dep_ == "dobj")]
    if verb.lemma_.lower() in CHANGE_VERBS or any(_change_adverb(c) for c in verb.children):
        return nouns
    moves = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_VERBS]
    measures = [n for move in moves for n in _move_measures(move)]
    return measures or None


def _change_adverb(word: Token) -> bool:
    """An adverb states a change as a comparative ("crept higher", "drifted lower"), with a figure ("down 3
    percent") or after a copula ("were down"); bare after another verb it is a phrasal verb's particle ("stepped
    down", "set up"), which states nothing."""
    if word.dep_ not in ("advmod", "acomp") or word.lemma_.lower() not in CHANGE_VERBS:
        return False
    figure = any(t.like_num for t in word.subtree)
    return word.tag_ in ("RBR", "JJR") or figure or word.head.pos_ == "AUX"


def _measure_moves(move: Token) -> bool:
    """A change noun is a measure's move when a release measure is what moved: as the object of a verb, the verb's
    subject or the noun's own "in"/"of" phrase ("booked a record jump in exports"); elsewhere, its own phrase
    ("faster economic expansion")."""
    return bool(_move_measures(move)) if move.dep_ == "dobj" else _release_measure(move)


def _move_measures(move: Token) -> list[Token]:
    """The release measures whose move an object change noun states: the verb's subjects ("approvals recorded
    a drop") and the nouns of its "in"/"of" phrase ("a jump in exports"), never its compound: a "fare cut" a
    company announces is its own action."""
    subjects = [c for c in move.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    preps = [c for c in move.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    complements = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [n for n in (*subjects, *complements) if _release_measure(n)]


def _release_measure(noun: Token) -> bool:
    """The noun phrase names an economy-wide measure: a word of one ("economy", "GDP", "starts", "prices", the
    adjective "economic") or a whole economy's name of several words ("gross domestic product")."""
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    if any(t.lemma_.lower() in RELEASE_WORDS or t.lower_ in RELEASE_WORDS for t in phrase):
        return True
    text = " ".join(t.lower_ for t in phrase)
    return any(f" {whole} " in f" {text} " for whole in words("economy_wholes"))


RELEASE_WORDS = words("release_measures")
