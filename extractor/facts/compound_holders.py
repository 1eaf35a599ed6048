"""An organization compounded on the measured noun holds the figure, as its possessor would ("Quillby sales
plunged"): a candidate holder of `discourse` (docs/DECISIONS.md, round 14)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.named_owners import tagged_org
from extractor.lexicons import words
from extractor.mentions.entities import EntityIndex


def compounded_orgs(measured: Token, entities: EntityIndex) -> list[str]:
    """ "Quillby sales plunged", "Brindle Motor revenue rose": an organization the tagger names in a compound
    on a measure noun (measure_nouns: sales, revenue, profit, ...) holds it, as its possessor would; a place
    ("U.S. sales" of a company's story) or a product ("Zento phone sales", the company's figure: FACTS.md) does
    not, nor a brand on a noun of goods ("Kwell locks" in a list of what a company makes), nor a brand on
    the things a number counts ("123 Zento Home stores": the chain's outlets are its owner's count). A count of the
    people an organization employs or seats (`staff_nouns`: "48,500 Brannock workers", "three Halvard policymakers")
    is that organization's, where the story's default would give it to the company the story is about."""
    lemma = measured.lemma_.lower()
    counted = any(c.dep_ == "nummod" for c in measured.children)
    staff = counted and lemma in words("staff_nouns")  # "48,500 Brannock workers": the firm's own people
    if not staff and (lemma not in words("measure_nouns") or lemma in words("share_nouns") or counted):
        return []  # a stock's owner is read apart (`discourse._stock_owner`: "U.S. shares" are a market)
    return [
        name
        for c in measured.children
        if c.dep_ == "compound" and c.i < measured.i and (name := tagged_org(c, entities))
    ]
