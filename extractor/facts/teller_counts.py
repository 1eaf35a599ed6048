"""Counts of the unnamed people a story learns its news from. Such a count says who spoke, not what happened, so
it is no fact of any company (FACTS.md: a poll's size is at most the pollster's; TRAPS.md: "two sources" is no
fact). One counted noun, two readings:

- an informant noun (`source_nouns`) left unnamed by a modifier after it ("two sources familiar with the matter",
  "three people briefed on the talks": `source_modifiers`) or an adjective before it ("three anonymous sources":
  `unnamed_adjectives`), or that speaks (the subject of a reporting verb), whatever its count;
- a small count of any common noun that speaks ("two banks said", "three analysts told Reuters") or that the news
  is taken from ("according to four traders", "citing five people", "based on three sources"). Only a handful:
  "300 workers said they would strike" may well report a number the story is about."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words

MOST_TELLERS = 12  # "a dozen analysts said" at most; larger counts are more often news than attribution
ARTICLES = frozenset({"a", "an"})  # "a dozen": the article is part of the count


def is_teller_count(span: Span) -> bool:
    """True when `span` counts the people who tell the news: an unnamed or speaking informant, or a small count of
    a common noun that speaks or is cited. The count modifies the noun ("two analysts"; "a dozen traders" may
    parse as a compound)."""
    root = span.root
    noun = root.head if root.dep_ == "nummod" or root.dep_ == "compound" and root.head.i > root.i else None
    if noun is None:
        return False
    if _informant(noun):
        return True
    return noun.pos_ == "NOUN" and _small(span) and (_speaks(noun) or _cited(noun))


def _informant(noun: Token) -> bool:
    """ "two sources familiar with the matter", "three anonymous sources", "two bankers said": an informant noun
    that a modifier leaves unnamed or that speaks."""
    sources = words("source_nouns")
    if noun.lemma_.lower() not in sources and noun.lower_ not in sources:
        return False
    return _unnamed(noun) or _speaks(noun)


def _unnamed(noun: Token) -> bool:
    """A modifier after the noun ("familiar with", "who asked not to be named") or an adjective before it
    ("anonymous", "unnamed") that keeps the informants' names back."""
    after = words("source_modifiers")
    if any(t.lemma_.lower() in after for t in noun.subtree if t.i > noun.i):
        return True
    return any(c.dep_ == "amod" and c.lower_ in words("unnamed_adjectives") for c in noun.children)


def _speaks(noun: Token) -> bool:
    """ "Two banks said ...", "three analysts told Reuters": the counted noun is the subject of a reporting verb."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in words("reporting_verbs")


def _cited(noun: Token) -> bool:
    """ "according to four traders", "citing two bankers", "based on three sources": the one the news is taken from
    (the object of a verb whose object is a source, `source_verbs`, or of a citing phrase)."""
    head = noun.head
    if noun.dep_ == "dobj":
        return "object" in table("source_verbs").get(head.lemma_.lower(), ())
    if noun.dep_ != "pobj":
        return False
    return f"{head.head.lower_} {head.lower_}" in words("citing_phrases")


def _small(span: Span) -> bool:
    """A count of a handful: one number written out ("two", "a dozen") or in digits ("3"), at most MOST_TELLERS."""
    numbers = table("number_words")
    counted = [t for t in span if t.lower_ not in ARTICLES or t.i != span.start]
    if len(counted) != 1:
        return False  # "some 300", "2 to 3": a bound or a range is a measured figure
    token = counted[0]
    value = numbers[token.lower_][0] if token.lower_ in numbers else token.text if token.is_digit else None
    try:
        return value is not None and float(value) <= MOST_TELLERS
    except ValueError:
        return False
