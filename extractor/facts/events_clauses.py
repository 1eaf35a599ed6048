"""What the clause around an event word says of it: the party a lawsuit is against, the date phrase of the
clause that states the event, and whether the event is only threatened or supposed."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.discourse import DocContext
from extractor.facts.payees import PERSONAL_PRONOUNS, person_before
from extractor.facts.syntax import prep_object
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

STATING_DEPS = ("dobj", "nsubj", "nsubjpass")  # an event noun its verb states: "filed a lawsuit", "a suit was filed"


def against_object(noun: Token, preposition: str) -> Token | None:
    """ "a lawsuit against X", "filed suit against X in May": the object after the noun's own preposition;
    the parse often hangs it on the verb whose direct object the noun is."""
    own = prep_object(noun, (preposition,))
    if own is not None or noun.dep_ != "dobj":
        return own
    return prep_object(noun.head, (preposition,))


def clause_date(event: Token, periods: list[PeriodMention], sent: Span) -> Period | None:
    """ "sued X on Wednesday", "quit as head of X on Sunday", "a lawsuit filed on Tuesday", "on Tuesday
    announced a merger": a date phrase hung on the event word itself, or on the verb that states an event
    noun, dates the event, a single day too (an event happens on a day; a figure reported that day does
    not). A phrase of another verb ("said on Monday it would buy X") dates that verb, not the event."""
    anchors = {event.i}
    if event.pos_ == "NOUN":
        anchors |= {c.i for c in event.children if c.dep_ in ("acl", "relcl")}  # "a lawsuit filed on Tuesday"
        if event.dep_ in STATING_DEPS and event.head.pos_ == "VERB":
            anchors.add(event.head.i)
    for mention in periods:
        if mention.back is not None or mention.role == "comparison":
            continue  # "a year earlier" is relative to another period, not a date of its own
        phrase = phrase_span(sent.doc, sent, mention)
        if phrase is not None and attached_to(phrase.root) in anchors:
            return mention.period
    return None


def attached_to(root: Token) -> int:
    """The word a date phrase modifies: "on Tuesday" and "Tuesday" both hang on their head."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head.i
    return root.head.i


def unreal(verb: Token) -> bool:
    """ "threatened to sue X", "if it wanted to sue X, ...", "urged Ann Lee to resign", "called for X to step
    down": an event only threatened, supposed in a condition, or demanded by others did not happen and is
    no plan of its doer either."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("threat_verbs"):
        return True
    return any(_conditional(t) for t in (verb, *verb.ancestors)) or _demanded(verb)


def _demanded(verb: Token) -> bool:
    """The event is the content of a demand ("urged X to sell", "suggested X should look at selling"): up
    a chain of complement clauses to a verb of demanding; a clause of time or cause ("after X sold") is no
    content."""
    for _ in range(DEMAND_DEPTH):
        complement = verb.dep_ in ("xcomp", "ccomp", "pcomp", "prep") or (
            verb.dep_ == "advcl" and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in verb.children)
        )
        if not complement or verb.head == verb:
            return False
        verb = verb.head
        if verb.lemma_.lower() in words("demand_verbs"):
            return True
    return False


DEMAND_DEPTH = 4  # "suggested X should look at divesting": divesting, at, look, suggested


def _conditional(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


CONDITIONS = ("if", "unless")


def pronoun_person(subject: Token | None, ctx: DocContext) -> list[str]:
    """ "Lee ran the unit for a decade. He resigned in 2019": a personal pronoun that does an event stands for
    the person named last before it (within about two sentences)."""
    if subject is None or subject.lower_ not in PERSONAL_PRONOUNS or subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    person = person_before(subject, ctx)
    return [person] if person else []


def left_behind(verb: Token, ctx: DocContext) -> bool:
    """ "how much money he has left", "left Norway (the country) in the 1970s", "left government": what "leave"
    has before it, a place, or a bare noun (a field or a state, not an organization) is no post given up."""
    if verb.lemma_.lower() != "leave":
        return False
    left = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if left is None:
        return False
    cluster = ctx.entities.at(left.i)  # the story's vote, not the tagger's label of this one mention
    label = cluster.label if cluster is not None else left.ent_type_
    determined = any(c.dep_ in ("det", "poss") for c in left.children)
    bare = left.pos_ == "NOUN" and left.tag_ in ("NN", "NNS") and not determined
    return left.i < verb.i or bare or label in PLACES or left.lemma_.lower() in words("country_nouns")


PLACES = ("GPE", "LOC")


def traded_security(obj: Token) -> bool:
    """ "bought Brandt debt", "foreigners buy Treasuries", "acquired part of a tranche of Kestrel notes": debt
    securities change hands in a market; their issuer is not acquired or sold."""
    for _ in range(SECURITY_DEPTH):
        lemma, securities = obj.lemma_.lower(), words("security_nouns")
        if lemma in securities or lemma.endswith("ies") and lemma[:-3] + "y" in securities:
            return True  # a proper noun keeps its plural: "Treasuries"
        obj = prep_object(obj, ("of",))
        if obj is None:
            return False
    return False


SECURITY_DEPTH = 3  # "part of a tranche of Kestrel debt": part, tranche, debt


def negated(verb: Token) -> bool:
    """ "has not sued X", "would not resign": a denied event."""
    return any(c.dep_ == "neg" for c in verb.children)
