"""Names a story writes as brands or products of a company, not as companies.

FACTS.md: business numbers about a product (sales, volume, share) take the company; the product is named in the
predicate. NER tags a brand as an organization (or a person), so a brand can take a company's figures, become the
story's main organization, or take the company's short name ("Tolva" beside "Tolva Group Inc" and "Tolva Gold").
The text marks a brand by the list frame it stands in, read on the words around the name (the parse often breaks
such lists apart, so the frame is read on the word order):

- after a maker noun's "of" and before a product noun: "the maker of Quillby crackers", "the brewer of Tolva
  and Brisk Amber lagers", "the maker of the Zentro phone" (not "the maker of Quillby", which may name a company);
- after a brand noun and "like", "such as" or "including": "brands like Quillby, Tolva and Brisk";
- before a brand noun: "its Quillby brand", "the Quillby, Tolva and Brisk brands".

A name written with a legal suffix or a ticker is a company whatever list it stands in. A single name before a brand
noun ("the Halvik brand") may be the company's own name too (a company sells under its name): that frame ties the
name's figures to the main company (facts/unit_ties.py) but does not keep it from being the main company.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import words
from extractor.mentions.legal_names import has_legal_form

if TYPE_CHECKING:
    from extractor.mentions.entity_clusters import EntityCluster


def brand_frame(span: Span) -> Token | None:
    """The noun whose list the name stands in as a brand (the maker noun or the brand noun), or None."""
    frame = _frame(span)
    return frame[0] if frame is not None else None


def names_no_company(span: Span) -> bool:
    """A brand frame that says the name is not a company's: a maker's list, a "brands like" list, or several names
    before a brand noun. A single name before it ("the Halvik brand") may be the company's own name as well."""
    frame = _frame(span)
    return frame is not None and (frame[0].i < span.start or frame[1])


def _frame(span: Span) -> tuple[Token, bool] | None:
    """(frame noun, whether the list holds more than the name) for a name in a brand frame; none where the clause
    denies or only supposes it ("X is not the maker of Y crackers", "X could become the maker of Y crackers")."""
    frame = _listed_frame(span)
    return frame if frame is not None and not _denied_or_supposed(frame[0]) else None


def _denied_or_supposed(noun: Token) -> bool:
    """The verb that governs the frame noun is negated or under a modal of possibility ("could", "might"; not "will",
    which tells a plan for a brand the company has: "it will take the Halvik brand abroad")."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    modals = words("speculative_modals")
    return verb is not None and any(c.dep_ == "neg" or c.lower_ in modals for c in verb.children)


def _listed_frame(span: Span) -> tuple[Token, bool] | None:
    doc = span.doc
    left, right = span.start, span.end
    while left > span.sent.start and _list_word(doc[left - 1]):
        left -= 1
    while right < span.sent.end and _list_word(doc[right]):
        right += 1
    joiners = _joiners_inside()  # built once: a set difference per word was about 0.5 % of the extractor
    listed = any(doc[i].lower_ in joiners for i in range(left, right))  # no Span slice (normalize_slice)
    after = doc[right] if right < span.sent.end else None
    if after is not None and after.lower_ in words("brand_nouns"):
        return after, listed  # "the Quillby and Tolva brands"
    opener = _list_opener(doc, left, span.sent.start)
    if opener is None:
        return None
    if opener.lower_ in words("brand_nouns"):
        return opener, listed  # "brands such as Quillby"
    return (opener, listed) if after is not None and _product_noun(after) else None  # "the maker of Quillby crackers"


@cache
def _joiners_inside() -> frozenset[str]:
    """The joiners that say a list holds more than the name ("and", "or", a comma): "the" stands in a list of one."""
    return words("brand_list_joiners") - {"the"}


def is_brand(cluster: EntityCluster) -> bool:
    """A name the story writes only in frames that say it names no company, never with a legal suffix or ticker. A
    name also written elsewhere ("Tarvik said ..." beside "the brewer of Tarvik lager") may be the maker itself."""
    mentions = cluster.mentions
    return bool(mentions) and not written_as_company(cluster) and all(names_no_company(m) for m in mentions)


def written_as_company(cluster: EntityCluster) -> bool:
    """A legal suffix, a ticker or a descriptor says the name is a company's, whatever list it stands in."""
    return cluster.org_evidence or any(has_legal_form(alias) for alias in cluster.aliases)


def _list_word(token: Token) -> bool:
    """A word that can stand inside a list of names: a capitalised word, a number ("Model 64"), a joiner."""
    return token.text[:1].isupper() or token.like_num or token.lower_ in words("brand_list_joiners")


def _list_opener(doc: Doc, left: int, sent_start: int) -> Token | None:
    """The maker noun before "of", or the brand noun before "like", "such as", "including" (a comma between
    allowed), that opens the list starting at `left`."""
    i = left - 1
    if i <= sent_start:
        return None
    cue = doc[i]
    if cue.lower_ == "of" and doc[i - 1].lower_ in words("maker_nouns"):
        return doc[i - 1]
    if cue.lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 1
    elif cue.lower_ not in words("brand_list_cues"):
        return None
    before = doc[i - 1] if i - 1 >= sent_start else None
    if before is not None and before.text == "," and i - 2 >= sent_start:
        before = doc[i - 2]
    return before if before is not None and before.lower_ in words("brand_nouns") else None


def _product_noun(token: Token) -> bool:
    """A lower-case common noun after the list that is no organization or unit word: what the brands are."""
    if token.pos_ != "NOUN" or not token.text[:1].islower():
        return False
    lemma = token.lemma_.lower()
    return lemma not in words("org_nouns") and lemma not in words("unit_words") and lemma not in words("segment_nouns")
