"""A period phrase in a clause told in the past keeps its past reading in a sentence that speaks of the future.

A sentence with a future cue ("expected", "will", "plans") reads all its month and quarter phrases as the next
ones (`periods.sentence_is_future`). A phrase that hangs on a verb told in the past names a month gone by, however:
in a story of September, "the ferry line, which it bought for $80 million in May, will add two routes" means the
May just gone, and so does "having shut a mill in May, the group plans to reopen it". The future reading of such a
phrase is replaced by its past reading (`attachment.SentencePeriods`).

A clause is told in the past when its verb is in the simple past ("signed", "bought") or has a past auxiliary
("had opened", "was completed", "having sold"). A verb that itself looks ahead keeps the future reading: one of
scheduling, predicting or giving an outlook ("was slated for May", "guided to a margin of 9 percent in the third
quarter", "kept its target for May") dates what is still to come."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.lexicons import any_words, words
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import PeriodMention


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
        return False  # "unveiled 90 branch closings in the third quarter": maybe the plan's own (announcement_dates)
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("past_auxiliaries") for c in verb.children)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and past_aux


def _hangs_on(phrase: Span, verb: Token) -> bool:
    """The phrase modifies the verb itself, through at most its preposition ("opened in May"), not a noun of the
    clause ("whose wait until May for a permit irked buyers": the wait's date, not the irking's)."""
    inside = {t.i for t in phrase}
    above = next((a for a in phrase.root.ancestors if a.i not in inside and a.pos_ != "ADP"), None)
    return above is not None and above.i == verb.i


def _end_ahead(m: PeriodMention, sent: Span) -> bool:
    """ "pushed the vote back until May", "on hold till May": the date a wait runs to, still ahead."""
    before = span_text(sent)[: m.start].lower().split()
    first = m.text.lower().split()[:1]
    return bool(set(before[-1:] + first) & words("delay_end_words"))


def _active(verb: Token) -> bool:
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _looks_ahead(verb: Token) -> bool:
    """ "was slated for May", "were seen in the spring", "guided to a margin of 9 percent for May": the verb
    names what is to come."""
    lemma = verb.lemma_.lower()
    ahead = any_words("scheduling_words", "prediction_verbs", "future_cues", "delay_words", "outlook_giving_verbs")
    if lemma in ahead or verb.lower_ in words("planning_participles"):
        return True
    return lemma in any_words("guidance_verbs", "guidance_holding_verbs") and _keeps_a_prediction(verb)


def _keeps_a_prediction(verb: Token) -> bool:
    """ "maintained its forecast of 800 units in May", "stuck to its goal of 800 units in May": a verb that keeps
    or revises a prediction noun dates what is still to come, while "maintained output of 800 units in May" dates
    a level kept."""
    nouns = any_words("forecast_nouns", "goal_nouns", "guidance_nouns")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in nouns for o in objects)
