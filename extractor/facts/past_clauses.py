"""A period phrase in a clause told in the past keeps its past reading in a sentence that speaks of the future.

A sentence with a future cue ("expected", "will", "plans") reads all its month and quarter phrases as the next
ones (`periods.sentence_is_future`). A phrase that hangs on a verb told in the past names a month gone by, however:
"the deal, valued at $4 billion when it was announced in March, is expected to close" (published in August: last
March, not next March); "Halden said in January that it was closing 40 stores" (published in October: last
January). The future reading of such a phrase is replaced by its past reading (`attachment.SentencePeriods`).

A clause is told in the past when its verb is in the simple past ("agreed", "said") or has a past auxiliary ("had
forecast", "was announced", "having bought"). A verb that itself looks ahead keeps the future reading: a passive of
scheduling or predicting ("was scheduled for March", "was expected in June") names a date still to come."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import PeriodMention

PAST_AUXILIARIES = frozenset({"had", "having", "was", "were", "did"})  # "having bought": done before


def with_past_clauses(future: list[PeriodMention], past: list[PeriodMention], sent: Span) -> list[PeriodMention]:
    """The future reading, with the past reading of each phrase whose own clause is told in the past."""
    gone = {(m.start, m.end): m for m in past}
    kept = []
    for m in future:
        before = gone.get((m.start, m.end))
        # a "by" date gone at publication turns into a stock's date in the past reading: a deadline keeps its role
        differs = before is not None and before.period != m.period and before.role == m.role
        kept.append(before if differs and told_in_past(m, sent) else m)
    return kept


def told_in_past(m: PeriodMention, sent: Span) -> bool:
    """The verb the phrase hangs on is told in the past and does not itself look ahead."""
    phrase = phrase_span(sent.doc, sent, m)
    verb = phrase_clause(phrase) if phrase is not None else None
    if verb is None or _looks_ahead(verb) or not _hangs_on(phrase, verb) or _end_ahead(m, sent):
        return False
    if verb.lemma_.lower() in words("plan_announcing_verbs") and _active(verb) and phrase.start > verb.i:
        return False  # "announced 300 job cuts in the fourth quarter": maybe the plan's own (announcement_dates)
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in verb.children)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and past_aux


def _hangs_on(phrase: Span, verb: Token) -> bool:
    """The phrase modifies the verb itself, through at most its preposition ("announced in March"), not a noun
    of the clause ("a delay until January hit its shares": the delay's date, not the hitting's)."""
    inside = {t.i for t in phrase}
    above = next((a for a in phrase.root.ancestors if a.i not in inside and a.pos_ != "ADP"), None)
    return above is not None and above.i == verb.i


def _end_ahead(m: PeriodMention, sent: Span) -> bool:
    """ "a postponement until June of the takeover": the date a delay runs to, still ahead."""
    before = span_text(sent)[: m.start].rstrip().lower()
    return before.endswith(("until", "till")) or m.text.lower().startswith(("until", "till"))


def _active(verb: Token) -> bool:
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _looks_ahead(verb: Token) -> bool:
    """ "was scheduled for March", "were expected in June", "was postponed to the fourth quarter": the verb names
    what is to come."""
    lemma = verb.lemma_.lower()
    ahead = words("scheduling_words") | words("prediction_verbs") | words("future_cues") | words("delay_words")
    return lemma in ahead or verb.lower_ in words("planning_participles")
