"""Counted people or bodies told by what they do keep the doing in the predicate (FACTS.md "Predicates": the measured
noun first, then what qualifies it, "hypermarkets to remodel").

"Three board members voted against the plan", "two of the lenders need fresh capital", "a third of growers receive
subsidies": the count's noun is the subject of the clause's verb, and the noun alone ("members") says less than the
count does; the gold writes the verb as a present participle with its object ("board members voting", "lenders
needing fresh capital", "share of growers receiving subsidies"). Round 20's described crowds read the same thing
where the doing is a participle after the noun ("people awaiting a flat"); this reads it where the noun is the
verb's subject, the figure a number on the noun ("three members") or the figure the subject with the noun its
"of" phrase ("two of the lenders", "a third of growers").

Only a count or a share, only a plural noun for people or bodies (crowd, person and organization nouns,
`acting_crowd_nouns`), never forecasters (a poll's economists are counted as polled), never the whole a part is
taken from ("nine of 25 lenders": the 25); a verb that says, believes or predicts, that sizes its subject (be, have,
hold, total: `level_verbs`, `not_doing_verbs`), that takes a clause ("agreed to lend", "said they would"), is negated,
or is the small clause of having ("had 900 members enrolled") leaves the noun alone. The participle keeps its
particle and its first complement as round 20 keeps it (an object with its modifiers, or a preposition with its
phrase; no name, date or figure); with none it stands alone ("funds appealing"). The noun stays the predicate's head
for the rules that read it (`predicate_forms.head_index`, `crowd_part`): a count of members is a stock, whatever
they do."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.described_crowds import (
    CLAUSE_DEPS,
    COMPLEMENT_DEPS,
    SPACED_HYPHEN,
    complement_tokens,
    people_lemmas,
)
from extractor.lexicons import any_words, table, words
from extractor.word_forms import present_participle, singular

COUNTED_UNITS = frozenset({None, "percent"})  # a count of the crowd, or its share
SAYING_LEXICONS = ("reporting_verbs", "belief_verbs", "prediction_verbs")
SIZING_LEXICONS = ("level_verbs", "stock_total_verbs", "not_doing_verbs")


def acting_crowd(predicate: str | None, measured: Token | None, span: Span, unit: str | None) -> str | None:
    """ "members" -> "members voting" when the counted noun is the subject of a verb of doing; any other predicate
    comes back as it is. Only a count or a share of the crowd ("a third of members"), never money they move."""
    if unit not in COUNTED_UNITS or predicate is None:
        return predicate
    if span.start > span.sent.start and span.doc[span.start - 1].lower_ == "of":
        return predicate  # "12 of 40 lenders": the whole the part is taken from, whatever the parse hangs it on
    measured = measured or _numbered_noun(span)
    if measured is None or not _ends_with(predicate, measured) or not _is_actor(measured):
        return predicate
    subject = _counted_subject(measured, span)
    if subject is None or not _is_doing(subject.head):
        return predicate
    as_written = " ".join([*predicate.split()[:-1], measured.lower_])  # "fund" (the counted lemma) -> "funds"
    return f"{as_written} {_doing(subject.head)}"


def acted_on_crowd(predicate: str | None, measured: Token | None, span: Span, unit: str | None) -> str | None:
    """ "bank" -> "banks tested" when the counted bodies are what a verb of doing acts on ("regulators tested 19
    banks", "shuttered 81 lenders"): the object-side twin of `acting_crowd`, for the firm nouns the reading does
    not take as a measure (its people nouns already get the participle there, `participle_verbs`). Any other
    predicate comes back as it is."""
    if unit is not None or predicate is None:
        return predicate
    measured = measured or _numbered_noun(span)
    if measured is None or measured.dep_ != "dobj" or not _ends_with(predicate, measured) or not _is_actor(measured):
        return predicate
    participle = table("participle_verbs").get(measured.head.lemma_.lower())
    if participle is None or measured.head.pos_ != "VERB":
        return predicate
    as_written = " ".join([*predicate.split()[:-1], measured.lower_])  # "bank" (the counted lemma) -> "banks"
    return f"{as_written} {participle[0]}"


def is_actor_word(word: str) -> bool:
    """A plural noun for people or bodies ("members", "banks", "workers") that is no forecaster: a poll's
    economists are counted as polled, not by what they do (`forecast_cues`)."""
    lemma = singular(word)
    plural = lemma != word or word in words("unmarked_plurals")  # "people" has no "-s", "consumer" is singular
    if not plural or lemma in words("forecast_cues"):
        return False
    actors = any_words("org_nouns", "person_nouns", "acting_crowd_nouns")
    return lemma in people_lemmas() or lemma in actors or word in actors


def _is_actor(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") and is_actor_word(noun.lower_)


def _numbered_noun(span: Span) -> Token | None:
    """The noun the figure is a number on, where the reading found no measure ("20 funds": a firm noun is no
    measure, so the count's predicate is its counted noun)."""
    figure = span.root
    numbered = figure.dep_ in ("nummod", "quantmod", "compound") and figure.head.i >= span.end
    return figure.head if numbered and figure.head.pos_ == "NOUN" else None


def _ends_with(predicate: str, noun: Token) -> bool:
    """The predicate ends with the noun, as written or as its lemma ("hedge funds" may be normalized to "fund")."""
    return predicate.split()[-1:] in ([noun.lower_], [noun.lemma_.lower()])


def _counted_subject(measured: Token, span: Span) -> Token | None:
    """The subject token that carries the count: the noun the figure is a number on ("three members voted"), or
    the figure whose "of" phrase holds the noun ("two of the lenders need")."""
    figure = span.root
    if measured.dep_ == "nsubj" and figure.head.i == measured.i and figure.dep_ in ("nummod", "quantmod", "compound"):
        return measured
    of = measured.head if measured.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.dep_ == "nsubj" and span.start <= of.head.i < span.end:
        return of.head
    return None


def _is_doing(verb: Token) -> bool:
    """A verb that tells what its subject does: not saying, believing or predicting, not sizing, no clause, not
    negated, a finite verb (not a bare past participle)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in any_words(*SAYING_LEXICONS, *SIZING_LEXICONS):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "900 members enrolled" after a noun: a participle the noun wears, no verb of its own
    if verb.dep_ in CLAUSE_DEPS and verb.head.lemma_.lower() in words("level_verbs"):
        return False  # "had 900 members enrolled": the small clause of having, parsed as a clause of its own
    return not any(c.dep_ in CLAUSE_DEPS or c.dep_ == "neg" for c in verb.children)


def _doing(verb: Token) -> str:
    """ "voting", "needing fresh capital", "pulling out of shale gas": the participle, its particle, and its first
    kept complement."""
    doing = [present_participle(verb.lemma_.lower())]
    doing += [c.lower_ for c in verb.rights if c.dep_ == "prt"]
    complement = next((c for c in verb.rights if c.dep_ in COMPLEMENT_DEPS), None)
    kept = complement_tokens(complement) if complement is not None else []
    inner = next((c for c in complement.children if c.dep_ == "prep"), None) if complement is not None else None
    if not kept and complement is not None and complement.dep_ == "prep" and inner is not None:
        kept = [complement, *complement_tokens(inner)] if complement_tokens(inner) else []  # "out of the market"
    return SPACED_HYPHEN.sub("-", " ".join([*doing, *(t.lower_ for t in kept)]))  # "assembly-line"
