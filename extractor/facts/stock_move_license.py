"""A figure that names nothing measured, moved by a market verb whose subject may be a company, is read as a move of
the company's stock (`moves_a_stock`). That fallback must be licensed by the figure's own clause:

- the figure is no multiple (a bank valued by the market "at 1.2 times" its assets, `valuations`), and a bare count
  before an of-phrase counts its noun ("will close 40 of its 300 stores");
- the figure hangs on the market verb itself, through prepositions, adverbs and other figures only ("rose 90 cents,
  or 2 percent, to $41"); a noun on the way is what it measures ("ended the year with 14 percent fewer trucks":
  the trucks; "shut 40 stores, or 9 percent of its branches").

A pronoun subject is left to the resolvers that follow clause structure (`share_pronouns`, `measures_clauses`): a
linear-order guess turned "..., and it closed up 3 percent at $12" into a move of the revenue named before it.

An unlicensed figure takes the measure its clause names (the nearest noun on its path to the verb), or none, and
never the stock's price."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measured_nouns import usable_measure
from extractor.facts.syntax import noun_phrase
from extractor.lexicons import words

SHARE_PRICE = "share price"
_NOUNS = ("NOUN", "PROPN")


def stock_move_predicate(
    span: Span, verb: Token | None, skip: frozenset[int], multiple: bool, *, percent: bool = False
) -> str | None:
    """ "share price" when the clause licenses a stock move; else the phrase of the measure the clause names, or
    None (the caller's own fallback). `multiple`: the mention is a multiple (a valuation, never a price);
    `percent`: the figure is in percent, so a result noun it sizes ("a 30 percent loss") is a move."""
    on_path = _path_noun(span, verb, skip, percent) or _counted_whole(span, skip)
    if on_path is not None:  # "14 percent fewer trucks": the noun without the figure's own words
        measured = usable_measure(on_path, skip)
        return noun_phrase(measured, skip=skip | _figure_words(span, measured)) if measured is not None else None
    return None if multiple else SHARE_PRICE


def _counted_whole(span: Span, skip: frozenset[int]) -> Token | None:
    """ "will close 40 out of 300 stores", "shut 40 of its stores": a figure before an of-phrase counts its common
    noun; a pronoun there ("close 14 of them") names no measure, and the figure keeps its reading."""
    doc, at = span.doc, span.end
    if at < span.sent.end and doc[at].lower_ == "out":
        at += 1
    if at >= span.sent.end or doc[at].lower_ != "of":
        return None
    whole = next((c for c in doc[at].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return whole if whole is not None and whole.i not in skip else None


def _figure_words(span: Span, noun: Token) -> frozenset[int]:
    """The words of the noun's dependent that holds the figure ("14 percent fewer" in "14 percent fewer trucks")."""
    child = span.root
    while child.head.i != noun.i and child.head.i != child.i:
        child = child.head
    return frozenset(t.i for t in child.subtree) if child.head.i == noun.i else frozenset()


def _path_noun(span: Span, verb: Token | None, skip: frozenset[int], percent: bool = False) -> Token | None:
    """The first common or proper noun outside the sentence's figures between the figure and its verb on the chain
    of heads; None when the figure hangs on the verb through prepositions, adverbs, figures and change nouns alone,
    or when the verb is not above the figure (a parse that hung it elsewhere decides nothing)."""
    if verb is None:
        return None
    token, found = span.root, None
    while token.i != verb.i:
        if token.head.i == token.i:
            return None  # reached the root without meeting the verb
        token = token.head
        if token.i != verb.i and found is None and token.pos_ in _NOUNS and token.i not in skip:
            found = None if _names_a_move(token, percent) else token  # "fell ..., a 99 percent drop": the move
    return found


def _names_a_move(noun: Token, percent: bool = False) -> bool:
    """A change noun ("drop", "gain") restates the verb's move; it names nothing else that is measured. So does a
    result noun sized in percent (`percent_move_nouns`: "after a 30 percent loss"), where money sizes a sum."""
    lemma = noun.lemma_.lower()
    moves = (words("change_up") | words("change_down")) - words("not_change_nouns")
    return lemma in moves or percent and lemma in words("percent_move_nouns")
