"""A "by" date already gone at publication. Read as the past (`span_phrases.by_date`), "its customer base had doubled
to 9 million by the end of March" dates a stock (`as_of` March 31), not a deadline from publication to next March.
That reading holds only where the phrase's clause is told in the past: "would buy back the notes by November 5" or
"has to call an election by May" keep the deadline (`attachment.SentencePeriods.for_modality`)."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.mentions.periods import PeriodMention


def is_gone_deadline(m: PeriodMention) -> bool:
    """A "by" phrase the past reading turned into the date a stock stood at."""
    return m.role == "as_of" and m.text.lower().startswith("by")


def told_before(m: PeriodMention, sent: Span) -> bool:
    """The phrase's clause is told in the simple past or the past perfect ("had doubled to 9 million by the end of
    March", "By June, it had bought $2 trillion", "By 2003 the firm was bankrupt")."""
    phrase = phrase_span(sent.doc, sent, m)
    verb = phrase_clause(phrase) if phrase is not None else None
    if verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
