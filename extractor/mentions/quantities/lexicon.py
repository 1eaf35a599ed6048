"""The word lists of the quantity layer, read once from `extractor/lexicons/` and compiled into patterns.

Physical unit names come from quantulum3's unit lexicon, copied once into
`lexicons/physical_units.tsv` (`write_unit_lexicon`), so quantulum3 (and the 1 s it takes to
import and build its lexicon) is never loaded at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from extractor.lexicons import LEXICON_DIR, table, words
from extractor.mentions.period_phrases import alternation as phrase_alternation
from extractor.mentions.regex_gate import first_character_groups, starting_with

# A comma that is followed by a space ends the number ("12,500, not 13,000").
# 1,234,567.89 | 12,34,567 (Indian grouping) | 1 234 567 (thin, no-break or plain spaces) | 1234.5 | .5
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u202f\u00a0\u2009 ]\d{3})+(?!\d|,\d)"
    r"|\d+)(?:\.\d+)?|\.\d+"
)
DIGITS_RE = re.compile(DIGITS)
# A number must not be glued to a letter, digit, dot, colon or slash before it ("Q2", "FY2023", "v1.2", "2:00").
NOT_GLUED_BEFORE = r"(?<![\w./\\:-])"
TIME_UNIT_NAMES = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "millisecond"})
# the periods an amount can be told "a" one of ("$15 a month", "barrels a day"): shown as a rate, never a rate unit
CALENDAR_PERIODS = frozenset({"year", "month", "week", "day", "decade"})


GROUPED_FROM = 8  # a longer alternation is grouped by first character; a shorter one costs more that way


def alternation(entries) -> str:
    """A regex alternation, longest entries first, whole words where they end in a letter. A long one is grouped
    by the entries' first characters (`first_character_groups`: the same matches, tried only where they can start)."""
    ordered = sorted(set(entries), key=len, reverse=True)
    pieces = [(e[0], re.escape(e) + (r"(?![\w])" if e[-1].isalnum() else "")) for e in ordered]
    if len(pieces) >= GROUPED_FROM:
        return first_character_groups(pieces)
    return "|".join(regex for _, regex in pieces)


@cache
def vulgar_fractions() -> dict[str, float]:
    """ "½" -> 0.5."""
    return {char: float(Fraction(cells[0])) for char, cells in table("vulgar_fractions").items()}


@cache
def time_units() -> dict[str, str]:
    """ "yrs" -> "year"."""
    return {surface: cells[0] for surface, cells in table("time_units").items()}


def told_in_past(verb: str) -> bool:
    """ "rose", "slipped", "cut": a lowercased change verb in the past tense (or a past participle)."""
    return verb.endswith("ed") or verb in words("change_past_irregular")


@cache
def current_level_pattern() -> str:
    """ "the current ", "its present ": a level of a move named as the one holding now ("cut rates from 5.25
    percent to the current 1.0 percent"; lexicon `current_level_modifiers`), for text read without a parse."""
    return r"(?:the|its|their)\s+(?:" + phrase_alternation(words("current_level_modifiers")) + r")\s+"


@cache
def hedge_pattern(*kinds: str) -> str:
    """An optional softening word and its space before a figure ("about ", "more than "), of the given kinds of
    `figure_hedges` (round, near, loose, bound), for text read without a parse."""
    hedges = [h for h, cells in table("figure_hedges").items() if cells[0] in kinds]
    return r"(?:(?:" + phrase_alternation(hedges) + r")\s+)?"


@cache
def stem_alternation(name: str) -> str:
    """A word list as a regex alternation (no group): an entry ending in "*" takes any ending ("weigh*")."""
    entries = sorted(words(name), key=len, reverse=True)
    return "|".join(re.escape(e[:-1]) + r"\w*" if e.endswith("*") else re.escape(e) for e in entries)


@cache
def dollar_prefixes() -> str:
    """ "US|HK|A|C|S": the letters written before "$" (`dollar_prefixes`), as an alternation in upper case."""
    return "|".join(sorted((p.upper() for p in words("dollar_prefixes")), key=len, reverse=True))


@cache
def month_pattern() -> str:
    """Month names and abbreviations as a regex alternation (no group)."""
    return alternation(table("month_names"))


@cache
def scales_tagged(tag: str) -> frozenset[str]:
    """Scale words carrying `tag` in `scales.tsv` ("large": million, billion, trillion)."""
    return frozenset(w for w, cells in table("scales").items() if len(cells) > 1 and tag in cells[1].split(","))


@cache
def change_forms_pattern() -> str:
    """Inflected movement words ("rose", "slipped") as one alternation, for text read without a parse; each form
    opens with a letter of its own (checked), so the forms are grouped by it: a word is tried against the forms of
    its first letter only (the same matches)."""
    forms = sorted(words("change_forms"))
    if all(form[:1].isalpha() and form[1:2] not in ("?", "*", "{", "|") for form in forms):
        return first_character_groups([(form[0], form) for form in forms])
    return "|".join(forms)


@dataclass(frozen=True)
class Lexicon:
    numbers: dict[str, float]  # zero..ninety, hundred, dozen
    fractions: dict[str, float]  # denominators: "thirds" -> 3
    scales: dict[str, float]  # whole words and abbreviations
    currencies: dict[str, str]
    minor: dict[str, tuple[str, float, str]]
    prefix: re.Pattern[str]
    name_after: re.Pattern[str]
    minor_after: re.Pattern[str]
    scale_after: re.Pattern[str]
    word_start: re.Pattern[str]
    units: dict[str, str]
    unit_after: re.Pattern[str]


def _number_words() -> tuple[dict[str, float], dict[str, float]]:
    numbers, fractions = {}, {}
    for word, cells in table("number_words").items():
        if len(cells) > 1 and cells[1] == "denominator":
            fractions[word] = float(cells[0])
        else:
            numbers[word] = float(cells[0])
    return numbers, fractions


def _currency_groups(currencies: dict[str, str]) -> dict[str, list[str]]:
    """Currency surfaces by how they are written: symbols, letters glued to "$", ISO codes, names."""
    symbols = [c for c in currencies if not c[0].isalnum() or (not c.isascii() and len(c) <= 2)]
    glued = [c for c in currencies if not c.isalpha() and c[0].isalpha()]  # c$, hk$, us$, r$
    codes = [c for c in currencies if c.isalpha() and len(c) == 3 and currencies[c] == c.upper()]
    names = [c for c in currencies if (c.isalpha() or " " in c) and c not in symbols]
    names = [c for c in names if c not in codes and c not in words("currency_prefix_words")]
    # "C $", "HK $", "US $": tokenized text puts a space inside the symbol
    spaced = [c[:-1] + " $" for c in glued if c.endswith("$") and c[:-1] not in ("a", "s", "r")]
    return {"symbols": symbols, "glued": glued, "codes": codes, "names": names, "spaced": spaced}


def _prefix_pattern(g: dict[str, list[str]]) -> re.Pattern[str]:
    codes = g["codes"]
    return re.compile(
        r"(?<![\w$€£¥])((?i:"
        + alternation(g["glued"] + g["spaced"])
        + ")|"
        + alternation(g["symbols"])
        + r"|(?i:(?:"
        + "|".join(sorted(words("currency_prefix_words")))
        + r")\.?)(?![\w])|M?(?:"
        + "|".join(c.upper() for c in codes)
        + r")(?![\w])"
        + r"|(?i:"
        + "|".join(c for c in codes if c not in ("try", "all"))
        + r")(?![\w])"
        + r")\s?$"
    )


def _name_after_pattern(g: dict[str, list[str]]) -> re.Pattern[str]:
    codes = g["codes"]
    return re.compile(
        r"(?:(?:\s?|-)(?P<name>(?i:"
        + alternation(g["names"])
        + r"))"
        + r"|\s?(?P<code>M?(?:"
        + "|".join(c.upper() for c in codes)
        + r")(?![\w])"
        + r"|(?i:"
        + "|".join(c for c in codes if c not in ("try", "all", "cup"))
        + r")(?![\w]))"
        + r"|\s?(?P<symbol>"
        + alternation(g["symbols"])
        + r")(?!\s?\d))"  # "2011-2015 $225 billion": a symbol before a number is that number's
    )


def _word_start_pattern(numbers: dict[str, float], fractions: dict[str, float]) -> re.Pattern[str]:
    large = "|".join(sorted(scales_tagged("large")))
    after_article = "|".join(["hundred", *sorted(scales_tagged("article")), "dozen"])
    openers = [*numbers, "half", "quarter", "a", "minus", "negative"]  # the first word of every match
    return re.compile(
        starting_with(openers)
        + r"(?<![\w-])(?:(?:minus|negative)\s+)?(?:"
        + alternation(list(numbers) + ["half"])
        + rf"|quarter(?=\s+(?:{large})\b)|an?\s+(?="
        + rf"(?:{after_article}|quarter\s+(?:{large}))(?![\w])"
        + r"|(?:"
        + "|".join(f for f in fractions if not f.endswith("s"))
        + r")\s+of\b"
        + r"|(?:quarter|half)[\s-](?:percentage[\s-])?points?\b"
        + r"|(?:third|quarter|fifth)(?=\s*(?:[.,;:)]|$|\s+[a-z]))))",
        re.IGNORECASE,
    )


def _unit_after_pattern(units: dict[str, str]) -> re.Pattern[str]:
    # Symbols keep their case ("MW" is not "mw"); longer surfaces win whatever their case ("lb-ft" over "lb").
    # A space inside a name may be written as a hyphen in a compound before a noun ("a 4,000-square-foot store").
    case_kept = {s for s in units if s != s.lower() or len(s) <= 3 or not any(ch.isalpha() for ch in s)}
    ordered = sorted(units, key=len, reverse=True)
    entries = [
        ("(?-i:" if s in case_kept else "(?i:")
        + re.escape(s).replace(r"\ ", r"[ -]")
        + (r"(?![\w])" if s[-1].isalnum() else "")
        + ")"
        for s in ordered
    ]
    # tried after every number: each position meets only the names that can start with its letter
    names = first_character_groups(list(zip((s[0] for s in ordered), entries, strict=True)))
    return re.compile(r"(?:\s?|-|\s?[(\[{<])(?P<unit>" + names + r")(?![\w])(?P<close>[)\]}>])?")


@cache
def lex() -> Lexicon:
    numbers, fractions = _number_words()
    scales = {w: float(c[0]) for w, c in table("scales").items()}
    currencies = {w: c[0] for w, c in table("currencies").items()}
    minor = {w: (c[0], float(c[1]), c[2] if len(c) > 2 else "cent") for w, c in table("minor_currencies").items()}
    groups = _currency_groups(currencies)
    units = {surface: normalize_unit_name(name) for surface, (name, *_rest) in _unit_rows()}
    units.update({s: n for s, n in time_units().items() if s not in units})
    units.update({s: n for s, n in _area_units(units).items() if s not in units})
    return Lexicon(
        numbers=numbers,
        fractions=fractions,
        scales=scales,
        currencies=currencies,
        minor=minor,
        prefix=_prefix_pattern(groups),
        name_after=_name_after_pattern(groups),
        minor_after=re.compile(r"(?:\s|-)?(?i:(" + alternation(minor) + r"))"),
        scale_after=re.compile(r"(?:\s|-)?(" + alternation(scales) + r")(?![\w])", re.IGNORECASE),
        word_start=_word_start_pattern(numbers, fractions),
        units=units,
        unit_after=_unit_after_pattern(units),
    )


def _area_units(units: dict[str, str]) -> dict[str, str]:
    """ "square km", "sq. miles", "sq metres": "square", "sq" or "sq." before any surface of a length unit (lexicon
    `area_length_units`) is that unit squared, however the length is spelled; one-letter symbols and "in" (a
    preposition: "5 square in the grid") are left to the rows written out in physical_units.tsv ("sq in")."""
    lengths = words("area_length_units")
    found: dict[str, str] = {}
    for surface, name in units.items():
        if name in lengths and len(surface) > 1 and surface.lower() != "in":
            for word in ("square", "sq", "sq."):
                found[f"{word} {surface}"] = f"square_{name}"
    return found


@cache
def unit_names() -> frozenset[str]:
    """The normalized names of the physical and time units ("barrel", "british_thermal_unit", "year")."""
    return frozenset(lex().units.values())


def unit_name(surface: str) -> str | None:
    """The unit name of a surface the unit pattern matched ("lb" -> "pound"), else None. The pattern lets a space
    in a name be a hyphen ("a 4,000-square-foot store"), so the spaced form is looked up too."""
    units = lex().units
    found = units.get(surface) or units.get(surface.lower())
    if found is None and "-" in surface:
        spaced = surface.replace("-", " ")
        found = units.get(spaced) or units.get(spaced.lower())
    return found


def rows_keep_case(filename: str) -> list[tuple[str, tuple[str, ...]]]:
    """A tab-separated lexicon with the case of its first column kept ("MW" is not "mw", "RM" not "rm")."""
    rows = []
    for line in (LEXICON_DIR / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surface, *rest = line.split("\t")
            rows.append((surface.strip(), tuple(c.strip() for c in rest)))
    return rows


def _unit_rows() -> list[tuple[str, tuple[str, ...]]]:
    return rows_keep_case("physical_units.tsv")


@cache
def glued_prefixes() -> dict[str, tuple[str, bool]]:
    """ "$US" -> ("USD", False), "R" -> ("ZAR", True): currency prefixes glued to the number; True = needs a scale."""
    return {
        s: (cells[0], len(cells) > 1 and cells[1] == "scaled")
        for s, cells in rows_keep_case("glued_currency_prefixes.tsv")
    }


@cache
def glued_prefix_pattern() -> re.Pattern[str]:
    """A glued prefix right at the end of the text before a number."""
    entries = sorted(glued_prefixes(), key=len, reverse=True)
    # a prefix of two or more characters may stand apart: "NIS 1.1 billion", "RM 2.40"
    alternatives = [re.escape(e) + (r"\s?" if len(e) > 1 and e[-1].isalpha() else "") for e in entries]
    return re.compile(r"(?<![\w$€£¥'’])(" + "|".join(alternatives) + r")$")


def normalize_unit_name(name: str) -> str:
    """A unit name in FACTS.md form: lower case, singular, US spelling, joined with "_"."""
    name = name.lower().replace("metre", "meter").replace("litre", "liter").replace("-", " ")
    fixes = table("unit_name_fixes")
    name = fixes[name][0] if name in fixes else name
    return "_".join(name.split())


def write_unit_lexicon() -> int:
    """Regenerate the quantulum3 part of `lexicons/physical_units.tsv`; returns the number of surfaces written.

    Run after upgrading quantulum3. Surfaces are its unit names and symbols, minus those that are
    also English words or news abbreviations; names are normalized as FACTS.md asks.
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load
    from spacy.lang.en.stop_words import STOP_WORDS

    units = load.units("en_US")
    prefer = {
        "pound": "pound-mass",
        "pounds": "pound-mass",
        "ton": "short ton",
        "tons": "short ton",
        "second": "second",
        "seconds": "second",
        "minute": "minute",
        "minutes": "minute",
    }
    skip_entities = {"dimensionless", "currency", "unknown"}
    generated: dict[str, str] = {}

    def pick(surface: str, found) -> str | None:
        found = sorted(found, key=lambda u: u.name)
        wanted = prefer.get(surface.lower())
        chosen = next((u for u in found if u.name == wanted), found[0])
        return None if chosen.entity.name in skip_entities else normalize_unit_name(chosen.name)

    for surface, found in units.surfaces_lower.items():
        name = pick(surface, found)
        if name and len(surface) >= 3:
            generated[surface] = name
    for symbol, found in units.symbols.items():
        name = pick(symbol, found)
        if name and len(symbol) >= 2 and not symbol.isdigit():
            generated.setdefault(symbol, name)
    ambiguous = words("ambiguous_unit_symbols")
    generated = {
        s: n
        for s, n in generated.items()
        if s.lower() not in STOP_WORDS and s.lower() not in ambiguous and "\t" not in s
    }
    path = LEXICON_DIR / "physical_units.tsv"
    marker = (
        "# ---- generated from quantulum3 by extractor.mentions.quantities.write_unit_lexicon; do not edit below ----"
    )
    head = path.read_text(encoding="utf-8").split(marker)[0].rstrip("\n")
    manual = {line.split("\t")[0].lower() for line in head.splitlines() if line and not line.startswith("#")}
    rows = [f"{s}\t{n}" for s, n in sorted(generated.items()) if s.lower() not in manual]
    path.write_text(head + "\n" + marker + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)
