"""A figure in cents written with a lower-case "c" glued to it ("a stamp costs 65c", "rose 4c to $2.10"), as
Australian, New Zealand and Irish news write cents; "30p" is read as pence by the minor-unit lexicon.

Only a lower-case "c" glued to a figure of less than 1,000: a capital "C" is Celsius ("30C"). Not a label's letter
("section 12c", "Form 10c": a label noun or a capitalised word before the figure), not a temperature (a word of
`temperature_words` or `decade_temperature_nouns` in the sentence: "temperatures of 30c").
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import any_words
from extractor.mentions.quantities.currencies import Context, labelled, read_rate
from extractor.mentions.quantities.reading import Reading, scale

_GLUED_C = re.compile(r"(?-i:c)(?![\w°'’-]|\.\w)")
_SENTENCE = re.compile(r"[^.!?\n]*$")


@cache
def _temperature_word() -> re.Pattern[str]:
    temperature = any_words("temperature_words", "decade_temperature_nouns")
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, temperature))) + r")\b", re.IGNORECASE)


def read_glued_cents(text: str, r: Reading, context: Context) -> bool:
    """ "65c": 0.65 of the story's dollar, with the cents as its minor unit."""
    match = _GLUED_C.match(text, r.end)
    if match is None or r.unit or r.low is not None or not text[r.end - 1 : r.end].isdigit() or r.amount >= 1000:
        return False
    if labelled(text, r.start):
        return False
    start = r.start - len(_SENTENCE.search(text, max(0, r.start - 200), r.start).group())
    stop = re.search(r"[.!?\n]|$", text[match.end() : match.end() + 200]).start() + match.end()
    if _temperature_word().search(text, start, stop):
        return False
    code = context.resolve("cents", "USD")
    r.minor = (code, 0.01, "cent", text[r.start : match.end()])
    r.unit = code
    scale(r, 0.01)
    r.end, r.kind, r.explicit = match.end(), "money", True
    read_rate(text, r)  # "65c a litre"
    return True
