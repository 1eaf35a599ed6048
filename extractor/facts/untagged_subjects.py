"""The clause subject of a figure written as a company's name that the tagger did not read as an organization
("Ostwick has about 40 percent of the market" with the name untagged, "4Sight has 12 million users" with a name
that opens with a digit read as a number): the name as written, or the story's organization it is a short form
of. A candidate of `discourse._subject_candidates` ("untagged_subject"), weighed against the others
(lexicons/subject_weights.tsv)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.org_anaphors import written_name
from extractor.facts.story_orgs import org_named_by
from extractor.lexicons import words

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

# spaCy's own labels on a company name it misread: none, an organization the entity index dropped, a number
# ("4Sight"), a product; never a person, a place, a date or an amount
MISREAD_NAME_TYPES = frozenset({"", "ORG", "CARDINAL", "PRODUCT"})


def untagged_subject(subject: Token, verb: Token, ctx: DocContext) -> str | None:
    """The organization a clause subject names where the entity index holds nothing there: a proper name the
    story also writes inside a sentence (so a capitalised first word of a sentence is no name), not a person's
    name or a part of one, not a news agency, a forecaster ("the Street") or a code word ("IPO"). Only the figure's
    own verb's subject: one borrowed from a joined clause ("X gathers data, and the data included 27 ...") is not
    the doer of the figure's clause."""
    if subject.head.i != verb.i:
        return None
    if subject.pos_ != "PROPN" or subject.ent_type_ not in MISREAD_NAME_TYPES or ctx.entities.at(subject.i):
        return None
    if subject.lemma_.lower() in words("forecast_cues") or subject.lower_ in words("code_words"):
        return None  # "Wall Street was expecting ...": who forecasts; "the IPO" in capitals: a code, no name
    name = written_name(subject)
    if name is None or any(agency in name.lower() for agency in words("news_agencies")):
        return None
    if not _written_inside_a_sentence(subject):
        return None
    if any(c.label == "PERSON" and subject.text in c.name.split() for c in ctx.entities.clusters):
        return None  # "Varga has 3 percent": a surname
    return org_named_by(name, ctx) or name


def _written_inside_a_sentence(subject: Token) -> bool:
    """Whether the story writes the subject's word somewhere not at a sentence's start: a name keeps its capital
    there, a common word does not."""
    return any(t.text == subject.text and t.i != subject.i and not t.is_sent_start for t in subject.doc)
