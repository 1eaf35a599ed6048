"""Who else a sentence names as the holder of a figure before the story's default subject is used.

The default subject (the story's main organization, or the country of an economy story) is right for a
figure whose clauses name nobody: "Revenue rose 5 percent." It is wrong when a clause around the figure
names another organization that the measured noun's own relations do not reach: "sales rose 5 percent to
$3 billion at its games unit Quillby" ("at" hangs on the amount, not on "sales"), "Quillby reported a loss,
but it said orders fell 8 percent" (the subject of the reporting clause). This module walks the clauses
from the figure up to the sentence root and returns the first organization a clause names as its subject
or after "at"; only when none does the default stands."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS, own_clause
from extractor.lexicons import words
from extractor.mentions.cluster_lookup import first_named
from extractor.mentions.entities import EntityIndex
from extractor.mentions.government_bodies import is_governing_body
from extractor.mentions.token_index import lowered_positions

Resolver = Callable[[Token], str | None]


@cache
def _voicing_verbs() -> frozenset[str]:
    """Verbs whose subject tells, publishes or predicts a figure rather than holding it (cached lexicons)."""
    return words("reporting_verbs") | words("prediction_verbs") | words("publisher_verbs")


MAX_CLAUSES = 4  # a figure's own clause and up to three around it: further up, a clause is about something else


def enclosing_holder(
    verb: Token | None,
    measured: Token | None,
    entities: EntityIndex,
    resolve: Resolver,
    at_holder: Resolver,
    near: int | None = None,
) -> str | None:
    """The first organization named by a clause from the figure's own (its verb's, else its measured noun's)
    up to the root: the clause's subject (a pronoun resolved), else an organization after "at" in it
    (`near`: where the figure starts)."""
    start = verb if verb is not None else measured
    clause = own_clause(start) if start is not None else None
    for _ in range(MAX_CLAUSES):
        if clause is None:
            return None
        holder = _subject_org(clause, measured, entities, resolve) or _clause_at_holder(clause, at_holder, near)
        if holder is not None:
            return holder
        if not _may_climb(clause, measured):
            return None
        clause = own_clause(clause.head)
    return None


def _may_climb(clause: Token, measured: Token | None) -> bool:
    """Whether a clause's figure may belong to a participant of the clause above it: not when the clause
    has a subject of its own ("..., while the broader market was down 0.3 percent") or is set against it
    ("while", "whereas"), reports what someone says or found (a complement: "X reckoned [an offer would
    imply 27 times earnings]"), or has its doer in the object above ("accuses Brindle of selling $8
    billion of notes")."""
    if clause.dep_ in ("ROOT", "ccomp", "parataxis") or clause.head == clause:
        return False
    if any(not _holds(c, measured) for c in clause.children if c.dep_ in SUBJECT_DEPS):
        return False
    if any(c.dep_ == "mark" and c.lower_ in words("contrast_marks") for c in clause.children):
        return False  # "Vexa lost 300 clients, while 190 customers left Orlin": set against the other party
    return not _object_does(clause, own_clause(clause.head))


def _holds(subject: Token, measured: Token | None) -> bool:
    """The clause's subject is the measured noun's own phrase ("the VaR for currencies climbed 14 percent")."""
    return measured is not None and subject.left_edge.i <= measured.i <= subject.right_edge.i


def _object_does(clause: Token, parent: Token | None) -> bool:
    """A subjectless -ing or to-clause right under a verb with an object ("accuses X of selling", "asked X
    to pay"): the object is its doer."""
    if parent is None or clause.tag_ not in ("VBG", "VB"):
        return False
    objects = [c for c in parent.children if c.dep_ == "dobj"]
    if clause.head == parent or clause.head.head == parent:
        return bool(objects)
    return any(clause.head.head in obj.subtree for obj in objects)  # "accuses X and two aides of selling"


def _subject_org(clause: Token, measured: Token | None, entities: EntityIndex, resolve: Resolver) -> str | None:
    """An organization (not a public body, which publishes its country's figures) that is the clause's
    subject, unless the clause only reports ("the association said sales rose": the publisher of a figure
    does not hold it; "the group projected spending to rise": nor its forecaster)."""
    if clause.lemma_.lower() in _voicing_verbs():
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and not _holds(c, measured)), None)
    if subject is None:
        return None
    name = resolve(subject)
    cluster = first_named(entities, name)
    if cluster is None or cluster.label != "ORG" or cluster.agency or public_body(cluster.name):
        return None
    return name


def public_body(name: str) -> bool:
    """A legislature, government office or department ("Finance Ministry", "Commerce Department"): it
    announces its country's figures rather than holding them."""
    return is_governing_body(name) or all(w in words("government_departments") for w in name.lower().split())


AT = frozenset({"at"})


def _clause_at_holder(clause: Token, at_holder: Resolver, near: int | None) -> str | None:
    """ "... to $3 billion at Quillby": an organization after "at" on a word of this clause (not of a clause
    inside it), wherever the parse attached the phrase; of several, only the one nearest the figure ("15
    billion at Brindle and 6 billion at Quillby")."""
    if not lowered_positions(clause.doc, clause.left_edge.i, clause.right_edge.i + 1, AT):
        return None  # asked per figure, and most clauses hold no "at": found by string id before the walks below
    subjects = {t.i for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    ats = [  # "analysts at Halden expect ...": the subject's phrase names who forecasts, not who holds
        t
        for t in clause.subtree
        if t.dep_ == "prep"
        and t.lower_ == "at"
        and t.i not in subjects
        and own_clause(t) == clause
        and t.head.lemma_.lower() not in words("measure_nouns")  # "fell due to weak sales at Quillby": its sales
    ]
    if not ats:
        return None
    nearest = min(ats, key=lambda t: abs(t.i - near)) if near is not None else ats[0]
    return at_holder(nearest.head)
