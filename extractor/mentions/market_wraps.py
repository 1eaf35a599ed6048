"""A market wrap is about markets, not about the companies it names.

"U.S. stocks fell on Tuesday ...", "Freedonia's benchmark index climbed 1.7 percent ...", "Regional equity markets
slid ...": the story opens with a market moving and reads several stock indexes. The companies it names
are movers of a day, each the holder of its own clause's figures (`facts/exchange_holders.py`, the stock
rules of `facts/discourse.py`); none is the story's company, so a figure that no clause gives a holder (the
day's volume, a sector's move, a rank told in passing) is left out rather than given to the most-named
company or to the country of the market (docs/DECISIONS.md "Market wraps").

A wrap needs two pieces of evidence: the opening sentence's subject is a market or an index with no company
or person in it ("Shares of Brindle rose" opens a story about Brindle), and the story reads at least
INDEX_READINGS stock indexes (by their quote codes, ".HLD", or an index noun after a proper name).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractor.lexicons import words
from extractor.mentions.doc_text import doc_text

INDEX_READINGS = 2  # a company story may quote one index ("the sector index fell"); a wrap reads several
QUOTE_CODE = re.compile(r"\.[A-Z][A-Z0-9]{1,7}")  # ".HLD", ".N225": the quote code an index is written with
HOLDER_LABELS = frozenset({"ORG", "PERSON"})
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def is_market_wrap(doc: Doc, body_start: int) -> bool:
    """The story opens with a market or an index moving and reads several indexes. Asked once a story, by
    `index_entities`, which keeps the answer on the EntityIndex (`market_wrap`) for the fact rules."""
    return _opens_with_market(doc, body_start) and _index_readings(doc, body_start) >= INDEX_READINGS


def _opens_with_market(doc: Doc, body_start: int) -> bool:
    """A subject in the title or the opening sentence is a market or an index with no company or person in it
    ("Regional stocks gain", "The franc slid while local shares sank", "The Halden 300 ended flat")."""
    end = _opening_end(doc, body_start)
    return any(_market_subject(t) or _index_subject(t) for t in doc[:end] if _is_subject(t))


def _opening_end(doc: Doc, body_start: int) -> int:
    """Where the title and the body's first sentence end. The title often shares its sentence with the
    body's first words ("Stocks slide  NEW YORK (Reuters) - U.S. stocks fell"): that sentence counts too."""
    for sent in doc.sents:
        if sent.end_char > body_start and any(t.pos_ == "VERB" and t.idx >= body_start for t in sent):
            return sent.end
    return 0


def _is_subject(token: Token) -> bool:
    """A subject, a noun joined to one ("U.S. and European stocks fell"), or a title's bare noun ("Stocks up")."""
    if token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.dep_ == "conj" and any(a.dep_ in ("nsubj", "nsubjpass") for a in token.ancestors)


def _market_subject(subject: Token) -> bool:
    """ "U.S. stocks", "Regional equity markets", "Freedonia's benchmark index", "World stocks": a market
    noun (`market_subject_nouns`) whose phrase names no company or person ("Shares of Brindle")."""
    nouns = words("market_subject_nouns")
    heads = [subject, *(c for c in subject.children if c.dep_ == "conj")]  # "Shares and the euro fell"
    if not any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads):
        return False
    if subject.lemma_.lower() in words("index_nouns"):
        return True  # "Freedonia's Halden average": the proper name is the index's own
    if _market_of_something_else(subject):
        return False  # "the jobs market", "the housing market": no market of shares
    return not any(_names_a_holder(t) for t in subject.subtree if t is not subject)


def _market_of_something_else(subject: Token) -> bool:
    """ "the jobs market", "the car market": a market noun whose compound names another trade than shares
    ("equity markets", "stock market" are of shares: `market_breadth_words`; "the bond market" is of bonds,
    which a wrap reads as it reads treasuries: `bond_nouns`)."""
    if subject.lemma_.lower() != "market":
        return False
    goods = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    traded = words("market_breadth_words") | words("bond_nouns")
    return any(c.lemma_.lower() not in traded for c in goods)


def _names_a_holder(token: Token) -> bool:
    """A company or person in a market noun's phrase ("Shares of Brindle", "Brindle shares", even where the
    tagger gave the name no label); a place ("U.S. stocks", "World stocks") or a quote code is none."""
    if QUOTE_CODE.fullmatch(token.text) or token.ent_type_ in PLACE_LABELS or token.lower_ in words("region_words"):
        return False
    if token.lower_ in words("news_agencies"):
        return False  # "NEW YORK (Reuters) - U.S. stocks fell": the dateline the parse hangs on the subject
    return token.ent_type_ in HOLDER_LABELS or token.pos_ == "PROPN"


def _index_subject(subject: Token) -> bool:
    """ "The Halden 300 rose", "the Norvik .NRV fell": a proper name with a number in it or a quote code
    right after it moves as an index."""
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if following is None or subject.pos_ != "PROPN":
        return False
    return following.like_num and following.head == subject or bool(QUOTE_CODE.fullmatch(following.text))


def _index_readings(doc: Doc, body_start: int) -> int:
    """How many distinct indexes the body names: by quote code (".HLD") or as an index noun after a proper
    name ("the Halden average", "the Norvik 300 index")."""
    text = doc_text(doc)[body_start:]
    codes = {m.group() for m in QUOTE_CODE.finditer(text) if _stands_alone(text, m)}
    named = {
        t.head.i
        for t in doc
        if t.idx >= body_start and t.pos_ == "PROPN" and t.head.lemma_.lower() in words("index_nouns")
    }
    return max(len(codes), len(named))


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """ ".HLD" after a space, not the end of an abbreviation ("U.S.A.") or of a web address."""
    before = text[match.start() - 1] if match.start() > 0 else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return before in " (" and not after.isalnum() and after != "."
