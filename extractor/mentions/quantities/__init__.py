"""Quantities in news text: amounts, money, percentages, multiples, counts and physical units.

Modules by responsibility: `lexicon` (word lists and the patterns built from them), `numbers`
(number phrases), `currencies`, `units`, `ranges`, `cues` (bounds and approximation), `filters`
(what is not a quantity), `direction`, `counting` (the counted noun), `mentions` (finding them in
text), `in_doc` (what the parse adds) and `view` (how `extract quantities` shows them).
"""

from __future__ import annotations

from extractor.mentions.quantities.counting import counted_noun
from extractor.mentions.quantities.direction import change_direction
from extractor.mentions.quantities.in_doc import mentions_in_doc
from extractor.mentions.quantities.lexicon import normalize_unit_name, write_unit_lexicon
from extractor.mentions.quantities.mentions import QuantityMention, find_quantities
from extractor.mentions.quantities.view import quantities_for_docs, quantities_for_text, shown

__all__ = [
    "QuantityMention",
    "change_direction",
    "counted_noun",
    "find_quantities",
    "mentions_in_doc",
    "normalize_unit_name",
    "quantities_for_docs",
    "quantities_for_text",
    "shown",
    "write_unit_lexicon",
]
