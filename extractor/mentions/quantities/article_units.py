"""One unit of measure written with an article: "a foot of snow", "an inch of rain", "a mile from the school".

The article stands for one only before a unit noun (lexicon `article_units`) followed by "of" and a lower-case noun,
or by a word of distance or size (lexicon `article_unit_followers`: "a mile away", "a foot deep"). Not a rate's
denominator ("$3 a gallon", "80 cents an ounce": a figure or money word before the article; "a litre of petrol
costs 2 euros": a price verb after it), not an idiom of no amount ("every inch of", "not an inch"), not a hyphen
compound ("a mile-long queue") nor a noun compound ("a foot soldier"). Shown by `extract quantities` only: no fact
on the stories was seen to need it.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import unit_name
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import gated_finditer, lowered_text, with_first_characters

# a figure, money or a distributive word before the article makes the unit a denominator or no amount
_NOT_ONE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:cents?|dollars?|pence|euros?|yen|yuan|pounds?|francs?|rupees?|per|each|every|not|never|single|"
    r"last|by))\s*$",
    re.IGNORECASE,
)

# a price verb later in the sentence: the unit is what the price buys ("a kilogram of tomatoes sells for 120 rupees")
_PRICED_AFTER = re.compile(
    r"[^.;!?\n]*?\b(?:costs?|costing|sells?|sold|selling|fetch(?:es|ed)?|priced|went\s+for|goes\s+for)\b", re.IGNORECASE
)


@cache
def _article_unit() -> re.Pattern[str]:
    units = "|".join(sorted(words("article_units")))
    followers = "|".join(sorted(words("article_unit_followers")))
    pattern = re.compile(
        r"(?<![\w-])(an?)\s+(" + units + r")(?![\w-])(?=\s+(?:of\s+(?-i:[a-z])|(?:" + followers + r")\b))",
        re.IGNORECASE,
    )
    return with_first_characters(pattern)


def article_units(text: str) -> list[Reading]:
    """ "a foot of snow": 1 foot, shown only."""
    found = []
    for m in gated_finditer(_article_unit(), text, lowered_text(text)):
        if _NOT_ONE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _PRICED_AFTER.match(text, m.end()):
            continue  # "a litre of petrol costs 1.89 euros": the unit a price is for, its denominator
        unit = unit_name(m.group(2))
        if unit is None:
            continue
        found.append(Reading(m.start(1), m.end(2), 1.0, unit, "physical", True, True, base=1.0, shown_only=True))
    return found
