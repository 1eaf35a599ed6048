"""People a story titles as forecasters: what they expect is their forecast, in any sentence of the story.

"Brandt analyst Ann Lee" early in a story makes "Lee said she expects Norvale's sales to reach $2 billion" a
forecast (FACTS.md: predictions by analysts or economists), though the clause alone reads as a plan (`target`):
the title is given once, at the first mention, and the later sentences name the person only. Only her own
predicting verb counts: "Lee said Norvale plans to open 40 stores" reports the company's plan, still a target."""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.facts.modality_tellers import titled_forecaster
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words
from extractor.mentions.entities import EntityIndex
from extractor.models import Fact

PERSONAL_PRONOUNS = frozenset({"he", "she"})


def forecasts_of_forecasters(facts: list[Fact], doc: Doc, entities: EntityIndex) -> list[Fact]:
    """A target in a sentence where a person the story elsewhere titles as a forecaster predicts becomes a
    forecast."""
    if not any(f.modality == "target" for f in facts):
        return facts  # most stories: nothing to re-read
    names = forecaster_names(doc, entities)
    if not names:
        return facts
    predicts: dict[int, bool] = {}  # per sentence start: whether a forecaster predicts in it
    kept = []
    for fact in facts:
        if fact.modality == "target" and fact.evidence is not None:
            start = fact.evidence.start
            if start not in predicts:
                sent = doc.char_span(start, fact.evidence.end, alignment_mode="expand")
                predicts[start] = sent is not None and _forecaster_predicts(sent, names)
            if predicts[start]:
                fact = fact.model_copy(update={"modality": "forecast"})
        kept.append(fact)
    return kept


def forecaster_names(doc: Doc, entities: EntityIndex) -> frozenset[str]:
    """The names a titled forecaster goes by: her full name, the other names of her entity cluster, and her bare
    surname when no other person of the story bears it ("Tom Lee", the company's chief, keeps his own "Lee")."""
    mentions = [e for e in doc.ents if e.label_ == "PERSON"]
    clusters = [c for c in entities.clusters if c.label == "PERSON"]
    mentions += [m for c in clusters for m in c.mentions]
    titled = {m.text for m in mentions if len(m.text.split()) > 1 and _titled(m.root)}
    if not titled:
        return frozenset()
    names = set(titled)
    names.update(m.text for c in clusters if any(m.text in titled for m in c.mentions) for m in c.mentions)
    full_names = {m.text for m in mentions if len(m.text.split()) > 1}
    bearers = Counter(_surname(name) for name in full_names)
    names.update(_surname(name) for name in titled if bearers[_surname(name)] == 1)
    return frozenset(names)


def _surname(name: str) -> str:
    """The last word of a name that is no generation suffix ("Ann Lee Jr." -> "Lee")."""
    parts = [p for p in name.split() if p.lower() not in words("name_generation_suffixes")]
    return parts[-1] if parts else name


def _titled(name: Token) -> bool:
    """The name carries a forecaster noun (compound or apposition), or stands in apposition to one."""
    if titled_forecaster(name):
        return True
    return name.dep_ == "appos" and name.head.lemma_.lower() in words("forecast_cues")


@cache
def _predicting_verbs() -> frozenset[str]:
    return words("prediction_verbs")


def _forecaster_predicts(sent: Span, names: frozenset[str]) -> bool:
    """A verb of predicting in the sentence whose subject is the forecaster ("Lee expects", "Lee sees"), or a
    pronoun for her in the clause she reports ("Lee said she expects"); the tagger often misses a surname standing
    alone, so the text decides. Her "said" over a company's "plans" or "aims" is no prediction of hers."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _predicting_verbs():
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            if _names_forecaster(subject, names) or _pronoun_for_teller(subject, verb, names):
                return True
    return False


def _names_forecaster(token: Token, names: frozenset[str]) -> bool:
    """The token, with the compound words before it, is one of the forecaster's names ("Lee", "Ann Lee")."""
    start = min((c.i for c in token.children if c.dep_ == "compound"), default=token.i)
    return token.text in names or token.doc[start : token.i + 1].text in names


def _pronoun_for_teller(subject: Token, verb: Token, names: frozenset[str]) -> bool:
    """ "she" in "Lee said she expects", or in "Lee said ..., adding that she sees": a personal pronoun whose
    clause the forecaster reports, through reporting verbs with no subject of their own."""
    if subject.lower_ not in PERSONAL_PRONOUNS or verb.dep_ != "ccomp":
        return False
    teller = verb.head
    while teller.lemma_.lower() in words("reporting_verbs"):
        subjects = [c for c in teller.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return any(_names_forecaster(c, names) for c in subjects)
        if teller.dep_ not in ("advcl", "conj", "xcomp") or teller.head.i == teller.i:
            return False
        teller = teller.head  # "adding that she sees": the subject of "said"
    return False
