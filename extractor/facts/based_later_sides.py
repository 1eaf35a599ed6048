"""The later side of a year-back comparison in a story whose title and lead name no period.

In such a story `story_period.results_base` (the quarter or half the body reports results for) resolves only
counted-back phrases: "net income of $40 million, up from $31 million a year earlier" dated the $31 million as the
base's quarter a year back and left the $40 million with no period. Counting the earlier side back from the base
presumes the later side is of the base itself, so a figure whose own clause compares it with a counted-back side
takes the base as a results story's figure takes its report period (`default_periods.default_period`): a flow
over it, a stock still as of publication. A figure with no such comparison keeps no period, as before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import comparison_cues, earlier_side
from extractor.facts.syntax import own_clause
from extractor.mentions.periods import PeriodMention


def compared_with_counted_back(span: Span, periods: list[PeriodMention], sent: Span) -> bool:
    """The figure is the later side ("rose to $40 million from $31 million a year ago", "up 5 percent from a year
    earlier"): a comparison word of its own clause follows it, and a counted-back phrase ("a year earlier",
    "the year-ago quarter") follows that word inside the verb's clause."""
    verb = own_clause(span.root)
    if verb is None or earlier_side(span) is not None:
        return False
    cues = [c for c in comparison_cues(sent) if c.i >= span.end and _in_clause_of(c, verb)]
    if not cues:
        return False
    after = cues[0].idx - sent.start_char
    clause_end = verb.right_edge.idx + len(verb.right_edge) - sent.start_char
    return any(m.back and after < m.start and m.end <= clause_end for m in periods)


def _in_clause_of(cue: Token, verb: Token) -> bool:
    """The comparison word belongs to the verb's own clause (hung on it, or on an "up" or a noun of it), not to a
    clause nested below it ("..., after profit fell from a year earlier")."""
    clause = own_clause(cue)
    return clause is not None and clause.i == verb.i
