"""What every kind of event fact shares: the fact dated and qualified by the words around its verb or noun, the
organization that does it, and the named products, organizations or people an object phrase stands for."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods, period_for
from extractor.facts.deal_completion import DEAL_PREDICATES
from extractor.facts.delayed_events import delay_of, new_date
from extractor.facts.discourse import DocContext, known_name_ending_at, resolve_subject
from extractor.facts.event_objects import OWNING_PREPOSITIONS, reached_through
from extractor.facts.events_calendar import calendar_year
from extractor.facts.events_clauses import clause_date, dates_other_clause, dates_report
from extractor.facts.grounding import grounded_fact
from extractor.facts.modality import modality_for
from extractor.facts.named_facts import named_confidence, named_in
from extractor.facts.syntax import SUBJECT_DEPS, bracketed_tokens, clause_subject, governing_verb, possessor
from extractor.lexicons import words
from extractor.models import Fact, Period

NAMED_OBJECTS = ("PRODUCT", "ORG", "WORK_OF_ART", "FAC")  # what an event acts on, unless its verb says otherwise

KIND_DEPS = ("compound", "amod", "nmod")  # "takeover bid", "patent-licensing deal", "supply pact"


def event_fact(
    token: Token,
    subject: str | None,
    predicate: str,
    named: str,
    sent: Span,
    both: SentencePeriods,
    ctx: DocContext,
    *,
    planned: bool = False,
    day: Period | None = None,
    given: bool = False,
) -> Fact | None:
    """One event fact dated and qualified by the words around its verb or noun (or announced as a plan, on a
    given day, or `given` as known: an event that happened whatever the sentence plans or predicts); None without
    a subject or when the subject acts on itself."""
    if subject is None or named == subject:
        return None
    agreed = predicate in DEAL_PREDICATES and _priced(token)  # "said it would buy X for $2 billion": agreed
    planned = planned or has_planned_modifier(token) or delay_of(token) is not None  # "delayed the launch to May"
    modality = "target" if planned else modality_for(sent.doc[token.i : token.i + 1], sent, token, agreed_deal=agreed)
    modality = "actual" if given and not planned else modality  # "analysts said its purchase of X lifted sales"
    periods = [
        m
        for m in both.for_modality(modality)
        if not dates_report(m, token, sent) and not dates_other_clause(m, token, sent)
    ]
    period = day or new_date(token, periods, ctx.published)  # "due in July, postponed to September": September
    period = period or period_for(sent.doc[token.i : token.i + 1], periods, sent)[0]
    period = period or clause_date(token, periods, sent)
    period = calendar_year(period, periods, ctx.published)  # "next year" in a fiscal-year story: the calendar year
    if _over_before(period, ctx.published):
        modality = "actual"  # "helped by the 2006 acquisition of X": a dated past event happened, whatever is expected
    elif (
        modality == "actual"
        and day is None
        and (scheduled_by(token) is not None or _begins_after(period, ctx.published))
    ):
        # "is poised to combine with X", "will buy X next year": not done yet, the doer's plan; a post given "effective
        # July 1" (`day`) is given now
        modality = "target"
    return grounded_fact(
        ctx.doc_id,
        sent,
        token.idx,
        id_key=f"{predicate}|{named}|{subject}",
        kind="event",
        subject=subject,
        predicate=predicate,
        object=named,
        period=period,
        modality=modality,
        confidence=named_confidence(own_subject=named_in(sent, subject, ctx)),
    )


def scheduled_by(verb: Token) -> Token | None:
    """ "is due to retire", "is set to take over X", "is poised to buy X": the word that schedules an event,
    which makes it announced (a plan, dated in the future) rather than done."""
    scheduling = words("scheduling_words")  # lemmas, and the written word where the tagger's lemma is off
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in scheduling or verb.head.lower_ in scheduling):
        return verb.head
    return None


def _begins_after(period: Period | None, published: dt.date | None) -> bool:
    """A period that starts after the story: an event dated in it has not happened yet."""
    return period is not None and period.start is not None and published is not None and period.start > published


def has_planned_modifier(event: Token) -> bool:
    """ "the planned sale of X", "a proposed merger": an event noun an adjective of planning modifies."""
    return any(c.dep_ == "amod" and c.lower_ in words("planned_event_modifiers") for c in event.children)


def never_came_about(event: Token) -> bool:
    """ "losses after its failed bid for X", "their aborted merger": an event noun an adjective of failure
    (lexicons/failed_event_modifiers.txt) modifies names an event that did not happen."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words("failed_event_modifiers") for c in event.children)


def _priced(event: Token) -> bool:
    """ "buy X for $2 billion", "the $2 billion purchase of X": a deal with its price is agreed, not planned."""
    prices = [t for c in event.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
    prices += [t for c in event.children if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree]
    return any(t.ent_type_ == "MONEY" for t in prices)


def _over_before(period: Period | None, published: dt.date | None) -> bool:
    return period is not None and period.end is not None and published is not None and period.end < published


def doer(verb: Token, ctx: DocContext) -> str | None:
    """The organization that is the subject of an event verb, also where the tagger missed this mention of a
    company the story names elsewhere ("Brandt, which makes up 5 percent of Acme's sales, has hired X"), and
    the one that hired an adviser or a manager to do it ("hired Kestrel Bank to sell its unit")."""
    hiring = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head != verb else None
    if hiring is not None and hiring.lemma_.lower() in words("hiring_verbs"):
        verb = hiring  # "X hired Brandt Bank to sell its unit": the bank acts for X, whose sale it is
    # the owner of a noun of intent or agreement first: the parse may read its to-clause as a relative clause,
    # whose subject `clause_subject` takes for the noun itself ("reached a deal to buy X": the deal)
    subject = _intent_owner(verb) or clause_subject(verb)
    named = resolve_subject(subject, ctx)
    if named is None and subject is not None and subject.text[:1].isupper() and ctx.entities.at(subject.i) is None:
        named = known_name_ending_at(subject, ctx)
    return named


def _intent_owner(verb: Token) -> Token | None:
    """ "Brandt announced plans to buy X", "Brandt's plan to sell its unit", "is in talks to acquire X": an
    event verb in the to-clause of a noun of intent or agreement is done by the noun's owner, its possessor
    or the subject of the verb that holds the noun, not by the story's company."""
    noun = verb.head
    if not _to_clause(verb) or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("intent_nouns"):
        return None
    holder = governing_verb(noun)
    return possessor(noun) or (clause_subject(holder) if holder is not None else None)


def _to_clause(verb: Token) -> bool:
    """ "a plan to sell X", "a deal to acquire X": a clause of a noun; the parse labels a to-infinitive one acl or,
    with no subject of its own, relcl."""
    if verb.dep_ == "acl":
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "relcl" and infinitive and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def phrasal_lemma(verb: Token) -> str:
    """ "step down": a verb's lemma with its particle, which is what a phrasal verb means."""
    particle = next((c.lower_ for c in verb.children if is_particle(c, verb)), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def is_particle(child: Token, verb: Token) -> bool:
    """The parser often reads the particle right after the verb as an adverb, or as a preposition with no object
    ("was spun off of X"); any other adverb there ("resigned immediately") is no part of the verb."""
    if child.dep_ == "prt":
        return True
    right_after = child.i == verb.i + 1 and child.lower_ in words("verb_particles")
    if child.dep_ == "prep":
        return right_after and not any(o.dep_ == "pobj" for o in child.children)
    return child.dep_ == "advmod" and right_after


def party_after(head: Token, preposition: str) -> Token | None:
    """The object of `preposition` under `head`, which the parser labels prep or, after "sell", dative."""
    for child in head.children:
        if child.lower_ == preposition and child.dep_ in ("prep", "dative"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def object_names(
    token: Token, ctx: DocContext, labels: tuple[str, ...], through: frozenset[str] = OWNING_PREPOSITIONS
) -> list[str]:
    """The named entities an object noun phrase stands for: the entity at its head or in apposition to it
    ("cigarette maker Brandt", "a system - Pulse 600"); else the items of "such as A, B and C"; else the
    first name inside it reached only through the prepositions `through` ("its stake in Kappa Mobile", not
    "a bid for Kappa Mobile")."""

    def named(t: Token) -> str | None:
        return _entity_name(t, ctx, labels)

    heads = head_names(token, ctx, labels, ("appos", "compound"))
    if heads:
        return heads
    unit = _possessed_unit(token, ctx, labels)
    if unit:
        return [unit]
    listed = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            for items in _list_items(child):
                name = item_name(items) or next((n for t in items if (n := named(t))), None)
                if name and name not in listed:
                    listed.append(name)
    if listed:
        return listed
    first = next(
        (t for t in token.subtree if named(t) and not _in_a_clause(t, token) and reached_through(t, token, through)),
        None,
    )
    if first is None:
        return []
    while first.dep_ == "compound" and named(first.head) == named(first):
        first = first.head  # the conjuncts hang on the last word of a name
    names = [named(t) for t in (first, *first.conjuncts)]  # "stakes in chains Alder Inc and Birch Inc"
    return list(dict.fromkeys(n for n in names if n))


def head_names(
    token: Token, ctx: DocContext, labels: tuple[str, ...], joined: tuple[str, ...] = ("appos",)
) -> list[str]:
    """The names an object noun phrase is itself: the entity at its head or in a `joined` relation to it
    ("cigarette maker Brandt", "the lender, Alder Bank"), and its conjuncts. By default not a name that only
    modifies or owns the head ("its Freedonia network", "Brandt's unions"): a rule that needs the named party
    itself must not take those for it."""

    def named(t: Token) -> str | None:
        return _entity_name(t, ctx, labels)

    head = named(token) or next(
        (named(c) for c in reversed(list(token.children)) if c.dep_ in joined and named(c)), None
    )
    if not head:
        return []
    listed = [head, *(named(c) for c in token.conjuncts)]  # "Alder Inc and Birch Co"
    return list(dict.fromkeys(n for n in listed if n))


def _entity_name(token: Token, ctx: DocContext, labels: tuple[str, ...]) -> str | None:
    """The name of the entity of one of `labels` at a token."""
    cluster = ctx.entities.at(token.i)
    if cluster is None or cluster.label not in labels or not cluster.name[:1].isalnum():
        return None  # ") fund management": the tail of a bracketed ticker the recognizer took for a name
    return cluster.name


def _possessed_unit(noun: Token, ctx: DocContext, labels: tuple[str, ...]) -> str | None:
    """ "Brandt Group's (BRG.N) asset management arm": a unit named only through its owner is the owner as
    written, the possessive and the unit's words, without the bracketed ticker."""
    if noun.lemma_.lower() not in words("unit_words"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    cluster = ctx.entities.at(owner.i) if owner is not None else None
    if cluster is None or cluster.label not in labels:
        return None
    inside_brackets = bracketed_tokens(noun.sent)
    words_ = [t.text for t in noun.doc[owner.i + 1 : noun.i + 1] if t.i not in inside_brackets and not t.is_punct]
    words_ = [w for w in words_ if w not in ("'s", "'", "’s", "’")]
    # the owner as written ("Brandt Group"), which the gold-style object keeps, not its short canonical name
    written = [t.text for t in noun.doc[owner.left_edge.i : owner.i + 1] if t.dep_ != "det" and not t.is_punct]
    owner_name = " ".join(written) or cluster.name
    mark = "'" if owner_name.endswith("s") else "'s"
    return f"{owner_name}{mark} {' '.join(words_)}" if words_ else None


def _list_items(prep: Token) -> list[list[Token]]:
    """ "such as the Vanta Pro headset, the Orbis system and the QX 500 receiver": the tokens of each item
    of the list a preposition opens, split at commas and conjunctions."""
    tokens = list(prep.doc[prep.i + 1 : prep.right_edge.i + 1])
    items: list[list[Token]] = [[]]
    for t in tokens:
        if t.text in (",", ";") or t.pos_ == "CCONJ":
            items.append([])
        else:
            items[-1].append(t)
    return [item for item in items if item]


def item_name(item: list[Token]) -> str | None:
    """The name that opens a list item before its common noun ("the QX 500 receiver" -> "QX 500"): the
    run of capitalized words and numbers after a determiner, when lower-case words of a noun follow it."""
    words_ = [t for t in item if t.dep_ not in ("det", "poss") and t.text[:1].isalnum()]
    run: list[Token] = []
    for t in words_:
        if t.text[:1].isupper() or (run and any(ch.isdigit() for ch in t.text)):  # "QX 500", not "two-channel"
            run.append(t)
        else:
            break
    rest = words_[len(run) :]
    if not run or not rest or rest[0].pos_ not in ("NOUN", "ADJ", "NUM") or not rest[0].text.islower():
        return None
    return " ".join(t.text for t in run)


def _in_a_clause(token: Token, top: Token) -> bool:
    """ "a fund manager, majority owned by Brandt Bank": a name inside a clause that describes the object is
    its owner or partner, not the object."""
    for ancestor in token.ancestors:
        if ancestor == top:
            return False
        if ancestor.dep_ in ("relcl", "acl"):
            return True
    return False


def kind_predicate(noun: Token) -> str:
    """The predicate of a stated event noun (a bid, an alliance, an agreement): the noun with the modifiers that
    name its kind ("takeover bid", "cross-licensing agreement", "research and testing pact"; an adjective of
    lexicons/event_kind_adjectives.txt: "joint venture"), not those that size, date or name it ("five-year",
    "$2 billion", "its Kestrel bid")."""
    kinds = [
        noun.doc[c.left_edge.i : min(c.right_edge.i, noun.i - 1) + 1].text.lower() for c in noun.lefts if _names_kind(c)
    ]
    return " ".join([*kinds, noun.lemma_.lower()])


def _names_kind(modifier: Token) -> bool:
    """A modifier that names the event's kind: a noun without a number or a name in it ("supply" of "supply
    pact"), or an adjective of lexicons/event_kind_adjectives.txt ("joint")."""
    if modifier.dep_ == "amod" and modifier.lower_ in words("event_kind_adjectives"):
        return True
    numbered = any(t.like_num or t.ent_type_ for t in modifier.subtree)
    return modifier.dep_ in KIND_DEPS and modifier.pos_ == "NOUN" and not numbered
