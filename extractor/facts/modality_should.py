"""When "should" before a figure's verb predicts the figure, and when it tells an agent what to do."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

AGENT_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def predicted_by_should(verb: Token) -> bool:
    """ "margins should widen to 9 percent", "the listing should raise about 2 billion euros": the figure is
    predicted. Not advice or duty told to an agent ("analysts said the retailer should trim costs by 4 percent",
    "regulators said lenders should hold 8 percent of capital"), nor what should have happened ("should have
    earned $3 million"): there "should" names what someone ought to do, not what is expected."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "should" not in auxiliaries or "have" in auxiliaries:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or not _agent(subject)


def _agent(subject: Token) -> bool:
    """A subject that can act and be told to: a named organization, person or country, or a noun for one ("the
    company", "lenders", "the minister"); a measure ("sales", "the margin") or a pronoun is none."""
    if subject.ent_type_ in AGENT_ENTITIES:
        return True
    lemma = subject.lemma_.lower()
    return lemma in words("org_nouns") or lemma in words("person_nouns")
