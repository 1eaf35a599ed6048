"""What the clause around an event word says of it: the party a lawsuit is against, the date phrase of the
clause that states the event, and whether the event is only threatened or supposed."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.discourse import DocContext
from extractor.facts.event_prospects import only_possible
from extractor.facts.payees import PERSONAL_PRONOUNS, person_before
from extractor.facts.syntax import SUBJECT_DEPS, prep_object
from extractor.lexicons import any_words, words
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
    committed = event.head if event.dep_ == "xcomp" and event.head.lemma_.lower() in words("committing_verbs") else None
    for mention in periods:
        if mention.back is not None or mention.role == "comparison":
            continue  # "a year earlier" is relative to another period, not a date of its own
        phrase = phrase_span(sent.doc, sent, mention)
        if phrase is None:
            continue
        dated = sent.doc[attached_to(phrase.root)]
        if dated.i not in anchors and phrase.root.dep_ in ("prep", "pobj"):  # not "the March 31 deadline"
            dated = _dated_word(dated)
        if dated.i in anchors or _dates_commitment(dated, phrase, committed, event) or _on_the_doer(dated, anchors):
            return mention.period
    return None


def _on_the_doer(dated: Token, anchors: set[int]) -> bool:
    """ "Brandt Co on Tuesday announced an alliance": the parse often hangs the date written right after a named
    subject on the name; it dates the subject's verb."""
    return dated.dep_ in ("nsubj", "nsubjpass") and dated.pos_ == "PROPN" and dated.head.i in anchors


def dates_report(mention: PeriodMention, event: Token, sent: Span) -> bool:
    """ "X said on Thursday it would buy Y": a date phrase of a verb of saying whose reported clause holds the
    event dates the saying, not the event (read as a plan's date it even became next Thursday)."""
    phrase = phrase_span(sent.doc, sent, mention)
    if phrase is None:
        return False
    verb = sent.doc[attached_to(phrase.root)]
    if verb.i == event.i and event.dep_ == "ccomp" and _reporting(event.head):
        # the parse hangs "on Thursday" of "said on Thursday it would buy" on "buy": written between the
        # saying and the reported clause's subject, it is the saying's
        subject = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and event.head.i < phrase.start and phrase.end <= subject.i
    if not _reporting(verb):
        return False
    word = event
    while word.head.i != word.i and word.head.i != verb.i:
        word = word.head
    return word.head.i == verb.i and word.i != verb.i and word.dep_ in ("ccomp", "parataxis")


def _reporting(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words("reporting_verbs")


def _dates_commitment(dated: Token, phrase: Span, committed: Token | None, event: Token) -> bool:
    """ "agreed on Monday to buy X", "agreed last month to sell X": a date written between a verb of
    commitment and the event it commits to dates the deal; one before it may date a report of it
    ("reported on Monday that it has agreed to sell X"), which is no date of the deal."""
    return committed is not None and dated.i == committed.i and committed.i < phrase.start and phrase.end <= event.i


def _dated_word(word: Token) -> Token:
    """The clause word a date phrase dates when the parse hung it inside a prepositional phrase of that
    clause: "named X as interim chief on Tuesday", "unveiled X at an event in Seoul on Tuesday" date the
    naming and the unveiling. The climb passes only prepositions of a scene or a post
    (lexicons/scene_prepositions.txt), never "before" or "after"; it stops at a verb (a clause of its own: "a
    firm founded in 2009") and at a direct object, whose dates are its own ("bought the stores it opened in
    2010")."""
    while word.dep_ in ("pobj", "prep", "compound", "amod", "appos") and word.head.i != word.i:
        if word.dep_ == "prep" and word.lower_ not in words("scene_prepositions"):
            return word  # "two days before the deadline": a time relative to another, no scene of the clause
        if word.dep_ == "prep" and word.head.pos_ in ("VERB", "AUX"):
            return word.head
        if word.head.pos_ in ("VERB", "AUX"):
            return word
        word = word.head
    return word


def attached_to(root: Token) -> int:
    """The word a date phrase modifies: "on Tuesday" and "Tuesday" both hang on their head."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head.i
    return root.head.i


def unreal(verb: Token) -> bool:
    """ "threatened to sue X", "refused to sell X", "denied that it sold X", "if it wanted to sue X, ...", "urged
    Ann Lee to resign", "called for X to step down": an event only threatened, refused, denied or missed,
    supposed in a condition, demanded by others or only weighed ("the right to buy X") did not happen and is no
    plan of its doer either."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in any_words("threat_verbs", "refusing_verbs"):
        return True  # "declined to approve X", "failed to buy X": refused or missed, not done
    if _denied_clause(verb) or only_possible(verb):
        return True  # "denied that it sold X"; "a put option to sell X", "harder for X to spin off Y"
    if verb.dep_ == "xcomp" and (negated(verb.head) or _no_longer(verb.head)):
        return True  # "is not looking to sell X", "no longer plans to buy X": no plan
    return any(_conditional(t) for t in (verb, *verb.ancestors)) or _demanded(verb)


def _demanded(verb: Token) -> bool:
    """The event is the content of a demand ("urged X to sell", "suggested X should look at selling"): up
    a chain of complement clauses to a verb of demanding; a clause of time or cause ("after X sold") is no
    content."""
    for _ in range(DEMAND_DEPTH):
        # a bare infinitive read as an adverbial clause is a complement too: "invite X to each take a stake"
        marked = any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in verb.children)
        complement = verb.dep_ in ("xcomp", "ccomp", "pcomp", "prep") or (
            verb.dep_ == "advcl" and (verb.tag_ == "VB" or marked)
        )
        if not complement or verb.head == verb:
            return False
        verb = verb.head
        if verb.lemma_.lower() in words("demand_verbs"):
            return True
    return False


DEMAND_DEPTH = 4  # "suggested X should look at divesting": divesting, at, look, suggested


def _denied_clause(verb: Token) -> bool:
    """ "denied that it was under investigation by X", "rejected claims that it sold X": a clause a verb of
    denying governs, or one telling the content of the noun it denies, is not stated."""
    head = verb.head
    if (
        verb.dep_ == "acl"
        and head.dep_ == "dobj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    ):
        head = head.head  # "denied reports that ...": the report's content; "rejected X's plan to sell Y" is a plan
    elif verb.dep_ != "ccomp":
        return False
    return head.lemma_.lower() in words("refusing_verbs")


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


def _no_longer(verb: Token) -> bool:
    """ "is no longer looking to sell X": a plan given up."""
    return any(c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def negated(verb: Token) -> bool:
    """ "has not sued X", "would not resign": a denied event."""
    return any(c.dep_ == "neg" for c in verb.children)


def speculated(verb: Token) -> bool:
    """ "Chen could replace Lee", "may succeed Lee": a modal of possibility (lexicons/speculative_modals.txt)
    makes it a guess."""
    return any(c.dep_ == "aux" and c.lower_ in words("speculative_modals") for c in verb.children)


def only_guessed(verb: Token) -> bool:
    """ "said it may sell its unit", "asked whether X might buy Y", "could be forced to sell X", "will examine
    whether to spin off X", "is considering selling X": up the chain of complements from the event verb, a
    modal of possibility, a verb of weighing (lexicons/weighing_verbs.txt) or an adjective of probability ("seems
    unlikely to buy", lexicons/probability_adjectives.txt) makes the event a guess or an option, neither done nor
    planned by its doer. "Said it would buy X" stays a plan: "would" reports one."""
    node = verb
    weighed = any_words("weighing_verbs", "probability_adjectives")  # "is considering", "seems unlikely to"
    for _ in range(GUESS_DEPTH):
        if speculated(node) or node is not verb and node.lemma_.lower() in weighed or _undecided(node):
            return True
        if (
            not (node.dep_ in ("xcomp", "ccomp", "pcomp", "prep", "acomp") or _shares_subject(node))
            or node.head == node
        ):
            return False
        node = node.head
    return speculated(node)


GUESS_DEPTH = 4  # "might be close to spinning off": spinning, to, close, be


def _undecided(verb: Token) -> bool:
    """ "will vote on whether to approve X": a clause marked as an open question (lexicons/undecided_marks.txt)."""
    return any(c.dep_ == "mark" and c.lower_ in words("undecided_marks") for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """ "could cut costs by selling X and approving Y": a verb joined to another in its head's form (same tag),
    without a subject or helper verb of its own, is told in that verb's mood; one with its own subject ("X may
    fall, and Y bought Z"), tense ("might grow and then bought Z") or helper ("could rise and has bought Z") is
    not."""
    if verb.dep_ != "conj" or verb.tag_ != verb.head.tag_:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def not_stated_done(verb: Token) -> bool:
    """ "did not sign a deal", "could make a bid", "hopes to strike an accord with X" (lexicons/seeking_verbs.txt),
    "is in talks to form a partnership" (lexicons/talks_nouns.txt): a verb that would state an event noun as done
    denies, supposes, guesses, only seeks or still talks about it. Shared by the readers of stated event nouns
    (bids, alliances, agreements), so that one class never reads as done what another refuses."""
    if negated(verb) or unreal(verb) or only_guessed(verb):
        return True
    sought = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("seeking_verbs")
    talked = verb.dep_ == "acl" and verb.head.lemma_.lower() in words("talks_nouns")
    return sought or talked


def dates_other_clause(mention: PeriodMention, event: Token, sent: Span) -> bool:
    """ "named Ann Lee chief executive, succeeding a finance chief who left in June": a date phrase inside a
    relative clause about a person ("who", "whom"), or one with a doer of its own ("sell X, a gear maker it
    took over in 2011"), that does not hold the event dates that person's past or that doer's act, not the event
    (a clause about a thing, "the merger, which created X in 1996", may tell the event's own date). Going up
    from the phrase,
    the event reached first keeps it ("X, which acquired Y in 2008"), and so does a clause inside the phrase
    of an event noun ("the merger of X and Y which created Z in 1996": what the merger did, when)."""
    phrase = phrase_span(sent.doc, sent, mention)
    if phrase is None:
        return False
    for ancestor in phrase.root.ancestors:
        if ancestor == event:
            return False
        if ancestor.dep_ == "relcl":
            about_a_person = any(c.lower_ in words("personal_relative_pronouns") for c in ancestor.children)
            own_doer = _own_doer(ancestor)  # "sell X, a gear maker it took over in 2011": the taking over's date
            inside = _spans(ancestor, event) or event.pos_ == "NOUN" and _spans(event, ancestor)
            return (about_a_person or own_doer) and not inside
    return False


def _own_doer(clause: Token) -> bool:
    """ "a gear maker it took over in 2011", "X, which Brandt bought in 2001": a relative clause whose subject is
    its own doer, not the relative pronoun, tells what that doer did and when."""
    relatives = words("relative_pronouns") | {"that"}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in relatives for c in clause.children)


def _spans(outer: Token, inner: Token) -> bool:
    return outer.left_edge.i <= inner.i <= outer.right_edge.i
