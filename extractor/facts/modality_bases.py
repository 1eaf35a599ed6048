"""Comparison bases: the figure a change is measured against ("up 4 percent from $210 million", "20 percent above
its price of $68") is a past or present result, whatever the sentence around it plans or predicts."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from extractor.lexicons import any_words, words
from extractor.models import Period

COMPARISON_BASES = frozenset({"from", "versus", "vs", "vs.", "against", "with", "than"})
RELATIVE_POSITIONS = frozenset({"above", "below"})  # after a difference: "20 percent above", "$3 below"


def _base_after_a_difference(position: Token, below: Token) -> bool:
    """The object of "above" or "below" after a difference: on it ("20 percent above its price of $68") or beside
    it on the verb ("may exceed $100, some 50 percent above its price"); not the difference itself."""
    if position.dep_ != "prep" or position.lower_ not in RELATIVE_POSITIONS or below.dep_ != "pobj":
        return False
    return is_quantity(position.head) or any(c.dep_ == "npadvmod" and is_quantity(c) for c in position.children)


def is_quantity(token: Token) -> bool:
    """A number or a noun a number sizes ("20 percent", "$3")."""
    return token.like_num or any(c.dep_ in ("nummod", "quantmod") for c in token.children)


def is_comparison_base(chain: list[Token]) -> bool:
    """ "up 4 percent from $210 million", "compared with last year's sales of $3 billion", "to 30 from 41":
    the figure a change is measured against is a past result, whatever the sentence plans."""
    predictions = any_words("goal_nouns", "forecast_nouns")
    for k, token in enumerate(chain[1:4], start=1):
        if _base_after_a_difference(token, chain[k - 1]):
            return True  # "may exceed $100, some 50 percent above its current price of $68": the base, today's
        if token.dep_ != "prep" or token.lower_ not in COMPARISON_BASES:
            continue
        if token.lower_ == "with" and token.head.lemma_.lower() not in ("compare", "compared"):
            continue
        if token.lower_ == "from" and token.head.lemma_.lower() in words("range_verbs"):
            continue  # "sees sales ranging from $3 billion to $4 billion": the low end of its own range
        if _source_of_a_measure(token, chain[k - 1]):
            continue  # "forecast earnings from continuing operations of $2.60": where the earnings come from
        between = [*chain[1 : chain.index(token)], *(c for c in token.children if c.dep_ == "pobj")]
        if any(t.lemma_.lower() in predictions for t in between):
            continue  # "to 90 stores from the goal of 70 set in spring": a replaced goal, not a past result
        if _revises_a_prediction(token.head, predictions):
            continue  # "cut its growth forecasts to 0.9 percent from 1.6 percent": the replaced forecast
        return True
    return False


def _source_of_a_measure(prep: Token, below: Token) -> bool:
    """ "earnings from continuing operations of $2.60", "a loss from its retail arm of 10 cents": a "from" on a
    measure noun whose object on the figure's path is no quantity names where the measure comes from; the figure
    sizes the measure itself, not a base a change is measured against ("revenue rose from $2 billion")."""
    if prep.lower_ != "from" or prep.head.pos_ not in ("NOUN", "PROPN") or below.dep_ != "pobj":
        return False
    measures = words("measure_nouns")
    measured = prep.head.lemma_.lower() in measures or prep.head.lower_ in measures  # "earnings", lemma "earning"
    return measured and not is_quantity(below)


def _revises_a_prediction(verb: Token, predictions: frozenset[str]) -> bool:
    """A verb whose object (or passive subject) is a goal or prediction: what it moves "from" is the old one."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in predictions for c in verb.children)


def known_base(chain: list[Token], *, compared: bool | None = None) -> bool:
    """A comparison base that no clause of its own predicts: "brokers see the fleet growing to 30 ships from 20
    now", "expect sales of $3 billion, up from $2.5 billion a year earlier" measure the change from a figure
    known today, a result whoever predicts the change (if its period is over: `base_known_before`). Not "above
    the 4 percent projected last spring", "from 1.1 percent that economists expected": an earlier prediction."""
    if compared is None:
        compared = is_comparison_base(chain)  # callers that already know it pass it in
    if not compared or _predicted_itself(chain[0]) or _names_forecasters(chain):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "from" and t.head.pos_ in ("NOUN", "PROPN") for t in chain[1:4]):
        return False  # "output from the two mines of 400,000 tonnes": a source, not the base of a change
    goals = words("goal_nouns") | words("forecast_nouns")  # "unveiled its target for ...": the goal decides
    return not any(
        t.lemma_.lower() in goals and (t.pos_ == "NOUN" or t.dep_ == "dobj")
        for t in chain + [c for t in chain for c in t.children if c.dep_ == "dobj"]
    )


def clauses_on_figure(root: Token) -> list[Token]:
    """The participles and relative clauses on the figure or on the noun it sizes ("the 3 percent they had
    expected", "the $4 billion forecast by brokers")."""
    holders = [root, root.head] if root.dep_ in ("nummod", "compound", "quantmod") else [root]
    return [c for holder in holders for c in holder.children if c.dep_ in ("acl", "relcl")]


def _predicted_itself(root: Token) -> bool:
    """A participle or relative clause of predicting on the figure or the noun it sizes."""
    predicting = words("prediction_verbs") | words("target_cues") | words("forecast_nouns")
    return any(c.lemma_.lower() in predicting for c in clauses_on_figure(root))


def _names_forecasters(chain: list[Token]) -> bool:
    """The base's own noun phrase names forecasters ("against the survey's median of 7 cents", "against the
    analysts' mean of 40 cents", "below 3 percent in the previous survey"): the base is their forecast."""
    if any(names_prediction(t) for t in chain[0].subtree):
        return True  # "from 5 percent in the spring survey": the figure's own phrase names its forecasters
    for token in chain[1:4]:
        if token.dep_ == "prep" and token.lower_ in COMPARISON_BASES:  # "from $4 in the previous survey"
            return any(names_prediction(t) for t in token.subtree)
        if names_prediction(token) or any(
            c.dep_ in ("compound", "amod", "poss", "nmod") and names_prediction(c) for c in token.children
        ):
            return True
    return False


def names_prediction(token: Token) -> bool:
    """A forecaster ("analysts", "the poll") or a prediction noun ("growth forecasts"), not "an estimated"."""
    lemma = token.lemma_.lower()
    if lemma in words("forecast_cues"):
        return True
    return token.pos_ == "NOUN" and lemma in words("forecast_nouns")


def base_known_before(root: Token, period: Period | None, published: dt.date | None) -> bool:
    """The base a predicted change is measured from is a result only when it is known at publication: its period
    ends before the story ("from $7 in 2012" in a story of 2014), or it has none and its phrase says now or earlier
    ("from 40 stores today", "from 6 percent a year ago"), a year before the story's, or a clause in the past
    tense on it ("from the 7 percent first reported"). A base in the running year or a later one ("to $9 next
    year from $8 this year") is predicted with the change."""
    if published is None:
        return True
    if period is not None and period.end is not None:
        return period.end <= published  # "from 3 percent today": the publication day is known
    phrase = _base_phrase(root)
    if any(t.lower_ in words("base_time_markers") or _earlier_year(t, published) for t in phrase):
        return True  # "from 60 now", "from $2 in 2009" (no period read for it)
    predicting = any_words("prediction_verbs", "target_cues")
    return any(t.tag_ in ("VBD", "VBN") and t.lemma_.lower() not in predicting for t in phrase)


def _earlier_year(token: Token, published: dt.date) -> bool:
    """A year before the story's ("in 2009" in a story of 2012)."""
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and int(token.text) < published.year


def _base_phrase(root: Token) -> list[Token]:
    """The base's phrase under its preposition ("from $7 a year earlier"), and up to four words after it that the
    parser may hang on the verb ("may reach 70 from 50 now", "from $2 in 2009")."""
    phrase = list(root.head.subtree) if root.head.dep_ == "prep" else list(root.subtree)
    following = []
    for token in root.doc[phrase[-1].i + 1 : phrase[-1].i + 5]:
        if token.is_punct or token.dep_ == "cc" or token.is_sent_start:
            break
        following.append(token)  # "from $2 in 2009", "from 5 percent first reported": hung on the verb
    return phrase + following
