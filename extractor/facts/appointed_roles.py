"""The post an appointment gives, as a role of the appointee: "Kestrel hired Ann Lee, who ran a fund, as its
chief economist", "Bo Chen, who was named finance chief at Brandt Co", "Lee, now at a rival, is to step up as
Kestrel's head". An appointment event (lexicons/appointing_predicates.txt) of a named person whose clause writes
the post ("as" or "to" a post on the giving verb, or the post right after a passive appointing verb) tells
the role too, at the organization the post names, else at the one that appoints. The readers of titles
around a name (`named_facts.role_facts`) stop at a clause or an apposition between the name and the post;
the appointment's verb finds the post whatever stands between."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.facts.departure_dates import announced
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import negated
from extractor.facts.events_common import phrasal_lemma
from extractor.facts.given_posts import gives_posts, post_at, post_organization
from extractor.facts.named_facts import role_fact
from extractor.facts.titles_before import singular
from extractor.lexicons import words
from extractor.models import Fact

# how the person hangs on the clause that appoints: its object, its subject (passive or active: "Lee will take
# over as"), or the predicate it is made ("named Lee chief")
PERSON_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "oprd"})
# the preposition that introduces the post on the giving verb: "as chairman", "promoted to president"
POST_PREPOSITIONS = frozenset({"as", "to"})
# the prepositions that name the employer later in a post's phrase ("head of sales at Brandt Co")
AFFILIATION_PREPOSITIONS = ("at", "with")


def appointed_roles(events: list[Fact | None], roles: list[Fact], sent: Span, ctx: DocContext) -> list[Fact]:
    """One role per appointment event whose appointee's post is written in its clause, unless the story has
    already told a role of that person at that organization (`roles`: this sentence's and the earlier ones; a
    post told again in other words is a repeat)."""
    appointing = words("appointing_predicates")
    # a forecast appointment ("analysts expected X to hire Lee as") is someone's guess: no post of the person
    appointments = [
        e
        for e in events
        if e is not None and e.kind == "event" and e.predicate in appointing and e.modality != "forecast"
    ]
    if not appointments:
        return []
    held = {(f.object, f.subject) for f in roles if f.kind == "role"}
    facts = []
    for event in appointments:
        mention = _mention_of(event.object, sent, ctx)
        post = _post_of(mention, ctx) if mention is not None else None
        if post is None or (event.object, event.subject) in held:
            continue
        tokens, org, planned = post
        holder = _holder(org or _affiliation_after(tokens[-1], ctx), event.subject)
        if (event.object, holder) in held:
            continue
        held.add((event.object, holder))
        fact = role_fact(sent, ctx, mention.start_char, holder, _title(tokens), event.object, own_subject=True)
        # "will step up as chief executive next month": a post held once the planned appointment takes effect
        facts.append(fact.model_copy(update={"modality": "target" if planned else event.modality}))
    return facts


def _holder(org: str | None, appointer: str | None) -> str | None:
    """The organization whose post it is; a unit named after the appointer ("chairman of Kestrel Asia", appointed
    by Kestrel) takes its parent, as FACTS.md gives a chain or division's facts to the parent."""
    if org is None or appointer is not None and org.startswith(appointer + " "):
        return appointer
    return org


def _mention_of(name: str | None, sent: Span, ctx: DocContext) -> Span | None:
    """The first mention of the named person in the sentence; else the name as written there (an appointee the
    recognizer took for a product or a firm)."""
    tagged = ctx.entities.mentions_between("PERSON", sent.start, sent.end)
    mention = next((m for c, m in tagged if c.name == name), None)
    if mention is not None or not name:
        return mention
    at = sent.text.find(name)
    return sent.doc.char_span(sent.start_char + at, sent.start_char + at + len(name)) if at >= 0 else None


def _post_of(mention: Span, ctx: DocContext) -> tuple[list[Token], str | None, bool] | None:
    """(title tokens, organization, planned) of the post the person's own clause gives: the verb the person
    hangs on, a verb it leads to ("is set to step up as"), or a relative clause on the person ("who was
    named"); planned when that verb or the one it completes is announced ("will", "is going to"). None when
    the appointment is denied or refused (`_refused`)."""
    person = mention.root
    verbs = [person.head] if person.dep_ in PERSON_DEPS and person.head.pos_ in ("VERB", "AUX") else []
    # a relative clause gives a post only through a verb of giving or taking one: not "who as chief of X weighed a bid"
    verbs += [c for c in person.children if c.dep_ == "relcl" and _moves_posts(c)]
    verbs += [x for v in list(verbs) for x in v.children if x.dep_ == "xcomp"]
    for verb in verbs:
        if _refused(verb):
            return None
        start = _post_start(verb, mention)
        post = post_at(verb.doc, start, mention.sent.end, verb, ctx, its_giver=True) if start is not None else None
        if post is not None:
            planned = any(announced(v) for v in (verb, verb.head) if v.pos_ in ("VERB", "AUX"))
            return *post, planned
    return None


def _refused(verb: Token) -> bool:
    """ "is not going to name X as", "denied it would hire X as", "has no plans to appoint X as": the verb or one
    that governs it is negated, is a verb of denying or refusing (lexicons/refusing_verbs.txt) or completes a
    "no" noun ("no intention to"); an appointment the story says will not happen gives no post."""
    refusing = words("refusing_verbs")
    node = verb
    for _ in range(REFUSAL_DEPTH):
        if negated(node) or node is not verb and (node.lemma_.lower() in refusing or phrasal_lemma(node) in refusing):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "prep", "dobj") or node.head == node:
            return False
        node = node.head
    return False


REFUSAL_DEPTH = 4  # "denied it was going to name": name, going, denied; "rejected a bid to name": name, bid, rejected


def _moves_posts(verb: Token) -> bool:
    """A verb that gives a post ("was named") or takes one ("took over", "joined")."""
    taking = words("post_taking_verbs")
    return gives_posts(verb) or verb.lemma_.lower() in taking or phrasal_lemma(verb) in taking


def _post_start(verb: Token, mention: Span) -> int | None:
    """Where the post starts: after "as" or "to" on the verb, past the name; or right after a passive
    appointing verb that follows the name ("Lee, who was named chief economist")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in POST_PREPOSITIONS), None)
    if prep is not None and prep.i >= mention.end:
        return prep.i + 1
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.i >= mention.end and verb.tag_ == "VBN" and passive and gives_posts(verb):
        after = verb.i + 1
        return after + 1 if after < mention.sent.end and verb.doc[after].lower_ in POST_PREPOSITIONS else after
    return None


def _affiliation_after(last: Token, ctx: DocContext) -> str | None:
    """ "head of sales at Brandt Co": the organization of an "at" or "with" phrase later in the post's phrase,
    before the clause goes on (a comma, a verb)."""
    doc, end = last.doc, last.sent.end
    for i in range(last.i + 1, end):
        if doc[i].text in (",", ";", "--") or doc[i].pos_ in ("VERB", "AUX"):
            return None
        if doc[i].lower_ in AFFILIATION_PREPOSITIONS:
            return post_organization(doc[i : min(i + 5, end)], ctx)
    return None


def _title(tokens: list[Token]) -> str:
    """The title as a role's predicate, in the form the title readers give it."""
    title_words = words("title_words")
    title = " ".join(singular(t) if singular(t) in title_words else t.lower_ for t in tokens)
    return re.sub(r"^(?:the|its|a)\s+", "", title.replace(" - ", "-"))
