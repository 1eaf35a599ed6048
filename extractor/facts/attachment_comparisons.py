"""The sides of a comparison ("rose to $412 million from $388 million a year earlier", "up from 129.8"): which
preposition opens the earlier side, which figure is the later one, and the period before the later one's. Split from
`attachment`, which scores the period phrases of a sentence for each figure."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from extractor.facts.syntax import figure_head
from extractor.lexicons import words
from extractor.mentions.doc_memo import DocMemo
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import shifted
from extractor.mentions.token_index import tokens_lowered_in
from extractor.models import Period

CHANGE_VERBS = words("change_up") | words("change_down")


COMPARE_VERBS = words("compare_verbs")
PLAIN_COMPARISON_WORDS = frozenset({"versus", "vs", "vs.", "against", "than"})  # cues whatever their head
COMPARISON_WORDS = PLAIN_COMPARISON_WORDS | {"from", "with", "to"}  # every word `_comparison_prep` may accept


def _comparison_prep(token: Token) -> bool:
    """ "from" after a verb or "up"/"down", "with"/"to" after "compared", "versus", "against"."""
    lower = token.lower_  # the head is read only for the three words that need it (each read builds a Token)
    if lower == "from":  # not "estimates ranging from $3 billion to $4 billion": the range's own low end
        head = token.head
        verbal = head.pos_ in ("VERB", "ADV", "ADP", "AUX") and head.lemma_.lower() not in words("range_verbs")
        return verbal and not _source(token)
    if lower in ("with", "to"):
        return token.head.lower_ in COMPARE_VERBS
    return lower in PLAIN_COMPARISON_WORDS


def comparison_cues(sent: Span) -> list[Token]:
    """The words of `sent` that `_comparison_prep` accepts, in order: asked for each figure, so only the
    sentence's comparison words become Tokens (found by their string ids), not every word. Read once per
    sentence and shared by its figures (each "from" walks its object's subtree)."""
    doc = sent.doc
    return [doc[i] for i in _CUES.get(doc, (sent.start, sent.end), lambda: _cue_positions(sent))]


def _cue_positions(sent: Span) -> list[int]:
    return [t.i for t in tokens_lowered_in(sent, COMPARISON_WORDS) if _comparison_prep(t)]


_CUES: DocMemo[list[int]] = DocMemo()  # positions, not Tokens: a Token would keep its Doc alive


def _source(prep: Token) -> bool:
    """ "profit of 65 cents from continuing operations in the quarter", "sales from its stores in May": "from" with
    an object that holds no number and names no time is where a figure comes from, no earlier value."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    # the object's own words and its "of" phrase ("its outlook of $114 billion"), not a period phrase nested after it
    # ("operations in the quarter")
    nested = {t.i for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
    phrase = [t for o in objects for t in o.subtree if t.i not in nested]
    return not any(
        t.like_num or t.is_currency or t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in EARLIER_NOUNS
        for t in phrase
    )


EARLIER_NOUNS = words("count_period_nouns") | words("earlier_value_nouns")  # "from a year earlier", "from its level"


def _coordinated(a: Span, b: Span) -> bool:
    """ "$90 million, or 12 cents a share": one figure restated in another unit."""
    first, second = (a, b) if a.start < b.start else (b, a)
    # asked for every pair of figures in a sentence: cut from the Doc's text, no Token per word between them
    between = span_text(first.doc[first.end : second.start]) if first.end < second.start else ""
    if re.fullmatch(r"\s*,?\s*or\s*", between):
        return True
    return (a.root.head.i == b.root.i and a.root.dep_ in ("conj", "appos")) or (
        b.root.head.i == a.root.i and b.root.dep_ in ("conj", "appos")
    )


def _same_measure(a: Span, b: Span) -> bool:
    """Two figures in the same unit ("$412 million ... $388 million", "10 percent ... 8 percent")."""
    first_a, first_b = a[0], b[0]
    if first_a.is_currency or first_b.is_currency or not first_a.like_num:
        return first_a.lower_ == first_b.lower_
    if a[-1].like_num and b[-1].like_num or len(a) == 1 and a[0].like_num or len(b) == 1 and b[0].like_num:
        # bare numbers: "the index rose to 53.1 from 51.4", "the rate rose to 7.2 percent from 6.9"
        return True
    return a[-1].lemma_.lower() == b[-1].lemma_.lower()


def earlier_side(span: Span) -> Token | None:
    """The preposition that makes a figure the earlier side of a comparison ("rose to $412 million from
    $388 million", "up from", "compared with 2017 revenue of $9 billion", "versus"), or None. The figure
    may be coordinated with one that is ("from $80 million, or 14 cents a share")."""
    token = span.root
    for _ in range(6):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ != "than" and _comparison_prep(head):
            return head
        if token.dep_ == "pobj" and head.lower_ == "of":
            token = head.head  # "compared with 2017 revenue of $9 billion"
            continue
        if token.dep_ in ("nummod", "compound", "quantmod", "appos", "conj", "npadvmod", "nmod", "amod"):
            if not (head.i in range(span.start, span.end) or head.like_num or head.pos_ in ("NUM", "SYM")):
                return None  # "a 4 percent rise from a year earlier": the change, not an earlier value
            token = head
            continue
        return None
    return None


def end_point_of_change(span: Span) -> bool:
    """ "slipped 1 percent to 5.1 million from 5.15 million", "fell to 1,200 from 1,450": the figure after "to"
    or "from" on a change verb is a level the measure stood at, not an amount that flowed."""
    token = figure_head(span.root)
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "from"):
        return False
    verb = token.head.head
    return verb.lemma_.lower() in CHANGE_VERBS or verb.lower_ in ("up", "down")


def _revised(cue: Token, span: Span) -> bool:
    """The comparison replaces an estimate: a forecast or goal noun is what the verb revises ("raised its
    outlook to X from Y") or holds the earlier figure ("up from its prior forecast of Y")."""
    nouns = words("forecast_nouns") | words("goal_nouns")
    if cue.head.lemma_.lower() in words("revision_verbs"):
        return True  # "the May reading was revised up to 221,000 from 207,000": the same month's figure, restated
    revised = [c for c in cue.head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    path = [t for t in span.root.ancestors if t.i > cue.i]
    return any(t.lemma_.lower() in nouns for t in [*revised, *path])


def _later_figure(span: Span, others: tuple[Span, ...], cue: Token) -> Span | None:
    """The figure the earlier side is compared with: the nearest one in the same unit before the cue."""
    before = [q for q in others if q.end <= cue.i and _same_measure(q, span)]
    return max(before, key=lambda q: q.start) if before else None


def _previous(base: Period | None) -> Period | None:
    """ "climbed from 4 million to 9 million": the value the period before, a period of the same length."""
    if base is None or base.start is None:
        return None
    days = (base.end - base.start).days
    if 6 <= days < 27 and (days + 1) % 7 == 0:  # "climbed to $3.4 trillion in the week ended May 9 from $3.3 trillion"
        length = dt.timedelta(days=days + 1)
        return Period(start=base.start - length, end=base.end - length, label=f"{base.label} - {days + 1} days")
    return shifted(base, 12 if days >= 360 else 6 if days >= 178 else 3 if days >= 85 else 1)


def _planned(cue: Token) -> bool:
    """The change the earlier side belongs to is still to come ("will boost", "would raise")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in cue.head.children)


def _over(period: Period | None, published: dt.date | None) -> Period | None:
    """The period when it is over at publication (a year still running has no "period before" to compare)."""
    running = period is not None and published is not None and period.end is not None and period.end > published
    return None if running else period
