"""A "by" date already gone at publication, and a "within" horizon, read by the tense of their own clause.

A "by" date already gone, read as the past (`span_phrases.by_date`), "the fleet had grown to 140
barges by the end of April" dates a stock (`as_of` April 30), not a deadline from publication to next April. That
reading holds only where the phrase's clause is told in the past: "must repay the loan by March" or "would close
the plant by June 30" keep the deadline (`attachment.SentencePeriods.for_modality`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import PeriodMention


def is_gone_deadline(m: PeriodMention) -> bool:
    """A "by" phrase the past reading turned into the date a stock stood at."""
    return m.role == "as_of" and m.text.lower().startswith("by")


def told_before(m: PeriodMention, sent: Span) -> bool:
    """The phrase's clause is told in the simple past or the past perfect ("had grown to 140 barges by the end of
    April", "By July, the fund had sold 30 tonnes", "By 2011 the mill stood idle")."""
    phrase = phrase_span(sent.doc, sent, m)
    verb = phrase_clause(phrase) if phrase is not None else None
    if verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def modal_horizons(
    past: list[PeriodMention], future: Callable[[], list[PeriodMention]], sent: Span
) -> list[PeriodMention]:
    """ "within two years" (rule `within_n`) exists only in the future reading; a figure read as actual still takes
    it where the phrase's own clause is not told in the past ("could lift exports by 9 percent within five years",
    beside an actual figure of the same sentence), but not in "output doubled within two years"."""
    if "within" not in span_text(sent).lower():
        return []  # most sentences: no need to read the future
    taken = {(m.start, m.end) for m in past}
    return [
        m
        for m in future()
        if m.text.lower().startswith("within") and (m.start, m.end) not in taken and not told_before(m, sent)
    ]
