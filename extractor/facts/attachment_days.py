"""Days that date figures beyond a sentence's own period phrases: the day of a one-off deed ("agreed on Monday to
pay $9 million") and, on a weekend story, the session day of the quote just before (docs/DECISIONS.md, round 8)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import in_subject, on_figure, phrase_clause, phrase_span
from extractor.facts.predicate_forms import measured_part
from extractor.facts.syntax import figure_head, own_clause
from extractor.lexicons import table, words
from extractor.mentions.periods import PeriodMention
from extractor.models import Fact, Period
from extractor.word_forms import singular

DEED_VERBS = words("deed_verbs") | words("funding_verbs") | set(table("deal_verbs")) | set(table("money_object_verbs"))
# "cut its rate by a quarter point on May 3", "doubled the program on Friday": a move's own verb is its deed, so a
# past day on that verb is the day of the move (FACTS.md: "On Wednesday" is that day), as it is for a quote
MOVE_VERBS = words("change_up") | words("change_down")


def point_of_figure(m: PeriodMention, span: Span, sent: Span, published: dt.date | None) -> bool:
    """A single day gone by that dates an actual figure: the day of a deed, or a day written on the quote or level
    noun the figure is the value of ("Tuesday's closing price of $12.10", "a Friday close of $30.85"), which is that
    figure's day whatever verb the clause has. A day on another noun ("Thursday's earnings of $1.20 a share", "a
    Friday bid of $15") is the day of the telling or of the offer, not the figure's period."""
    if day_of_deed(m, span, sent, published):
        return True
    past = m.period.end is not None and published is not None and m.period.end <= published
    return past and _on_valued_noun(phrase_span(span.doc, sent, m), span)


def _on_valued_noun(phrase: Span | None, span: Span) -> bool:
    """The day modifies the quote or level noun (`lexicons/day_quote_nouns.txt`) whose value the figure is: the figure's
    own head or the noun it is the "of" object of ("Tuesday's closing price of $12.10"); not a noun the figure only
    sizes through another noun ("its Thursday report of a $20 million loss": the day of the telling)."""
    if phrase is None or phrase.root.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod"):
        return False
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "compound", "quantmod", "amod") else root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head.head
    quote = noun.lemma_.lower() in words("day_quote_nouns")
    return quote and phrase.root.head.i == noun.i and noun.i not in range(span.start, span.end)


def day_of_deed(m: PeriodMention, span: Span, sent: Span, published: dt.date | None) -> bool:
    """ "agreed on Monday to pay $9 million", "a $2 million claim filed on Friday", "sold 3 million shares on
    Tuesday": a past day in the clause of a one-off deed dates the sum the deed moves. Not a day of telling or
    of results ("said on Tuesday profit rose", "data on Monday showed sales fell"), whose verbs are no deeds."""
    if m.role not in ("period", "as_of") or m.period.end is None or published is None or m.period.end > published:
        return False
    phrase, own = phrase_span(span.doc, sent, m), own_clause(span.root)
    verb = phrase_clause(phrase) if phrase is not None else None
    if verb is None or own is None or _told_before(own):
        return False
    if verb.i == own.i and in_subject(span.root, verb):
        return False  # "a $1 billion bond was bid at 102 on Monday": the size of what is dealt in, not the sum
    if verb.i == own.i or on_figure(verb, span):
        told = phrase is not None and _day_of_telling(phrase, verb)
        moved = not m.since_clause and not told and _move_itself(verb, span)
        return verb.lemma_.lower() in DEED_VERBS or moved
    return _purpose_of(own, verb) and bool({own.lemma_.lower(), verb.lemma_.lower()} & DEED_VERBS)


def _move_itself(verb: Token, span: Span) -> bool:
    """ "cut its rate by a quarter point on May 3", "doubled the program on Friday": the figure is the size of the
    move its own change verb tells, so the day on that verb is the move's. Not a level the move ends at or starts
    from ("trimmed pay to $90,000 from $120,000 on May 1", however the parser hangs the "to"): that is a pay rate,
    which holds, not a day's flow."""
    return verb.lemma_.lower() in MOVE_VERBS and not _end_point(span)


def _day_of_telling(phrase: Span, verb: Token) -> bool:
    """ "<Firm> said on Tuesday its profit rose 12 percent": the parser may hang the day on the reported clause's
    verb, but a day between the verb of telling and the reported clause's subject is the telling's."""
    teller = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or teller.lemma_.lower() not in words("reporting_verbs"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and teller.i < phrase.start and phrase.end <= subject.left_edge.i


def _end_point(span: Span) -> bool:
    """The figure, or the first of the figures it is coordinated with ("to $90,000 and $95,000"), is the object of
    a preposition other than "by": a level the move reaches, starts from or crosses ("to", "from", "below"), not
    its size ("by three notches")."""
    token = figure_head(span.root)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = figure_head(token.head)
    return token.dep_ == "pobj" and token.head.lower_ != "by"


def _told_before(own: Token) -> bool:
    """ "regulators said on Tuesday they had frozen $9 million": a deed in the past perfect under a verb of telling
    was done before the day of the telling."""
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in own.children)
    return pluperfect and own.dep_ == "ccomp" and own.head.lemma_.lower() in words("reporting_verbs")


def _purpose_of(own: Token, verb: Token) -> bool:
    """ "agreed on Monday to pay", "intervened on May 3 to sell": the figure's clause is an infinitive with no
    subject of its own on the dated verb, so the day is the deed's."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in own.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children)
    return own.head.i == verb.i and own.dep_ in ("xcomp", "advcl") and infinitive and not subject


def carried_day(last: tuple[int, Period] | None, sent: Span, span: Span, published: dt.date | None) -> Period | None:
    """ "Acme shares closed Friday up 13 percent. Brindle stock ended down 5 percent.", published on a Saturday: a
    quote with no day of its own, in the sentence right after one dated by a day, is of that session; the
    publication day, a weekend, had none. (On a weekday the story's own session is the publication day's.) Not a
    span up to now ("has fallen 40 percent"), whose own clause is in the present perfect."""
    adjacent = last is not None and (last[0] == sent.end_char or 0 <= sent.start_char - last[0] <= 3)  # or carried here
    if last is None or published is None or published.weekday() < 5 or not adjacent:
        return None
    verb = own_clause(span.root)
    perfect = verb is not None and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return None if perfect else last[1]


def named_period(periods: list[PeriodMention]) -> Period | None:
    """The first period a sentence names in its own words ("second-quarter revenue", "in 2025"), not a day, a
    phrase relative to the story ("the quarter", "a year earlier") or a comparison: what "the quarter" of a
    prediction in the next sentence refers to."""
    named = (m for m in periods if m.role == "period" and m.back is None and not m.point and m.period.start)
    return next((m.period for m in named), None)


def reads_named_index(predicate: str, subject: str) -> bool:
    """ "The Halden industrial average fell 88 points", "a drop in the benchmark Halden average": a named index
    (its head an index noun) measured as itself is a quote of the session, as "the Halden Composite Index" is;
    the predicate is the index's name, or part of it, or the name with a qualifier. Unlike
    `index_names._reads_an_index` (which names the subject as an entity, so wants the whole subject written as a
    name), this asks how the predicate stands to the subject: a capital letter is enough, as the predicate
    itself says "average" or "index"."""
    named, name = predicate.split(), subject.lower().split()
    inside = " ".join(named) in " ".join(name) or " ".join(name) in " ".join(named)
    inside = inside or bool(named[:-1]) and set(named[:-1]) <= set(name)  # "Tokyo's Nikkei": "nikkei average"
    return inside and is_index_predicate(predicate) and subject[:1].isupper()  # a name: not "the daily average"


def is_index_predicate(predicate: str) -> bool:
    """ "industrial average", "composite index": a predicate whose head is an index noun."""
    head = predicate.split()[-1:]
    return bool(head) and head[0] in words("index_nouns")


def is_dated_daily(predicate: str) -> bool:
    """Share prices and index levels are dated by the day; a deal's price is not, nor a crowd that sells stock."""
    predicate = measured_part(predicate)
    return predicate in ("share price", "stock price") or predicate.split()[-1] in ("index", "shares", "stock")


def counts_held_shares(kind: str, predicate: str, unit: str | None, verb: Token | None) -> bool:
    """ "owns 3 million shares", "a fund which holds 12 million shares", "has 900 million shares outstanding", "two
    thirds of the voting stock is held by": a plain count of shares, or the percentage of them, under a verb of owning
    or holding (`owning_verbs`, `holding_verbs`) is a stock, which FACTS.md gives `as_of` and no period, not a quote
    of the session as a share price is. Shares traded, sold or offered on a day keep it (a flow or a deal of that
    day)."""
    if kind != "metric" or unit not in (None, "percent") or verb is None:
        return False  # a count of shares or the percentage of them held; not a sum of money paid for shares
    if measured_part(predicate).split()[-1:] not in (["shares"], ["stock"]):
        return False  # an index or a price the same verb holds ("held at 3,200") stays a quote of its session
    return verb.lemma_.lower() in words("owning_verbs") | words("holding_verbs")


def quotes_a_bond(predicate: str, sentence: str) -> bool:
    """ "Italian 10-year bond yields rose to 6.5 percent", "the 10-year yield rose to 0.62 percent on Thursday",
    "these bonds were trading at 60 cents on the dollar": a bond's yield or price is a quote of its session, as a
    share price is. Not an airline's "yield" (revenue per passenger) nor a dividend yield: the sentence must name
    a bond or a maturity."""
    named = predicate.split()
    bond_price = len(named) > 1 and named[-1] == "price" and singular(named[-2]) in words("bond_nouns")
    quote = named[-1] in ("yield", "yields") or bond_price
    return quote and "dividend" not in named and _bond_context().search(sentence) is not None


def quotes_a_swap(unit: str | None, sentence: str) -> bool:
    """ "the insurer's credit default swaps tightened 12 basis points to 240", "protection on its bonds through
    credit default swaps widened to 530 basis points": a swap's spread is a quote of its session, as a
    bond's yield is. Read where the sentence names the swap (`swap_names`) and the figure is in basis points
    (percentage points): not the swap's notional sum, nor a bank's loss on its swaps."""
    return unit == "percentage_point" and _swap_context().search(sentence) is not None


@lru_cache(maxsize=1)
def _swap_context() -> re.Pattern[str]:
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") + "s?" for n in sorted(words("swap_names")))
    return re.compile(r"\b(?:" + names + r")\b", re.I)


@lru_cache(maxsize=1)
def _bond_context() -> re.Pattern[str]:
    """A bond noun (singular or plural) or a maturity ("10-year") anywhere in the sentence."""
    nouns = "|".join(n[:-1] + "(?:y|ies)" if n.endswith("y") else n + "s?" for n in sorted(words("bond_nouns")))
    return re.compile(r"\b(?:" + nouns + r")\b|\b\d+-year\b", re.I)


def result_period(facts: list[Fact]) -> Period | None:
    """The period of the first actual result a sentence told, when a span ("Hiring added 92,000 jobs in May";
    not the earlier side after it, "from 2.4 percent in September"): what an estimate in the next sentence with
    no period of its own is about."""
    first = next((f.period for f in facts if f.modality == "actual" and f.kind in ("metric", "change")), None)
    return first if first is not None and first.start is not None and first.start != first.end else None
