"""A figure under a passive verb of predicting: "is expected to", "are forecast to", "was seen reaching", "a group
seen swinging to a loss", and the reading a coming release "is projected to show".

The passive names no forecaster, so the verb alone does not say whose expectation it is. The company's side telling
its own course gives its guidance, a target: the company or its anaphor ("wage costs are projected to absorb 4
percent of revenue, the group said", `modality_likelihood.company_guidance`), its speaker, an "according to" phrase
with its own document, or a dateline lead's name (`expectation_tellers`). With no teller, the story's own company as
the actor ("the company is projected to take on 800 staff") is its plan, left to the other rules. A deal, an
offering, a plan, a sale, an order won or a new site as subject ("the merger is projected to complete in the autumn",
"the rights issue is forecast to net N") is its makers' course, which the other rules keep a target. Anything else
is predicted by someone else, a forecast: a measure that moves ("freight rates are projected to ease to $40"), a
state ("is forecast to stay at 4 percent"), an outcome ("dairy cooperatives seen swinging to a loss of N"), and
another actor's act ("the finance ministry is forecast to lift the levy to N", "a rival is projected to open 30
outlets, people close to the plan said"). A past verb joined to the passive by a contrast or in a past form of its
own ("was forecast to sink into the red yet cleared N") tells what happened: actual. What a release "is projected
to show" has not been published yet: a forecast, except the earlier reading a change is measured from."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.expectation_tellers import own_side_tells
from extractor.facts.modality_bases import is_comparison_base
from extractor.facts.modality_likelihood import company_guidance, foreseen_not_acted, is_actor
from extractor.facts.story_company import names_story_company
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words


def expectation_modality(head: Token, path: list[Token]) -> str | None:
    """ "target", "forecast" or "actual" when `head` is a passive verb of predicting and the figure's path up to it
    (`path`, the figure first) runs through its complement or a past verb joined to it; None leaves the figure to
    the other rules."""
    if not path or not _passive_prediction(head):
        return None
    if any(t.dep_ == "conj" and _told_as_done(t) for t in path):
        return "actual"  # "was forecast to sink into the red yet cleared N", "to break even but booked N"
    below = path[-1]
    if below.dep_ != "xcomp":
        return None  # "is forecast at 2 percent", "is seen as a rival": other rules read these
    subject = _subject_of(head)
    if subject is not None and _undertaking(subject):
        return None  # "the merger is projected to complete in the autumn", "the sale is forecast to fetch N": a plan
    if company_guidance(head, subject):
        return "target"  # "wage costs are projected to absorb 4 percent of revenue, the group said"
    told = own_side_tells(head)
    if told and (subject is None or not is_actor(subject) or names_story_company(subject)):
        return "target"  # "..., a company spokeswoman said", "..., according to its annual report"
    if told is None and subject is not None and is_actor(subject) and names_story_company(subject):
        if not _moves_or_holds(below) and not foreseen_not_acted(below):
            return None  # "the company is projected to take on 800 staff": its plan, which the other rules read
    return "forecast"  # "freight rates are projected to ease to $40", "the ministry is forecast to lift a levy"


def _moves_or_holds(verb: Token) -> bool:
    """A move or a state with no object of its own ("it is expected to rise 0.2 percent", "to stay at N"): what a
    measure does, so an "it" before it stands for a measure. A move with an object is an act ("to cut 400 jobs",
    "to lift prices")."""
    lemma = verb.lemma_.lower()
    if lemma not in words("change_up") | words("change_down") | words("growth_verbs") | words("state_verbs"):
        return False
    return not any(c.dep_ == "dobj" and _counted_thing(c) for c in verb.children)


def _counted_thing(noun: Token) -> bool:
    """An object that names a thing ("jobs", "prices"), not the size of a move ("3 percent", "a point")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in words("percent_words")


def previewed_reading(root: Token) -> bool:
    """The figure is what a coming release "is projected to show" ("the federation's tally is predicted to show
    spindle use climbed 2 percent"): a verb of showing (`lexicons/showing_verbs.txt`) in the infinitive of a passive
    prediction, whose subject is no actor, holds it. The earlier reading a change is measured from ("..., up from
    380,000 in June") is known, and stays actual."""
    chain = [root, *root.ancestors]
    for token in chain[1:]:
        if token.dep_ == "xcomp" and token.lemma_.lower() in words("showing_verbs"):
            subject = _subject_of(token.head)
            previewed = _passive_prediction(token.head) and subject is not None and not is_actor(subject)
            return previewed and not is_comparison_base(chain)  # asked last: most figures have no such verb
    return False


def _passive_prediction(verb: Token) -> bool:
    """A participle of a verb of predicting (`lexicons/expectation_participles.txt`) in the passive ("is expected",
    "had been forecast") or on a noun ("dairy cooperatives, seen swinging ..."); not the active "expects", whose
    subject says whose expectation it is, nor "estimated", which also reads a present fact."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in words("expectation_participles"):
        return False
    return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)


def _subject_of(verb: Token) -> Token | None:
    """The passive subject, or the noun a participle hangs on; a relative pronoun stands for its noun."""
    if verb.dep_ == "acl":
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        return verb.head if verb.dep_ == "relcl" else None
    return subject


UNDERTAKING_LISTS = ("deal_nouns", "offering_nouns", "intent_nouns", "planned_action_nouns", "undertaking_nouns")


def _undertaking(noun: Token) -> bool:
    """A deal, an offering, a plan, a cut, a program, a sale, a contract or a new site: what its makers are to carry
    out, whoever expects it. A word that also names a measure, or one of `undertaking_nouns`, counts in the singular
    only ("the sale is expected to raise N", not "sales are expected to rise 4 percent")."""
    lemma = noun.lemma_.lower()
    if noun.tag_ in ("NNS", "NNPS") and lemma in words("measure_nouns") | words("undertaking_nouns"):
        return False  # "paper mills are expected to report a loss": the members of an industry, not one site
    return any(lemma in words(name) or _hyphenated(noun) in words(name) for name in UNDERTAKING_LISTS)


def _hyphenated(noun: Token) -> str:
    """The noun with a hyphenated word before it, as one word ("spin-off", which the tagger splits)."""
    start = noun.i
    while start >= 2 and noun.doc[start - 1].text == "-" and noun.doc[start - 2].head == noun:
        start -= 2
    return "".join(t.lower_ for t in noun.doc[start : noun.i + 1])


def _told_as_done(verb: Token) -> bool:
    """A simple past with no auxiliary and no subject of its own, joined to the passive ("but booked N"): not
    another verb of predicting ("was expected and forecast to ..."). A base form the tagger reads as past ("to shut
    5 plants and cut 200 jobs") is a second infinitive unless a contrast ("but", "yet") joins it."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in words("prediction_verbs"):
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.lower_ != verb.lemma_.lower() or _contrasted(verb)


def _contrasted(verb: Token) -> bool:
    """ "to break even but cut ...", "to lose money yet cut ...": the parser hangs the contrast on the joined verb
    or on the verb it is joined to, before the joined verb."""
    joiners = [*verb.children, *verb.head.children]
    return any(t.i < verb.i and t.lower_ in words("contrastive_conjunctions") for t in joiners)
