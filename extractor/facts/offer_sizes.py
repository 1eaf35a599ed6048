"""The sum of a bid, an offer or a proposal for a company is a term of that offer, not a flow of a period nor a
level that holds on a day: "withdrew its $2 billion proposal in May", "scrapped a $9 billion bid last month",
"won approval on Tuesday for its $5 billion offer". The phrase dates what was done with the offer (made,
raised, withdrawn: the event), so the sum takes no period (as the agreed terms of a deal still to be done,
`assembly`'s `deal_to_come`); an entry of a dated timeline still dates it (`timeline_days`)."""

from __future__ import annotations

from extractor.facts.predicate_forms import head_index
from extractor.lexicons import words


def sizes_an_offer(predicate: str) -> bool:
    """The predicate's measured noun is an offer noun ("takeover bid", "unsolicited proposal", "offer per
    share"); not a price an offer is compared with ("offer price premium") nor a noun an offer qualifies."""
    words_ = predicate.split()
    return bool(words_) and words_[head_index(words_)] in words("offer_nouns")
