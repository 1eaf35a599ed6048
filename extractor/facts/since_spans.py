"""A figure of a span that runs from a dated event to the time of telling: "the stock has gained 9 percent since a
chip recall in April", "dealers have signed up 5,000 kiosks since it unveiled them in May 2009".

The move or the running total runs from the start of the period phrase inside the "since" phrase or clause of the
figure's own clause to publication (as "since January" already does). A "since" with no dated phrase ("since the
spin-off") keeps its label with no dates: the event's date is in another sentence, if anywhere.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.perfect_spans import present_perfect, told_level
from extractor.facts.syntax import own_clause
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period


def since_may_date(
    running: str | None, kind: str, period: Period | None, verb: Token | None, modality: str, span: Span
) -> bool:
    """The figures a "since" of their own may date: a running total, a change labelled "since ...", and any
    actual change told in the present perfect ("the company has cut its staff by 2,300 since the slump began in
    2008"): that tense tells what moved from a start up to now. A metric that is no running total is left as it
    was: a count gained since an event is read by gold as a stock as of publication (members a service
    signed up since its launch). Not a level held ("has kept its rate at 1 percent since May", `level_verbs`,
    `holding_verbs`) nor a level a move started from or reached (`level_prepositions`): a level is as of a day."""
    if running or (kind == "change" and period is not None and period.label.lower().startswith("since")):
        return True
    if modality != "actual" or kind != "change" or not present_perfect(verb):
        return False
    return not told_level(span, verb)


def held_since(kind: str, modality: str, period: Period | None, verb: Token | None) -> bool:
    """A level kept from a date up to publication ("the bank has held its rate at 2 percent since May", a holding
    verb of `holding_verbs`): the level is as of the span's end, not a figure of the span (the readable gold dates
    such a level by the story's day, as it dates a stake owned "since" a year); the caller dates it by the span's
    end, else by publication ("since late 2008" is read with no dates)."""
    if kind != "metric" or modality != "actual" or verb is None or period is None:
        return False
    return period.label.lower().startswith("since") and verb.lemma_.lower() in words("holding_verbs")


def dated_since(
    period: Period | None, span: Span, sent: Span, periods: list[PeriodMention], published: dt.date | None
) -> Period | None:
    """The span from the dated event after the figure's own "since" to publication (or to the one day the figure
    is dated by: "through Monday, the shares have lost 40 percent since the deal was struck in May"), or None."""
    if published is None:
        return None
    end = published
    if period is not None and period.start is not None:
        if period.start != period.end or period.start > published:
            return None
        end = period.start  # a single day of its own: the span's end
    since = _own_since(span)
    if since is None:
        return None
    own = _own_tokens(since)
    inside = [m for m in periods if m.period.start is not None and m.period.start < end and _within(m, own, sent)]
    if not inside:
        return None
    anchor = inside[-1]  # "since its second-quarter report in August": the event's own date, told last
    label = anchor.period.label if anchor.period.label.startswith("since") else f"since {anchor.period.label}"
    return Period(start=anchor.period.start, end=end, label=label)


# a clause below the since-phrase tells a deed of its own: "since it said it would report in December" is not
# "since December", nor is "since investors feared the deal agreed in May would fail" "since May"
_NESTED = ("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis")


def _own_tokens(since: Token) -> set[int]:
    """The since-phrase's tokens without the clauses nested below its own verb or noun."""
    own, todo = set(), [since]
    while todo:
        token = todo.pop()
        own.add(token.i)
        todo.extend(c for c in token.children if c.dep_ not in _NESTED)
    return own


def _within(mention: PeriodMention, own: set[int], sent: Span) -> bool:
    """Every token of the period phrase lies in the since-phrase's own tokens."""
    first, last = sent.start_char + mention.start, sent.start_char + mention.end
    tokens = [t.i for t in sent if t.idx < last and t.idx + len(t) > first and not t.is_punct]
    return bool(tokens) and all(i in own for i in tokens)


def _own_since(span: Span) -> Token | None:
    """The "since" (a preposition, or the marker of a clause) hung on the figure's own verb, as its subtree's head."""
    verb = own_clause(span.root)
    if verb is None:
        return None
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ == "prep":
            return child
        if child.dep_ in ("advcl", "pcomp") and any(g.lower_ == "since" and g.dep_ == "mark" for g in child.children):
            return None if _after_comma(child) and (_simple_past(verb) or present_perfect(verb)) else child
    return None


def _after_comma(clause: Token) -> bool:
    """The since-clause is set off by a comma, as a cause is ("fell, since ..."); "fell since the news broke" is not."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).lower_ == ","


def _simple_past(verb: Token) -> bool:
    """ "shares fell, since investors feared ...": a since-clause set off by a comma on a simple past (or a present
    perfect: "has cut prices, since rivals cut theirs in May") gives a cause, not a start."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
