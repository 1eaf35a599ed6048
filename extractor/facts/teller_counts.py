"""Counts of the unnamed agents who tell a story its news: "two banks said", "three analysts told Reuters",
"according to four traders", "citing five people". The count says who spoke, not what happened, so it is no
fact of any company (FACTS.md: a poll's size is at most the pollster's; TRAPS.md: "two sources" is no fact).

Only small counts of a common noun qualify: "300 workers said they would strike" may well report a number the
story is about, while a handful of speakers only attributes the news."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words

MOST_TELLERS = 12  # "a dozen analysts said" at most; larger counts are more often news than attribution


def is_teller_count(span: Span) -> bool:
    """True when `span` counts the common noun that reports the news: the subject of a reporting verb, the object
    of "according to" or of "cite", or an informant noun an adjective marks unnamed ("three anonymous sources")."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or not _small(span):
        return False
    return _tells(noun) or _cited(noun) or _unnamed_source(noun)


def _small(span: Span) -> bool:
    """A count of a handful: written out ("two") or in digits ("3"), at most MOST_TELLERS."""
    numbers = table("number_words")
    values = [numbers[t.lower_][0] for t in span if t.lower_ in numbers] + [t.text for t in span if t.is_digit]
    if len(values) != 1 or len(span) != 1:
        return False  # "some 300", "2 to 3": a bound or a range is a measured figure
    try:
        return float(values[0]) <= MOST_TELLERS
    except ValueError:
        return False


def _tells(noun: Token) -> bool:
    """ "Two banks said ...", "three analysts told Reuters": the counted noun is the subject of a reporting verb."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in words("reporting_verbs")


def _cited(noun: Token) -> bool:
    """ "according to four traders", "citing two bankers", "based on three sources": the one the news is taken from."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in words("citing_verbs")
    if noun.dep_ != "pobj":
        return False
    return f"{head.head.lower_} {head.lower_}" in words("citing_phrases")


def _unnamed_source(noun: Token) -> bool:
    """ "three anonymous sources", "two unnamed officials": an informant noun an adjective leaves unnamed."""
    if noun.lemma_.lower() not in words("source_nouns"):
        return False
    return any(c.dep_ == "amod" and c.lower_ in words("unnamed_adjectives") for c in noun.children)
