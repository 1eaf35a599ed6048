"""The usual name of a traded instrument, from the form one sentence writes it in.

FACTS.md: a traded instrument is the subject of its own readings; a report names one instrument in several forms,
and the facts give it one name. A bond with a maturity is one issue ("the 10-year note"), whatever the sentence's
number ("10-year notes rose", "yields on 10-year Treasuries"); a currency's market nickname is the currency
("the greenback" is the dollar); a named grade of crude is "<grade> crude", its usual form, not "<grade> crude
oil"; a markup tag left before a name ("<ID:...> 10-year notes") is no part of it.
"""

from __future__ import annotations

import re
import unicodedata

from extractor.lexicons import table
from extractor.word_forms import singular

# "10-year", "two-year", "30 year": a maturity written in the name makes it one issue
MATURITY = re.compile(r"(?i)\b[\w.]+[- ]year\b")
# the end of a wire service's markup tag ("<ID:...>") left in a sentence
MARKUP_CLOSE = ">"


def usual_instrument_name(name: str, kind: str) -> str:
    """The name the facts give an instrument written as `name` (of kind "commodity", "currency", "bond" or
    "index")."""
    name = _without_leading_symbols(name)
    if kind == "bond" and MATURITY.search(name):
        return _singular_last_word(name)
    if kind == "currency":
        return _currency_from_nickname(name)
    if kind == "commodity":
        return _grade_short_form(name)
    return name


def _without_leading_symbols(name: str) -> str:
    """ "<ID:...> 10-year notes", "> 10-year notes": a markup tag's close ends what stands before the name, and a
    name begins with a letter, a digit or a currency sign ("$100 oil"); a symbol before it is left-over markup."""
    stripped = name.rpartition(MARKUP_CLOSE)[2].lstrip()
    while stripped and not (stripped[0].isalnum() or unicodedata.category(stripped[0]) == "Sc"):
        stripped = stripped[1:].lstrip()
    return stripped or name


def _singular_last_word(name: str) -> str:
    """ "10-year government notes" -> "10-year government note", "2-year bonds" -> "2-year bond"."""
    head, _, last = name.rpartition(" ")
    last = singular(last)
    return f"{head} {last}" if head else last


def _currency_from_nickname(name: str) -> str:
    """ "greenback" -> "dollar": the last word is the currency; a nickname is replaced by the currency's name."""
    head, _, last = name.rpartition(" ")
    usual = table("currency_nicknames").get(last.lower())
    if usual is None:
        return name
    return usual[0]  # "the U.S. greenback": the nickname already says which dollar


def _grade_short_form(name: str) -> str:
    """ "Urals crude oil" -> "Urals crude": a named grade by its usual short form; a bare "crude oil" names no grade
    and is kept."""
    for ending, (short,) in table("commodity_name_endings").items():
        grade = name[: -len(ending)].rstrip()
        if name.lower().endswith(" " + ending) and grade:
            return f"{grade} {short}"
    return name
