"""Figures that are not facts, found from the figure's role in its noun phrase or sentence (TRAPS.md).

Kinds, each read from general evidence rather than from any one sentence:
- a count that *refers* to a set instead of measuring one: "the two companies", "the big three
  carriers", "its past two recessions", "two other analysts", "two of the plants". A story names
  such sets to say who acts or what is compared; the count itself reports nothing new.
- a count of the people a story learned the news from ("two sources familiar with the matter", "three analysts
  told Reuters"): how the news was learned, not a fact (TRAPS.md); read in teller_counts.
- the size of a poll ("a Reuters poll of 15 analysts", "nine analysts polled by", "an online survey of 1,500
  adults"): at most an optional fact of the pollster (FACTS.md), never a figure of the story's subjects.
- a count glued to a singular noun that classes another noun ("a two-channel receiver", "the nine-member
  board"): a property of the thing named, not a count of anything the story reports (a named body's size is
  read in body_counts);
- a side of a vote tally ("by a vote of 61 to 35"): read as votes for and against in body_counts;
- a count of a time unit ("four straight months", "seven or eight years"): a duration, i.e. a period phrase;
- a person's age ("aged 55", "between the ages 18 and 29");
- a percent that only intensifies an adjective of certainty ("not 100 percent sure");
- a number inside a set phrase ("at one point");
- the threshold of a definition ("a reading below 50 indicates contraction");
- a chart reader's level ("support at $79", "resistance around 1.37"): what a trader watches, not a figure reported;
- the figures of an editor's bracketed note on the story's version ("(Corrects ... in paragraph 3)").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.body_counts import in_vote_tally
from extractor.facts.fraction_shares import names_a_fraction
from extractor.facts.syntax import is_index_code
from extractor.facts.teller_counts import is_teller_count
from extractor.lexicons import table, words
from extractor.mentions.doc_text import span_text

# tokens that may stand between a determiner and its count: "the big three", "the last two", "the first two"
_MODIFIER_POS = frozenset({"ADJ", "ADV"})


def is_reference_count(span: Span, unit: str | None) -> bool:
    """True when a unit-less count names a set already in the story rather than measuring it."""
    if unit is not None or not len(span):
        return False
    if _other_members(span) or _class_modifier(span) or _name_number(span) or in_vote_tally(span):
        return True
    if is_teller_count(span) or _poll_size(span):
        return True  # who told or who was asked: how the story learned its figures, not one of them
    return _written_out(span) and (_definite_or_sequence(span) or _partitive(span))


def is_manner_of_speaking(span: Span) -> bool:
    """True for an age, a "100 percent sure" or a definition's threshold: a number that measures nothing reported."""
    return _age(span) or _degree_of_certainty(span) or _threshold(span) or _in_idiom(span)


def is_chart_level(measured: Token | None, span: Span, unit: str | None) -> bool:
    """True for a level a chart reader names ("you have support at $79", "should hit resistance around 1.37"): the
    measured noun is a chart level noun (`chart_level_nouns`) and the figure is placed by a preposition of a level
    (`chart_level_prepositions`); not a percent ("support at 30 percent" in a poll), nor a sum given as support
    ("$10 billion in state support")."""
    if measured is None or unit == "percent" or measured.lemma_.lower() not in words("chart_level_nouns"):
        return False
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return before is not None and before.lower_ in words("chart_level_prepositions")


def is_duration_count(unit: str | None, counted: str | None) -> bool:
    """True for a count of years, quarters, decades, trading sessions ...: "five full quarters", "nearly four
    decades", "four consecutive sessions" are spans of time, whether the time noun was read as unit or as counted."""
    noun = unit if unit is not None else counted
    return noun is not None and noun.lower() in words("duration_nouns")


def is_editor_note(sent: Span) -> bool:
    """True for a bracketed note on the story's version: "(Corrects ...)", "(This story adds ...)"."""
    text = span_text(sent).strip()
    if not text.startswith("(") or not text.rstrip(" .").endswith(")"):
        return False
    return any(_note_verb(token.lower_) for token in sent[:4])


def _note_verb(lower: str) -> bool:
    """ "corrects", "adds", "fixes": the third person of a note verb (a capitalised note may parse as a name)."""
    verbs = words("editor_note_verbs")
    return any(lower.removesuffix(end) in verbs for end in ("s", "es")) or lower.removesuffix("ies") + "y" in verbs


def _written_out(span: Span) -> bool:
    """A small count in words ("two", "three"): digits in a definite phrase ("the 27 member states") often
    state the set's size as news, words mostly point back to a set the reader knows. A fraction in words
    ("two-thirds of its stores", "one-fourth of the portfolio") is no count: it sizes a share of the set, a
    percent (TRAPS.md: "half of those funds" is 50 percent)."""
    if names_a_fraction(span_text(span)):
        return False
    return all(t.lower_ in table("number_words") for t in span if t.is_alpha) and any(t.is_alpha for t in span)


def _definite_or_sequence(span: Span) -> bool:
    """ "the (big) two ...", "these three ...", "its past two ...": walk left over modifiers to the determiner."""
    for token in reversed(span.doc[max(span.start - 3, span.sent.start) : span.start]):
        lower = token.lower_
        if lower in words("now_levels"):
            return False  # "to 11 from its present six ferries": the level holding now, not a set named before
        if lower in words("sequence_adjectives"):
            return True
        if lower in words("reference_determiners"):
            return True
        if token.pos_ not in _MODIFIER_POS:
            return False
    return False


def _other_members(span: Span) -> bool:
    """ "two other analysts", "ten others": further members of a set, not a measured figure."""
    after = _next_token(span)
    return after is not None and after.lemma_.lower() in words("set_members")


def _poll_size(span: Span) -> bool:
    """ "a poll of 15 analysts", "the average estimate of 11 analysts", "Twelve analysts polled by", "12 analysts
    surveyed": a count of what a poll asked, either the object of a poll or forecast noun's "of" or a noun that a
    poll participle modifies."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    polls = words("poll_words")
    if any(c.dep_ in ("acl", "amod", "relcl") and c.lower_ in polls for c in noun.children):
        return True
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among") else None
    return holder is not None and holder.lemma_.lower() in _poll_holders()


@cache
def _poll_holders() -> frozenset[str]:
    """Nouns whose "of" or "among" holds the size of a poll: "a poll of", "the average estimate of"."""
    return words("poll_words") | words("forecast_nouns")


def _partitive(span: Span) -> bool:
    """ "two of the refineries", "three of its plants": a part of a set the story already has."""
    after = _next_token(span)
    if after is None or after.lower_ != "of" or after.i + 1 >= span.sent.end:
        return False
    following = span.doc[after.i + 1]
    return following.lower_ in words("reference_determiners") or following.tag_ == "PRP$"


def _class_modifier(span: Span) -> bool:
    """ "two-channel receiver", "200-room class": count, hyphen, singular noun, then the noun it classes.
    A scaled figure is a measured amount ("a 5.1 million-unit annual rate"), not a class."""
    hyphen = _next_token(span)
    if span[-1].lower_ in table("scales"):
        return False
    if hyphen is None or hyphen.text != "-" or span[-1].whitespace_ or hyphen.i + 2 >= span.sent.end:
        return False
    noun, classed = span.doc[hyphen.i + 1], span.doc[hyphen.i + 2]
    return noun.tag_ == "NN" and classed.pos_ in {"NOUN", "PROPN"}


def _age(span: Span) -> bool:
    """ "aged 55", "the age of 65", "between the ages 18 and 29": an age word before the number, with only
    determiners, numbers, conjunctions and prepositions between."""
    for token in reversed(span.doc[max(span.start - 4, span.sent.start) : span.start]):
        if token.lower_ in words("age_words"):
            return True
        if token.tag_ not in {"DT", "CD", "CC", "IN"}:
            return False
    return False


def _degree_of_certainty(span: Span) -> bool:
    """ "100 percent sure": the figure modifies an adjective of certainty, not a measured noun."""
    head = span.root.head
    return span.root.dep_ == "npadvmod" and head.pos_ == "ADJ" and head.lemma_.lower() in words("degree_adjectives")


def _threshold(span: Span) -> bool:
    """ "a reading below 50 indicates contraction": noun, comparison word, number, present-tense defining verb."""
    roles = table("threshold_words")
    if span.start - 2 < span.sent.start or span.end >= span.sent.end:
        return False
    noun, before, verb = span.doc[span.start - 2], span.doc[span.start - 1], span.doc[span.end]
    return (
        roles.get(noun.lemma_.lower(), ("",))[0] == "noun"
        and roles.get(before.lower_, ("",))[0] == "before"
        and roles.get(verb.lemma_.lower(), ("",))[0] == "verb"
        and verb.tag_ in {"VBZ", "VBP", "NNS"}  # "signals" may be tagged as a plural noun
    )


def _in_idiom(span: Span) -> bool:
    """ "at one point traded 25 percent higher": the figure lies inside a set phrase of `number_idioms`.
    Reads the sentence's text only (Doc.text joins every token of the document on each access)."""
    sent = span.sent
    text = span_text(sent).lower()
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    for phrase in words("number_idioms"):
        at = text.find(phrase, max(0, start - len(phrase)))
        while 0 <= at <= start:
            if at + len(phrase) >= end:
                return True
            at = text.find(phrase, at + 1)
    return False


def _name_number(span: Span) -> bool:
    """ "the Halden Composite 300, up 2 percent", "Varsex & Co's 500 index", "a Skyward 990 jet": digits
    right after a proper name, with no noun after them to count, are part of the name (an index, a model)."""
    if len(span) != 1 or not span[0].text.replace(",", "").isdigit() or span.start == span.sent.start:
        return False
    before = span.doc[span.start - 1]
    if before.text in ("'s", "'") and before.i > span.sent.start:
        before = span.doc[before.i - 1]  # "Varsex & Co's 500"
    if before.pos_ != "PROPN" or before.is_sent_start:
        return False
    after = _next_token(span)
    return after is None or after.is_punct or is_index_code(after) or after.lemma_.lower() in words("index_nouns")


def _next_token(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < span.sent.end else None
