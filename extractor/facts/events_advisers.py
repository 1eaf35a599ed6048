"""A firm engaged to act for the subject: "Halvern has hired Brandt Bank to advise it on a sale", "appointed
Kestrel Partners as financial adviser", "selected recruiter Orrin Search to find a new chief executive". The
event is the hiring party's (lexicons/adviser_hiring_verbs.tsv gives the predicate of each verb); its object is
the named organization engaged. An organization is engaged, not employed, only when the sentence says for what:
a post a firm holds ("as adviser", lexicons/firm_posts.txt) or a to-clause of an adviser's task
(lexicons/adviser_tasks.txt). "hired Brandt Bank" alone, a supplier chosen to deliver goods, a denied or
supposed hiring, and a hiring with no named doer give nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import doer, event_fact, head_names
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Fact

ENGAGED = ("ORG",)  # a firm; a person hired is an appointment read elsewhere


def adviser_hires(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """One event per named firm an engaging verb hires for a stated post or task, done by the verb's doer."""
    row = table("adviser_hiring_verbs").get(verb.lemma_.lower())
    if row is None or verb.pos_ != "VERB" or negated(verb) or unreal(verb) or only_guessed(verb):
        return []
    hired = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if hired is None or not (_as_firm_post(verb) or _adviser_task(verb)):
        return []
    firms = head_names(hired, ctx, ENGAGED, ("appos", "compound"))
    hirer = doer(verb, ctx) if _named_or_pronoun(verb) else None
    if hirer is None:
        return []  # "Brandt Bank was hired to advise", "the trade group retained X": who engaged it is unsure
    return [event_fact(verb, hirer, row[0], firm, sent, both, ctx) for firm in firms if firm != hirer]


def _named_or_pronoun(verb: Token) -> bool:
    """A hirer written by name or by a pronoun for one ("it has hired"); a described body ("the industry
    group") may be another party than the one the story resolves it to, so it hires no one here, nor does a
    pronoun that stands for it ("the trade group said it had retained ...")."""
    subject = clause_subject(verb)
    if subject is None or not (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_):
        return False
    teller = clause_subject(verb.head) if subject.pos_ == "PRON" and verb.dep_ == "ccomp" else None
    return teller is None or teller.pos_ != "NOUN" or bool(teller.ent_type_)


def _as_firm_post(verb: Token) -> bool:
    """ "hired Brandt Bank as its financial adviser": the post a firm is engaged for."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(o.lemma_.lower() in words("firm_posts") for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


def _adviser_task(verb: Token) -> bool:
    """ "hired Brandt Bank to advise the company", "appointed Kestrel to seek a buyer": a to-clause (the parse
    hangs it on the verb as a complement or an adverbial clause) whose verb is an adviser's task."""
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB"):
        marked = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        if marked and clause.lemma_.lower() in words("adviser_tasks"):
            return True
    return False
