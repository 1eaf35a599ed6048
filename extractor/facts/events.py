"""Events: what the text states happened or was announced (launches, deals, hires, departures), each with
the named product, organization or person it acts on."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.bid_withdrawals import inside_withdrawn_bid
from extractor.facts.deal_completion import DEAL_PREDICATES, PREDICATE, completed_deal, deal_words
from extractor.facts.departure_dates import announced, effective_day
from extractor.facts.described_targets import described_target
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.event_appointees import name_on_post, posted_name
from extractor.facts.event_objects import (
    OWNING_PREPOSITIONS,
    described_unit,
    owned_unit,
    people_taken,
    traded_goods,
    unrecognized_party,
)
from extractor.facts.event_offers import offered_deal
from extractor.facts.event_references import presupposed_event
from extractor.facts.events_advisers import adviser_hires
from extractor.facts.events_agreements import agreements
from extractor.facts.events_authorities import authority_acts
from extractor.facts.events_bankruptcies import bankruptcy_filings, files_for_bankruptcy
from extractor.facts.events_becoming import posts_become
from extractor.facts.events_bids import stated_noun_events
from extractor.facts.events_called_off import called_off
from extractor.facts.events_clauses import (
    against_object,
    negated,
    only_guessed,
    traded_security,
    unreal,
)
from extractor.facts.events_common import (
    NAMED_OBJECTS,
    doer,
    event_fact,
    has_planned_modifier,
    never_came_about,
    object_names,
    party_after,
    phrasal_lemma,
)
from extractor.facts.events_departures import departures
from extractor.facts.events_intransitive_launches import intransitive_launches
from extractor.facts.events_joint_doers import joint_doers
from extractor.facts.events_launches import unnamed_launches
from extractor.facts.events_listings import public_offerings
from extractor.facts.events_meetings import convened, meetings
from extractor.facts.events_negotiations import talks, withdrawal
from extractor.facts.events_policy_moves import policy_moves
from extractor.facts.events_products import apposed_product, longer_product_name, product_name, proper_product
from extractor.facts.events_ratings import rating_actions
from extractor.facts.events_replacements import replacements
from extractor.facts.events_settlements import settlements
from extractor.facts.events_sold_to import sold_to_buyer
from extractor.facts.events_spinoffs import PREDICATE as SPIN_OFF
from extractor.facts.events_spinoffs import spin_off_parties, spin_off_stated
from extractor.facts.events_votes import votes
from extractor.facts.post_takers import post_taken
from extractor.facts.stranded_objects import stranded_object
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, governing_verb, possessor, prep_object
from extractor.facts.talks_clauses import negotiating_noun
from extractor.facts.unnamed_doers import unnamed_doer
from extractor.lexicons import table, words
from extractor.mentions.token_index import lemmas_where
from extractor.models import Fact

# how long before a story a deal's date must end for the deal to be told as background
BACKGROUND_DEAL_AGE = dt.timedelta(days=365)


def event_facts(sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact]:
    """ "released its first smartphone chip Nova X1 in February", "the acquisition in April of Brandt Co":
    an event verb or noun whose object is a named product or organization, one fact per named object;
    the buyer's side of a sale to a named organization; a named person's departure or taking of a post."""
    facts = []
    events = table("event_verbs")
    # most words start no branch below: `_may_start_event` skips them before the parse is read, once per Doc
    for token in lemmas_where(sent, _may_start_event):
        lemma = token.lemma_.lower()
        phrasal = phrasal_lemma(token) if token.pos_ == "VERB" else None
        if phrasal in events:
            lemma = phrasal  # "took over X": the phrasal verb is the event, not "take"
        labels = NAMED_OBJECTS
        # "has not completed", "won't take over", "may sell X", "is considering selling X": nothing done or planned
        denied = token.pos_ == "VERB" and (negated(token) or unreal(token) or only_guessed(token))
        if called_off(token):
            continue  # "called off the sale of X", "has no plans to buy X": taken back before it happened
        facts.extend(adviser_hires(token, sent, both, ctx))  # "hired Brandt Bank to advise it": a firm engaged
        if files_for_bankruptcy(token):  # "filed for bankruptcy", "went bankrupt": no object, unlike other filings
            facts.extend(bankruptcy_filings(token, sent, both, ctx))
            continue
        deal = completed_deal(token)
        if deal is not None:
            facts.append(None if denied else _completion_fact(token, deal, sent, both, ctx))
            continue
        taken = post_taken(token, phrasal, ctx) if phrasal else []  # "Ann Lee will take over as chief executive"
        if taken:
            if denied:
                continue
            planned = announced(token)  # "will take over as chief executive": the company's plan
            facts.extend(
                event_fact(token, o or ctx.main_org, "appointment", p, sent, both, ctx, planned=planned)
                for o, p in taken
            )
            continue
        if token.pos_ == "VERB" and lemma in events:
            predicate = events[lemma][0]
            labels = tuple(events[lemma][1].split(",")) if len(events[lemma]) > 1 else labels  # "hired Ann Lee"
            obj = _antecedent(_object_or_list(token), token) or stranded_object(token, predicate, ctx)
            subject = doer(token, ctx)
            agent = _passive_agent(token)
            if agent is not None:  # "agreed to be acquired by Brandt Co": the agent acts on the subject
                obj, subject = _patient(token), _named_party(agent, ctx)
                if subject is None:
                    continue  # "was bought by investors": no named party did it
            elif obj is None and "PERSON" in labels:
                obj, subject = _appointed_person(token, ctx)  # "Ann Lee was named president of Brandt Co"
            elif subject is None and "PERSON" in labels:
                subject = _person_name(clause_subject(token), ctx)  # "President Ann Lee named Bo Chen as envoy"
            if agent is None and predicate == SPIN_OFF:  # "spun off its unit into X", "X was spun off from Y"
                obj, subject = spin_off_parties(token, obj, subject, _patient(token), ctx)
                obj = obj if subject is not None and spin_off_stated(token) else None  # its doer written, not assumed
        elif token.pos_ == "VERB" and lemma in table("stake_taking_verbs") and (stake := _taken_stake(token)):
            # "took a 21 percent stake in X": what the stake is in is acquired (`_whole_of_a_part` below)
            predicate, obj, subject = table("stake_taking_verbs")[lemma][0], stake, doer(token, ctx)
        elif token.pos_ == "VERB" and lemma in table("paid_for_verbs"):
            preposition, predicate = table("paid_for_verbs")[lemma][:2]  # "paid $50 million for a stake in X"
            paid = next((c for c in token.children if c.dep_ == "dobj"), None)
            obj = party_after(token, preposition) or (party_after(paid, preposition) if paid is not None else None)
            subject = doer(token, ctx)
        elif token.pos_ == "NOUN" and token.tag_ != "NNS" and lemma in table("event_nouns"):
            # a plural ("sales of Xs", "head of U.S. sales") names an activity or its revenue, not one event
            predicate, *preposition = table("event_nouns")[lemma]
            obj = (
                against_object(token, preposition[0])  # "a lawsuit against X"
                if preposition
                else prep_object(token, ("of",))
                or next((c for c in token.children if c.dep_ == "dobj"), None)
                or _of_after_a_date(token)
            )
            owner = possessor(token) or (_noun_actor(token, ctx) if obj is not None else None)
            if obj is None and owner is not None and (agent := _by_agent(token, ctx)) is not None:
                obj, owner = owner, agent  # "its proposed takeover by Brandt": the possessor is taken over
            elif obj is None and owner is not None:
                obj = _compound_org(token, ctx)  # "its planned Brandt acquisition": the name is taken over
            subject = resolve_subject(owner, ctx) if owner is not None else None
            subject = subject or resolve_subject(
                clause_subject(governing_verb(token)) if governing_verb(token) else None, ctx
            )
        else:
            facts.extend(departures(token, sent, both, ctx))
            facts.extend(replacements(token, sent, both, ctx))
            facts.extend(posts_become(token, sent, both, ctx))
            facts.extend(talks(token, sent, both, ctx))
            facts.append(withdrawal(token, sent, both, ctx))
            facts.extend(settlements(token, sent, both, ctx))
            facts.extend(meetings(token, sent, both, ctx))
            facts.extend(convened(token, sent, both, ctx))
            facts.extend(votes(token, sent, both, ctx))
            facts.extend(stated_noun_events(token, sent, both, ctx))
            facts.extend(public_offerings(token, sent, both, ctx))
            facts.extend(rating_actions(token, sent, both, ctx))
            facts.extend(authority_acts(token, sent, both, ctx))
            facts.extend(policy_moves(token, sent, both, ctx))
            facts.extend(agreements(token, sent, both, ctx))
            continue
        if token.pos_ == "VERB" and (inside_withdrawn_bid(token) or denied):
            continue  # "withdrew its proposal to buy X", "has not sued X", "threatened to sue X": nothing happened
        if token.pos_ == "NOUN" and (_completion_denied(token) or _only_weighed(token) or never_came_about(token)):
            continue  # "has not completed its acquisition of X", "to explore a sale of X", "a failed takeover of X"
        if obj is None:
            facts.extend(sold_to_buyer(token, sent, both, ctx))  # "X was sold to Y", "X's sale to Y": Y's acquisition
            facts.extend(intransitive_launches(token, predicate, sent, both, ctx))  # "the app launched in May"
            continue
        if token.pos_ == "VERB" and not _market_named(token, predicate):
            continue
        if token.pos_ == "VERB" and obj.lemma_.lower() in table("event_nouns"):
            continue  # "completed the acquisition of X": the event noun states the event itself
        phrasal_on_name = predicate in words("product_event_predicates") or predicate == SPIN_OFF  # "spun off its unit"
        if " " in lemma and ctx.entities.at(obj.i) is None and not phrasal_on_name:
            continue  # "took over responsibility for X's unit": a phrasal verb acts on a name only when it names it
        obj = _whole_of_a_part(obj)
        if predicate in DEAL_PREDICATES and (traded_goods(obj, ctx) or traded_security(obj)):
            continue  # "sold Brandt shares", "selling Kestrel bonds": trading, not a deal for a company
        if predicate in DEAL_PREDICATES and people_taken(obj):
            continue  # "buy out a shareholder of X", "acquire X's team": people, not the company that owns them
        if subject is None and predicate in words("doer_named_predicates"):
            continue  # "his office sued X": a lawsuit's plaintiff is named in its clause, never the story's company
        if subject is None and unnamed_doer(token):
            continue  # "ministers launched the fund", "a rival offered to buy X": not the story's company
        stated_doer = subject is not None  # "launched a loyalty program" needs its doer written, not assumed
        subject = subject or ctx.main_org
        # "a deal with X" names the partner of an agreement, but not what is launched or sold
        through = OWNING_PREPOSITIONS | ({"with"} if predicate in words("partner_event_predicates") else set())
        named_objects = (
            apposed_product(obj, predicate)
            or proper_product(obj, predicate, ctx)
            or longer_product_name(
                object_names(obj, ctx, labels, frozenset(through))
                or _referred_object(obj, token, ctx)
                or (posted_name(obj, token, ctx) if labels == ("PERSON",) else []),
                product_name(obj, predicate),
            )
        )
        if not named_objects and predicate in table("unnamed_event_predicates") and token.pos_ == "VERB":
            unthings = words(table("unnamed_event_predicates")[predicate][0])  # "launched a plan": no thing
            named_objects = unnamed_launches(obj, token, unthings) if stated_doer else []
            # "introduced a mortgage lending cap": a thing introduced is named by the verb's own noun
            predicate = table("unnamed_launch_nouns").get(lemma, (predicate,))[0] if named_objects else predicate
        if predicate == SPIN_OFF:
            named_objects = named_objects or described_unit(obj)  # "spun off its consumer electronics business"
        if predicate in DEAL_PREDICATES:
            named_objects = owned_unit(obj, ctx) or named_objects  # "bought the PC arm of X": the arm, not X
            acquired = unrecognized_party(obj, ctx) if predicate in words("acquiring_predicates") else []
            named_objects = named_objects or acquired or described_unit(obj)
            if stated_doer:  # "Brandt acquired the resort operator": the company the description stands for
                named_objects = named_objects or described_target(obj, token, predicate, subject, ctx)
            named_objects += [
                u for o in _conjoined_of_objects(token) for u in described_unit(o) if u not in named_objects
            ]
        # "named Ann Lee chief executive, effective July 1": a person's post is dated when it takes effect
        day = effective_day(token, [both.past, both.future], ctx.published) if labels == ("PERSON",) else None
        offer = offered_deal(token) if predicate in DEAL_PREDICATES else None
        predicate = f"{predicate} {offer}" if offer else predicate  # "offered to buy X": an offer, no deal done
        talks_noun = negotiating_noun(token) if token.pos_ == "VERB" else None
        if talks_noun is not None:  # "in talks to buy X": talks, not a deal yet (objects read as the deal's)
            predicate = f"{predicate} {talks_noun.lower_}"
        given = presupposed_event(token)  # "analysts said its purchase of X lifted sales": the purchase happened
        facts.extend(
            event_fact(token, subject, predicate, named, sent, both, ctx, day=day, given=given)
            for named in named_objects
        )
        if stated_doer and token.pos_ == "VERB" and named_objects:  # "Kestrel and Brandt bought X": each bought X
            others = joint_doers(token, subject, ctx)
            facts.extend(
                event_fact(token, o, predicate, n, sent, both, ctx, day=day) for o in others for n in named_objects
            )
        if offer is None and talks_noun is None:  # "offered / is in talks to sell its unit to X": X bought nothing yet
            facts.extend(_counterpart_facts(token, named_objects, sent, both, ctx, given=given))
    facts = [f for f in facts if f is not None]
    for fact in facts:
        if fact.predicate in DEAL_PREDICATES and fact.subject and fact.object and not _done_years_ago(fact, ctx):
            ctx.deals.append((fact.subject, fact.object))  # what "the deal" of a later sentence may refer to
    return facts


def _done_years_ago(fact: Fact, ctx: DocContext) -> bool:
    """ "X, which Brandt bought in 2009", told in a 2012 story: a deal dated more than a year before the
    story is background, never "the deal" a later sentence expects to close or calls completed; one agreed
    "in December" of a story told in August may still be waiting to close."""
    end = fact.period.end if fact.period is not None else None
    return end is not None and ctx.published is not None and end < ctx.published - BACKGROUND_DEAL_AGE


def _completion_denied(event: Token) -> bool:
    """ "has not completed its purchase of X", "if it completes the merger with X": an event noun whose
    completion is denied or supposed."""
    verb = event.head
    if event.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in words("completion_words"):
        return False
    return negated(verb) or unreal(verb)


def _only_weighed(event: Token) -> bool:
    """ "hired a bank to explore a sale of its unit", "is considering a merger with X": an event noun a verb
    of weighing governs is only thought about, no event and no plan of its doer yet. A noun called possible
    or proposed is a plan already ("studying a potential acquisition of X"), and a dated one a past event
    someone looks back at ("studied the 2008 bailout of X")."""
    if event.dep_ != "dobj" or event.head.lemma_.lower() not in words("weighing_verbs"):
        return False
    return not has_planned_modifier(event) and not any(c.ent_type_ == "DATE" for c in event.lefts)


def _noun_actor(event: Token, ctx: DocContext) -> Token | None:
    """ "the bailout of Kestrel by Brandt Bank", "a Brandt Bank rescue of Kestrel": with the object in an
    of-phrase, the organization in a by-phrase or compounded before the event noun is who acts."""
    return _by_agent(event, ctx) or _compound_org(event, ctx)


def _by_agent(event: Token, ctx: DocContext) -> Token | None:
    """ "its takeover by Brandt Capital", "by private equity firm Brandt Capital": the organization of a
    by-phrase of the event noun."""
    agent = prep_object(event, ("by",)) or _by_right_after(event)
    if agent is not None and ctx.entities.at(agent.i) is None:
        agent = next((c for c in agent.children if c.dep_ == "appos" or _org_at(c, ctx)), agent)
    return agent if agent is not None and _org_at(agent, ctx) else None


def _compound_org(event: Token, ctx: DocContext) -> Token | None:
    """ "a Brandt Bank rescue", "its Kestrel acquisition": an organization compounded before the event noun."""
    return next((c for c in event.lefts if c.dep_ == "compound" and _org_at(c, ctx)), None)


def _by_right_after(event: Token) -> Token | None:
    """ "backs its buyout by Brandt Capital": the parse may hang the by-phrase right after the noun on the verb."""
    following = event.doc[event.i + 1] if event.i + 1 < event.sent.end else None
    if following is None or following.lower_ != "by":
        return None
    return next((c for c in following.children if c.dep_ == "pobj"), None)


def _org_at(token: Token, ctx: DocContext) -> bool:
    cluster = ctx.entities.at(token.i)
    return cluster is not None and cluster.label == "ORG"


def _market_named(verb: Token, predicate: str) -> bool:
    """ "will list its shares on the Nasdaq", "listed X in Hong Kong": a verb whose event happens on a market
    (lexicons/market_event_predicates.txt) states it only with the market; "listed X as underwriters",
    "listed a series of actions" enumerate."""
    if predicate not in words("market_event_predicates"):
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the parse may hang "in London" on the object
    places = [o for h in heads for c in h.children if c.lower_ in ("on", "in") for o in c.children if o.dep_ == "pobj"]
    return any(_a_market(p) for p in places)


def _a_market(place: Token) -> bool:
    """ "on the Nasdaq", "in London", "on the main board": a named place or exchange, or a market noun; not a
    date ("in June") or a document ("in its complaint")."""
    if place.ent_type_ in ("DATE", "TIME"):
        return False
    named = place.ent_type_ in ("GPE", "LOC", "ORG", "FAC") or place.pos_ == "PROPN"
    return named or place.lemma_.lower() in words("market_nouns")


@cache
def _trigger_words() -> frozenset[str]:
    """The lemma (first word of a phrasal verb) every branch of `event_facts` starts from: a word outside
    it is no event, completion, payment, departure or talks word. A new branch adds its lexicon here."""
    verbs = [*table("event_verbs"), *table("paid_for_verbs"), *words("departure_verbs"), *words("post_taking_verbs")]
    verbs += [*table("stake_taking_verbs"), *table("rating_action_verbs"), *words("agreement_verbs")]
    verbs += [*table("authority_act_verbs"), *table("policy_move_verbs"), *table("adviser_hiring_verbs")]
    verbs += [*words("withdrawing_verbs"), *words("settling_verbs"), *words("meeting_verbs"), *words("voting_words")]
    verbs += [
        *table("bankruptcy_verbs"),
        *table("succession_verbs"),
        *words("replacing_verbs"),
        *words("becoming_verbs"),
        *(verb for verb, row in table("public_offering_verbs").items() if row[0] == "acomp"),  # "went public"
    ]
    nouns = [*words("completion_words"), *table("event_nouns"), *words("talks_nouns"), *table("meeting_nouns")]
    nouns += [*table("succession_nouns"), *table("stated_event_nouns")]
    nouns += [entry.rsplit(" ", 1)[-1] for entry in words("public_offering_nouns")]  # "offering" of "public offering"
    return frozenset(entry.split(" ", 1)[0] for entry in verbs + nouns)


def _may_start_event(lemma: str) -> bool:
    """The test `event_facts` makes of each word's lemma before reading anything else."""
    lower = lemma.lower()
    return lower in _trigger_words() or " " in lower


def _completion_fact(token: Token, deal: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> Fact | None:
    """ "The merger should be wrapped up in May": the completion of the deal the phrase names ("the Halden
    deal"), else of the deal the story last reported, by its buyer."""
    named = next((n for t in deal_words(deal) for n in object_names(t, ctx, NAMED_OBJECTS)), None)
    known = [d for d in ctx.deals if named in (None, d[1])]
    # "the deal" is the story's own deal: the last one its main company is a party of, else the last one
    own = [d for d in known if ctx.main_org in d]
    last_buyer, last_target = (own or known or [(None, None)])[-1]
    target = named or last_target
    if target is None:
        return None
    buyer = last_buyer or resolve_subject(possessor(deal), ctx) or ctx.main_org
    return event_fact(token, buyer, PREDICATE, target, sent, both, ctx)


def _counterpart_facts(
    verb: Token, named_objects: list[str], sent: Span, both: SentencePeriods, ctx: DocContext, *, given: bool
) -> list[Fact | None]:
    """ "agreed to sell its paper unit to Brenton Media", "the sale of X to Brenton Media": the named
    organization after the counterpart's preposition did the converse event (Brenton Media's acquisition), given
    as happened when the sale is (`event_references.presupposed_event`)."""
    row = table("event_counterparts").get(f"{verb.pos_.lower()} {verb.lemma_.lower()}")
    if row is None or not named_objects:
        return []
    preposition, predicate = row[0], row[1]
    sold = next((c for c in verb.children if c.dep_ == "dobj"), None) or prep_object(verb, ("of",))
    party = party_after(verb, preposition) or (party_after(sold, preposition) if sold is not None else None)
    other = resolve_subject(party, ctx) if party is not None else None
    if other is None or ctx.entities.at(party.i) is None:
        return []  # "sold it to investors": only a named organization is a party of its own
    return [event_fact(verb, other, predicate, named, sent, both, ctx, given=given) for named in named_objects]


def _of_after_a_date(event: Token) -> Token | None:
    """ "the acquisition in April of X": a date phrase between an event noun and its of-object makes the
    parse hang "of X" on the date; the object of the event is still the of-object of that date."""
    following = event.doc[event.i + 1] if event.i + 1 < event.sent.end else None
    if following is None or following.dep_ != "prep" or following.lower_ not in ("in", "on", "during"):
        return None  # the preposition right after the event noun, wherever the parse hung it
    date = next((c for c in following.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None)
    return prep_object(date, ("of",)) if date is not None else None


def _patient(verb: Token) -> Token | None:
    """What a passive event verb acts on: its subject ("X was acquired by Y"), the noun a participle
    describes ("X, bought by Y in 2015"), the noun a relative pronoun stands for ("X, which was sold to Y")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    return _antecedent(clause_subject(verb), verb)


def _antecedent(token: Token | None, verb: Token) -> Token | None:
    """ "X, which Brandt Co acquired in May": a relative pronoun object of an event verb stands for the noun
    the relative clause describes."""
    if token is None or token.lower_ not in words("relative_pronouns") | {"that"}:
        return token
    if verb.dep_ != "relcl":
        return None
    doc = token.doc
    before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "," else None
    if before is not None and before.pos_ in ("NOUN", "PROPN"):
        return before  # "a partner at X and a co-founder of Y, which Z acquired": the noun right before the comma
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _appointed_person(verb: Token, ctx: DocContext) -> tuple[Token | None, str | None]:
    """ "Ann Lee was named president of Brandt Co", "Lee has been appointed chief executive": a named person
    as the passive subject of an appointing verb is appointed by the organization the post names (its
    of/at/with phrase), else by the story's company."""
    person = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if person is not None and person.lower_ in words("relative_pronouns") and verb.dep_ == "relcl":
        person = verb.head  # "Ann Lee, who was named chief executive in May": the pronoun stands for Lee
    cluster = ctx.entities.at(person.i) if person is not None else None
    if cluster is None or cluster.label != "PERSON":
        return None, None  # "Brandt Co was appointed to advise", "he was named": no named person appointed
    post = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")), None) or prep_object(
        verb, ("as", "to")
    )
    titles = words("title_words")
    if post is None or not any(t.lower_ in titles for t in post.subtree):
        return None, None  # "X was named in the lawsuit": no post, no appointment
    owners = [t for t in post.subtree if t.i > post.i]
    owner = next((name for t in owners if (name := _post_owner(t, ctx))), None)
    return person, owner or ctx.main_org


def _named_party(token: Token, ctx: DocContext) -> str | None:
    """The organization a phrase names: its head's, else the first organization inside it ("a private equity
    firm Halden Capital Partners LLC", where the recognizer left the legal suffix outside the name), not one
    joined to it ("by local prosecutors and by Brandt Co": the unnamed first party is the doer written)."""
    named = resolve_subject(token, ctx)
    if named is not None:
        return named
    inside = (
        t
        for t in token.subtree
        if (c := ctx.entities.at(t.i)) is not None and c.label == "ORG" and not _joined_below(t, token)
    )
    first = next(inside, None)
    return resolve_subject(first, ctx) if first is not None else None


def _joined_below(token: Token, top: Token) -> bool:
    """A conjunct stands between the token and `top`, its ancestor: another party joined to the phrase."""
    while token != top and token.head != token:
        if token.dep_ == "conj":
            return True
        token = token.head
    return False


def _person_name(token: Token | None, ctx: DocContext) -> str | None:
    """The named person a token belongs to: who appoints, when no organization is the verb's subject."""
    cluster = ctx.entities.at(token.i) if token is not None else None
    return cluster.name if cluster is not None and cluster.label == "PERSON" else None


def _post_owner(token: Token, ctx: DocContext) -> str | None:
    """The organization named in a post's of/at/with phrase ("vice president of sales at Brandt Co")."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "at", "with", "for"):
        return None
    cluster = next((ctx.entities.at(t.i) for t in token.subtree if ctx.entities.at(t.i) is not None), None)
    return resolve_subject(token, ctx) if cluster is not None and cluster.label == "ORG" else None


def _conjoined_of_objects(event: Token) -> list[Token]:
    """ "the sale of its stake in X and of its Canada operations": a second of-phrase conjoined to the first
    names a second object of the same event."""
    return [
        pobj
        for t in event.subtree
        if t.dep_ == "conj" and t.lower_ == "of" and t.i > event.i
        for pobj in t.children
        if pobj.dep_ == "pobj"
    ]


def _passive_agent(verb: Token) -> Token | None:
    """ "was acquired by Brandt Co": the object of the agent phrase of a passive event verb."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _referred_object(obj: Token, verb: Token, ctx: DocContext) -> list[str]:
    """ "it had agreed to be acquired by X", "its takeover by X": the organization a pronoun or anaphor that
    is the passive subject or the possessor of the event noun stands for."""
    taken_over = obj.dep_ == "poss" and obj.head == verb  # "its takeover by X": the possessor is taken over
    if _passive_agent(verb) is None and not taken_over:
        return []
    name = resolve_subject(obj, ctx)
    return [name] if name else []


def _object_or_list(verb: Token) -> Token | None:
    """The direct object of an event verb ("with X" for "merge"); the verb itself when the object names
    nothing ("divest even more, including X and Y") and a list hangs on the verb, so that the list's names
    are the objects."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        return obj
    named = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    if obj is None and named is not None and verb.dep_ != "acl":  # "a fund named X" is what it is called
        return named  # "named Ann Lee as president": the parser reads the person as the verb's predicate
    if obj is None and verb.dep_ != "acl" and (person := name_on_post(verb)) is not None:
        return person  # "named Ann Lee chief executive": the parse hangs the name on the post
    if obj is None and verb.lemma_.lower() in words("partner_event_verbs"):
        return prep_object(verb, ("with",))
    listing = any(c.dep_ == "prep" and c.lower_ in ("including", "like") for c in verb.children)
    return verb if listing else obj


def _taken_stake(verb: Token) -> Token | None:
    """ "took a minority stake in X", "has built up a stake in X": the stake a verb of taking has as its
    object (lexicons/stake_nouns.txt), whose in-phrase names what is acquired; None for anything else taken."""
    stake = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if stake is None or stake.lemma_.lower() not in words("stake_nouns") or stake.tag_ == "NNS":
        return None
    return stake if prep_object(stake, ("in",)) is not None else None


def _whole_of_a_part(obj: Token) -> Token:
    """ "51 percent of X", "a stake in X", "part of X": a deal for a part of something acts on that thing."""
    if obj.lemma_.lower() not in words("part_nouns") and obj.text != "%":
        return obj
    whole = prep_object(obj, ("of", "in"))
    return whole if whole is not None else obj
