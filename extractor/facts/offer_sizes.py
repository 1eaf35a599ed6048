"""The sum of a bid, an offer or a proposal for a company is a term of that offer, not a flow of a period nor a
level that holds on a day: "withdrew its $2 billion proposal in May", "scrapped a $9 billion bid last month",
"won approval on Tuesday for its $5 billion offer". The phrase dates what was done with the offer (made,
raised, withdrawn: the event), so the sum takes no period (as the agreed terms of a deal still to be done,
`assembly`'s `deal_to_come`); an entry of a dated timeline still dates it (`timeline_days`). A proposal of
another kind ("a $3 trillion budget proposal for fiscal 2014") is a plan for its period, not a bid."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.figure_phrases import is_deal_phrase
from extractor.facts.predicate_forms import head_index
from extractor.lexicons import words


def sizes_an_offer(predicate: str, measured: Token | None) -> bool:
    """The predicate's measured noun is an offer noun ("takeover bid", "unsolicited proposal", "offer per
    share"), and the noun the text measures has no noun of another kind before it ("budget proposal")."""
    words_ = predicate.split()
    if not words_ or words_[head_index(words_)] not in words("offer_nouns"):
        return False
    if measured is None or measured.lemma_.lower() not in words("offer_nouns"):
        return True  # "GSK's $13 a share": the offer named before, no noun of the text's own
    kinds = [c.lemma_.lower() for c in measured.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return is_deal_phrase(kinds, measured.lemma_.lower())
