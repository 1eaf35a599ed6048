"""Where an index is named though the measured noun is another word (FACTS.md: a named index of any kind is the
subject of its readings):

- its possessive holds a move or level of it: "the index's 18 percent rise", "the Halden Growth Index's .HGI
  5.7 percent gain", "the gauge's annualized growth rate rose to 2 percent" (`possessing_index`);
- its member companies' aggregate: "Halden 500 companies are expected to earn $9.10 a share", "Halden 500
  company profits grew 8 percent" (`member_index`);
- a name the story wrote before "the benchmark index" or "the index" with a quote code ("Brisa's Halden .HLD
  climbed") or with its number ("analysts see the Halden 300 ending the year near 900"), whatever its role in
  its clause (`earlier_index_name`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extractor.facts.syntax import INDEX_CODE, clause_subject
from extractor.lexicons import words

PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})
NAME_PARTS = frozenset({"&", "-", "/"})  # "Halden & Pryce 400", "Norvik-Stad 50": joined name words
NOT_NAME_NUMBERS = frozenset({"MONEY", "PERCENT", "DATE", "TIME", "QUANTITY"})  # "Acme 5 percent": no name


def index_around(verb: Token | None, quantity: Span | None, name_of: Callable[[Token], str | None]) -> str | None:
    """An index named around a figure whose measured noun the reading did not find: its clause subject names
    the index's members ("Halden 500 companies are expected to post earnings of $9 a share"), or the figure
    modifies a move an index's possessive holds ("outpacing the Halden Growth Index's 5.7 percent rise");
    `name_of` names the index noun as `index_names.index_name` does."""
    if quantity is not None and quantity.root.dep_ in ("compound", "nummod", "amod"):
        owner = possessing_index(quantity.root.head)
        if owner is not None and (named := name_of(owner)) is not None:
            return named
    return member_index(clause_subject(verb)) if verb is not None else None


def possessing_index(measured: Token | None) -> Token | None:
    """The singular index noun whose possessive holds the measured move or level ("the index's 18 percent
    rise", "the Halden Growth Index's gain"); not a member or a figure of another kind ("the index's biggest
    gainer", "the index's compiler")."""
    if measured is None or measured.lemma_.lower() not in words("index_figure_nouns"):
        return None
    owner = next((c for c in measured.children if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ in ("NNS", "NNPS") or owner.lemma_.lower() not in words("index_nouns"):
        return None
    return owner


def member_index(holder: Token | None) -> str | None:
    """ "Halden 500 companies", "Halden 500 company earnings": a noun of an index's members (or the measured
    noun compounded with one) whose compound is a numbered proper name that the story writes as an index
    elsewhere (with an index noun or a quote code): the index holds the members' aggregate figures."""
    if holder is None:
        return None
    members = words("index_member_nouns")
    nouns = [holder, *(c for c in holder.children if c.dep_ == "compound" and c.lemma_.lower() in members)]
    if not any(n.lemma_.lower() in members for n in nouns):
        return None  # "Halden 500 revenue" without a members' noun is no aggregate of an index
    for noun in nouns:  # the name may hang on the members' noun or on the measured noun it modifies
        for child in noun.children:
            name = numbered_name(child) if child.dep_ in ("compound", "nmod") else None
            if name is not None and written_as_index(child):
                return name
    return None


def index_after(measured: Token | None) -> str | None:
    """ "earnings for the Halden 500", "profit growth for Halden 500 companies", "earnings per share for the
    Halden" (the short form of a numbered index the story names): an index after "for", "of" or "in" on the
    measured noun holds the aggregate."""
    if measured is None:
        return None
    for prep in (c for c in measured.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = member_index(obj) or _numbered_index(obj) or _short_index(obj)
            if named is not None:
                return named
    return None


def _numbered_index(token: Token) -> str | None:
    """A numbered name at the token that the story writes as an index ("the Halden 500")."""
    name = numbered_name(token)
    return name if name is not None and written_as_index(token) else None


def _short_index(token: Token) -> str | None:
    """ "the Halden" where the story writes "the Halden 500 index" elsewhere: the numbered index it opens."""
    if not _name_word(token) or token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num:
        return None
    for other in token.doc:
        if other.text == token.text and other.i != token.i and (named := _numbered_index(other)) is not None:
            if named.split()[0] == token.text:
                return named
    return None


def numbered_name(token: Token) -> str | None:
    """ "Halden 500" from its name word or its number: a proper name written right before a number (read by
    position: the parse hangs the number on the name or on the noun after it)."""
    doc = token.doc
    number = token if token.like_num else (doc[token.i + 1] if token.i + 1 < len(doc) else None)
    if number is None or not number.like_num or number.i == 0 or number.ent_type_ in NOT_NAME_NUMBERS:
        return None
    name = doc[number.i - 1]
    if not _name_word(name):
        return None
    start = name.i
    while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].text in NAME_PARTS):
        if doc[start - 1].ent_type_ in PLACE_TYPES:
            break
        start -= 1
    return doc[start : number.i + 1].text


def _name_word(token: Token) -> bool:
    """A capitalized word of a name; the tagger reads a short name before a number as a proper or a common
    noun ("Halden 500 companies"), and often as a place: a numbered name counts only where the story writes
    it as an index (`written_as_index`), which a place with a number is not."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN")


def written_as_index(token: Token) -> bool:
    """The numbered name at the token is written somewhere in the story with an index noun or a quote code
    right after its number ("the Halden 500 index", "the Halden 500 .HLD")."""
    name = numbered_name(token)
    if name is None:
        return False
    doc, index_nouns = token.doc, words("index_nouns")
    parts = name.split()
    for t in doc[: len(doc) - 1]:
        if t.text == parts[-1] and doc[max(0, t.i - len(parts) + 1) : t.i + 1].text == name:
            after = doc[t.i + 1]
            if after.lemma_.lower() in index_nouns or INDEX_CODE.match(after.text):
                return True
    return False


def coded_name(code: Token) -> str | None:
    """ "Brisa's Halden .HLD", "the Halden 300 .HLD": the proper name right before an index's quote code,
    without a place's possessive before it; None when an index noun stands before the code (read as an
    index phrase) or no proper name does."""
    if not INDEX_CODE.match(code.text) or code.i == 0:
        return None
    doc = code.doc
    end = code.i - 1
    if doc[end].lemma_.lower() in words("index_nouns"):
        return None
    start = end + 1
    while start > 0:
        before = doc[start - 1]
        named = before.pos_ == "PROPN" or before.like_num or before.text in NAME_PARTS
        if before.ent_type_ in PLACE_TYPES or not named:
            break
        start -= 1
    if start > end or not any(t.pos_ == "PROPN" for t in doc[start : end + 1]):
        return None
    return doc[start : end + 1].text


def earlier_index_name(token: Token) -> str | None:
    """The name an index is written with at the token, for a scan back to "the benchmark index": a quote
    code's name, or a numbered name the story writes as an index elsewhere."""
    named = coded_name(token)
    if named is not None:
        return named
    if token.like_num and written_as_index(token):
        return numbered_name(token)
    return None


def names_an_index(name: str, doc: Doc) -> bool:
    """A subject that is an index: its last word is an index noun ("Halden Growth Index"), or it is a numbered
    name the story writes as an index ("Halden 500" beside "the Halden 500 index")."""
    parts = name.split()
    if not parts:
        return False
    if parts[-1].lower() in words("index_nouns"):
        return True
    if not parts[-1][:1].isdigit():
        return False
    return any(t.text == parts[-1] and numbered_name(t) == name and written_as_index(t) for t in doc)
