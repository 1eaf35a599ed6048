"""Figures of a part of a company: a business, unit, division, segment, arm, line, brand or operations that the text
names and gives an owner ("its dairy unit", "the group's tyre arm", "Acme's snack brands").

FACTS.md: a division of a company takes the parent as subject, the unit named in the predicate. Results stories
write such figures in three shapes, and the measure reader alone gets each wrong:

- the unit holds a named measure ("sales of its snack brands rose 5 percent", "profit rose 8 percent at the
  cable unit", "its dairy lines posted revenue gains of 9 percent"): the measure alone was read, as if the
  whole company's; the predicate becomes "<measure> <preposition> <unit>";
- the unit stands where the measure should be ("at 7 percent, the group's tyre arm grew fastest", "a 6
  percent decline in its meat unit"): the unit was read as the measure; the measure is the one the clause's
  object names ("posted revenue gains"), else the measure of the figure told just before, and the predicate
  becomes "<measure> of <unit>";
- neither: nothing changes.

The owner word ("its", a possessive, "the") keeps out a unit of nobody ("a business of 40 people"); a unit noun
needs a name of its own (a compound or adjective) that is not a word of `segment_non_names` ("the top line",
"continuing operations"). A share of a unit ("51 percent of its fund unit") is a stake, never the unit's figure:
only a unit that is the clause's subject or the object of "in" or "at" is read as the figure's holder.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.measures import Reading
from extractor.facts.predicate_forms import FALLBACK_PREDICATE
from extractor.facts.syntax import FIGURE_ENTS, SUBJECT_DEPS, clause_subject, noun_phrase
from extractor.lexicons import words
from extractor.word_forms import singular

HOLDER_PREPS = ("in", "at")  # "a decline in its meat unit", "profit rose at the cable unit"
MEASURE_PREPS = ("of", "in", "at", "from", "for")  # "sales of its brands", "profit in its European business"


def segment_noun(token: Token | None) -> bool:
    """A noun naming an owned, named part of a company: "its meat unit", "the group's tyre arm"."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in words("segment_nouns"):
        return False
    names = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    if not names or any(c.lower_ in words("segment_non_names") for c in names):
        return False
    # with a conjoined name the parser may set the owner on the first conjunct: "its" on "tea" in "its tea and
    # coffee brands"
    before = token.doc[token.left_edge.i : token.i]
    return any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ == "the") for t in before)


def unit_name(unit: Token) -> str:
    """The unit as written, without owner or determiner: "its tea and coffee brands" -> "tea and coffee brands"."""
    return noun_phrase(unit, drop_entities=False)


def segment_reading(reading: Reading, span: Span, topic: str | None) -> Reading:
    """The reading with its unit named in the predicate (module docstring); unchanged when no owned unit holds it."""
    measured = reading.measured
    if measured is None or reading.predicate is None:
        return reading
    if reading.verb is not None and measured not in reading.verb.subtree:
        return reading  # a measure taken over from a clause before ("whereas it was up"): its unit stays there
    if segment_noun(measured):
        if not _holds_figure(measured, reading.verb):
            return reading  # "51 percent of its fund unit": a stake in the unit
        measure = _clause_measure(reading.verb, span) or _part_measure(base_measure(topic))
        if measure is None:
            return reading
        return replace(reading, predicate=f"{measure} of {unit_name(measured)}")
    if not is_measure_noun(measured) or measured.lemma_.lower() in words("segment_nouns"):
        return reading  # "four segments": a count of units, not a unit's figure
    found = _unit_of_measure(measured, reading.verb)
    if found is None or unit_name(found[1]) in reading.predicate:
        return reading
    preposition, unit = found
    return replace(reading, predicate=f"{reading.predicate} {preposition} {unit_name(unit)}")


def _part_measure(measure: str | None) -> str | None:
    """The whole company's measure as a part's: "group sales" -> "sales" (`segment_whole_words`)."""
    if measure is None:
        return None
    kept = [word for word in measure.split() if word not in words("segment_whole_words")]
    return " ".join(kept) or None


def _holds_figure(unit: Token, verb: Token | None) -> bool:
    """The unit is the clause's subject, or the object of "in"/"at" on the verb or on a change noun."""
    if unit.dep_ in SUBJECT_DEPS:
        return True
    if unit.dep_ != "pobj" or unit.head.lower_ not in HOLDER_PREPS:
        return False
    holder = unit.head.head
    return holder is verb or _change_noun(holder)


def _change_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("change_up") | words("change_down")


def _clause_measure(verb: Token | None, span: Span) -> str | None:
    """The measure the clause names beside the unit: the figure's own of-phrase ("had $4 billion of revenue"), the
    measure noun compounded on the figure's change noun ("its lines posted revenue gains of 9 percent" -> revenue),
    or the verb's object when it is a measure itself."""
    owned = [g for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    nouns = [g for g in owned if g.dep_ == "pobj"]  # "$4 billion of revenue": the figure's own of-phrase
    nouns += [t.head for t in span if t.head.i not in range(span.start, span.end) and _change_noun(t.head)]
    if verb is not None and verb.lemma_.lower() in words("segment_measure_verbs"):
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in nouns:
        if _change_noun(noun):
            compound = [c for c in noun.children if c.dep_ == "compound" and c not in span and is_measure_noun(c)]
            if compound:
                return noun_phrase(compound[-1])
        elif is_measure_noun(noun) and not segment_noun(noun):
            return noun_phrase(noun)
    return None


def _unit_of_measure(measured: Token, verb: Token | None) -> tuple[str, Token] | None:
    """The owned unit that holds a named measure, with the preposition that ties them: "sales of its brands" (of),
    "the unit's revenue" (of), "revenue rose 5 percent at the cable unit" (at), "its lines posted revenue" (of)."""
    for child in measured.children:
        if child.dep_ == "prep" and child.lower_ in MEASURE_PREPS:
            unit = next((g for g in child.children if g.dep_ == "pobj"), None)
            if segment_noun(unit):
                return child.lower_, unit
        if child.dep_ == "poss" and segment_noun(child):
            return "of", child
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in HOLDER_PREPS and _nothing_between(verb, child, measured):
            unit = next((g for g in child.children if g.dep_ == "pobj"), None)
            if segment_noun(unit):
                return child.lower_, unit
    subject = clause_subject(verb)
    in_object = measured.dep_ == "dobj" or (measured.dep_ == "compound" and measured.head.dep_ == "dobj")
    # a verb that reports a result ("booked", "posted"), not one of plans: "its arm aims at 5 percent growth"
    holding = verb.lemma_.lower() in words("segment_measure_verbs")
    if in_object and holding and measured.head in (verb, *verb.children) and segment_noun(subject):
        return "of", subject  # "its lines posted revenue gains of 9 percent": the subject holds the object's measure
    return None


def _nothing_between(verb: Token, prep: Token, measured: Token) -> bool:
    """No other noun stands between the verb and its "at"/"in" phrase than the measure and figures: "profit rose 8
    percent at the cable unit", not "sales rose 5 percent thanks to gains at its cable unit" (a cause's place,
    which the parser may hang on the verb)."""
    low, high = sorted((verb.i, prep.i))
    own = {t.i for t in prep.subtree}  # "At its cable arm, revenue rose": the phrase's own nouns come first
    between = [t for t in verb.doc[low + 1 : high] if t.i not in own and t != measured]
    return not any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in (*FIGURE_ENTS, "CARDINAL") for t in between)


def base_measure(predicate: str | None) -> str | None:
    """The measure of a predicate without its unit: "revenue of dairy lines" -> "revenue"; "sales" -> "sales";
    None for a predicate that names no measure (the fallback, a share price)."""
    if predicate is None or predicate == FALLBACK_PREDICATE or predicate == "share price":
        return None
    parts = predicate.split()
    if singular(parts[-1]) in words("segment_nouns") and not any(w in MEASURE_PREPS for w in parts[1:]):
        return None  # "tea and coffee brands": the figure was read on a unit, so no measure to pass on
    for i, word in enumerate(parts):
        if i > 0 and word in MEASURE_PREPS and singular(parts[-1]) in words("segment_nouns"):
            return " ".join(parts[:i])
    return predicate
