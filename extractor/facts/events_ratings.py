"""Rating actions: a credit agency, a broker or an analyst that cuts or raises the rating of a named company or
country ("Kestrel Analytics lowered the long-term rating of Alder Bank by two notches", "the sovereign ratings for
Freedonia were cut by Stahl Ratings", "upgraded Pellam Group to A"). The event is a "downgrade" or an "upgrade"
(lexicons/rating_action_verbs.tsv); its subject is who acts, its object the party rated: the rating noun's
possessor, its named modifier, or the object of its of/on/for phrase. A general verb of moving ("cut",
"raised") states a rating action only with a rating noun as its object; "downgrade" and "upgrade" may name the
party directly. A denied, supposed or threatened action ("might lower its rating", "may downgrade") is no
event."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import negated, only_guessed, unreal
from extractor.facts.events_common import event_fact, head_names, object_names
from extractor.facts.syntax import clause_subject
from extractor.lexicons import table, words
from extractor.models import Fact

RATED = ("ORG", "GPE")  # companies and countries carry ratings


def rating_actions(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """One downgrade or upgrade per party a rating verb acts on, done by the verb's (or agent's) named doer."""
    row = table("rating_action_verbs").get(verb.lemma_.lower())
    if row is None or verb.pos_ != "VERB" or negated(verb) or unreal(verb) or only_guessed(verb):
        return []
    predicate, states_alone = row[0], row[1] == "named"
    passive = _agent(verb)
    acted_on = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive is not None else "dobj")), None)
    if acted_on is None:
        return []
    if acted_on.lemma_.lower() in words("rating_nouns"):
        rated = _rated_parties(acted_on, ctx)
    elif states_alone and _graded(verb):
        # "downgraded Brandt to BB": the object is the rated party itself; not a name that only modifies or owns
        # it ("upgraded its Freedonia network to 5G")
        rated = head_names(acted_on, ctx, RATED)
    else:
        return []  # "cut its forecast", "raised prices": no rating acted on
    doer_token = passive if passive is not None else clause_subject(verb)
    agency = _named_doer(doer_token, ctx) if doer_token is not None else None
    if agency is None:
        return []  # "the rating was cut": an action needs its doer written
    return [event_fact(verb, agency, predicate, name, sent, both, ctx) for name in rated if name != agency]


def _rated_parties(rating: Token, ctx: DocContext) -> list[str]:
    """Who a rating noun belongs to: its named modifier ("the Brandt credit rating"), its possessor, named or
    an anaphor ("Brandt's rating", "the firm's ratings"), else the names after its of/on/for ("its ratings on
    Brandt and Kestrel"). "its rating" alone is the acting agency's own word for the party it rates: none."""
    owners = [c for c in rating.children if c.dep_ in ("poss", "compound", "nmod") and c.ent_type_]
    named = [n for o in owners for n in object_names(o, ctx, RATED)]
    if named:
        return list(dict.fromkeys(named))
    owner = next((c for c in rating.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is not None and (resolved := resolve_subject(owner, ctx)) is not None:
        return [resolved]  # "the firm's credit ratings": the company the anaphor stands for
    for child in rating.children:
        if child.dep_ == "prep" and child.lower_ in words("rated_prepositions"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                return object_names(pobj, ctx, RATED)
    return []


def _graded(verb: Token) -> bool:
    """ "downgraded Brandt to BB", "upgraded Kestrel from hold", "cut Brandt by two notches": a party acted on
    directly is rated when the verb moves it to, from or by a grade; "upgraded its software to fix bugs" is no
    rating (the to-clause of a purpose is no prepositional phrase)."""
    return any(c.dep_ == "prep" and c.lower_ in words("grade_prepositions") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """ "Brandt was downgraded by Halden Ratings": the object of a passive verb's agent phrase."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _named_doer(token: Token, ctx: DocContext) -> str | None:
    """Who acts: an organization, or a named person (an analyst: a rating is given by an agency, a broker or an
    analyst)."""
    named = resolve_subject(token, ctx)
    if named is not None or not token.text[:1].isupper():
        return named
    cluster = ctx.entities.at(token.i)
    return cluster.name if cluster is not None and cluster.label == "PERSON" else None
