"""A figure that names nothing measured, moved by a market verb whose subject may be a company, is read as a move of
the company's stock (`moves_a_stock`). That fallback must be licensed by the figure's own clause:

- the figure is no multiple ("trades at 0.9 times": a valuation multiple, `valuations`), and a bare count before an
  of-phrase counts its noun ("will close 40 of its 300 stores");
- the figure hangs on the market verb itself, through prepositions, adverbs and other figures only ("rose 90 cents,
  or 2 percent, to $41"); a noun on the way is what it measures ("closed on the sale of 12 percent fewer homes":
  the homes; "shut 40 stores, or 9 percent of its branches");
- a pronoun subject ("it", "they") stands for a company or its shares, not for a measure named before it in the
  sentence or as the previous sentence's subject ("profit was up 8 percent at one unit, and at another it rose
  5 percent": the profit).

An unlicensed figure takes the measure its clause names (the nearest noun on its path to the verb, else the measure
the pronoun stands for), or none, and never the stock's price."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measured_nouns import PRICE_NOUNS, is_measure_noun, usable_measure
from extractor.facts.syntax import PERIOD_WORDS, RELATIVE_PRONOUNS, SUBJECT_DEPS, clause_subject, noun_phrase
from extractor.lexicons import words
from extractor.models import Quantity

SHARE_PRICE = "share price"
_NOUNS = ("NOUN", "PROPN")


def stock_move_predicate(span: Span, quantity: Quantity, verb: Token | None, skip: frozenset[int]) -> str | None:
    """ "share price" when the clause licenses a stock move; else the phrase of the measure the clause names, or
    None (the caller's own fallback)."""
    on_path = path_noun(span, verb, skip) or _counted_whole(span, quantity, skip)
    if on_path is not None:  # "12 percent fewer homes": the noun without the figure's own words
        measured = usable_measure(on_path, skip)
        return noun_phrase(measured, skip=skip | _figure_words(span, measured)) if measured is not None else None
    measured = pronoun_measure(verb)
    if measured is not None:
        return noun_phrase(measured, skip=skip)
    return None if quantity.unit == "times" else SHARE_PRICE  # "trades at 0.9 times": a valuation multiple


def _counted_whole(span: Span, quantity: Quantity, skip: frozenset[int]) -> Token | None:
    """ "will close 40 out of 300 stores", "shut 40 of its stores": a bare count before an of-phrase counts its noun."""
    if quantity.unit is not None:
        return None
    doc, at = span.doc, span.end
    if at < span.sent.end and doc[at].lower_ == "out":
        at += 1
    if at >= span.sent.end or doc[at].lower_ != "of":
        return None
    whole = next((c for c in doc[at].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return whole if whole is not None and whole.i not in skip else None


def _figure_words(span: Span, noun: Token) -> frozenset[int]:
    """The words of the noun's dependent that holds the figure ("12 percent fewer" in "12 percent fewer homes")."""
    child = span.root
    while child.head.i != noun.i and child.head.i != child.i:
        child = child.head
    return frozenset(t.i for t in child.subtree) if child.head.i == noun.i else frozenset()


def path_noun(span: Span, verb: Token | None, skip: frozenset[int]) -> Token | None:
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
            found = None if _names_a_move(token) else token  # "fell ..., a 99 percent drop": the move restated
    return found


def _names_a_move(noun: Token) -> bool:
    """A change noun ("drop", "gain") restates the verb's move; it names nothing else that is measured."""
    return noun.lemma_.lower() in (words("change_up") | words("change_down")) - words("not_change_nouns")


def pronoun_measure(verb: Token | None) -> Token | None:
    """The measure a pronoun subject of `verb` stands for ("investment fell in 2012 and this year it will fall
    again"): the nearest subject before it in the sentence that agrees in number, else the previous sentence's
    subject; a measure noun only (not a company, its shares, a place or a person)."""
    antecedent = _antecedent(verb)
    if antecedent is None or antecedent.pos_ != "NOUN" or not is_measure_noun(antecedent):
        return None
    if antecedent.lemma_.lower() in PERIOD_WORDS:
        return None  # "the quarter would see it slump": a time holds no measure
    if antecedent.lemma_.lower() in PRICE_NOUNS | words("org_nouns") | words("share_nouns"):
        return None  # "the stock ... it closed at $8", "the company ... it rose 5 percent": a company's move
    return antecedent


def _antecedent(verb: Token | None) -> Token | None:
    pronoun = _pronoun_subject(verb)
    if pronoun is None:
        return None
    plural = pronoun.lower_ == "they"
    sent = pronoun.sent
    earlier = [
        t for t in sent[: pronoun.i - sent.start] if t.dep_ in SUBJECT_DEPS and t.pos_ in _NOUNS and _agrees(t, plural)
    ]
    if earlier:
        return earlier[-1]
    if sent.start == 0:
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subject = clause_subject(previous.root)
    return subject if subject is not None and subject.pos_ in _NOUNS and _agrees(subject, plural) else None


def _pronoun_subject(verb: Token | None) -> Token | None:
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or clause_subject(verb)
    if subject is None or subject.lower_ not in words("measure_pronouns") or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return subject


def _agrees(noun: Token, plural: bool) -> bool:
    """ "it" takes a singular noun, "they" a plural one (a company's name is singular: "Norvale ... it")."""
    number = noun.morph.get("Number")
    if not number:
        return not plural
    return ("Plur" in number) == plural
