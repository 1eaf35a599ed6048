"""Whose pay a figure is: an executive named as the one paid is the subject of the salary, bonus or
compensation figure, not the company that pays it (docs/DECISIONS.md, "Executive pay")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.syntax import SUBJECT_DEPS, possessor, prep_object
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import aliased_as, first_word_is, last_word_is

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
ANTECEDENT_WINDOW = 80  # tokens back (about two sentences) to the person a pronoun names
VERB_CLIMB = 3  # heads from the pay noun up to the verb whose subject is paid ("got ... compensation of")


def is_pay(measured: Token | None) -> bool:
    """ "salary", "pay package", "cash and stock compensation", "incentive award": a noun of a person's pay,
    or a noun compounded with one."""
    if measured is None:
        return False
    pay = words("pay_nouns")
    nouns = [measured, *(c for c in measured.children if c.dep_ == "conj")]  # "cash and stock compensation"
    return any(
        noun.lemma_.lower() in pay or any(c.dep_ == "compound" and c.lemma_.lower() in pay for c in noun.children)
        for noun in nouns
    )


def payee_for(measured: Token | None, verb: Token | None, ctx: DocContext, quantity: Span | None = None) -> str | None:
    """The named person a pay figure is about: the possessor ("Reed's salary"), the one it is of or for
    ("the salary of Reed", "a package for Chief Executive Ann Reed"), else the subject of the verb that
    gives or earns it ("Reed earned a salary of", "he was awarded a bonus"); a pronoun takes the person
    named just before it. None for pay with no named person ("compensation for bankers")."""
    if measured is None or not is_pay(measured):
        return _paid_person(verb, quantity, ctx) or _received_by_person(measured, verb, quantity, ctx)
    if quantity is not None:
        listed = _respective_payee(measured, quantity, ctx) or _person_for_after(quantity, ctx)
        if listed is not None:
            return listed
    owner = possessor(measured)
    if owner is not None:
        return _person(owner, ctx)
    for prep in ("of", "for"):
        named = _person(prep_object(measured, (prep,)), ctx)
        if named is not None:
            return named
    head = measured
    for _ in range(VERB_CLIMB):
        if head.dep_ not in ("dobj", "pobj", "prep", "attr", "conj", "appos", "npadvmod") or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "acl" and head.head.dep_ in ("dobj", "attr"):
            head = head.head  # "will get installments tied to a salary of $900,000": up to "get"
        elif head.pos_ in ("VERB", "AUX"):
            return _verb_payee(head, ctx)
    return _verb_payee(verb, ctx) if verb is not None and measured in verb.subtree else None


def _paid_person(verb: Token | None, quantity: Span | None, ctx: DocContext) -> str | None:
    """ "Reed was paid $6.5 million", "its chief, Ann Marsh, was awarded $2 million": a figure that is the
    object of a verb of paying in the passive, with no pay noun, is the pay of the person paid."""
    if verb is None or quantity is None or verb.lemma_.lower() not in words("pay_giving_verbs"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or quantity.root.head != verb:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _person(subject, ctx)


def _received_by_person(
    measured: Token | None, verb: Token | None, quantity: Span | None, ctx: DocContext
) -> str | None:
    """ "She received $8 million in stock and cash", "Reed will get 200,000 shares": a figure that is
    the direct object of a verb of receiving (`pay_receiving_verbs`, active) whose subject is a person is what
    that person receives, even where no pay noun names it."""
    if verb is None or quantity is None or verb.lemma_.lower() not in words("pay_receiving_verbs"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if measured is None and verb.lemma_.lower() not in table("flow_verbs"):
        return None  # "He collected $4 million": nothing names the figure, which is kept only for its named holder
    received = measured if measured is not None else quantity.root
    if received.dep_ != "dobj" or received.head != verb:
        return None
    return _person(next((c for c in verb.children if c.dep_ == "nsubj"), None), ctx)


def _verb_payee(verb: Token, ctx: DocContext) -> str | None:
    """The person who is the subject of a verb of receiving ("Reed got", "who earned", `pay_receiving_verbs`)
    or of a passive one ("Reed was awarded"), never of the payer's verb ("the board cut Reed's pay" is
    Reed's by the possessor); else a person after "for" on the verb ("was cut to $5 million for Reed")."""
    recipient = _recipient(verb, ctx)
    if recipient is not None:
        return recipient
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    receiving = passive or verb.lemma_.lower() in words("pay_receiving_verbs")
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if receiving else None
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "Reed, who earned $2 million in salary"
    return _person(subject, ctx) or _person(prep_object(verb, ("for",)), ctx)


def _recipient(verb: Token, ctx: DocContext) -> str | None:
    """The person a verb of giving (`pay_giving_verbs`) gives to in the active voice: its indirect object
    ("awarded Reed a bonus") or its personal direct object ("paid its finance chief, Tom Reed, $2.5 million")."""
    if verb.lemma_.lower() not in words("pay_giving_verbs") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    objects = (c for c in verb.children if c.dep_ in ("dative", "dobj"))
    return next((name for c in objects if (name := _person(c, ctx))), None)


def _person(token: Token | None, ctx: DocContext) -> str | None:
    return person_at(token, ctx, person_before)


def person_at(
    token: Token | None, ctx: DocContext, pronoun_person: Callable[[Token, DocContext], str | None]
) -> str | None:
    """A named person at a token, through an apposition ("its finance chief, Tom Reed") or a pronoun, which
    `pronoun_person` resolves (the person named just before, for pay; the clause's named subject, for deals)."""
    if token is None:
        return None
    if token.lower_ in PERSONAL_PRONOUNS:
        return pronoun_person(token, ctx)
    for candidate in (token, *(c for c in token.children if c.dep_ == "appos")):
        cluster = ctx.entities.at(candidate.i)
        if cluster is not None and cluster.label == "PERSON":
            return cluster.name
    return _person_by_surname(token, ctx) if ctx.entities.at(token.i) is None else None


def _person_by_surname(token: Token, ctx: DocContext) -> str | None:
    """ "Marsh earned a salary of ...", where the tagger missed the surname: the one person of the story
    whose name ends with it."""
    if token.pos_ != "PROPN" or _names_an_organization(token.text, ctx):
        return None
    people = {c.name for c in last_word_is(ctx.entities, token.text) if c.label == "PERSON"}
    return people.pop() if len(people) == 1 else None


def _names_an_organization(word: str, ctx: DocContext) -> bool:
    """A word that is an organization's name, the first word of it or an alias ("Corvane holds 16 percent" in a
    story of Corvane Pharma): no surname, even when a person's name (or a mis-tagged one) ends with it."""
    candidates = (*first_word_is(ctx.entities, word), *aliased_as(ctx.entities, word))
    return any(c.label != "PERSON" for c in candidates)


def person_before(pronoun: Token, ctx: DocContext) -> str | None:
    """The person named last before a pronoun, within a short window (the sentence and the one before),
    not inside a prepositional phrase ("said Tom, a doctor from Halden. He said his salary ...": Tom)."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - ANTECEDENT_WINDOW), -1):
        cluster = ctx.entities.at(i)
        if cluster is not None and cluster.label == "PERSON" and name_head(doc[i]).dep_ != "pobj":
            return cluster.name
    return None


def name_head(token: Token) -> Token:
    """The last word of the name a word belongs to ("Grace" in "from Grace Ibarra" is Ibarra's compound): the
    word whose relation tells whether the whole name sits in a prepositional phrase."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _respective_payee(measured: Token, quantity: Span, ctx: DocContext) -> str | None:
    """ "cut the salaries of Tom Reed, finance chief, and Ann Marsh to $350,000 and $450,000,
    respectively": the people named between the pay noun and the first figure, in order, against the
    coordinated figures."""
    sent = measured.sent
    if not any(t.lower_ == "respectively" for t in sent):
        return None
    first_number = next((t.i for t in sent if t.i > measured.i and t.like_num), None)
    if first_number is None:
        return None
    people: list[str] = []
    for i in range(measured.i + 1, first_number):
        cluster = ctx.entities.at(i)
        if cluster is not None and cluster.label == "PERSON" and cluster.name not in people:
            people.append(cluster.name)
    number = quantity.root if quantity.root.like_num else next((t for t in quantity if t.like_num), quantity.root)
    head = number.head if number.dep_ == "conj" else number
    numbers = sorted([head, *head.conjuncts], key=lambda t: t.i)
    if len(people) < 2 or len(numbers) != len(people) or number not in numbers:
        return None
    return people[numbers.index(number)]


FOR_WINDOW = 8  # tokens after a pay figure to a "for <person>" that names whose it is


def _person_for_after(quantity: Span, ctx: DocContext) -> str | None:
    """ "lowered to $2 million, against $3 million, for Ames and to $1 million for Kerr": the first
    "for <person>" after the figure (the parse hangs every "for" on the verb)."""
    doc, end = quantity.doc, quantity.sent.end
    for i in range(quantity.end, min(end - 1, quantity.end + FOR_WINDOW)):
        if doc[i].lower_ == "for":
            return _person(_for_object(doc[i]), ctx)
    return None


def _for_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
