"""The name a stock ticker stands beside, where the parser made the ticker the head of the name: in "Kestrel
Foods ( KST.N ) cut its forecast" or "shares in Kestrel Foods KST.N rose" the tagger often parses the ticker
as the noun the verb or preposition governs, with the name's words as its modifiers. The ticker is no name
(FACTS.md: at most an alias), so the figure's holder is the name written right before it (docs/DECISIONS.md,
"Subjects: a ticker parsed as the head of its name", round 14)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.mentions.entities import TICKER

# how the parser hangs a name's words on a ticker that heads them: "Kestrel Foods ( KST.N )" (nmod),
# "Kestrel KST.N" (compound), "Kestrel Foods, KST.N" (appos)
NAME_LINKS = frozenset({"nmod", "compound", "appos"})


def ticker_named_token(token: Token) -> Token | None:
    """The last word of the name a ticker heads ("Foods" of "Kestrel Foods ( KST.N )"): the proper noun
    among its modifiers nearest before it; None for a word that is no ticker or heads no name."""
    if not TICKER.match(token.text):
        return None
    before = [c for c in token.children if c.dep_ in NAME_LINKS and c.pos_ == "PROPN" and c.i < token.i]
    return max(before, key=lambda c: c.i, default=None)
