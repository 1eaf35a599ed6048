"""The age of a sentence that opens "At 52, <someone> ...", checked on the parse: the text alone cannot tell a
person ("At 52, Vell still runs the mill", "At 52, she quit") from a market name, a rank or a price ("At 52,
Copper is cheap", "At 52, he said, copper ..."). `ages.py` reads the shape; here the reading stands only when the
word after the comma is a person the entity recogniser knows (PERSON, or the surname of one named in the
document) or a subject pronoun with a verb of its own that is not a verb of speech (docs/DECISIONS.md,
"Quantities", round 21)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.ages import opens_at_age_shape
from extractor.mentions.quantities.mentions import QuantityMention

_VERB_TAGS = ("VERB", "AUX")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def checked_opening_age(text: str, mention: QuantityMention, span: Span) -> QuantityMention:
    """`mention` as read, or, for an opening "At N," age the parse gives no person for, the bare number."""
    if mention.quantity.unit != "year" or not opens_at_age_shape(text, mention.start, mention.end):
        return mention
    if _person_after_comma(span):
        return mention
    return plain_number(mention)


def plain_number(mention: QuantityMention) -> QuantityMention:
    """An age reading undone: the bare number, with no unit and no dimension."""
    quantity = mention.quantity.model_copy(update={"unit": None})
    extras = {k: v for k, v in mention.extras.items() if k != "dimension"}
    return QuantityMention(mention.start, mention.end, quantity, "amount", extras)


def _person_after_comma(span: Span) -> bool:
    """The token after the number's comma names a person, or is a pronoun that is the subject of its own verb."""
    doc, at = span.doc, span.end + 1
    if at >= len(doc) or doc[span.end].text != ",":
        return False
    word = doc[at]
    if word.ent_type_ == "PERSON" or _surname_of_person(word):
        return True
    return word.lower_ in words("age_subject_pronouns") and _subject_of_own_verb(word)


def _surname_of_person(word: Token) -> bool:
    """ "Dana Merrick founded ... At 71, Merrick still ...": a capitalised word that ends a PERSON the recogniser
    found elsewhere in the document (a surname alone is often tagged otherwise, or not at all)."""
    return word.is_title and any(len(e) > 1 and e[-1].text == word.text for e in word.doc.ents if e.label_ == "PERSON")


def _subject_of_own_verb(pronoun: Token) -> bool:
    """ "she quit", "he still runs": the pronoun is the subject of a verb after it; "he said, ..." (a speaker's
    aside before the clause) is not."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECT_DEPS or verb.pos_ not in _VERB_TAGS or verb.i <= pronoun.i:
        return False
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return not (verb.lower_ in words("age_speaker_verbs") and after is not None and after.text == ",")
