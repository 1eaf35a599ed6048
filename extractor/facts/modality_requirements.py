"""Levels a rule fixes: a ratio that sizes a noun of requirement ("a solvency requirement of 9 percent", "the 4
percent minimum set by parliament", "a minimum leverage ratio of 3 percent") in a clause that tells of a rule is
the level the rule holds its subjects to: a target (FACTS.md: a goal the subject is held to; both readable
annotations of one bank-rule story read a regulator's minimum ratio so), whatever the verb around it tells.

Three things must meet, so that a sum or a plain word is left alone: the figure is a ratio (a "minimum bonus of
$900" is paid, a "funding requirement of $3 billion" is a need the gold reads as measured now); it sizes a noun of
requirement (`requirement_nouns`); and a rule is named beside it: a rule or rule-maker noun in the sentence
(`rule_nouns`) or a verb of fixing one (`rule_setting_verbs`: "the minimum parliament imposed"), a rule's name
before the noun ("the Lisbon requirement"), or a modal that binds the subject (`obligation_modals`: "lenders must
satisfy a reserve requirement of 9 percent"). A reserve requirement a bank simply has is a policy setting, left
alone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words
from extractor.models import Quantity

SIZING_DEPS = frozenset({"nummod", "compound", "quantmod", "nmod", "amod"})
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def set_by_a_rule(span: Span, quantity: Quantity) -> bool:
    """Whether the ratio `span` gives is a level a rule fixes (see the module's docstring)."""
    if quantity.unit != "percent":
        return False
    noun = _sized_noun(span.root)
    if noun is None or not _names_a_requirement(noun, quantity):
        return False
    return _named_rule(noun) or _rule_in_sentence(noun)


def _sized_noun(root: Token) -> Token | None:
    """The noun the figure stands before ("the 4 percent minimum"), or whose "of" phrase it is ("a requirement of
    9 percent")."""
    head = root.head
    if root.dep_ in SIZING_DEPS and head.i > root.i and _nominal(head):
        return head
    if root.dep_ == "pobj" and head.lower_ == "of" and _nominal(head.head):
        return head.head
    return None


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger calls an adjective where it stands as one ("well above the 4 percent minimum":
    "minimum" tagged JJ as the object of "above")."""
    return token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS


def _names_a_requirement(noun: Token, quantity: Quantity) -> bool:
    """A noun of requirement itself, or a noun "minimum" stands before as a modifier ("a minimum leverage ratio").
    Not the bound "a minimum of 40 percent", which the quantity already reads as at least (`Quantity.bound`); but
    an "at least" inside a requirement's own phrase ("a capital requirement of at least 9 percent") is still the
    rule's level, so only the bare bound form is turned away, not every >= bound."""
    nouns = words("requirement_nouns")
    if noun.lemma_.lower() in nouns:
        return not (quantity.bound == ">=" and _bound_phrase(noun))
    return any(t.lemma_.lower() in nouns and t.dep_ == "amod" for t in noun.subtree if t.i < noun.i)


def _bound_phrase(noun: Token) -> bool:
    """ "a minimum of 40 percent": "a", the noun and "of" with nothing else of the noun's own form a bound cue
    (`lexicons/bound_cues.tsv`) on the figure, which says at least, not a rule's level."""
    own = [c for c in noun.children if c.dep_ != "prep"]
    bare = all(c.dep_ == "det" and c.lower_ == "a" for c in own)
    return bare and f"a {noun.lower_} of" in table("bound_cues")


def _named_rule(noun: Token) -> bool:
    """A rule's name before the noun ("the Lisbon requirement"; not a possessive "Orrin's requirement")."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.lefts)


def _rule_in_sentence(noun: Token) -> bool:
    """The sentence names a rule or a rule-maker ("under the new statute"), or a verb of fixing one ("the minimum
    ministers agreed", "set by parliament": read in the whole sentence, as the parser often fails to hang such a
    clause on the noun), or a modal binds the clause the noun stands in ("lenders must keep ...")."""
    rules, setting = words("rule_nouns"), words("rule_setting_verbs")
    for t in noun.sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in rules or t.pos_ == "VERB" and t.lemma_.lower() in setting:
            return True
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    modals = words("obligation_modals")
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
