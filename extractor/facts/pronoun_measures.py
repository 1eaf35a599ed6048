"""A pronoun subject of a bare move that stands for a measure told before it, outside a clause joined to its own:
"Rental income shrank in every region except the capital, where it increased 1.5 percent" (a relative clause on
another noun), "Consumer confidence sank 3.5 points in August. It had climbed 2 points in July" (the previous
sentence's subject). Without it the pronoun read as the company and its percent as a share-price move.

The antecedent is the nearest subject written before the pronoun in its sentence (the relative clause above), else,
for a pronoun that is its sentence's first subject, the main clause's subject of the previous sentence (not a side
clause's: "rose 9 percent as demand improved. It rose ..." is not the demand). It is kept only when
it agrees in number with the pronoun ("it" a singular noun, "they" a plural one) and is a common measure noun: never
a name (the company "it"), never shares or stock ("Shares fell 2 percent. It closed at $4" stays a share price,
`stock_moves`). A pronoun whose own clause names trading or a currency ("it rose 4 percent in afternoon trading",
"it fell 1 percent against the euro") keeps its share-price or currency reading."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject
from extractor.lexicons import words

HOLDER_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC"})


def measure_told_before(verb: Token, pronoun: Token) -> Token | None:
    """The measure noun `pronoun` (the subject of the bare move `verb`) stands for, or None."""
    if _market_clause(verb):
        return None
    antecedent = _nearest_subject(pronoun)
    if antecedent is None or not _agrees(pronoun, antecedent) or not _common_measure(antecedent):
        return None  # the nearest subject is no measure ("as the dollar weakened. It fell"): no guess further back
    if _clause_break_between(antecedent, pronoun):
        return None  # "bookings at A rose to 9; at B they slid": past a semicolon the measure may be another holder's
    return antecedent


def _clause_break_between(antecedent: Token, pronoun: Token) -> bool:
    """A semicolon or colon between the two in one sentence, and after it a holder of its own before the pronoun
    ("; at the rival port they slid", "; in Tarrow they fell"): that clause is told of another holder, as
    `linked_levels` reads the same break for a bare number. With no holder named ("; they dropped from 8,150 the
    week before") the measure goes on."""
    if antecedent.sent != pronoun.sent:
        return False
    between = pronoun.doc[antecedent.i + 1 : pronoun.i]
    breaks = [t.i for t in between if t.text in (";", ":")]
    if not breaks:
        return False
    after = pronoun.doc[breaks[-1] + 1 : pronoun.i]
    return any(t.ent_type_ in HOLDER_ENTITIES or _place_phrase(t) for t in after)


def _place_phrase(token: Token) -> bool:
    """ "at the rival port", "in the coastal region": the object of a place preposition."""
    return token.dep_ == "pobj" and token.head.lower_ in ("at", "in", "for")


def _nearest_subject(pronoun: Token) -> Token | None:
    """The last subject before the pronoun in its sentence, else the main subject of the sentence before (not a
    side clause's: "Net income rose 9 percent as demand improved. It rose 5 percent ..." is the income)."""
    sentence, doc = pronoun.sent, pronoun.doc
    before = [t for t in doc[sentence.start : pronoun.i] if t.dep_ in SUBJECT_DEPS]
    if before:
        return before[-1]
    return clause_subject(doc[sentence.start - 1].sent.root) if sentence.start > 0 else None


def _agrees(pronoun: Token, antecedent: Token) -> bool:
    """ "it" stands for a singular noun, "they" for a plural one ("sales ... it rose" is no pair)."""
    plural = antecedent.tag_ in ("NNS", "NNPS") or "Plur" in antecedent.morph.get("Number")
    return plural if pronoun.lower_ == "they" else not plural


def _market_clause(verb: Token) -> bool:
    """The move's clause names trading or a currency: the pronoun is a stock or a currency, not a measure. A cue
    verb counts only as the move itself ("it closed up 2 percent"), a cue noun only as a place of trading."""
    cues = words("pronoun_market_cues") | words("currency_nouns")
    return any(t.lemma_.lower() in cues and _cue_use(t, verb) for t in verb.subtree)


def _cue_use(token: Token, verb: Token) -> bool:
    """A cue verb is the move itself; a cue noun is the object of "in", "on", "at" or "against" ("in early
    trading", "on the exchange", "against the euro"), not a word inside another phrase ("in dollar terms",
    "close to the pace")."""
    if token.pos_ in ("VERB", "AUX"):
        return token.i == verb.i
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "at", "against")


def _common_measure(token: Token) -> bool:
    """A common noun that names a measure: not a name, not a stock's shares."""
    if token.pos_ != "NOUN" or token.ent_type_ or token.lemma_.lower() in words("share_nouns"):
        return False
    return is_measure_noun(token)
