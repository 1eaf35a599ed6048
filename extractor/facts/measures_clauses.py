"""The subject of a figure's own clause when the parse hung it on an earlier clause: "inventories rose and
shipments, which feed into output, rose 2 percent", "costs fell and sales, a gauge of demand, rose 3 percent".
With a comma-delimited aside between the second subject and its verb, the parse coordinates that subject
with a noun of the first clause and lets the verb inherit the first clause's subject; the figure then
measures the wrong noun. Also a relative pronoun that is the subject of a clause embedded in a relative clause
("costs, which it expects will rise 20 percent"): `embedded_antecedent`."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.pronoun_measures import measure_told_before
from extractor.facts.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS, clause_subject
from extractor.lexicons import words

_LONGEST_ASIDE = 16  # tokens between the commas: a relative clause or an appositive, not a second clause


def interrupted_subject(verb: Token) -> Token | None:
    """The noun right before a comma-delimited aside that ends right before `verb`, when the verb has no
    subject of its own and the noun opens a new coordinated clause ("and shipments, which ..., rose")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # a finite verb needs a subject; a participle ("falling 2 percent") has none of its own
    doc, start = verb.doc, verb.sent.start
    closing = verb.i - 1
    if closing <= start or doc[closing].text != ",":
        return None
    opening = next(
        (i for i in range(closing - 1, max(start, closing - _LONGEST_ASIDE) - 1, -1) if doc[i].text == ","), None
    )
    if opening is None or opening - 1 <= start or any(t.dep_ == "ROOT" for t in doc[opening:closing]):
        return None  # an aside is a relative clause or an appositive, never the sentence's main clause
    noun = doc[opening - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "conj" or noun.ent_type_ or not is_measure_noun(noun):
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > start else None
    return noun if before is not None and before.lower_ in words("clause_coordinators") else None


def measure_pronoun(verb: Token, subject: Token | None) -> Token | None:
    """ "Rental income grew 6 percent up north, whereas it was down 2 percent down south": a pronoun subject
    of a bare move (a copula or a verb of rising or falling, with no object) in a clause joined to a clause whose
    subject is a measure stands for that measure; a pronoun outside a joined clause ("where it rose", a sentence's
    opening "It") is handed to `pronoun_measures`, which takes the nearest subject before it when that agrees in
    number and is a measure. The company "it" moves no figure without naming what moved."""
    if subject is None or subject.lower_ not in words("measure_pronouns"):
        return None
    moves = words("change_up") | words("change_down")
    moved = any(c.lemma_.lower() in moves for c in verb.children) if verb.lemma_.lower() == "be" else None
    if not (moved or verb.lemma_.lower() in moves) or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "whereas it was down 2 percent", "but they fell 2 percent"; not "it was worth $3 billion"
    if verb.dep_ not in ("advcl", "conj"):  # "where it rose", "It is expected to rise" (`pronoun_measures`)
        return measure_told_before(verb, subject)
    antecedent = joined_antecedent(verb, subject)
    if antecedent is None or antecedent.pos_ != "NOUN" or not is_measure_noun(antecedent):
        return None
    return antecedent


def joined_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The subject a pronoun subject of `verb` takes up from a clause joined to its own and written before it:
    the clause `verb` hangs on ("income grew, whereas it was down"), or for a main verb a clause hanging on it ("the
    stock rose before it ended" parsed with "rose" below "ended"). Shared by the measure and share pronouns."""
    joined = [verb.head] if verb.dep_ != "ROOT" else [c for c in verb.children if c.pos_ in ("VERB", "AUX")]
    subjects = [s for s in map(clause_subject, joined) if s is not None and s.i < pronoun.i]
    return max(subjects, key=lambda s: s.i, default=None)


_EMBEDDING_DEPS = ("ccomp", "xcomp")  # "which it expects will rise", "which it expects to climb"


def embedded_antecedent(verb: Token) -> Token | None:
    """ "fuel costs, which the carrier believes will rise 20 percent", "freight costs, which it expects to climb 8
    percent": a relative pronoun that is the subject (or the fronted object of an infinitive) of a clause embedded
    under the relative clause's verb of saying or expecting stands for the noun the relative clause modifies. The
    plain relative clause ("costs, which rose 8 percent") is `clause_subject`'s; this is one or two levels down."""
    pronoun = next(
        (c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS and c.dep_ in (*SUBJECT_DEPS, "dobj")), None
    )
    if pronoun is None or pronoun.i > verb.i:
        return None
    clause = verb
    for _ in range(2):
        if clause.dep_ not in _EMBEDDING_DEPS:
            return None
        clause = clause.head
        if clause.dep_ == "relcl":
            noun = clause.head
            return noun if noun.pos_ == "NOUN" and pronoun.i > noun.i and is_measure_noun(noun) else None
    return None
