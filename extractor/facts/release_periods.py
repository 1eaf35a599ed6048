"""The quarter an economic-data release reports on, read from its first sentence ("The economy shrank 1.1 percent
in the second quarter", "Strong exports limited the country's economic contraction in the third quarter"), and the
change a release's lead states on its period, by a change verb ("fell in May") or by a change noun that a verb
takes as its object ("posted their steepest decline in May"). FACTS.md: a figure with no period of its own takes the
period the article reports on when the article is a results or sales report and the figure is one of those results;
a data release ("GDP", "housing starts", "claims") reports on the period its lead puts the measure's change in.
Used by `story_period`, which tries results first, then a release's month, week and quarter."""

from __future__ import annotations

import datetime as dt

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
    first = first_sentence(doc, body_start)
    if first is None or published is None:
        return None
    quarters = [
        m
        for m in find_periods(span_text(first), published=published, fiscal=fiscal)
        if m.role == "period"
        and m.back is None
        and _recent_quarter(m.period, published)
        and release_change(m, first, measured=True)
    ]
    if len({m.period.start for m in quarters}) != 1:
        return None
    return quarters[0].period


def _recent_quarter(period: Period, published: dt.date) -> bool:
    if period.start is None or period.end is None or is_season(period):
        return False
    lag = (published - period.end).days
    return (period.end - period.start).days in QUARTER_DAYS and 0 <= lag <= QUARTER_RELEASE_LAG_DAYS


def release_change(m: PeriodMention, sent: Span, *, measured: bool = False) -> bool:
    """The period phrase dates a change: it modifies a change noun ("economic growth in the second quarter"), or its
    clause's verb states one (`_changed_nouns`: "shrank in the first quarter", "edged lower last week", "posted a
    decline in May"). With `measured`, what changed must be a release measure (`_release_measure`)."""
    phrase = phrase_span(sent.doc, sent, m)
    if phrase is None:
        return False
    owner = _prep_owner(phrase.root)
    if owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in CHANGE_VERBS:
        return not measured or _release_measure(owner)
    verb = _compared_verb(phrase_clause(phrase))
    changed = _changed_nouns(verb) if verb is not None else None
    if changed is None:
        return False
    return not measured or any(_release_measure(noun) for noun in changed)


def _prep_owner(root: Token) -> Token | None:
    """The word a prepositional period phrase modifies ("growth" of "growth in the second quarter")."""
    prep = root.head if root.dep_ == "pobj" else root
    return prep.head if prep.dep_ == "prep" and prep.head.i != prep.i else None


def _compared_verb(verb: Token | None) -> Token | None:
    """ "shrank much more than expected in April": the phrase hangs on "expected", the clause of the comparison;
    the change is stated by the verb the comparison qualifies."""
    while (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)
    ):
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb


def _changed_nouns(verb: Token) -> list[Token] | None:
    """What a change is stated of: the subjects and objects of a change verb ("the economy shrank", "lifted
    economic growth"), of a verb with a change adverb ("edged lower", "moved higher"), or of a verb whose object is
    a change noun ("Housing starts posted their biggest decline"); None when the clause states no change."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    changes = verb.lemma_.lower() in CHANGE_VERBS
    stated = [c for c in verb.children if c.dep_ in ("dobj", "advmod", "acomp", "prt")]
    if changes or any(c.lemma_.lower() in CHANGE_VERBS for c in stated):
        return nouns
    return None


def _release_measure(noun: Token) -> bool:
    """The noun phrase names an economy-wide measure: a word of one ("economy", "GDP", "starts", "prices", the
    adjective "economic") or a whole economy's name of several words ("gross domestic product")."""
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    if any(t.lemma_.lower() in RELEASE_WORDS or t.lower_ in RELEASE_WORDS for t in phrase):
        return True
    text = " ".join(t.lower_ for t in phrase)
    return any(f" {whole} " in f" {text} " for whole in words("economy_wholes"))


RELEASE_WORDS = words("release_measures")
