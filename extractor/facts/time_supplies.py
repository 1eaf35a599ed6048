"""A stock measured in the time it would last: "the stock of flats equals 4.2 months' supply", "retailers keep 35
days of inventory", "an 8-month supply of listed farms". FACTS.md reads a time written with a duration unit as a period
phrase, never a fact (TRAPS.md: "in five years"); a time that sizes a supply noun (lexicon `time_supply_nouns`)
is the level of that stock, as the gold of home-sales and carmakers' stories takes it (a metric in months or
days). The supply noun follows the figure as its possessor ("months' supply"), through "of" ("days of
inventory"), or as the noun a hyphenated time modifies ("an 8-month supply").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment_comparisons import COMPARE_VERBS, earlier_side, end_point_of_change
from extractor.facts.measures import TIME_UNITS
from extractor.facts.syntax import governing_verb, noun_phrase
from extractor.lexicons import words


def is_time_supply(span: Span) -> bool:
    """Whether the time figure `span` sizes a supply noun right after it, or is the earlier level such a figure
    is compared with ("stock fell to 3.1 weeks' supply from 3.6 weeks a year ago"). Only a figure written in a
    time unit: a supply noun after money or tonnes is measured as usual."""
    if span[-1].lemma_.lower() not in TIME_UNITS:
        return False
    return _sizes_supply(span) or _compared_with_supply(span)


def _sizes_supply(span: Span) -> bool:
    noun = _next_word(span)
    return noun is not None and _supply_noun(noun)


def _compared_with_supply(span: Span) -> bool:
    """ "an 8-month supply, against 7.4 months in March", "fell to 3.1 weeks' supply from 3.6 weeks": the earlier
    side of a comparison in the clause of a supply figure written in the same time unit. Not a range ("lasted
    from 3 to 5 days"), whose "from" opens no comparison, nor a time of another clause."""
    cue = earlier_side(span)
    if cue is None or sum(t.like_num for t in span) > 1:
        return False
    if cue.lower_ == "from" and not end_point_of_change(span):
        return False  # "take from 10 to 12 days": "from" on a verb that moves nothing
    compared = cue.head if cue.head.lower_ in COMPARE_VERBS else cue  # "compared with": the clause is its head's
    clause = governing_verb(compared)
    return any(governing_verb(token) == clause for token in _earlier_supply_figures(span))


def _earlier_supply_figures(span: Span) -> list[Token]:
    """The unit words of the supply figures written before `span` in its unit ("4.2 months' supply")."""
    doc, sent, unit = span.doc, span.sent, span[-1].lemma_.lower()
    found = []
    for token in doc[sent.start : span.start]:
        if token.lemma_.lower() != unit:
            continue
        first = token.i - 2 if token.i - 2 >= sent.start and doc[token.i - 1].text == "-" else token.i - 1
        if first >= sent.start and doc[first].like_num and _sizes_supply(doc[first : token.i + 1]):
            found.append(token)
    return found


def _compared_supply_noun(span: Span) -> str | None:
    """ "held 48 days' supply of trucks, compared with 55 days in May": the earlier level measures the same
    supply as the figure it is compared with, not the clause's subject ("dealers")."""
    earlier = _earlier_supply_figures(span)
    if not earlier:
        return None
    noun = _next_word(span.doc[earlier[-1].i : earlier[-1].i + 1])
    return noun_phrase(noun) if noun is not None and _supply_noun(noun) else None


def _next_word(span: Span) -> Token | None:
    """The first word after the figure past a possessive mark, "of" or "worth" (at most two of them)."""
    doc, i = span.doc, span.end
    for _ in range(3):
        if i >= span.sent.end:
            return None
        if doc[i].lower_ not in words("supply_links"):
            return doc[i]
        i += 1
    return None


def _supply_noun(token: Token) -> bool:
    """A supply noun that heads its phrase: not "a 15-year supply pact", where the time is the pact's term."""
    if token.pos_ != "NOUN" or token.lower_ not in words("time_supply_nouns"):
        return False
    return token.dep_ != "compound" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN")


def supply_predicate(span: Span, predicate: str | None, unit: str | None) -> str | None:
    """The stock the time measures. A supply noun after the figure names it ("retailers keep 35 days of inventory":
    inventory, not retailers); when the clause measures a stock noun of its own ("the flats' inventory equals 4.2
    months' supply") both are said: "inventory in months of supply", the stock and the time it is told in."""
    noun = _next_word(span)
    if noun is None or not _supply_noun(noun):
        return _compared_supply_noun(span) or predicate  # the earlier level: the supply it is compared with
    own = predicate is not None and any(w in words("time_supply_nouns") for w in predicate.split())
    if not own:
        return noun_phrase(noun)
    if noun.lower_ in predicate.split() or unit is None:
        return predicate  # "an 8-month supply" measured as the supply itself
    return f"{predicate} in {unit}s of {noun.lower_}"
