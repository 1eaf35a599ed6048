"""What a document establishes across sentences: its main organization, what pronouns and
"the company" refer to, who a claim is attributed to, and the running context of the fact rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, possessor
from extractor.lexicons import words
from extractor.mentions.entities import EntityIndex
from extractor.mentions.periods import FiscalCalendar
from extractor.models import Period

UNIT_WORDS = frozenset({"division", "unit", "segment", "arm", "business", "subsidiary", "region"})


@dataclass
class DocContext:
    doc: Doc
    doc_id: str
    published: dt.date | None
    fiscal: FiscalCalendar
    entities: EntityIndex
    report_period: Period | None
    body_start: int
    section_period: Period | None = (
        None  # from a sentence that introduces a list ("... for the fiscal year ended June 30:")
    )
    topics: dict[str, str] = field(default_factory=dict)  # last predicate per unit class, reset at each paragraph
    last_subject: str | None = None  # the organization that was last the subject of a main clause

    @property
    def main_org(self) -> str | None:
        """The canonical name of the organization the article is about."""
        return self.entities.main_org.name if self.entities.main_org else None


def resolve_subject(token: Token | None, ctx: DocContext) -> str | None:
    """Canonical entity for a subject-ish token: a named ORG/PERSON/GPE, or an anaphor ("the company", "it")."""
    if token is None:
        return None
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label in ("ORG", "PRODUCT"):
        if cluster.name.split()[-1].lower() in UNIT_WORDS and ctx.entities.main_org is not None:
            return ctx.entities.main_org.name  # a division's figures are its parent's, the unit named in the predicate
        return cluster.name
    if cluster is not None and cluster.label == "GPE" and token.head.lemma_.lower() in words("economy_nouns"):
        return cluster.name
    phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)[-30:]
    anaphors = words("anaphors")
    if token.lower_ in ("it", "its"):
        antecedent = _pronoun_antecedent(token, ctx)
        if antecedent is not None:
            return antecedent
    if token.lower_ in anaphors or any(phrase.endswith(a) for a in anaphors if " " in a):
        return ctx.main_org
    if token.lemma_.lower() in words("org_nouns") and any(c.lower_ == "the" for c in token.children):
        return ctx.main_org
    return None


def _pronoun_antecedent(token: Token, ctx: DocContext) -> str | None:
    """ "X said it will ...": the subject of an enclosing clause; else the nearest organization named
    earlier in the sentence ("Despite X's caution, it ..."); else the last organization a main clause
    was about ("... X Wireless is the largest carrier. It also has ...")."""
    for ancestor in token.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.i != token.i), None)
        cluster = ctx.entities.at(subject.i) if subject is not None else None
        if cluster is not None and cluster.label == "ORG":
            return cluster.name
    for earlier in reversed(token.doc[token.sent.start : token.i]):
        cluster = ctx.entities.at(earlier.i)
        if (
            cluster is not None
            and cluster.label == "ORG"
            and earlier.dep_ in ("poss", "nsubj", "compound", "nsubjpass")
        ):
            return cluster.name
    return ctx.last_subject


def subject_for(measured: Token | None, verb: Token | None, ctx: DocContext, sent: Span) -> str | None:
    """Who a quantity is about: the possessor of the measured noun, an entity compounded with it,
    the subject of its verb, else the article's main organization."""
    candidates: list[Token] = []
    index = _index_name(measured)
    if index is not None:
        return index
    if measured is not None:
        owner = possessor(measured)
        if owner is not None:
            candidates.append(owner)
        if measured.dep_ not in SUBJECT_DEPS and verb is not None:
            subject = clause_subject(verb)
            if subject is not None:
                candidates.append(subject)
    elif verb is not None:
        subject = clause_subject(verb)
        if subject is not None:
            candidates.append(subject)
    for candidate in candidates:
        name = resolve_subject(candidate, ctx)
        if name:
            return name
        for token in candidate.subtree:
            if token.dep_ in ("poss", "compound") and (name := resolve_subject(token, ctx)):
                return name
    return ctx.main_org


def _index_name(measured: Token | None) -> str | None:
    """ "a gain in the Nikkei 225 index": a stock index is the subject of its own moves, by its short name."""
    if measured is None or measured.lemma_.lower() not in ("index", "average"):
        return None
    names = [
        t.text
        for child in measured.lefts
        if child.dep_ in ("compound", "nmod")
        for t in child.subtree
        if t.pos_ == "PROPN" and t.i < measured.i
    ]
    return " ".join(names) or None


def attribution_for(sent: Span, ctx: DocContext) -> str | None:
    """ "according to X", "X said": the person (or source) a claim is attributed to."""
    reporting = words("reporting_verbs")
    for token in sent:
        if token.lower_ == "according":
            for t in token.subtree:
                cluster = ctx.entities.at(t.i)
                if cluster is not None and cluster.label == "PERSON":
                    return cluster.name
        if token.lemma_.lower() in reporting and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS:
                    cluster = ctx.entities.at(child.i)
                    if cluster is not None and cluster.label == "PERSON":
                        return cluster.name
    return None
