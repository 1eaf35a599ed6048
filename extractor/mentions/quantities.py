"""Quantities in news text: amounts, money, percentages, multiples, counts and physical units.

quantulum3 reads news amounts poorly ("23.16 million in Q2" as inch·square·quintal,
"123 Mi" as miles, a parenthetical conversion as a negative amount), so the grammar here is
our own: a number (digits, written words or both), a scale word, a currency before or after,
then a unit. Physical unit names come from quantulum3's unit lexicon, copied once into
`lexicons/physical_units.tsv` (`write_unit_lexicon`), so quantulum3 (and the 1 s it takes to
import and build its lexicon) is never loaded at run time. Every mention keeps its character
span in the text as given; the text is never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import LEXICON_DIR, table, words
from extractor.models import Quantity

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# 1,234,567.89 | 12,34,567 (Indian grouping) | 1 234 567 (thin, no-break or plain spaces) | 1234.5 | .5
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u202f\u00a0\u2009 ]\d{3})+(?![\d,])"
    r"|\d+)(?:\.\d+)?|\.\d+"
)
DIGITS_RE = re.compile(DIGITS)
TIME_ZONES = r"(?:GMT|EDT|EST|ET|BST|CET|CEST|PT|PST|PDT|UTC|IST|JST|HKT|a\.\s?m\.?|p\.\s?m\.?|am|pm|hrs|o'clock)"
# A number must not be glued to a letter, digit, dot, colon or slash before it ("Q2", "FY2023", "v1.2", "2:00").
NOT_GLUED_BEFORE = r"(?<![\w./\\:-])"
VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
TIME_UNITS = {
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "second": "second",
    "seconds": "second",
    "millisecond": "millisecond",
    "milliseconds": "millisecond",
    "decade": "decade",
    "decades": "decade",
}
# Unit symbols that are also English words or other things in news ("in", "at", "pm", "Mi", "4G").
AMBIGUOUS_SYMBOLS = frozenset(
    {
        "mi",
        "pt",
        "ct",
        "cd",
        "dr",
        "ha",
        "pc",
        "bar",
        "cal",
        "min",
        "sec",
        "hr",
        "am",
        "pm",
        "in",
        "at",
        "gal",
        "bit",
        "bits",
        "pa",
        "da",
        "cm2",
        "nt",
        "kt",
        "gy",
        "sv",
        "bq",
        "ci",
        "gs",
        "ms",
        "ns",
        "ps",
        "es",
        "ts",
        "rad",
        "rem",
        "mil",
        "mils",
        "point",
        "points",
        "quarter",
        "quarters",
        "gross",
        "dozen",
        "pound",
        "pounds",
        "stone",
        "stones",
        "second",
        "seconds",
        "minute",
        "minutes",
        "score",
        "line",
        "lines",
        "span",
        "hand",
        "hands",
        "foot",
        "feet",
        "inch",
        "inches",
        "mb",
        "pace",
        "paces",
        "cup",
        "cups",
        "link",
        "links",
        "chain",
        "chains",
        "grain",
        "grains",
        "shot",
        "shots",
        "unit",
        "units",
        "mark",
        "marks",
        "watt",
        "base",
        "bp",
    }
)
# Words whose lemma states a movement; inflected forms for readings without a parse ("rose from 5 to 7").
CHANGE_FORMS = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|declin\w*|"
    r"jump\w*|climb\w*|surg\w*|soar\w*|drop\w*|slump\w*|plung\w*|tumbl\w*|slid\w*|cut|cuts|cutting|rais\w*|"
    r"lower\w*|boost\w*|reduc\w*|shr[ai]nk\w*|gain\w*|los[te]\w*|up|down|expand\w*|improv\w*|add(?:s|ed|ing)?|"
    r"dip(?:s|ped|ping)?|s[aiu]nk\w*|slip(?:s|ped|ping)?|shed(?:s|ding)?|eas(?:ed|es|ing)|lea(?:p|pt|ped|ps|ping)|"
    r"trim(?:s|med|ming)?|slash\w*|tank(?:s|ed|ing)?|lift(?:s|ed|ing)?|advanc\w*|rall(?:y|ied|ies|ying)|"
    r"rebound\w*|retreat\w*|widen\w*|narrow\w*|higher)\s+$",
    re.IGNORECASE,
)

# The same words anywhere in a clause: "raised its stake from 5% to 9%" is two levels, not a range.
CHANGE_WORD = re.compile(CHANGE_FORMS.pattern.removesuffix(r"\s+$") + r"(?![\w])(?![^,;]*[,;])", re.IGNORECASE)


@dataclass(frozen=True)
class QuantityMention:
    """A quantity and the character span [start, end) it was read from."""

    start: int
    end: int
    quantity: Quantity
    kind: str = "amount"  # amount | percent | money | multiple | physical
    extras: dict = field(default_factory=dict, compare=False)


def _alternation(entries) -> str:
    """A regex alternation, longest entries first, whole words where they end in a letter."""
    ordered = sorted(set(entries), key=len, reverse=True)
    return "|".join(re.escape(e) + (r"(?![\w])" if e[-1].isalnum() else "") for e in ordered)


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class _Lexicon:
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


@cache
def _lex() -> _Lexicon:
    numbers, fractions = {}, {}
    for word, cells in table("number_words").items():
        if len(cells) > 1 and cells[1] == "denominator":
            fractions[word] = float(cells[0])
        else:
            numbers[word] = float(cells[0])
    scales = {w: float(c[0]) for w, c in table("scales").items()}
    currencies = {w: c[0] for w, c in table("currencies").items()}
    minor = {w: (c[0], float(c[1]), c[2] if len(c) > 2 else "cent") for w, c in table("minor_currencies").items()}
    symbols = [c for c in currencies if not c[0].isalnum() or (not c.isascii() and len(c) <= 2)]
    glued = [c for c in currencies if not c.isalpha() and c[0].isalpha()]  # c$, hk$, us$, r$
    codes = [c for c in currencies if c.isalpha() and len(c) == 3 and currencies[c] == c.upper()]
    names = [c for c in currencies if (c.isalpha() or " " in c) and c not in symbols]
    names = [c for c in names if c not in codes and c not in ("rs", "rmb", "sfr", "inr")]
    # "C $", "HK $", "US $": tokenized text puts a space inside the symbol
    spaced = [c[:-1] + " $" for c in glued if c.endswith("$") and c[:-1] not in ("a", "s", "r")]
    prefix = re.compile(
        r"(?<![\w$€£¥])((?i:"
        + _alternation(glued + spaced)
        + ")|"
        + _alternation(symbols)
        + r"|(?i:rs\.?|rmb|sfr|inr)(?![\w])|M?(?:"
        + "|".join(c.upper() for c in codes)
        + r")(?![\w])"
        + r"|(?i:"
        + "|".join(c for c in codes if c not in ("try", "all"))
        + r")(?![\w])"
        + r")\s?$"
    )
    name_after = re.compile(
        r"(?:(?:\s?|-)(?P<name>(?i:"
        + _alternation(names)
        + r"))"
        + r"|\s?(?P<code>M?(?:"
        + "|".join(c.upper() for c in codes)
        + r")(?![\w])"
        + r"|(?i:"
        + "|".join(c for c in codes if c not in ("try", "all", "cup"))
        + r")(?![\w]))"
        + r"|\s?(?P<symbol>"
        + _alternation(symbols)
        + r"))"
    )
    minor_after = re.compile(r"(?:\s|-)?(?i:(" + _alternation(minor) + r"))")
    scale_after = re.compile(r"(?:\s|-)?(" + _alternation(scales) + r")(?![\w])", re.IGNORECASE)
    word_start = re.compile(
        r"(?<![\w-])(?:(?:minus|negative)\s+)?(?:"
        + _alternation(list(numbers) + ["half"])
        + r"|quarter(?=\s+(?:million|billion|trillion)\b)|an?\s+(?="
        + r"(?:hundred|thousand|million|billion|trillion|dozen|quarter\s+(?:million|billion|trillion))(?![\w])"
        + r"|(?:"
        + "|".join(f for f in fractions if not f.endswith("s"))
        + r")\s+of\b"
        + r"|(?:quarter|half)[\s-](?:percentage[\s-])?points?\b"
        + r"|(?:third|quarter|fifth)(?=\s*(?:[.,;:)]|$|\s+[a-z]))))",
        re.IGNORECASE,
    )
    units = {surface: normalize_unit_name(name) for surface, (name, *_rest) in _unit_rows()}
    units.update({s: n for s, n in TIME_UNITS.items() if s not in units})
    case_kept = [s for s in units if s != s.lower() or len(s) <= 3 or not any(ch.isalpha() for ch in s)]
    long = [s for s in units if s not in case_kept]
    unit_after = re.compile(
        r"(?:\s?|-|\s?[(\[{<])(?P<unit>(?-i:" + _alternation(case_kept) + r")|(?i:" + _alternation(long) + r"))"
        r"(?![\w])(?P<close>[)\]}>])?"
    )
    return _Lexicon(
        numbers,
        fractions,
        scales,
        currencies,
        minor,
        prefix,
        name_after,
        minor_after,
        scale_after,
        word_start,
        units,
        unit_after,
    )


def _unit_rows() -> list[tuple[str, tuple[str, ...]]]:
    """`physical_units.tsv` with the case of symbols kept ("MW" is not "mw")."""
    rows = []
    for line in (LEXICON_DIR / "physical_units.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surface, *rest = line.split("\t")
            rows.append((surface.strip(), tuple(c.strip() for c in rest)))
    return rows


def normalize_unit_name(name: str) -> str:
    """A unit name in FACTS.md form: lower case, singular, US spelling, joined with "_"."""
    name = name.lower().replace("metre", "meter").replace("litre", "liter").replace("-", " ")
    name = {
        "pound mass": "pound",
        "short ton": "ton",
        "degree angle": "degree",
        "metric ton": "tonne",
        "feet": "foot",
    }.get(name, name)
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
    generated = {
        s: n
        for s, n in generated.items()
        if s.lower() not in STOP_WORDS and s.lower() not in AMBIGUOUS_SYMBOLS and "\t" not in s
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


# ---------------------------------------------------------------- numbers


@dataclass
class _Number:
    start: int
    end: int
    value: float
    written: bool
    scaled: bool  # a scale word ("million") is part of it
    base: float = 0.0  # the value before its final scale word: 4.65 for "4.65 billion"


_NUM_TOKEN = re.compile(r"[A-Za-z]+|" + DIGITS + r"|[" + "".join(VULGAR) + "]")
_JOIN = re.compile(r"\s+-\s+|-|[ \t]+")


def _tokens_from(text: str, pos: int, limit: int = 24) -> list[tuple[str, int, int]]:
    """Word, digit and fraction tokens from `pos`, joined by spaces or hyphens, until anything else."""
    out: list[tuple[str, int, int]] = []
    i = pos
    while len(out) < limit:
        m = _NUM_TOKEN.match(text, i)
        if not m:
            break
        out.append((m.group(0), m.start(), m.end()))
        j = _JOIN.match(text, m.end())
        if not j:
            break
        i = j.end()
    return out


def _digit_value(surface: str) -> float | None:
    cleaned = re.sub(r"[,\u202f\u00a0\u2009 ]", "", surface)
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _fraction_digits(text: str, at: int) -> tuple[float, int] | None:
    """ "1/2", "3/4" right at `at` (not a date such as 7/7 or 7/7/2017)."""
    m = re.compile(r"(\d{1,2})/(\d{1,2})(?![\d/])").match(text, at)
    if not m:
        return None
    num, den = int(m.group(1)), int(m.group(2))
    if den == 0 or num >= den or den > 16:
        return None
    return num / den, m.end()


def _parse_number(text: str, pos: int) -> _Number | None:
    """The longest number phrase at `pos`: "23.16", "two million", "3 hundred and 21", "five and a half million"."""
    lex = _lex()
    sign = 1.0
    m = re.compile(r"(?:minus|negative)\s+", re.IGNORECASE).match(text, pos)
    start = pos
    if m:
        sign, pos = -1.0, m.end()
    frac = _fraction_digits(text, pos)
    if frac and (pos == 0 or not text[pos - 1].isalnum()):
        return _Number(start, frac[1], sign * frac[0], False, False)
    toks = _tokens_from(text, pos)
    total, current, last, last_scale = 0.0, None, None, 1.0
    end, written, scaled, pending_a = pos, False, False, False
    i = 0
    while i < len(toks):
        tok, t_start, t_end = toks[i]
        low = tok.lower()
        nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
        if tok[0].isdigit() or tok[0] == ".":
            value = _digit_value(tok)
            if value is None or text[t_start - 1 : t_start] == "-" and i > 0:
                break
            if current is None and (last is None or last == "scale" and nxt == "hundred"):
                current, last = value, "digits"
            elif last == "and-hundred" and value < 100:
                current, last = (current or 0) + value, "digits"
            else:
                break
            end = t_end
            frac = re.compile(r"[ ](?=\d{1,2}/\d)").match(text, t_end)
            if frac and value == int(value):
                f = _fraction_digits(text, frac.end())
                if f:
                    current, end = current + f[0], f[1]
                    break
            i += 1
            continue
        if tok in VULGAR:
            if current is None and last is None:
                current = VULGAR[tok]
            elif last == "digits" and current == int(current):
                current += VULGAR[tok]
            else:
                break
            end, last = t_end, "frac"
            i += 1
            continue
        if low in ("a", "an"):
            fraction = _article_fraction(text, toks, i) if last is None else None
            if fraction is not None:
                value, end, scaled = fraction
                return _Number(start, end, sign * value, True, scaled, sign * value)
            point_half = nxt == "half" and _followed_by_point(toks, i + 2)
            if (
                last is not None
                or nxt not in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter")
                and not point_half
            ):
                break
            pending_a = True
            i += 1
            continue
        if low in lex.numbers and low not in ("hundred", "dozen"):
            value = lex.numbers[low]
            kind = "unit" if value < 10 else "teen" if value < 20 else "tens"
            if nxt in lex.fractions and current is None and last in (None, "scale") and kind != "tens":
                # "two thirds", "three quarters": a numerator over a denominator
                if nxt.startswith("quarter") and not (value >= 2 or _followed_by_scale(toks, i + 2)):
                    break
                current, last, end, written = value / lex.fractions[nxt], "frac", toks[i + 1][2], True
                i += 2
                continue
            if current is None and last in (None, "scale"):
                current = value
            elif last == "tens" and kind == "unit" and text[toks[i - 1][2] : t_start].strip() in ("", "-"):
                current += value
            elif last in ("hundred", "and-hundred") and value < 100:
                current += value
            else:
                break
            last, end, written = kind, t_end, True
            i += 1
            continue
        if low in ("hundred", "dozen"):  # "two hundred", "a dozen": a multiplier of what came before
            factor = 100.0 if low == "hundred" else 12.0
            if current is not None and last in ("unit", "teen", "tens", "digits"):
                current *= factor
            elif pending_a and current is None:
                current = factor
            else:
                break
            last, end, written, pending_a = low, t_end, True, False
            i += 1
            continue
        if low in ("thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"):
            mult = lex.scales[low]
            if current is not None:
                total += current * mult
            elif last == "scale":
                total *= mult  # "three lakh crore"
            elif pending_a:
                total += mult
            else:
                break
            current, last, last_scale, end, scaled, pending_a = None, "scale", mult, t_end, True, False
            i += 1
            continue
        if low == "half" and last is None and (not pending_a or _followed_by_point(toks, i + 1)):
            # "half a million", "half million"; a bare "half" only as a written fraction
            if nxt == "a" and i + 2 < len(toks) and toks[i + 2][0].lower() in ("million", "billion", "trillion"):
                i += 2
                current, last, end = 0.5, "frac", t_end
                continue
            if nxt == "a" and _followed_by_point(toks, i + 2):
                # "half a percentage point": the article belongs to the amount, the unit follows
                current, last, end, written = 0.5, "frac", toks[i + 1][2], True
                break
            current, last, end, written = 0.5, "frac", t_end, True
            i += 1
            continue
        if (
            low == "quarter"
            and last is None
            and (_followed_by_scale(toks, i + 1) or pending_a and _followed_by_point(toks, i + 1))
        ):
            current, last, end, written, pending_a = 0.25, "frac", t_end, True, False
            i += 1
            continue
        if low == "and" and last is not None:
            fraction = _fraction_phrase(toks, i + 1)
            if fraction is not None:
                value, j = fraction
                if last == "scale" and current is None:
                    total += value * last_scale
                else:
                    current = (current or 0.0) + value
                last, end = "frac", toks[j - 1][2]
                i = j
                continue
            if (
                last == "hundred"
                and nxt
                and (nxt[0].isdigit() or nxt in lex.numbers)
                or last == "scale"
                and written
                and nxt in lex.numbers
            ):
                last = "and-hundred" if last == "hundred" else "scale"
                i += 1
                continue
            break
        if low == "point" and last in ("unit", "teen", "tens", "digits") and current == int(current):
            decimals = ""
            j = i + 1
            while j < len(toks) and toks[j][0].lower() in lex.numbers and lex.numbers[toks[j][0].lower()] < 20:
                decimals += str(int(lex.numbers[toks[j][0].lower()]))
                j += 1
            if not decimals:
                break
            current = current + float("0." + decimals)
            end, last = toks[j - 1][2], "frac"
            i = j
            continue
        break
    if current is None and total == 0.0 and last != "scale":
        return None
    if end == pos:
        return None
    value = sign * (total + (current or 0.0))
    base = value / last_scale if last == "scale" else value
    return _Number(start, end, value, written, scaled, base)


def _followed_by_scale(toks: list[tuple[str, int, int]], i: int) -> bool:
    return i < len(toks) and toks[i][0].lower() in ("million", "billion", "trillion", "thousand")


def _followed_by_point(toks: list[tuple[str, int, int]], i: int) -> bool:
    """ "point", "points" or "percentage point(s)" at token `i`: a quarter point is a rate step, not a count."""
    return i < len(toks) and toks[i][0].lower() in ("point", "points", "percentage", "basis")


def _article_fraction(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[float, int, bool] | None:
    """ "a third of", "a quarter of a billion", "by a fifth.": a fraction written with an article.

    Only before "of" or closing a clause after "by": "a third straight month" and "a third-quarter
    loss" are ordinals. Returns (value, end, scaled).
    """
    lex = _lex()
    if i + 1 >= len(toks):
        return None
    word = toks[i + 1][0].lower()
    if word not in lex.fractions or word.endswith("s") or word == "halves":
        return None
    value, end = 1 / lex.fractions[word], toks[i + 1][2]
    after = toks[i + 2][0].lower() if i + 2 < len(toks) else ""
    if after == "of":
        # "a quarter of a billion dollars"
        if (
            i + 4 < len(toks)
            and toks[i + 3][0].lower() in ("a", "an")
            and toks[i + 4][0].lower() in ("million", "billion", "trillion")
        ):
            return value * lex.scales[toks[i + 4][0].lower()], toks[i + 4][2], True
        if word in ("fourth", "quarter") and re.match(
            r"\s+of\s+(?:the\s+)?(?:fiscal|financial|july|\d)", text[end:], re.IGNORECASE
        ):
            return None  # "a quarter of fiscal 2024", "a fourth of July"
        return value, end, False
    if re.search(r"\bby\s+$", text[max(0, toks[i][1] - 10) : toks[i][1]], re.IGNORECASE) and re.match(
        r"\s*(?:[.,;:)]|$|\s+(?:in|from|since|on|over|to|as|after|last|this|year)\b)", text[end:]
    ):
        return value, end, False  # "shrank by a fifth."
    return None


def _fraction_phrase(toks: list[tuple[str, int, int]], i: int) -> tuple[float, int] | None:
    """ "a half", "a third", "one fourth", "three quarters" after "and"; returns (value, next index)."""
    lex = _lex()
    if i + 1 >= len(toks):
        return None
    first, second = toks[i][0].lower(), toks[i + 1][0].lower()
    numerator = 1.0 if first in ("a", "an") else lex.numbers.get(first)
    if numerator is None or numerator >= 20:
        return None
    if second == "half" or second == "halves":
        return numerator / 2, i + 2
    if second in lex.fractions:
        return numerator / lex.fractions[second], i + 2
    return None


# ---------------------------------------------------------------- readings


@dataclass
class _Reading:
    """An amount being read left to right from a number."""

    start: int
    end: int
    amount: float
    unit: str | None = None
    kind: str = "amount"
    explicit: bool = False  # carries a scale word, currency, percent or unit
    written: bool = False
    low: float | None = None
    high: float | None = None
    minor: tuple[str, float, str, str] | None = None  # (ISO code, factor, minor unit name, minor surface)
    bound: str = "="
    approximate: bool = False
    cue_start: int | None = None
    first_end: int | None = None  # end of the first number of a range
    base: float | None = None  # the number as written, before scale words and unit factors


def _scale(r: _Reading, factor: float) -> None:
    r.amount *= factor
    if r.low is not None and r.high is not None:
        r.low, r.high = r.low * factor, r.high * factor


def _read_currency_prefix(text: str, r: _Reading, context: _Context) -> None:
    window = text[max(0, r.start - 8) : r.start]
    match = _lex().prefix.search(window)
    if not match:
        return
    symbol = match.group(1)
    key = symbol.lower().replace(" ", "")
    multiplier = 1.0
    if key not in _lex().currencies and key.startswith("m") and key[1:] in _lex().currencies:
        key, multiplier = key[1:], 1e6  # "MAUD 60": millions of Australian dollars
    if key not in _lex().currencies:
        return
    r.start = r.start - (len(window) - match.start())
    r.unit = context.resolve(key, _lex().currencies[key])
    r.kind, r.explicit = "money", True
    _scale(r, multiplier)


def _read_scale(text: str, r: _Reading) -> None:
    match = _lex().scale_after.match(text, r.end)
    if not match:
        return
    word = match.group(1)
    low = word.lower()
    glued = match.start() == match.start(1)
    if low in ("thousand", "million", "billion", "trillion", "lakh", "crore", "thousands", "millions", "billions"):
        pass
    elif len(word) <= 2 and low not in ("bn", "mn", "cr", "tn", "mm") and not glued:
        return  # " m" and " b" after a space are too ambiguous (metres, a list item)
    if low == "m" and r.kind != "money" and _metre_context(text, match.end()):
        r.unit, r.kind, r.explicit, r.end = "meter", "physical", True, match.end()
        return
    if low in ("k", "m", "b") and not glued:
        return
    if low == "t" and (r.kind != "money" or not glued or word != "T"):
        return  # "$2.2T" is trillions; "100t" is tonnes
    if low == "mm" and word != "MM":
        return  # "300mm" is millimetres; "1MM" is a million
    if low.startswith("cr") and r.unit is None:
        r.unit, r.kind = "INR", "money"  # crore is the Indian scale: money unless stated otherwise
    _scale(r, _lex().scales[low])
    r.end, r.explicit = match.end(), True
    if low == "cr." and not re.match(r"\s+[a-z]", text[match.end() : match.end() + 3]):
        r.end -= 1  # a full stop that ends the sentence


def _metre_context(text: str, at: int) -> bool:
    after = text[at : at + 20].lower()
    return re.match(r"\s*(?:tall|long|high|wide|deep|away|above|below|in\b|$|[.,;)])", after) is not None and (
        re.search(
            r"\b(?:tall|long|high|wide|deep|length|height|width|depth|outreach|distance|equal|dm|cm|km)\b", text.lower()
        )
        is not None
    )


PERCENT = re.compile(
    r"(?:\s?|-)(%|per\s?cent(?:age)?(?:\s+points?)?|pct|pc|percentage\s+points?|basis\s+points?|bps|bp)(?![\w])",
    re.IGNORECASE,
)
FRACTION_POINT = re.compile(r"(?:\s|-)(?:of\s+an?\s+)?(?:percentage[\s-]|(basis)[\s-])?points?(?![\w])", re.IGNORECASE)
INDEX_POINTS = re.compile(r"\s+points?(?![\w])", re.IGNORECASE)
MULTIPLE_SUFFIX = re.compile(r"(?:\s?(x)(?![\w])|[\s-]?(fold)(?![\w])|\s(times)(?![\w]))", re.IGNORECASE)
PER = re.compile(r"(?:\s?/\s?|\s+per\s+|\s+an?\s+|\s+each\s+)", re.IGNORECASE)
WEIGHT_CUES = re.compile(
    r"\b(?:weigh\w*|heav\w*|lbs?|baby|lose|lost|drop|gain\w*|ounces?|kilo\w*|fat|meat|beef|tons?|"
    r"tonnes?|kg|grams?)\b",
    re.IGNORECASE,
)


def _read_unit_after(text: str, r: _Reading, context: _Context) -> None:
    lex = _lex()
    if r.unit and r.kind == "money":
        _read_rate(text, r)
        return
    match = FRACTION_POINT.match(text, r.end) if r.written and 0 < r.amount < 1 and r.low is None else None
    if match:
        # "half a percentage point", "a quarter point", "three quarters of a point": steps of a rate
        r.unit = "percentage_point"
        _scale(r, 0.01 if match.group(1) else 1.0)
        r.end, r.kind, r.explicit = match.end(), "percent", True
        return
    match = PERCENT.match(text, r.end)
    if match:
        word = match.group(1).lower()
        if word:
            if "basis" in word or word.startswith("bp"):
                r.unit, factor = "percentage_point", 0.01
            elif "point" in word:
                r.unit, factor = "percentage_point", 1.0
            else:
                r.unit, factor = "percent", 1.0
            _scale(r, factor)
            r.end, r.kind, r.explicit = match.end(), "percent", True
            return
    match = lex.name_after.match(text, r.end)
    if match:
        surface = match.group("name") or match.group("code") or match.group("symbol")
        key = surface.lower().replace(" ", "")
        key = surface.lower() if surface.lower() in lex.currencies else key
        multiplier = 1.0
        if match.group("code") and surface[0] == "M" and len(surface) == 4:
            key, multiplier = key[1:], 1e6  # "30 MUSD"
        pounds_of_weight = key in ("pound", "pounds") and (
            WEIGHT_CUES.search(text)
            or re.match(r"\s+of\s+(?!sterling|the|their|its|revenue|sales|debt|cash)", text[match.end() :])
        )
        # "won", "rand" and "real" are English words too; "80 billion won" and "4,500 rand" are money
        word_currency = key in ("won", "rand") and surface.islower() and (r.explicit or not r.written)
        if (
            key in lex.currencies
            and not pounds_of_weight
            and (key not in ("real", "rand", "won", "mark", "marks") or word_currency)
        ):
            r.unit = context.resolve(key, lex.currencies[key])
            r.end, r.kind, r.explicit = match.end(), "money", True
            _scale(r, multiplier)
            scale = lex.scale_after.match(text, r.end)  # "75 USD million"
            if scale and scale.group(1).lower() in ("million", "billion", "trillion", "thousand", "mn", "bn"):
                _scale(r, lex.scales[scale.group(1).lower()])
                r.end = scale.end()
            _read_cents(text, r)
            _read_rate(text, r)
            return
    match = lex.minor_after.match(text, r.end)
    if match and (match.group(1).lower() != "p" or match.start() == match.start(1)):
        code, factor, minor_name = lex.minor[match.group(1).lower()]
        code = context.resolve(match.group(1).lower(), code)
        r.minor = (code, factor, minor_name, text[r.start : match.end()])
        r.unit = code
        _scale(r, factor)
        r.end, r.kind, r.explicit = match.end(), "money", True
        return
    match = INDEX_POINTS.match(text, r.end)
    if match and not r.unit and r.low is None:
        before = re.sub(r"\s*\bby\s+$", " ", text[max(0, r.start - 40) : r.start])
        if CHANGE_FORMS.search(before) or re.search(r"%,?\s+or\s+$|percent,?\s+or\s+$", before, re.IGNORECASE):
            # "the index fell 190 points", "rose 1.2%, or 310 points": index points, a unit of the move
            r.unit, r.end, r.kind, r.explicit = "point", match.end(), "physical", True
            return
    match = MULTIPLE_SUFFIX.match(text, r.end)
    if match and not r.unit and not re.match(r"\s+(?:a|an|per|each|the)\b", text[match.end() :]):
        r.unit, r.end, r.kind, r.explicit = "times", match.end(), "multiple", True
        return
    _read_physical_unit(text, r)


def _read_cents(text: str, r: _Reading) -> None:
    """ "13 dollars and 45 cents", "15 dollars 50": the cents of a money amount written in two parts."""
    m = re.compile(r"\s+(?:and\s+)?(?=\S)").match(text, r.end)
    if not m or r.amount != int(r.amount):
        return
    number = _parse_number(text, m.end())
    if number is None or not 0 < number.value < 100 or number.value != int(number.value):
        return
    after = text[number.end :]
    cents = re.match(r"\s?cents?\b", after, re.IGNORECASE)
    if cents or re.match(r"\s*(?:[.,;!?]|$)", after):
        r.amount += number.value / 100
        r.end = number.end + (cents.end() if cents else 0)


def _read_rate(text: str, r: _Reading) -> None:
    """ "$15 an hour", "$350 per kg": money per a unit."""
    m = PER.match(text, r.end)
    if not m:
        return
    unit = _lex().unit_after.match(text, m.end())
    if not unit or unit.group("close"):
        return
    name = _lex().units.get(unit.group("unit")) or _lex().units.get(unit.group("unit").lower())
    if name is None or unit.group("unit").lower() in ("share", "shares"):
        return
    if m.group(0).strip().lower() in ("a", "an", "each") and name in ("year", "month", "week", "day", "decade"):
        return  # "$1.17 billion a year" is an amount with a period, not a rate
    r.unit = f"{r.unit}_per_{name}"
    r.end = unit.end()


def _read_physical_unit(text: str, r: _Reading) -> None:
    lex = _lex()
    match = lex.unit_after.match(text, r.end)
    if not match:
        return
    opened = text[r.end : match.start("unit")].strip()
    if opened and opened != "-" and not match.group("close"):
        return  # "20 (kg)" needs its closing bracket
    surface = match.group("unit")
    name = lex.units.get(surface) or lex.units.get(surface.lower())
    if name is None:
        return
    r.unit = name
    r.end = match.end() if opened and opened != "-" else match.end("unit")
    r.kind, r.explicit = "physical", True
    if name in ("year", "month", "week", "day", "hour", "minute", "second", "decade"):
        old = re.compile(r"(?:\s+|-)(?:old|of\s+age)\b", re.IGNORECASE).match(text, r.end)
        if old:
            r.end = old.end()
        return
    m = PER.match(text, r.end)
    if m:
        denominator = lex.unit_after.match(text, m.end())
        if denominator and not denominator.group("close"):
            dname = lex.units.get(denominator.group("unit")) or lex.units.get(denominator.group("unit").lower())
            yearly = m.group(0).strip().lower() in ("a", "an", "each") and dname in ("year", "month", "week", "day")
            if dname and dname != name and not yearly:
                r.unit, r.end = f"{name}_per_{dname}", denominator.end()
    if name == "foot":
        inches = re.compile(r"\s+(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s?(?:inches|inch|in|\")(?![\w])").match(text, r.end)
        if inches:
            r.amount += float(inches.group(1)) / 12
            r.end = inches.end()


def _read_range(text: str, r: _Reading, context: _Context) -> None:
    """ "5 to 7", "5-7", "between 5 and 7", "20~100": extend the reading to the second number."""
    join = re.compile(r"\s?(?:-|–|—|~|to|and|through)\s?", re.IGNORECASE).match(text, r.end)
    if not join:
        return
    word = join.group(0).strip().lower()
    before = text[max(0, r.start - 40) : r.start]
    between = re.search(r"\bbetween\s+(?:(?:about|around|roughly|some)\s+)?$", before, re.IGNORECASE)
    from_ = re.search(r"\bfrom\s+(?:(?:about|around|roughly|some)\s+)?$", before, re.IGNORECASE)
    if word == "and" and not between:
        return
    if word in ("-", "—") and join.group(0) != word and not between and (r.unit or r.written):
        return  # "$5 - 7" with spaces is more often a dash between clauses than a range
    if from_ and (
        CHANGE_FORMS.search(before[: from_.start()]) or CHANGE_WORD.search(before[: from_.start()]) or word != "to"
    ):
        return  # "rose from 5 to 7" is two levels, not a range
    if word == "to" and not from_ and not between and r.unit == "times":
        return
    second = _read_amount_at(text, join.end(), context, allow_prefix=True)
    if second is None:
        return
    if r.unit and second.unit and r.unit != second.unit:
        return
    if re.match(r"^(1[89]\d\d|20\d\d)$", text[r.start : r.end]) and not second.explicit:
        return
    if (
        word == "to"
        and r.explicit
        and not from_
        and not between
        and CHANGE_FORMS.search(re.sub(r"\s*by\s+$", " ", before))
    ):
        return  # "rose 5 percent to 10 percent": a change and a level
    low = r.amount
    own_factor = r.amount / r.base if r.base else 1.0
    second_factor = second.amount / second.base if second.base else 1.0
    if abs(own_factor - 1.0) < 1e-12 and abs(second_factor - 1.0) > 1e-12:
        # "5-7%"? no factor; "4.45 to 4.65 billion", "25-50 bps": the first number shares the second's scale
        low = r.amount * second_factor
    if low > second.amount:
        return
    if (
        word == "to"
        and not from_
        and not between
        and re.search(r"\bby\s+$", before, re.IGNORECASE)
        and (r.unit is not None or second.unit is None or second.amount > 3 * low)
    ):
        # "cut its workforce by 1,500 to 12,000": a change and the level it led to; "by 5 to 10 percent" is a range
        return
    r.first_end = r.end
    r.low, r.high = low, second.amount
    r.amount = (low + second.amount) / 2
    r.end = second.end
    r.unit = r.unit or second.unit
    r.kind = second.kind if r.kind == "amount" else r.kind
    r.explicit = r.explicit or second.explicit
    r.minor = r.minor or second.minor
    if between:
        r.cue_start = max(0, r.start - 40) + between.start()
    elif from_ and word == "to":
        r.cue_start = max(0, r.start - 40) + from_.start()


@dataclass
class _Second:
    end: int
    amount: float
    base: float
    unit: str | None
    kind: str
    explicit: bool
    written_scale: bool
    minor: tuple | None


def _read_amount_at(text: str, at: int, context: _Context, *, allow_prefix: bool) -> _Second | None:
    number_at = at
    prefix_unit = None
    if allow_prefix:
        m = re.compile(r"(?:US|C|A|HK|S)?\$\s?|€\s?|£\s?|¥\s?").match(text, at)
        if m:
            key = m.group(0).strip().lower()
            prefix_unit, number_at = context.resolve(key, _lex().currencies.get(key, "USD")), m.end()
    number = _parse_number(text, number_at)
    if number is None:
        return None
    if not number.written and not text[number_at : number_at + 1].isdigit() and text[number_at] != ".":
        return None
    r = _Reading(start=number_at, end=number.end, amount=number.value, written=number.written, explicit=number.scaled)
    base = number.base
    if prefix_unit:
        r.unit, r.kind, r.explicit = prefix_unit, "money", True
    _read_scale(text, r)
    _read_unit_after(text, r, context)
    return _Second(
        r.end, r.amount, base, r.unit, r.kind, r.explicit, number.scaled or r.amount != number.value, r.minor
    )


# ---------------------------------------------------------------- what is not a quantity

URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S*(?:%[0-9A-F]{2}){2,}\S*", re.IGNORECASE)
PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|(?<![\d,.])\d{3}-\d{4}(?![\d,])"
)
DATE_NUMERIC = re.compile(r"(?<![\d.])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d.])")
MERIDIEM = r"(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)"
CLOCK = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?:\s*" + TIME_ZONES + r")?(?![\w])"
    r"|(?<!\d)\d{1,2}(?:\.\d{2})?\s*" + MERIDIEM + r"(?![\w])"
    r"|(?<!\d)[0-2]\d[0-5]\d\s+(?:GMT|EDT|EST|BST|CET|UTC|ET)\b",
    re.IGNORECASE,
)
MONTH_BEFORE = re.compile(r"\b(?:" + MONTHS + r")\.?\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + MONTHS + r")\b", re.IGNORECASE)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
STREET = re.compile(
    r"^\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Way|Boulevard|Blvd\.?|Lane|Drive|"
    r"Place|Plaza|Square|Court|Parkway|Highway)(?![\w])"
)
PERIOD_PHRASE = re.compile(
    r"\b(?:the\s+)?(?:next|past|last|first|coming|previous|following|final|same|recent|latest)\s+$", re.IGNORECASE
)
# Words that may stand capitalised right before a number without making it part of a name.
FUNCTION_WORDS = frozenset(
    "a an the about around over under some nearly almost roughly approximately only just by to of in at on "
    "for from with and or but than up down more less after before since until as its their his her our "
    "rose fell grew gained lost added cut reached hit totaled totalled were was is are be had has have "
    "which that who while when where if each every all also between another it they we he she i you "
    "rs inr usd eur gbp jpy cny rmb chf cad aud hkd sgd krw brl rub zar mxn total estimated".split()
)


@cache
def _exempt_words() -> frozenset[str]:
    """Capitalised words that may open a sentence before a bare number ("About 500", "Nearly 40")."""
    cues = [w for c, _ in _bound_cues() for w in c.split()] + [w for c in _approx_cues() for w in c.split()]
    return FUNCTION_WORDS | frozenset(cues) | frozenset(words("change_up")) | frozenset(words("change_down"))


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (URL, PHONE, DATE_NUMERIC, CLOCK):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def _is_identifier_or_date(text: str, r: _Reading, digits: str, number_end: int) -> bool:
    """Years, dates, clock times, ordinals, model numbers, tickers and codes are not quantities."""
    before, after = text[max(0, r.start - 30) : r.start], text[r.end : r.end + 30]
    if ORDINAL_AFTER.match(text[number_end:]):
        return True
    if re.match(r"0\d", digits.lstrip("-−")) and r.kind == "amount":
        return True  # "0845 GMT", "007": codes and clock times
    if re.match(r"^\.[A-Z]{1,3}\b", after) or re.match(r"^-[A-Z]{1,3}\b", after):
        return True  # "0700.HK": a ticker
    if r.kind in ("money", "percent", "multiple"):
        return False
    if STREET.match(after):
        return True
    if r.kind == "physical":
        return False
    if re.match(r"^[A-Za-z]", after):
        return True  # "4G", "3D": a letter glued to the number makes a name
    if re.match(r"^[-/.]\d", after) or re.match(r"^\.\d", after):
        return True  # "2022-23", "7/7", "1.2.3"
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after.lstrip(" ,")):
        return True
    if YEAR.match(digits) and not r.explicit and "," not in digits:
        return True
    if re.search(
        r"(?:No\.|#|version|v\.|model|number|nos?\.|page|p\.|room|flight|route|chapter)\s*$", before, re.IGNORECASE
    ):
        return True
    words_before = re.findall(r"[\w&.'-]+", before)
    if words_before and not r.explicit:
        previous = words_before[-1]
        starts_sentence = re.search(r"(?:^|[.!?:;\"“]\s+|\n)\S*\s*$", before) is not None
        is_name = previous[:1].isupper() or (previous[:1].islower() and any(c.isupper() for c in previous[1:]))
        if is_name and previous.lower() not in _exempt_words() and not previous.isupper():
            return True  # "Suite 365", "Nikkei 225", "iPhone 7": part of a name
        if (
            is_name
            and previous.isupper()
            and len(previous) <= 5
            and not starts_sentence
            and previous.lower() not in FUNCTION_WORDS
            and not re.match(r"^\s*(?:%|percent)", after)
        ):
            return True  # "FTSE 100", "S&P 500"
    if (
        r.kind == "amount"
        and re.match(r"^-[a-z]", after)
        and not re.match(r"^-(?:strong|odd|plus|member|person|seat|store|employee|worker)", after)
    ):
        return True  # "two-channel", "one-time": an adjective compound, not a count
    return False


# ---------------------------------------------------------------- context


class _Context:
    """What the whole text says about ambiguous symbols: which dollar a bare "$" is, which "¥"."""

    def __init__(self, text: str) -> None:
        low = text.lower()
        self.yen_is_yuan = bool(re.search(r"\b(?:yuan|renminbi|rmb|cny|chinese|china)\b", low)) and not re.search(
            r"\b(?:yen|japan\w*|jpy)\b", low
        )
        self.crown = "crown"  # a crown of no named country stays a named unit rather than a guessed code
        for pattern, crown in (
            ("norw", "NOK"),
            ("swed", "SEK"),
            ("danish|denmark", "DKK"),
            ("czech", "CZK"),
            ("iceland", "ISK"),
        ):
            if re.search(r"\b(?:" + pattern + r")", low):
                self.crown = crown
                break
        self.dollar = "USD"
        if not re.search(
            r"\b(?:u\.?s\.?\s?\$|us\s?dollars?|u\.s\. dollars?|usd|american dollars?)", low
        ) and not re.search(r"(?<![a-z])[a-z]{1,3}\s?\$", low):
            for name, code in (
                ("canadian", "CAD"),
                ("australian", "AUD"),
                ("hong kong", "HKD"),
                ("singapore", "SGD"),
                ("new zealand", "NZD"),
                ("taiwan", "TWD"),
            ):
                if re.search(r"\b" + name + r" dollars?\b", low):
                    self.dollar = code
                    break

    def resolve(self, surface: str, code: str) -> str:
        if code == "CROWN":
            return self.crown  # "crowns": the Nordic or Czech currency the text's country names
        if surface == "$" or surface in ("dollar", "dollars", "cent", "cents"):
            return self.dollar if code == "USD" else code
        if surface == "¥" and self.yen_is_yuan:
            return "CNY"
        return code


# ---------------------------------------------------------------- finding


def _starts(text: str) -> list[tuple[int, str]]:
    starts = [(m.start(), "digits") for m in re.finditer(NOT_GLUED_BEFORE + r"(?:\d|\.\d)", text)]
    starts += [(m.start(), "words") for m in _lex().word_start.finditer(text)]
    glued_code = r"(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|CAD|AUD|HKD|Rs)(?=\d)"
    starts += [(m.end(), "digits") for m in re.finditer(glued_code, text)]
    starts += [(m.start(), "digits") for m in re.finditer("[" + "".join(VULGAR) + "]", text)]
    starts += [(m.start(), "digits") for m in re.finditer(r"(?<![\w.-])[-−](?=\d)", text)]
    return sorted(set(starts))


def _readings(text: str) -> list[_Reading]:
    """Every amount that starts at a digit or a written number, left to right, without overlaps."""
    context = _Context(text)
    blocked = _blocked_spans(text)
    readings: list[_Reading] = []
    taken = 0
    for start, how in _starts(text):
        if start < taken or any(s <= start < e for s, e in blocked):
            continue
        sign = 1.0
        at = start
        if text[start] in "-−":
            if start > 0 and not re.match(r"[\s(]", text[start - 1]):
                continue
            sign, at = -1.0, start + 1
        number = _parse_number(text, at)
        if number is None:
            continue
        r = _Reading(
            start=start,
            end=number.end,
            amount=sign * number.value,
            written=number.written,
            explicit=number.scaled,
            base=sign * number.value,
        )
        if number.scaled:
            r.base = sign * number.base
        _read_currency_prefix(text, r, context)
        _read_scale(text, r)
        _read_unit_after(text, r, context)
        _read_range(text, r, context)
        digits = text[at : number.end]
        if how == "digits" and not number.written and _is_identifier_or_date(text, r, digits, number.end):
            taken = max(taken, r.end)
            continue
        if number.written and not r.explicit and not _written_count_ok(text, r, number):
            continue
        if r.unit in ("year", "month", "week", "day", "decade") and PERIOD_PHRASE.search(
            text[max(0, r.start - 30) : r.start]
        ):
            taken = r.end
            continue  # "the past two years", "the next 12 months": a period, not a quantity
        readings.append(r)
        taken = r.end
    return readings


def _written_count_ok(text: str, r: _Reading, number: _Number) -> bool:
    """A bare written number counts only when a noun follows ("two plants"), not "for one," or "one of"."""
    surface = text[number.start : number.end].lower()
    after = text[r.end : r.end + 20]
    cue = _bound_and_approximation(text, r.start)
    if cue[0] != "=" and not re.match(r"^\s+of\b", after):
        return True  # "no less than thirty"
    if surface in ("one", "a", "an", "half"):
        return surface == "half" and re.match(r"^\s+(?:of\s+)?(?:the\s+)?[a-z]", after) is not None and cue[0] != "="
    if re.match(r"^\s+of\s+(?:the|its|their|his|her|our|these|those|them|us|[A-Z]|\d)", after) and number.value >= 2:
        return True  # "nine of the 12 directors", "two of its plants": a count of part of a group
    if re.match(r"^(?:-|\s+of\b|\s*[,.;:)\"”’]|$)", after):
        return number.scaled or " " in surface or "-" in surface and surface.count("-") == 1 and len(surface) > 7
    return re.match(r"^\s+[a-z]", after) is not None or number.scaled


FOLD_WORD = re.compile(r"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten)[\s-]?fold(?![\w])", re.IGNORECASE)
MULTIPLE_VERB = re.compile(r"(?<![\w-])(doubl|tripl|quadrupl|halv)(?:ed|es|ing)(?![\w-])", re.IGNORECASE)
PLURAL_ROUND = re.compile(
    r"(?<![\w-])(?:(several|many|a\s+few|tens\s+of|hundreds\s+of)\s+)?"
    r"(hundreds|thousands|millions|billions|dozens)(?=\s+(?:of|more)\b)",
    re.IGNORECASE,
)


def _fold_words(text: str) -> list[_Reading]:
    values = _lex().numbers
    found = [
        _Reading(m.start(), m.end(), values[m.group(1).lower()], "times", "multiple", True, True)
        for m in FOLD_WORD.finditer(text)
    ]
    for m in MULTIPLE_VERB.finditer(text):
        amount = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}[m.group(1).lower()]
        found.append(_Reading(m.start(), m.end(), amount, "times", "multiple", True, True))
    return found


def _plural_rounds(text: str) -> list[_Reading]:
    """ "thousands of": at least a thousand, approximate."""
    values = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12.0}
    found = []
    for m in PLURAL_ROUND.finditer(text):
        amount = values[m.group(2).lower()]
        outer = (m.group(1) or "").lower()
        if outer.startswith("tens"):
            amount *= 10
        elif outer.startswith("hundreds"):
            amount *= 100
        start = m.start() if outer and outer.startswith(("tens", "hundreds")) else m.start(2)
        found.append(_Reading(start, m.end(2), amount, written=True, bound=">=", approximate=True))
    return found


def _two_sided_bounds(text: str, readings: list[_Reading]) -> list[_Reading]:
    """ "more than 100 and less than 300": one range from two opposite bounds."""
    out: list[_Reading] = []
    for r in readings:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.low is None
            and r.low is None
            and prev.bound != "="
            and r.bound != "="
            and prev.unit == r.unit
            and re.fullmatch(r"\s*,?\s*(?:and|but)?\s*", text[prev.end : r.cue_start or r.start])
        ):
            low, high = sorted((prev.amount, r.amount))
            lower_first = prev.bound.startswith(">") and r.bound.startswith("<")
            upper_first = prev.bound.startswith("<") and r.bound.startswith(">")
            ordered = prev.amount < r.amount if lower_first else r.amount < prev.amount
            if (lower_first or upper_first) and ordered:
                prev.low, prev.high, prev.amount, prev.bound = low, high, (low + high) / 2, "="
                prev.end = r.end
                continue
        out.append(r)
    return out


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity in `text`, in order, with its span; parenthetical restatements become equivalents."""
    readings = _readings(text)
    taken = [(r.start, r.end) for r in readings]
    for r in _fold_words(text) + _plural_rounds(text):
        if not any(s < r.end and r.start < e for s, e in taken):
            readings.append(r)
            taken.append((r.start, r.end))
    readings.sort(key=lambda r: r.start)
    for r in readings:
        _set_cues(text, r)
    readings = _two_sided_bounds(text, readings)
    mentions = [_to_mention(text, r) for r in readings]
    return _fold_parentheticals(text, mentions)


def _set_cues(text: str, r: _Reading) -> None:
    bound, approximate, cue_start = _bound_and_approximation(text, r.cue_start if r.cue_start is not None else r.start)
    if r.bound == "=":
        r.bound = bound
    r.approximate = r.approximate or approximate
    r.cue_start = min(cue_start, r.cue_start if r.cue_start is not None else r.start)
    after = text[r.end : r.end + 16]
    if after[:1] == "+" and not after[1:2].isdigit():
        r.end += 1
        r.bound = ">"
        return
    m = re.match(
        r"\s+(?:or|and)\s+(more|above|higher|greater|over|less|fewer|below|lower|under)\b", after, re.IGNORECASE
    )
    if m and r.bound == "=":
        r.bound = ">=" if m.group(1).lower() in ("more", "above", "higher", "greater", "over") else "<="
    if r.bound in (">", "<") and re.match(r"\s+or\s+equal\b", after, re.IGNORECASE):
        r.bound += "="


def _bound_and_approximation(text: str, start: int) -> tuple[str, bool, int]:
    """Bound and approximation cues right before `start`; returns (bound, approximate, start of the cue)."""
    window = text[max(0, start - 40) : start]
    before = window.lower()
    offset = start - len(window)
    bound, approximate, new_start = "=", False, start
    for cue, (sign,) in _bound_cues():
        m = re.search(r"(?<![\w])" + re.escape(cue) + r"\s+(?:of\s+)?(?:the\s+)?$", before)
        if m:
            bound = sign
            new_start = offset + m.start()
            before = before[: m.start()]
            break
    for cue in _approx_cues():
        m = re.search(r"(?<![\w])" + re.escape(cue) + r"\s+$", before)
        if m:
            approximate = True
            new_start = offset + m.start()
            if cue in ("nearly", "almost", "just under", "close to", "just shy of") and bound == "=":
                bound = "<"
            elif cue == "just over" and bound == "=":
                bound = ">"
            break
    if bound == "=":
        m = re.search(r"(>=|<=|≥|≤|=>|=<|[<>])\s*=?\s*$", window)
        if m:
            bound = {"≥": ">=", "≤": "<=", "=>": ">=", "=<": "<="}.get(m.group(1), m.group(1))
            if window[m.end(1) :].strip() == "=":
                bound += "=" if len(bound) == 1 else ""
            new_start = offset + m.start()
    if text[start - 1 : start] == "~":
        approximate = True
    return bound, approximate, new_start


@cache
def _bound_cues() -> list[tuple[str, tuple[str, ...]]]:
    return sorted(table("bound_cues").items(), key=lambda kv: -len(kv[0]))


@cache
def _approx_cues() -> list[str]:
    return sorted(words("approx_cues"), key=len, reverse=True)


def _tidy(value: float) -> float:
    """Round away float noise from scaling: 4.1 * 1e12 is 4099999999999.9995, stated as 4.1 trillion."""
    return float(f"{round(value, 10):.15g}")


def _to_mention(text: str, r: _Reading) -> QuantityMention:
    equivalents = []
    if r.minor:
        code, factor, minor_name, _minor_surface = r.minor
        equivalents.append(
            Quantity(
                amount=round(r.amount / factor, 10),
                unit=minor_name,
                surface=text[r.start : r.end],
                approximate=r.approximate,
                bound=r.bound,
            )
        )
    unit = r.unit
    kind = r.kind
    quantity = Quantity(
        amount=_tidy(r.amount),
        unit=unit,
        approximate=r.approximate,
        bound=r.bound,
        low=None if r.low is None else _tidy(r.low),
        high=None if r.high is None else _tidy(r.high),
        surface=text[r.start : r.end],
        equivalents=equivalents,
    )
    extras = {"cue_start": r.cue_start if r.cue_start is not None else r.start, "written": r.written}
    if unit in TIME_UNITS.values():
        extras["dimension"] = "time"
    return QuantityMention(r.start, r.end, quantity, kind, extras)


def _fold_parentheticals(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """ "100 billion yuan (14.71 billion US dollars)": the bracketed amount restates the one before it."""
    folded: list[QuantityMention] = []
    for mention in mentions:
        previous = folded[-1] if folded else None
        between = text[previous.end : mention.start] if previous else ""
        after = text[mention.end : mention.end + 2]
        if (
            previous is not None
            and re.fullmatch(r"\s*[(\[]\s*(?:about|around|or|roughly|approximately|some|nearly|almost|~)?\s*", between)
            and after.lstrip()[:1] in (")", "]")
            and previous.kind == mention.kind
            and mention.kind in ("money", "physical")
            and previous.quantity.unit != mention.quantity.unit
        ):
            merged = previous.quantity.model_copy(
                update={"equivalents": [*previous.quantity.equivalents, mention.quantity]}
            )
            folded[-1] = QuantityMention(previous.start, previous.end, merged, previous.kind, previous.extras)
            continue
        folded.append(mention)
    return folded


# ---------------------------------------------------------------- with a parse


def counted_noun(span: Span) -> str | None:
    """The noun a plain count counts: "123 Go Mart stores" -> "store"; "thousands of engineers" -> "engineer"."""
    last = span[-1]
    head = last.head
    if last.dep_ in ("nummod", "compound", "amod", "quantmod") and head.i > last.i and head.pos_ in ("NOUN", "PROPN"):
        dated = head.lemma_.lower() in PERIOD_NOUNS and any(c.lower_ in PERIOD_OPENERS for c in head.children)
        if head.pos_ == "NOUN" and not dated:
            return _singular(head)
        if dated:
            return None  # "sold 300 last year"
    for token in span.doc[span.end : min(span.end + 6, len(span.doc))]:
        if token.lower_ == "of" and token.i == span.end:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return _singular(objects[0])
            # "seven of 10 respondents": the parse hangs both numbers on each other; the group noun follows
            for later in span.doc[token.i + 1 : min(token.i + 5, span.sent.end)]:
                if later.pos_ == "NOUN":
                    return _singular(later)
                if later.pos_ not in ("DET", "NUM", "ADJ") and later.lower_ not in ("its", "their", "his", "her"):
                    return None
            return None
        if token.lower_ in PERIOD_OPENERS:
            return None  # "up from 1,200 last year": the year dates the count, it is not counted
        if token.pos_ == "NOUN":
            return _singular(token)
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "VERB") or token.is_punct:
            return None
    return None


PERIOD_NOUNS = frozenset({"year", "month", "week", "quarter", "day", "half", "decade"})
PERIOD_OPENERS = frozenset(
    {
        "last",
        "next",
        "this",
        "previous",
        "prior",
        "earlier",
        "ago",
        "per",
        "a",
        "an",
        "each",
        "every",
        "year",
        "month",
        "week",
        "quarter",
    }
)


def _singular(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in ("people", "person"):
        return "people"
    return lemma


def change_direction(span: Span) -> str | None:
    """Direction a quantity's governor states: "rose 5 percent" up; "a 3% decline" down; "rose to 5" none.

    Only the quantity's own attachment counts: "cut 300 jobs" is a count of jobs cut, not a
    downward change of 300, so a count never takes the direction of the verb of its noun.
    """
    root = span.root
    up, down = words("change_up"), words("change_down")
    previous = span.doc[span.start - 1] if span.start > span.sent.start else None
    if previous is not None and previous.lower_ in ("to", "from", "at"):
        return None  # "cut its workforce by 1,500 to 12,000": the amount after "to" is a level
    if previous is not None and previous.lower_ == "by" and previous.head.i < previous.i:
        # "cut its workforce by 1,500" (however the number itself was attached); not "driven by 58 points"
        lemma = previous.head.lemma_.lower()
        if lemma in up:
            return "up"
        if lemma in down:
            return "down"
    head = root.head
    if (
        root.dep_ in ("compound", "nummod", "amod", "npadvmod", "quantmod")
        and head.i > root.i
        and head.pos_ in ("NOUN", "PROPN")
    ):
        lemma = head.lemma_.lower()
        if lemma in up:
            return "up"  # "a 70 percent surge"
        if lemma in down:
            return "down"  # "a 3% decline"
        return _up_or_down_before(span)  # "went up 328 percent year on year" (parsed as "percent year")
    governor, via = head, root
    if via.dep_ == "pobj":
        if governor.lower_ != "by":
            return None  # "rose to 5 percent" gives a level, not the size of the change
        via, governor = governor, governor.head
    if governor.i != via.i and via.dep_ in (
        "dobj",
        "npadvmod",
        "advmod",
        "attr",
        "prep",
        "acomp",
        "oprd",
        "pobj",
        "obj",
        "nsubj",
        "appos",
        "dep",
    ):
        lemma = governor.lemma_.lower()
        if lemma in up or any(c.lower_ == "up" and c.dep_ in ("advmod", "prt") for c in governor.children):
            return "up"
        if lemma in down or any(c.lower_ == "down" and c.dep_ in ("advmod", "prt") for c in governor.children):
            return "down"
    return _up_or_down_before(span)


def _up_or_down_before(span: Span) -> str | None:
    for token in span.doc[max(span.sent.start, span.start - 2) : span.start]:
        if token.lower_ in ("up", "down") and token.dep_ in ("advmod", "prt", "amod", "ROOT", "conj"):
            return token.lower_
    return None


def _verb_right_before(span: Span) -> str | None:
    """ "grew 0.3 percent quarter on quarter": a change verb just before a measure, however the parse attached it.

    Not for plain counts: "cut 300 jobs" counts jobs.
    """
    doc = span.doc
    i = span.start - 1
    if i > span.sent.start and doc[i].lower_ == "by":
        i -= 1
    if i < span.sent.start or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    lemma = doc[i].lemma_.lower()
    if lemma in words("change_up"):
        return "up"
    if lemma in words("change_down"):
        return "down"
    return None


def _multiple_direction(span: Span) -> str | None:
    lemma = span.root.lemma_.lower()
    if lemma.startswith(("doubl", "tripl", "quadrupl")):
        return "up"
    if lemma.startswith("halv"):
        return "down"
    return None


def mentions_in_doc(doc: Doc) -> list[tuple[QuantityMention, Span]]:
    """The quantities of a parsed Doc, each with the token span it covers, counted noun and direction set."""
    results = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    for mention in find_quantities(text):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        quantity = mention.quantity
        direction = _multiple_direction(span) if mention.kind == "multiple" else None
        update: dict = {"direction": direction or change_direction(span)}
        if update["direction"] is None and mention.kind in ("percent", "money", "physical"):
            update["direction"] = _verb_right_before(span)
        if quantity.unit is None and mention.kind == "amount":
            update["counted"] = counted_noun(span)
            if (
                update["counted"]
                and quantity.low is not None
                and update["counted"] not in words("change_up") | words("change_down")
            ):
                update["direction"] = None  # "cut 1,000 to 1,500 jobs": a count of jobs, as for "cut 300 jobs"
        if mention.kind == "multiple" and update["direction"] is not None and not quantity.equivalents:
            percent = Quantity(
                amount=round(abs(quantity.amount - 1) * 100, 10),
                unit="percent",
                approximate=quantity.approximate,
                bound=quantity.bound,
                surface=quantity.surface,
            )
            update["equivalents"] = [percent]
        previous = results[-1][0] if results else None
        if (
            update["direction"] is None
            and previous is not None
            and previous.quantity.direction
            and RESTATED.fullmatch(text[previous.end : mention.extras.get("cue_start", mention.start)])
        ):
            update["direction"] = previous.quantity.direction  # "fell 310 points, or 2.1%": the same move restated
        results.append(
            (
                QuantityMention(
                    mention.start, mention.end, quantity.model_copy(update=update), mention.kind, mention.extras
                ),
                span,
            )
        )
    return results


RESTATED = re.compile(r"\s*,\s*or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|around\s+)?", re.IGNORECASE)


def quantities_for_docs(docs) -> list[list[dict]]:
    """For each parsed Doc, its quantities as JSON-able dicts: `Quantity` fields plus "start"/"end" offsets."""
    return [
        [
            {**mention.quantity.model_dump(mode="json"), "start": mention.start, "end": mention.end}
            for mention, _span in mentions_in_doc(doc)
        ]
        for doc in docs
    ]


def quantities_for_text(text: str, nlp) -> list[dict]:
    """The quantities of one text, parsed with `nlp`; `text[q["start"]:q["end"]] == q["surface"]`."""
    return quantities_for_docs([nlp(text)])[0]
