"""A figure under "is likely to", "is set to", "is due to", "looks poised to": a likelihood or a schedule, no result.

The predicate (`lexicons/likelihood_predicates.txt`) puts its infinitive ahead in time, so nothing the infinitive
states has happened. Whose view it is turns on the predicate's subject: an actor ("the company is set to close 12
stores", "Tamsin Mills looks poised to open 40 kiosks") is to do the act, its plan; a measure ("growth is set to slow
to 4 percent", "demand is likely to rise 2 percent") or an act that only reports a result ("the brewer is due to
report first-half earnings of 80 million euros") is predicted by someone else, unless the company itself tells the measure's course ("...,
it said"), which is its guidance. The caller turns a target into a forecast where the sentence names forecasters,
as for any plan."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words

ACTOR_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP"})
LINKING_VERBS = frozenset({"be", "look", "seem", "appear"})
STATE_VERBS = frozenset({"be", "remain", "stay"})  # "is likely to be flat": a state foreseen, not an act planned


def likelihood_modality(head: Token, below: Token | None) -> str | None:
    """ "target" or "forecast" when `head` is a predicate of likelihood or schedule whose infinitive (`below`,
    the token under `head` on the figure's path) holds the figure; None otherwise."""
    if below is None or not _infinitive_of(below, head):
        return None
    predicate = _likelihood_predicate(head)
    if predicate is None:
        return None
    subject = _subject_of(predicate)
    if below.lemma_.lower() in words("result_verbs") or below.lemma_.lower() in STATE_VERBS:
        return "forecast"  # "is due to report earnings of 80 million euros", "is likely to stay flat": foreseen, no act
    if subject is not None and not _actor(subject) and not _told_by_the_company(predicate):
        return "forecast"  # "sales are likely to rise 5 percent"
    return "target"  # with no subject ("a merger, now set to close in May") the act is planned


def _infinitive_of(verb: Token, head: Token) -> bool:
    """`verb` is a "to" infinitive that complements `head` ("likely to sign", "set to receive")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head == head
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _likelihood_predicate(head: Token) -> Token | None:
    """The word of likelihood or schedule: `head` itself ("likely" after "is", a passive "set", "scheduled"),
    or the adjective a linking verb takes when the parse hangs the infinitive on that verb."""
    predicates = words("likelihood_predicates")
    if head.lemma_.lower() in predicates or head.lower_ in predicates:
        if head.pos_ == "ADJ" or head.tag_ == "VBN":  # "set" as a participle: not "the board set a target to ..."
            return head
        return None
    if head.lemma_.lower() in LINKING_VERBS:
        return next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in predicates), None)
    return None


def _subject_of(predicate: Token) -> Token | None:
    """The subject of the likelihood: the participle's own ("Norvale is scheduled"), else the linking verb's
    ("Norvale is likely"); a relative pronoun stands for the noun its clause hangs on."""
    holders = [predicate, predicate.head] if predicate.dep_ in ("acomp", "oprd") else [predicate]
    if holders[-1].dep_ == "conj":  # "output rose 3 percent and looks bound to pass 9,000 tonnes": output
        holders.append(holders[-1].head)
    subject = next((c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        clause = next((h for h in holders if h.dep_ == "relcl"), None)
        return clause.head if clause is not None else None
    return subject


def _actor(subject: Token) -> bool:
    """A subject that can carry out an act: a name, a pronoun, or a noun for an organization, a country's
    body or a person; a measure ("growth", "sales", "the deficit") is none."""
    if subject.ent_type_ in ACTOR_ENTITIES or subject.pos_ in ("PROPN", "PRON"):
        return True
    lemma = subject.lemma_.lower()
    actors = words("org_nouns") | words("person_nouns") | words("industry_member_nouns")
    return lemma in actors or lemma in words("government_bodies")


def _told_by_the_company(predicate: Token) -> bool:
    """ "costs are likely to rise 4 percent, it said", "..., the group said": a reporting verb above the predicate
    whose subject is the company itself ("it", "we", "the company") tells the company's own
    guidance, a target like "it expects costs to rise". A named speaker ("the energy agency said") is left to
    the forecast reading: it may be an outsider's view."""
    for verb in predicate.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("reporting_verbs"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return any(_names_the_company(c) for c in subjects)
    return False


def _names_the_company(subject: Token) -> bool:
    """ "it", "we", "the company", "the group" (`lexicons/anaphors.txt`): the story's organization itself."""
    if subject.lower_ in words("anaphors"):
        return True
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return determiners == ["the"] and f"the {subject.lower_}" in words("anaphors")
