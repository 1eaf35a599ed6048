"""Whose deal figure it is when a person makes the deal.

An investor named as a person who offers, bids, buys or holds ("Ralston Kemp offered $15 a share for Vantor",
"Kemp lifted his bid to $21", "lined up lenders for his $2 billion bid") is the subject of the offer's price, of
the stake bought and of the money put up: FACTS.md gives a deal's price to the bidder, and a person can bid.
`discourse.resolve_subject` never returns a person (a chief executive who "expects sales to rise" speaks for
his company), so without this reading such a figure fell to the company the story is about, most often the
target. Organizations that bid are found by the other candidates; this module adds only persons, and only as
the doer of a verb of dealing or the owner of a deal noun, only for a figure that sizes a bid, a deal or a stake
(not money invested or bought back), and never for a person a title makes an officer, employee or analyst
("Chief Executive Nora Pike will pay $800 million for two terminals": the company's purchase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.figure_phrases import deal_owner
from extractor.facts.payees import ANTECEDENT_WINDOW, VERB_CLIMB, name_head, person_at
from extractor.facts.syntax import clause_subject
from extractor.lexicons import any_words, words
from extractor.mentions.cluster_lookup import first_named

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

# VERB_CLIMB (payees): heads from a figure to its verb, "lifted her bid [by 40 cents] [to $21]" (figure,
# preposition, verb); further up the figure belongs to another clause.
# Heads from a pronoun up to its sentence's root: a reported deal sits two or three clauses deep ("said it
# learned that he would offer"); 8 leaves room for deeper nesting and only bounds the loop (the root ends it).
MAX_CLAUSES = 8
# The relations a figure hangs on its verb by: an object, a preposition's object, a per-share or apposed phrase
# ("$31 [a share]", "$21, [its third offer]") or a coordinated figure; a subject or a clause is no figure of it.
CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "npadvmod", "attr", "appos", "conj"})


def dealing_person(quantity: Span | None, ctx: DocContext) -> str | None:
    """The named person whose deal a figure sizes: the possessor of the deal noun ("Kemp's $15-a-share
    offer", "his $2 billion bid", a pronoun read by `_pronoun_person`) or the sender of a bid ("a bid from
    Kemp"), else the subject of the verb of dealing the figure hangs on ("Kemp offered $15 a share", "Kemp owns
    9 percent"). None when no person, or only a titled one (`_outside_person`), makes the deal."""
    if quantity is None or not len(quantity):
        return None
    owner = deal_owner(quantity)
    if owner is not None:
        return _outside_person(owner, ctx)
    verb = _dealing_verb(quantity.root)
    if verb is None or not _sizes_a_deal(quantity, verb):
        return None
    subject = clause_subject(verb)
    return _outside_person(subject, ctx) if subject is not None else None


def untitled_person(token: Token, ctx: DocContext) -> str | None:
    """The person a token names, unless a title makes him an officer, employee or analyst (`_outside_person`)."""
    return _outside_person(token, ctx)


def _outside_person(token: Token, ctx: DocContext) -> str | None:
    """The person a token names, unless a title makes him an officer, employee or analyst ("Chief Executive Nora
    Pike", "Jo Marr, an analyst at Quillan"): such a person speaks for an organization, whose plan or forecast
    the figure stays (`discourse.resolve_subject`)."""
    name = _person_at(token, ctx)
    if name is None:
        return None
    cluster = first_named(ctx.entities, name)
    titled = cluster is not None and any(_insider_title(m) for m in cluster.mentions)
    return None if titled else name


def _insider_title(mention: Span) -> bool:
    """A title of `insider_titles` written just before the name ("Brackwell chief executive Nora Pike", "its
    chairman, Nora Pike") or in apposition after it ("Nora Pike, chief executive of Brackwell"), not a former
    one ("former chairman Nora Pike" may now bid on her own)."""
    doc, titles = mention.doc, words("insider_titles")
    i = mention.start - 1
    if i > mention.sent.start and doc[i].text == ",":
        i -= 1
    before: list[Token] = []
    while i >= mention.sent.start and doc[i].lower_ in words("title_words"):
        before.append(doc[i])
        i -= 1
    if any(t.lemma_.lower() in titles for t in before):
        return not (i >= mention.sent.start and doc[i].lower_ == "former")
    root = mention.root
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(t.lemma_.lower() in titles and _holds_post(t) for t in apposed)


def _holds_post(title: Token) -> bool:
    """An apposed title is a post unless it is former, or an indefinite description that names no employer ("a
    shipping executive and yachtsman" tells a trade; "an analyst at Quillan" holds a post)."""
    children = list(title.children)
    if any(c.lower_ == "former" for c in children):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children)
    return not indefinite or any(c.dep_ == "prep" and c.lower_ in ("at", "of", "with", "for") for c in children)


def _sizes_a_deal(quantity: Span, verb: Token) -> bool:
    """Whether the figure on a verb of dealing sizes a deal or a stake: any figure of a bid (`person_bid_verbs`,
    a raised bid or holding), else on a verb of buying or holding a price "for" something, a per-share price, a
    percent or a count of shares; not money spent or bought back ("plans to buy back $700 million of stock"),
    which is no stake and no deal."""
    lemma = verb.lemma_.lower()
    if lemma in words("person_bid_verbs") or lemma in words("bid_making_verbs") | words("bid_raising_verbs"):
        return True
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "buy back", "buy up": a phrasal verb is no plain purchase
    near = [*quantity, *quantity.doc[quantity.end : min(quantity.end + 3, quantity.sent.end)]]
    stake = any(t.lower_ in ("percent", "%") or t.lemma_.lower() == "share" for t in near)
    return stake or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _dealing_verb(root: Token) -> Token | None:
    """The active verb of dealing a figure hangs on within a few heads: a verb whose subject makes or holds
    the deal (`person_bid_verbs`, `person_deal_verbs`: offer, pay, own ...), or a verb of making or raising a
    bid (`bid_making_verbs`, `bid_raising_verbs`) whose object is
    a bid or a holding ("lifted his bid to $21", "will grow her stake to 12 percent")."""
    head = root
    for _ in range(VERB_CLIMB):
        if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head if _deals(head) else None
    return None


def _deals(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "Vantor was offered $15 a share": the one offered is the target
    lemma = verb.lemma_.lower()
    if lemma in words("person_bid_verbs") or lemma in words("person_deal_verbs"):
        return True
    held = any_words("bid_nouns", "holding_nouns")
    raising = any_words("bid_making_verbs", "bid_raising_verbs")
    return lemma in raising and any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in verb.children)


def _person_at(token: Token, ctx: DocContext) -> str | None:
    """The person a token names: a PERSON entity (or its apposition), or a personal pronoun's antecedent."""
    return person_at(token, ctx, _pronoun_person)


def _pronoun_person(pronoun: Token, ctx: DocContext) -> str | None:
    """Who "he" or "his" stands for: the first named subject of the clauses above the pronoun when there is one
    ("Quill lined up lenders for her bid": Quill), a person only if that subject is one (a firm named after its
    founder, "Wrenford Partners told directors that he would offer $29 a share", never passes to a
    person named a sentence before); else, when every clause above has only pronouns, the person last named as a
    subject before ("Kemp met the board. He lifted his bid to $21")."""
    head = pronoun.head
    for _ in range(MAX_CLAUSES):
        subject = clause_subject(head) if head.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.pos_ != "PRON":
            return _person_at(subject, ctx)
        if head.head.i == head.i:
            return _subject_person_before(pronoun, ctx)
        head = head.head
    return None


def _subject_person_before(pronoun: Token, ctx: DocContext) -> str | None:
    """The person last named as a clause's subject before the pronoun ("Ibarra has courted the miller. She
    offered $31"). A person named as an object or in a phrase ("met Peter Quinn", "an offer from Ibarra") is
    passed over: which of several such people a later "she" means is a guess, and a wrong bidder is worse
    than the company the story is about."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - ANTECEDENT_WINDOW), -1):
        cluster = ctx.entities.at(i)
        if cluster is not None and cluster.label == "PERSON" and name_head(doc[i]).dep_ in ("nsubj", "nsubjpass"):
            return cluster.name
    return None
