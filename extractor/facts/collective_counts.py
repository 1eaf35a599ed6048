"""A count of members that sizes a collective the clause names (FACTS.md: the measured noun first, "Cut X by N" a
change of X): "trimmed its workforce by 450 posts" is a change of the workforce, "a repair staff of 30 people",
"its workforce of 8,400 employees" and "membership passed 6 million subscribers" size the staff, the
workforce and the membership. The noun after the number (jobs, people, employees) is what is counted, the fact's
`counted`, not its predicate."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.syntax import clause_subject
from extractor.lexicons import any_words, words


def counted_collective(span: Span, skip: frozenset[int]) -> tuple[Token, bool] | None:
    """The collective a count of members sizes, and whether the count changes it ("by"); None when the count's
    noun is itself the measure ("cut 450 jobs", "hired 300 people")."""
    counted = _counted_noun(span)
    if counted is None:
        return None
    changed = _changed_by(counted, skip) if counted.dep_ == "pobj" else None
    if changed is not None:
        return changed, True
    sized = _sized_by_of(counted, skip) if counted.dep_ == "pobj" else _sized_as_object(counted, skip)
    return (sized, False) if sized is not None else None


def _counted_noun(span: Span) -> Token | None:
    """The noun the figure's number counts ("450 jobs": jobs), when the number stands right before it."""
    root = span.root
    if root.pos_ == "NOUN" and not root.like_num:
        return root
    head = root.head
    if root.dep_ in ("nummod", "compound", "quantmod") and head.pos_ == "NOUN" and head.i >= span.end:
        return head
    return None


def _changed_by(counted: Token, skip: frozenset[int]) -> Token | None:
    """ "cut its workforce by 450 jobs", "expand its fleet by 20 aircraft": the object of a change verb whose
    "by" phrase holds the count ("Cut X by N" is a change of X). The object must be a measure noun, and not the
    count's own noun ("cut jobs by 450 jobs" measures the jobs as before)."""
    preposition = counted.head
    verb = preposition.head
    if preposition.lower_ != "by" or preposition.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in any_words("change_up", "change_down"):
        return None
    changed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if changed is None or changed.pos_ != "NOUN" or changed.i in skip or changed.like_num:
        return None
    same_noun = changed.lemma_.lower() == counted.lemma_.lower()
    return changed if is_measure_noun(changed) and not same_noun else None


def _sized_by_of(counted: Token, skip: frozenset[int]) -> Token | None:
    """ "a repair staff of 30 people", "its workforce of 8,400 employees": a collective noun
    (`collective_count_nouns`) whose "of" phrase counts its members."""
    preposition = counted.head
    holder = preposition.head
    if preposition.lower_ != "of" or holder.i in skip:
        return None
    return holder if _collective(holder) else None


def _sized_as_object(counted: Token, skip: frozenset[int]) -> Token | None:
    """ "membership passed 6 million subscribers", "its workforce totaled 12,000 employees": a collective subject
    whose verb takes the count of its members as object."""
    if counted.dep_ not in ("dobj", "attr") or counted.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = clause_subject(counted.head)
    return subject if subject is not None and subject.i not in skip and _collective(subject) else None


def _collective(token: Token) -> bool:
    """A noun of `collective_count_nouns`; at a sentence's start the tagger may take it for a name ("Enrollment
    exceeded ...")."""
    initial = token.pos_ == "PROPN" and token.is_sent_start and not token.ent_type_  # not "Staff Corp"
    return (token.pos_ == "NOUN" or initial) and token.lemma_.lower() in words("collective_count_nouns")
