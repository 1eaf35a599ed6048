"""First public offerings of shares: "Brandt Co went public in 2019", "Kestrel completed an initial public offering
in May", "Quillby filed for an IPO on Monday", "shares have doubled since its IPO in 2004". The event is the
offering of the company that does it; its object is the offering as the text writes it ("IPO", "initial public
offering"), as the dev gold names a rights issue by its noun ("rights issue | equity rights issue"), and the full
name for "went public", which names no noun (the readable gold never leaves an event's object empty). An offering
only weighed, guessed, denied or supposed ("is considering an IPO", "could go public", "will not go public", "firms
that go public") gives none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import doer, event_fact
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Fact

FULL_NAME = "initial public offering"


def public_offerings(token: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The first public offering a verb ("went public") or an offering noun ("completed an IPO", "its IPO in
    2004") states, of the organization its clause names."""
    if token.pos_ in ("VERB", "AUX") and _goes_public(token):
        return _stated(token, FULL_NAME, FULL_NAME, sent, both, ctx)
    written = offering_written(token)
    if written is None:
        return []
    predicate = written.lower()
    verb = _doing_verb(token)
    if verb is not None:  # the noun dates it: "filed on Monday for an IPO", "launched an IPO on Monday"
        return _stated(verb, _filed(verb, predicate), written, sent, both, ctx, event=token)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or not _dated(token):
        return []  # "ahead of its IPO", "a proposed IPO": no offering stated as done or set
    subject = resolve_subject(owner, ctx)
    return [event_fact(token, subject, predicate, written, sent, both, ctx)] if subject else []


def _stated(
    verb: Token,
    predicate: str,
    written: str | None,
    sent: Span,
    both: SentencePeriods,
    ctx: DocContext,
    event: Token | None = None,
) -> list[Fact | None]:
    """The offering of the verb's subject, when the subject is a name (a proper noun or a tagged entity, or a
    relative pronoun standing for one) and the verb states the offering as done or planned; dated and
    qualified around `event`, the offering noun the verb carries out, when a date phrase hangs on it ("launched
    an IPO on Monday"), else around the verb ("filed on Monday for an IPO")."""
    if negated(verb) or unreal(verb) or only_guessed(verb):
        return []
    subject = clause_subject(verb)
    if subject is None:
        return []
    if subject.lower_ in words("relative_pronouns") | {"that"} and verb.dep_ == "relcl":
        subject = verb.head  # "Brandt Co, which went public in 2019": the pronoun stands for the name
    dated = event if event is not None and _dated(event) else verb  # where the parse hung the date phrase
    if subject.dep_ == "appos" and subject.pos_ == "NOUN" and subject.head.pos_ == "PROPN":
        # "Brandt Co, a software firm that went public": the descriptor stands for the name (and each name it
        # sums up: "Brandt and Kestrel, two firms that went public"), not for the clause's doer
        names = (resolve_subject(n, ctx) for n in (subject.head, *subject.head.conjuncts))
        return [event_fact(dated, n, predicate, written, sent, both, ctx) for n in dict.fromkeys(names) if n]
    if subject.pos_ != "PROPN" and ctx.entities.at(subject.i) is None:
        return []  # "firms that go public", "it went public": no named company in the clause
    return [event_fact(dated, doer(verb, ctx) or _org_inside(subject, ctx), predicate, written, sent, both, ctx)]


def _org_inside(phrase: Token, ctx: DocContext) -> str | None:
    """ "Brandt Capital Partners LLC, which went public": the organization inside the subject's phrase, where the
    recognizer left the legal suffix outside the name."""
    inside = (t for t in phrase.subtree if (c := ctx.entities.at(t.i)) is not None and c.label == "ORG")
    first = next(inside, None)
    return resolve_subject(first, ctx) if first is not None else None


def _goes_public(verb: Token) -> bool:
    """ "went public", "to go public": a verb of `public_offering_verbs` with the adjective it needs."""
    row = table("public_offering_verbs").get(verb.lemma_.lower())
    if row is None or row[0] != "acomp":
        return False
    return any(c.dep_ == "acomp" and c.lower_ == row[1] for c in verb.children)


def offering_written(noun: Token) -> str | None:
    """ "IPO", "initial public offering": a noun of `public_offering_nouns` with the modifiers written right
    before it, as written; None for any other noun."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS"):
        return None  # "IPOs", "initial public offerings": offerings in general
    for entry in words("public_offering_nouns"):
        parts = entry.split()
        start = noun.i - len(parts) + 1
        if start < noun.sent.start:
            continue
        written = noun.doc[start : noun.i + 1]
        if [t.lower_ for t in written[:-1]] + [noun.lemma_.lower()] == parts:
            return written.text
    return None


def _doing_verb(noun: Token) -> Token | None:
    """The verb that carries out the offering noun: "completed an IPO" (its object), "filed for an IPO" (the
    object of its preposition), by `public_offering_verbs`."""
    if noun.dep_ == "dobj":
        verb, place = noun.head, "dobj"
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb, place = noun.head.head, f"prep:{noun.head.lower_}"
    else:
        return None
    row = table("public_offering_verbs").get(verb.lemma_.lower())
    return verb if verb.pos_ in ("VERB", "AUX") and row is not None and row[0] == place else None


def _filed(verb: Token, predicate: str) -> str:
    """ "filed for an IPO": the filing for the offering, as a bankruptcy filing is named."""
    return f"{predicate} filing" if verb.lemma_.lower() == "file" else predicate


def _dated(noun: Token) -> bool:
    """ "its IPO in 2004", "its record IPO last November": a date phrase on the possessed offering noun."""
    return any(t.ent_type_ == "DATE" for t in noun.subtree if t.i != noun.i)
