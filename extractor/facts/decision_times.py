"""The time of a decision is not the period of what was decided. In "<Board> in May approved a scheme to repurchase
$4 billion of stock", "<Bank> last month agreed to raise its target to 2 percent" or "offered the unit to bidders
in July and said it might fetch $1 billion", the past phrase dates the approving, agreeing or saying; the
planned figure sits in a clause below that verb and is expected at a time the text does not give. FACTS.md: a
target takes the period in which it is expected, so such a phrase gives it none.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import is_clause_verb, phrase_clause, phrase_span
from extractor.facts.modality import predicted_by_modal
from extractor.facts.syntax import own_clause
from extractor.mentions.periods import PeriodMention


def without_decision_times(
    dating: list[PeriodMention], span: Span, sent: Span, modality: str, published: dt.date | None
) -> list[PeriodMention]:
    """A target's period phrases less those over at publication that sit on a verb above the figure's own clause
    when that clause tells an act still to come (the phrase dates the deciding or telling); a phrase in the
    figure's own clause ("to cut output in 2012") still dates it."""
    if modality != "target" or published is None or not dating:
        return dating
    own = own_clause(span.root)
    if own is None or not _still_to_come(own):
        return dating
    above = {a.i for a in own.ancestors if is_clause_verb(a)}
    return [m for m in dating if not (_over(m, published) and _phrase_verb(m, span, sent) in above)]


def _over(mention: PeriodMention, published: dt.date) -> bool:
    return mention.period.end is not None and mention.period.end < published


def _still_to_come(verb: Token) -> bool:
    """The figure's clause tells an act still to come: an infinitive ("agreed to cut", "a plan to buy back") or a
    modal ("said it could fetch"); not a clause of the dated event itself ("sales in the quarter were flat,
    missing its target for a 1 percent rise")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or predicted_by_modal(verb)


def _phrase_verb(mention: PeriodMention, span: Span, sent: Span) -> int | None:
    phrase = phrase_span(span.doc, sent, mention)
    verb = phrase_clause(phrase) if phrase is not None else None
    return verb.i if verb is not None else None
