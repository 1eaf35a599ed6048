"""The period of a figure told as the sequel of an earlier one ("orders rose 2 percent after a 1 percent fall in
May": June).

Economic releases and monthly sales reports set this month's change beside last month's: "X rose N percent after
falling M percent in <month>", "following an M percent gain in the third quarter". The earlier figure carries the
period phrase, inside the clause or phrase opened by "after"/"following" (`lexicons/sequel_openers.txt`), and that
phrase may not date the later figure (attachment's "a clause opened by after is of another time"). When the later
figure names no period of its own, it is of the period that follows the earlier one: the next month after a month,
the next quarter after a quarter. Only when the opener's clause holds a figure of its own (an earlier value, not an
event: "sales rose 3 percent after a strike in May" stays undated), the opener hangs on the later figure's own
clause or noun, and the next period has begun by publication (an actual figure's has ended) and ended no more
than about a quarter before it (an older pair of figures is background).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.syntax import own_clause
from extractor.lexicons import any_words, table, words
from extractor.mentions.calendars import shifted
from extractor.mentions.periods import PeriodMention
from extractor.mentions.quantities.lexicon import scales_tagged
from extractor.models import Period

MONTH_DAYS = range(27, 31)  # (end - start) of one calendar month
QUARTER_DAYS = range(88, 92)  # (end - start) of one calendar quarter
MOVE_WORDS = any_words("change_up", "change_down", "bare_move_nouns", "move_rate_nouns")
RECENT_DAYS = 92  # the next period ends within about a quarter before publication (news of the latest release)
_TIME_WORDS = frozenset(table("time_units")) | frozenset(table("month_names"))
SCALES = scales_tagged("phrase")  # "million", "crore": part of the number, not its unit


def sequel_period(
    span: Span, sent: Span, periods: list[PeriodMention], published: dt.date | None, modality: str
) -> Period | None:
    """The period after the one that dates the earlier figure of the figure's "after"/"following" clause, or None."""
    if published is None:
        return None
    for opener in _openers(span):
        inside = {t.i for t in opener.subtree}
        if span.root.i in inside or not _holds_figure(opener, span):
            continue
        earlier = [m for m in periods if _dates_inside(m, sent, inside)]
        if len({m.period.start for m in earlier}) != 1:
            return None  # no period, or two ("after 0.3 percent in May and 0.5 in April"): undecided
        following = _next(earlier[0].period)
        if following is None or following.start > published or (published - following.end).days > RECENT_DAYS:
            return None  # not begun, or long over: a background figure of an earlier year
        return following if modality != "actual" or following.end < published else None
    return None


def _openers(span: Span) -> list[Token]:
    """The "after"/"following" words that open a clause or phrase on the figure's own clause verb or on the noun the
    figure measures ("a 3 percent rise in sales after ..."), nearest first."""
    heads = {h.i: h for h in (own_clause(span.root), span.root.head, span.root) if h is not None}
    found = []
    for head in heads.values():
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in words("sequel_openers"):
                found.append(child)  # "after a 2 percent gain", "following a drop of 1 percent"
            elif child.dep_ == "advcl" and _opened(child):
                found.append(child)  # "after falling 2 percent in May"; "following" read as a participle
    return sorted(found, key=lambda t: abs(t.i - span.root.i))


def _opened(clause: Token) -> bool:
    if clause.lower_ in words("sequel_openers"):
        return True
    return any(c.dep_ in ("mark", "prep") and c.lower_ in words("sequel_openers") for c in clause.children)


def _holds_figure(opener: Token, span: Span) -> bool:
    """The opener's clause or phrase states an earlier value of the same measure: a number in the later figure's
    unit ("percent", "$"), and no subject of its own ("after the firm cut prices 9 percent in May" is another
    measure's move, the cause, not the earlier value)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in opener.children):
        return False
    units = {span[0].lower_, span[-1].lower_} - {t.lower_ for t in span if t.like_num or t.lower_ in SCALES}
    tokens = list(opener.subtree)
    numbers = [t for t in tokens if t.like_num]
    if not numbers or (units and not any(t.lower_ in units for t in tokens)):  # a bare count: any number
        return False
    # a move of the same measure ("after falling", "a 2 percent gain", "a 5.6 percent pace"), not a deduction ("net
    # income of $5 million after a $2 million charge", "after paying $3 million in taxes")
    moves = [t for t in tokens if t.lemma_.lower() in MOVE_WORDS]
    return any(_of_the_figure(move, span) for move in moves)


def _of_the_figure(move: Token, span: Span) -> bool:
    """A move with no object of its own but its value ("after shrinking 0.7 percent", "lost 12,000 posts after adding
    31,000 posts", "after a 2 percent fall in May"), or one whose object is the noun the figure measures: "after
    cutting costs 10 percent" and "after a 9 percent drop in orders" move another measure than "its payroll"."""
    if move.pos_ in ("NOUN", "PROPN"):  # a move noun's object is its in/of phrase ("a fall in costs")
        heads = [c.children for c in move.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
        objects = [c for kids in heads for c in kids if c.dep_ == "pobj" and _an_object(c)]
    else:
        objects = [c for c in move.children if c.dep_ == "dobj" and _an_object(c)]
    return not objects or any(o.lemma_.lower() in _measured(span) for o in objects)


def _an_object(noun: Token) -> bool:
    """A noun the move moves: not a period ("in May"), not the value itself ("of 2 percent", "adding 31,000 posts")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in _TIME_WORDS:
        return False
    return not noun.like_num and not any(n.like_num for n in noun.children)


def _measured(span: Span) -> set[str]:
    """The nouns the figure may measure: its head, the subject and object of its clause ("its margin widened to 8
    percent", "cut its workforce 5 percent"), and the in/of object of its head ("a 3 percent rise in sales")."""
    head, verb = span.root.head, own_clause(span.root)
    nouns = [head] + [
        c for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children]
    return {n.lemma_.lower() for n in nouns}


def _dates_inside(m: PeriodMention, sent: Span, inside: set[int]) -> bool:
    """A period phrase of the opener's clause that names a month or a quarter by itself (not "a year earlier")."""
    if m.role != "period" or m.back is not None or m.point or m.period.start is None or m.period.end is None:
        return False
    phrase = phrase_span(sent.doc, sent, m)
    return phrase is not None and all(t.i in inside for t in phrase)


def _next(period: Period) -> Period | None:
    """The month after a month, the quarter after a quarter; None for other spans."""
    days = (period.end - period.start).days
    if days in MONTH_DAYS:
        after = shifted(period, -1)
        return Period(start=after.start, end=after.end, label=after.start.strftime("%B %Y"))
    if days in QUARTER_DAYS and period.start.day == 1:
        after = shifted(period, -3)
        calendar = after.start.month in (1, 4, 7, 10)
        label = f"Q{(after.start.month - 1) // 3 + 1} {after.start.year}" if calendar else f"after {period.label}"
        return Period(start=after.start, end=after.end, label=label)
    return None
