"""The clause subject of a figure written as a company's name that the tagger did not read as an organization
("Ostwick has about 40 percent of the market" with the name untagged, "4Sight has 12 million users" with a name
that opens with a digit read as a number): the name as written, or the story's organization it is a short form
of. A candidate of `discourse._subject_candidates` ("untagged_subject"), weighed against the others
(lexicons/subject_weights.tsv)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.org_anaphors import name_word, written_name
from extractor.facts.story_orgs import org_named_by
from extractor.lexicons import any_words, words
from extractor.mentions.doc_memo import PerDoc

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

# spaCy's own labels on a company name it misread: none, an organization the entity index dropped, a number
# ("4Sight"), a product; never a person, a place, a date or an amount
MISREAD_NAME_TYPES = frozenset({"", "ORG", "CARDINAL", "PRODUCT"})
MISREAD_NAME_TAGS = frozenset({"PROPN", "ADJ", "NUM"})  # "Zumble has ...": an unknown word read as an adjective
# for each written word, how often the Doc writes it inside a sentence and whether once after a title: counted once
# per Doc, since a walk over the Doc for each subject asked about makes a long document's cost grow with its square
_WORD_USES: PerDoc[dict[str, tuple[int, bool]]] = PerDoc()


def untagged_subject(subject: Token, verb: Token, figure: Span | None, ctx: DocContext) -> str | None:
    """The organization a clause subject names where the entity index holds nothing there: a proper name the
    story also writes inside a sentence (so a capitalised first word of a sentence is no name), not a person's
    name or a part of a longer name, not a news agency, a forecaster ("the Street"), a code or a measure ("the
    IPO", "Core PPI"). Only the figure's own verb's subject: one borrowed from a joined clause ("X gathers data,
    and the data included 27 ...") is not the doer of the figure's clause, nor is a subject whose own phrase
    holds the figure (a relative clause on it that the parse hung the figure on)."""
    own_verb = verb.head if verb.dep_ == "xcomp" else verb  # "Zumble plans to reach 30 million users"
    if subject.head.i != own_verb.i or not _misread_name(subject, ctx):
        return None
    if figure is not None and subject.left_edge.i <= figure.start and figure.end <= subject.right_edge.i + 1:
        return None
    name = written_name(subject)
    if name is None or any(agency in name.lower() for agency in words("news_agencies")):
        return None
    if not _written_inside_a_sentence(subject) or _a_persons_name(subject, name, ctx):
        return None
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in subject.children):
        return None  # "Bank of Freedonia Corp sold ...": the head of a longer name the tagger split
    return org_named_by(name, ctx) or name


def _misread_name(subject: Token, ctx: DocContext) -> bool:
    """A word written as a name ("Zumble", "4Sight") that no entity covers and that the tagger read as a name,
    an adjective or a number, with no label or one a company's name may get by mistake."""
    misread = subject.pos_ in MISREAD_NAME_TAGS or subject.pos_ == "NOUN" and subject.text[:1].isdigit()  # "4Sight"
    if not misread or subject.ent_type_ not in MISREAD_NAME_TYPES or not name_word(subject):
        return False
    if subject.lemma_.lower() in words("forecast_cues"):
        return False  # "Wall Street was expecting ...": who forecasts
    return subject.lower_ not in any_words("code_words", "measure_acronyms") and ctx.entities.at(subject.i) is None


def _a_persons_name(subject: Token, name: str, ctx: DocContext) -> bool:
    """ "Varga has 3 percent": a surname of a person the index knows, or a name the story writes after a title
    ("Chief Executive Dan Varga"), here or elsewhere, which the tagger may have read as no person at all."""
    if any(c.label == "PERSON" and subject.text in c.name.split() for c in ctx.entities.clusters):
        return True
    titles = words("title_words")
    if any(word.lower() in titles for word in name.split()):
        return True
    return _word_uses(subject)[1]


def _after_a_title(name: Token, titles: frozenset[str]) -> bool:
    """ "Chief Executive Dan Varga", "analyst Varga": a title right before the name or before its first name;
    not "the chief executive of Varga", where the name is the employer."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.i > 0:
        before = name.doc[before.i - 1]  # "Executive Dan Varga": past the first name
    return before is not None and before.lower_ in titles


def _written_inside_a_sentence(subject: Token) -> bool:
    """Whether the story writes the subject's word somewhere not at a sentence's start: a name keeps its capital
    there, a common word does not."""
    inside = _word_uses(subject)[0]
    return inside > (0 if subject.is_sent_start else 1)  # the subject itself is not "somewhere else"


def _word_uses(token: Token) -> tuple[int, bool]:
    """How many times the Doc writes `token`'s word not at a sentence's start, and whether once right after a
    title, from one count over the Doc."""
    doc = token.doc
    uses = _WORD_USES.get(doc)
    if uses is None:
        titles = words("title_words")
        counted: dict[str, tuple[int, bool]] = {}
        for word in doc:
            inside, titled = counted.get(word.text, (0, False))
            counted[word.text] = (inside + (not word.is_sent_start), titled or _after_a_title(word, titles))
        uses = _WORD_USES.set(doc, counted)
    return uses.get(token.text, (0, False))
