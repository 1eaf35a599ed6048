"""The subject of a finite verb the parse left without one: the noun phrase right before it (`stranded_subject`),
and the measure of a subordinate clause whose subordinator the parse read as a preposition, which is that
stranded noun, not the main clause's subject (`subordinate_measure`); else, where what the verb would inherit is
no measure, the measure noun on the figure's own path (`path_measures`); and whether a noun the parse hung on a
misread subordinator is its clause's subject (`acts_as_subject`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measure_phrases import SHARE_WORDS
from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.path_measures import path_measure
from extractor.facts.share_pronouns import company_shares
from extractor.facts.syntax import PERIOD_WORDS, SUBJECT_DEPS
from extractor.lexicons import words


def stranded_subject(verb: Token) -> Token | None:
    """A finite verb always has a subject; when the parse gave it none ("said on Monday sales rose",
    "income before interest increased" read as a noun phrase), the subject is the noun phrase that ends
    right before the verb: its last noun, or the noun that noun's preposition hangs on."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and verb.head.pos_ == "NOUN":
        return verb.head  # "the fee charged to clients, to $15": a participle's noun is its subject
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or previous.pos_ != "NOUN" or previous.ent_type_ or previous.lower_ in PERIOD_WORDS:
        return None
    if previous.dep_ == "pobj" and previous.head.dep_ == "prep" and previous.head.head.pos_ == "NOUN":
        return previous.head.head  # "income before interest increased"
    return previous


# "conj" too: with no coordinator before it (`stranded_subject` wants a noun right before the verb), a verb the
# parse joined to the main clause ("Tolls went up as traffic on the bridge grew") is a clause of its own
_SUBORDINATE_DEPS = ("ccomp", "advcl", "conj")


def subordinate_measure(verb: Token) -> Token | None:
    """ "Waiting times lengthened as admissions to the ward swelled 11 percent": the parse may read the
    subordinator as a preposition and its clause's subject as that preposition's object, leaving the clause's verb
    without a subject. Inherited, the subject would be the main clause's ("waiting times"); the measure right
    before the verb is the clause's own. Only a measure noun is taken, so a stranded name or pronoun leaves the
    inherited subject."""
    if verb.dep_ not in _SUBORDINATE_DEPS:
        return path_measure(verb)  # "a report showed sales rose": chosen by the figure's path (`path_measures`)
    stranded = stranded_subject(verb)
    if stranded is None or not is_measure_noun(stranded):
        return path_measure(verb)
    if stranded.lemma_.lower() in SHARE_WORDS and not company_shares(stranded):
        return None  # "as the stock of unsold cars rose": goods held, which the share readers would price
    return stranded if _hangs_as_subject(stranded, verb.head) else path_measure(verb)


def _hangs_as_subject(token: Token, clause: Token) -> bool:
    """The token hangs below `clause` on no direct object ("saw its loans and bonds fell", misparsed: "bonds" is
    joined to the object, not the subject of "fell") and on no preposition but a misread subordinator ("as admissions
    to the ward swelled"; not "its order index after eight months of declines is up"). A token outside
    `clause` belongs to another part of the sentence, not to the verb joined to it."""
    for ancestor in token.ancestors:
        if ancestor.i == clause.i:
            return True
        if ancestor.dep_ == "dobj":
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ not in words("subordinator_prepositions"):
            return False
    return False


def acts_as_subject(noun: Token) -> bool:
    """The subject of its clause, or the subject the parse hung on a subordinator it read as a preposition:
    "Kestrel posted a loss as the largest Ostrian airline lost customers", "sold its stake before the biggest
    Ostrian lender closed the deal" leave the finite verb right after the noun without a subject."""
    if noun.dep_ in SUBJECT_DEPS:
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ not in words("subordinator_prepositions") | words("time_subordinators"):
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    return following is not None and _subjectless_finite(following)


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb the parse gave no subject: it has one, the noun right before it."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
