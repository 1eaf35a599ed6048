"""A statistics body or trade group that predicts an economy's figure: "the Freedonian Grocers Federation sees
holiday-season sales up 3 percent", "the budget office forecast a $900 billion deficit for next year".

FACTS.md gives economy-wide facts and country-wide industry totals to the country, and makes predictions by other
institutions forecasts. A body known by its name as a publisher of figures (a name ending in a publisher noun or a
trade-group noun: `is_publisher_name`) holds no such figure of its own, so when it is the subject of a verb of
predicting (`prediction_verbs`) whose object is the measured economy noun, it is the predictor, not the holder: it
is dropped from the clause-subject candidates and the figure is read as a statistic (`statistic_holder`: a place
candidate, else the story's country, also in a story whose main organization is another research firm). The same
noun as the subject of the predicted clause ("expects holiday sales to rise 3 percent") was already never read as
the predictor's. A company predicting ("Kestrel Corp forecast sales of $2 billion") keeps its own figure, and so
does a possessed noun ("the federation sees its membership up 5 percent")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.statistics_country import is_macro_statistic
from extractor.facts.syntax import clause_subject
from extractor.lexicons import words
from extractor.mentions.salience import is_economy_noun, is_publisher_name

if TYPE_CHECKING:
    from extractor.mentions.entities import EntityIndex


def predicting_publisher(measured: Token | None, entities: EntityIndex) -> bool:
    """The measured economy noun is the object of a verb of predicting whose subject is a publishing body."""
    if measured is None or measured.dep_ != "dobj" or measured.head.lemma_.lower() not in words("prediction_verbs"):
        return False
    if not _economy_measure(measured):
        return False
    subject = clause_subject(measured.head)
    cluster = entities.at(subject.i) if subject is not None else None
    return cluster is not None and cluster.label == "ORG" and is_publisher_name(cluster)


def _economy_measure(measured: Token) -> bool:
    """An economy noun or macro statistic with no possessor of its own ("its membership", "Kestrel's sales")."""
    if any(c.dep_ == "poss" for c in measured.children):
        return False
    return is_economy_noun(measured) or is_macro_statistic(measured)
