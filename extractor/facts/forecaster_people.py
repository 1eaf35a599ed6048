"""People a story titles as forecasters: what they expect is their forecast, in any sentence of the story.

"Brandt analyst Ann Lee" early in a story makes "Lee said she expects Norvale's sales to reach $2 billion" a
forecast (FACTS.md: predictions by analysts or economists), though the clause alone reads as a plan (`target`):
the title is given once, at the first mention, and the later sentences name the person only."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.modality_tellers import titled_forecaster
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words
from extractor.mentions.entities import EntityIndex
from extractor.models import Fact


def forecasts_of_forecasters(facts: list[Fact], doc: Doc, entities: EntityIndex) -> list[Fact]:
    """A target told or expected by a person the story elsewhere titles as a forecaster becomes a forecast."""
    if not any(f.modality == "target" for f in facts):
        return facts  # most stories: nothing to re-read
    people = forecaster_people(doc, entities)
    if not people:
        return facts
    surnames = frozenset(name.split()[-1] for name in people)
    told: dict[int, bool] = {}  # per sentence start: whether a forecaster speaks or expects in it
    kept = []
    for fact in facts:
        if fact.modality == "target" and fact.evidence is not None:
            start = fact.evidence.start
            if start not in told:
                sent = doc.char_span(start, fact.evidence.end, alignment_mode="expand")
                told[start] = sent is not None and _forecaster_speaks(sent, surnames)
            if told[start] or fact.attributed_to in people or fact.attributed_to in surnames:
                fact = fact.model_copy(update={"modality": "forecast"})
        kept.append(fact)
    return kept


def forecaster_people(doc: Doc, entities: EntityIndex) -> frozenset[str]:
    """The full names of persons one of whose mentions carries a forecaster's title: "Brandt analyst Ann Lee",
    "Ann Lee, an economist at Brandt", "the bank's chief economist, Ann Lee". Read from the tagger's mentions and
    the entity clusters both: a cluster may drop a person the tagger found."""
    mentions = [e for e in doc.ents if e.label_ == "PERSON"]
    mentions += [m for c in entities.clusters if c.label == "PERSON" for m in c.mentions]
    return frozenset(m.text for m in mentions if len(m.text.split()) > 1 and _titled(m.root))


def _titled(name: Token) -> bool:
    """The name carries a forecaster noun (compound or apposition), or stands in apposition to one."""
    if titled_forecaster(name):
        return True
    return name.dep_ == "appos" and name.head.lemma_.lower() in words("forecast_cues")


def _forecaster_speaks(sent: Span, surnames: frozenset[str]) -> bool:
    """A forecaster's surname is the subject of a verb of saying or predicting in the sentence ("Lee said she
    expects", "Lee expects", "Lee sees"); the tagger often misses a surname standing alone, so the text decides."""
    verbs = words("reporting_verbs") | words("prediction_verbs") | words("target_cues")
    return any(
        t.dep_ in SUBJECT_DEPS and t.text in surnames and t.head.lemma_.lower() in verbs and t.head.pos_ in ("VERB",)
        for t in sent
    )
