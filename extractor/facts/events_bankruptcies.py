"""Bankruptcy filings: "Brandt filed for bankruptcy protection on Monday", "since filing for Chapter 11 bankruptcy
in 2005", "will file for insolvency next week", "declared bankruptcy on Tuesday", "went bankrupt in 2008". The
event is the filing of the company its clause names; its object is the state filed for ("bankruptcy",
"insolvency"), as the readable gold names an event that acts on no party by its own noun; a filing that is only
possible, needed, feared or nearly made ("could be forced to file", "would have to file", "short of filing",
"nearly went bankrupt") did not happen and is no plan either."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated, unreal
from extractor.facts.events_common import doer, event_fact
from extractor.facts.syntax import clause_subject, prep_object
from extractor.lexicons import table, words
from extractor.models import Fact

PREDICATE = "bankruptcy filing"
HEDGE_DEPTH = 3  # "could be forced to file": file, forced (with its modal); one more for "said it might have to"


def bankruptcy_filings(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The filing for bankruptcy a verb states (`files_for_bankruptcy`, which the caller has checked), of the
    organization that is its subject."""
    if negated(verb) or unreal(verb) or _hedged(verb) or _nearly(verb):
        return []
    subject = clause_subject(verb)
    if subject is None or subject.pos_ != "PROPN" and ctx.entities.at(subject.i) is None:
        return []  # "it filed", "the company filed": on 19 stories the filer resolved wrongly more often than not
    return [event_fact(verb, doer(verb, ctx), PREDICATE, _state_filed(verb), sent, both, ctx)]


def files_for_bankruptcy(verb: Token) -> bool:
    """ "filed for bankruptcy", "files for protection from creditors", "declared bankruptcy", "went bankrupt": a
    verb of `bankruptcy_verbs` whose complement holds an insolvency word ("filed for a patent", "filed a suit for
    damages", "went ahead" are no bankruptcy)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in table("bankruptcy_verbs"):
        return False
    insolvency = words("insolvency_words")
    return any(t.lemma_.lower() in insolvency for c in _complements(verb) for t in c.subtree)


def _complements(verb: Token) -> list[Token]:
    """The complement of a bankruptcy verb that `bankruptcy_verbs` names ("for" of "file", the object of
    "declare")."""
    dependency = table("bankruptcy_verbs")[verb.lemma_.lower()][0]
    if dependency.startswith("prep:"):
        found = prep_object(verb, (dependency.removeprefix("prep:"),))
        return [found] if found is not None else []
    return [c for c in verb.children if c.dep_ == dependency]


def _state_filed(verb: Token) -> str:
    """ "filed for insolvency": the state noun of the verb's complement (`_complements`), not of any other
    phrase under the verb ("citing the insolvency of a customer" is another company's state); "bankruptcy" where
    the complement names the state by an adjective or a paraphrase ("went bankrupt", "protection from creditors")."""
    states = words("bankruptcy_states")
    nouns = (t for c in _complements(verb) for t in c.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in states)
    return next((t.lemma_.lower() for t in nouns), "bankruptcy")


def _hedged(verb: Token) -> bool:
    """A filing only possible or feared: a to-infinitive that is no complement, a modal that is not "will" on
    the verb or on a verb above it in a chain of complements ("could be forced to file"), a verb of need or risk
    above it ("have to file"), or a gerund after a preposition not of time ("short of filing"; but "since
    filing" is a past filing). "Had forced X to file" is a filing that happened."""
    if verb.dep_ not in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "open the door for Brandt to file": a filing made possible, not done or planned
    if verb.dep_ == "pcomp" and verb.head.lower_ not in words("filing_time_prepositions"):
        return True
    for _ in range(HEDGE_DEPTH):
        if any(c.dep_ == "aux" and c.lower_ in words("possibility_modals") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head == verb:
            return False
        verb = verb.head
        if verb.lemma_.lower() in words("hedged_filing_verbs"):
            return True
    return False


def _nearly(verb: Token) -> bool:
    """ "nearly went bankrupt": an event that almost happened did not happen."""
    return any(c.dep_ == "advmod" and c.lower_ in words("near_miss_adverbs") for c in verb.children)
