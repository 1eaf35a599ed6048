"""Number phrases: "23.16", "two million", "3 hundred and 21", "five and a half million", "¾", "a third of".

`parse_number` reads left to right over word and digit tokens; each token kind has its own
short step, which says whether reading goes on, stops, or has found the whole number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import DIGITS, lex, phrase_alternation, scales_tagged, vulgar_fractions

Token = tuple[str, int, int]  # surface, start, end


@dataclass
class Number:
    start: int
    end: int
    value: float
    written: bool
    scaled: bool  # a scale word ("million") is part of it
    base: float = 0.0  # the value before its final scale word: 4.65 for "4.65 billion"


_JOIN = re.compile(r"\s+-\s+|-|[ \t]+")
_SIGN = re.compile(r"(?:minus|negative)(?:\s+|-(?=\d))", re.IGNORECASE)
_PLUS_OR = re.compile(r"plus\s+or\s+$", re.IGNORECASE)
_DIGIT_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})(?![\d/])")
_SPACE_BEFORE_FRACTION = re.compile(r"[ -](?=\d{1,2}/\d)")  # "2 1/2", "5-1/2"
_CONTINUE, _STOP = "continue", "stop"


def _num_token() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z]+|" + DIGITS + r"|[" + "".join(vulgar_fractions()) + "]")


def _tokens_from(text: str, pos: int, limit: int = 24) -> list[Token]:
    """Word, digit and fraction tokens from `pos`, joined by spaces or hyphens, until anything else."""
    out: list[Token] = []
    i = pos
    pattern = _NUM_TOKEN
    while len(out) < limit:
        m = pattern.match(text, i)
        if not m:
            break
        out.append((m.group(0), m.start(), m.end()))
        j = _JOIN.match(text, m.end())
        if not j:
            if text[m.end() : m.end() + 1] in vulgar_fractions() and m.group(0)[0].isdigit():
                i = m.end()  # "5½"
                continue
            break
        i = j.end()
    return out


_NUM_TOKEN = _num_token()
_DIGIT_GROUPING = re.compile(r"[,\u202f\u00a0\u2009 ]")  # compiled once: read at every number


def digit_value(surface: str) -> float | None:
    cleaned = _DIGIT_GROUPING.sub("", surface)
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def fraction_digits(text: str, at: int) -> tuple[float, int] | None:
    """ "1/2", "3/4" right at `at` (not a date such as 7/7 or 7/7/2017)."""
    m = _DIGIT_FRACTION.match(text, at)
    if not m:
        return None
    num, den = int(m.group(1)), int(m.group(2))
    if den == 0 or num >= den or (den > 16 and den not in (32, 64)):  # bond prices quote in 32nds and 64ths
        return None
    return num / den, m.end()


class _NumberReader:
    """The state of one left-to-right reading of a number phrase."""

    def __init__(self, text: str, start: int, pos: int, sign: float) -> None:
        self.text, self.start, self.pos, self.sign = text, start, pos, sign
        self.toks = _tokens_from(text, pos)
        self.total, self.current, self.last, self.last_scale = 0.0, None, None, 1.0
        self.end, self.written, self.scaled, self.pending_a = pos, False, False, False
        self.i = 0

    def next_word(self) -> str:
        return self.toks[self.i + 1][0].lower() if self.i + 1 < len(self.toks) else ""

    def run(self) -> Number | None:
        while self.i < len(self.toks):
            step = self.step()
            if isinstance(step, Number):
                return step
            if step == _STOP:
                break
        return self.result()

    def step(self) -> str | Number:
        tok = self.toks[self.i][0]
        low = tok.lower()
        if tok[0].isdigit() or tok[0] == ".":
            return self.digits()
        if tok in vulgar_fractions():
            return self.vulgar(tok)
        if low in ("a", "an"):
            return self.article()
        numbers = lex().numbers
        if low in numbers and low not in ("hundred", "dozen"):
            return self.number_word(numbers[low])
        if low in ("hundred", "dozen"):
            return self.multiplier(low)
        if low in scales_tagged("phrase"):
            return self.scale_word(low)
        if low == "half" and self.last is None and (not self.pending_a or _followed_by_point(self.toks, self.i + 1)):
            return self.half()
        if (
            low == "quarter"
            and self.last is None
            and (
                _followed_by_scale(self.toks, self.i + 1)
                or self.pending_a
                and _followed_by_point(self.toks, self.i + 1)
            )
        ):
            self.current, self.last, self.end = 0.25, "frac", self.toks[self.i][2]
            self.written, self.pending_a = True, False
            self.i += 1
            return _CONTINUE
        if low == "and" and self.last is not None:
            return self.and_word()
        if low == "point" and self.last in ("unit", "teen", "tens", "digits") and self.current == int(self.current):
            return self.decimal_point()
        return _STOP

    def digits(self) -> str:
        tok, t_start, t_end = self.toks[self.i]
        value = digit_value(tok)
        if value is None or self.text[t_start - 1 : t_start] == "-" and self.i > 0:
            return _STOP
        if self.current is None and (self.last is None or self.last == "scale" and self.next_word() == "hundred"):
            self.current, self.last = value, "digits"
        elif self.last == "and-hundred" and value < 100:
            self.current, self.last = (self.current or 0) + value, "digits"
        else:
            return _STOP
        self.end = t_end
        space = _SPACE_BEFORE_FRACTION.match(self.text, t_end)
        if space and value == int(value):
            fraction = fraction_digits(self.text, space.end())
            if fraction:
                self.current, self.end = self.current + fraction[0], fraction[1]  # "2 1/2"
                return _STOP
        self.i += 1
        return _CONTINUE

    def vulgar(self, tok: str) -> str:
        if self.current is None and self.last is None:
            self.current = vulgar_fractions()[tok]
        elif self.last == "digits" and self.current == int(self.current):
            self.current += vulgar_fractions()[tok]
        else:
            return _STOP
        self.end, self.last = self.toks[self.i][2], "frac"
        self.i += 1
        return _CONTINUE

    def article(self) -> str | Number:
        fraction = article_fraction(self.text, self.toks, self.i) if self.last is None else None
        if fraction is not None:
            value, end, scaled = fraction
            return Number(self.start, end, self.sign * value, True, scaled, self.sign * value)
        nxt = self.next_word()
        point_half = nxt == "half" and _followed_by_point(self.toks, self.i + 2)
        may_follow = {"hundred", "dozen", "quarter", *scales_tagged("article")}
        if self.last is not None or nxt not in may_follow and not point_half:
            return _STOP
        self.pending_a = True
        self.i += 1
        return _CONTINUE

    def number_word(self, value: float) -> str:
        t_start, t_end = self.toks[self.i][1], self.toks[self.i][2]
        nxt = self.next_word()
        kind = "unit" if value < 10 else "teen" if value < 20 else "tens"
        fractions = lex().fractions
        if nxt in fractions and self.current is None and self.last in (None, "scale") and kind != "tens":
            # "two thirds", "three quarters": a numerator over a denominator
            if nxt.startswith("quarter") and not (
                value >= 2
                or _followed_by_scale(self.toks, self.i + 2)
                or _quarter_of(self.text, self.toks[self.i + 1][2])
            ):
                return _STOP
            if nxt == "quarters" and _counts_quarters(self.text, self.toks[self.i][1], self.toks[self.i + 1][2], value):
                self.current, self.last, self.end, self.written = value, kind, t_end, True
                return _STOP  # "the last two quarters", "two quarters in a row": a duration, not 2/4
            self.current, self.last = value / fractions[nxt], "frac"
            self.end, self.written = self.toks[self.i + 1][2], True
            self.i += 2
            if _of_a_scale(self.text, self.toks, self.i):
                self.i += 2  # "three quarters of a million": the fraction of the scale word, read next
            return _CONTINUE
        if self.current is None and self.last in (None, "scale"):
            self.current = value
        elif (
            self.last == "tens"
            and kind == "unit"
            and self.text[self.toks[self.i - 1][2] : t_start].strip() in ("", "-")
        ):
            self.current += value  # "twenty-one"
        elif self.last in ("hundred", "and-hundred") and value < 100:
            self.current += value
        else:
            return _STOP
        self.last, self.end, self.written = kind, t_end, True
        self.i += 1
        return _CONTINUE

    def multiplier(self, low: str) -> str:
        """ "two hundred", "a dozen": a multiplier of what came before."""
        factor = 100.0 if low == "hundred" else 12.0
        if self.current is not None and self.last in ("unit", "teen", "tens", "digits"):
            self.current *= factor
        elif self.pending_a and self.current is None:
            self.current = factor
        else:
            return _STOP
        self.last, self.end, self.written, self.pending_a = low, self.toks[self.i][2], True, False
        self.i += 1
        return _CONTINUE

    def scale_word(self, low: str) -> str:
        mult = lex().scales[low]
        if self.current is not None:
            self.total += self.current * mult
        elif self.last == "scale":
            self.total *= mult  # "three lakh crore"
        elif self.pending_a:
            self.total += mult
        else:
            return _STOP
        self.current, self.last, self.last_scale = None, "scale", mult
        self.end, self.scaled, self.pending_a = self.toks[self.i][2], True, False
        self.i += 1
        return _CONTINUE

    def half(self) -> str:
        """ "half a million", "half million"; a bare "half" only as a written fraction."""
        t_end = self.toks[self.i][2]
        toks, i = self.toks, self.i
        if self.next_word() == "a" and i + 2 < len(toks) and toks[i + 2][0].lower() == "dozen":
            self.current, self.last, self.end, self.written = 6.0, "unit", toks[i + 2][2], True  # "half a dozen"
            self.i += 3
            return _CONTINUE
        if self.next_word() == "a" and i + 2 < len(toks) and toks[i + 2][0].lower() in scales_tagged("large"):
            self.i += 2
            self.current, self.last, self.end = 0.5, "frac", t_end
            return _CONTINUE
        if self.next_word() == "a" and _followed_by_point(toks, i + 2):
            # "half a percentage point": the article belongs to the amount, the unit follows
            self.current, self.last, self.end, self.written = 0.5, "frac", toks[i + 1][2], True
            return _STOP
        if self.next_word() in ("a", "an") and _followed_by_unit(toks, i + 2):
            # "half a century", "half a day", "half a percent": the article belongs to the amount, the unit follows
            self.current, self.last, self.end, self.written = 0.5, "frac", toks[i + 1][2], True
            return _STOP
        self.current, self.last, self.end, self.written = 0.5, "frac", t_end, True
        self.i += 1
        return _CONTINUE

    def and_word(self) -> str:
        fraction = _fraction_phrase(self.toks, self.i + 1)
        if fraction is not None:
            value, j = fraction
            if self.last == "scale" and self.current is None:
                self.total += value * self.last_scale
            else:
                self.current = (self.current or 0.0) + value
            self.last, self.end = "frac", self.toks[j - 1][2]
            self.i = j
            return _CONTINUE
        nxt = self.next_word()
        numbers = lex().numbers
        if (
            self.last == "hundred"
            and nxt
            and (nxt[0].isdigit() or nxt in numbers)
            or self.last == "scale"
            and self.written
            and nxt in numbers
        ):
            self.last = "and-hundred" if self.last == "hundred" else "scale"
            self.i += 1
            return _CONTINUE
        return _STOP

    def decimal_point(self) -> str:
        """ "three point five"."""
        numbers = lex().numbers
        decimals = ""
        j = self.i + 1
        while j < len(self.toks) and self.toks[j][0].lower() in numbers and numbers[self.toks[j][0].lower()] < 20:
            decimals += str(int(numbers[self.toks[j][0].lower()]))
            j += 1
        if not decimals:
            return _STOP
        self.current = self.current + float("0." + decimals)
        self.end, self.last = self.toks[j - 1][2], "frac"
        self.i = j
        return _CONTINUE

    def result(self) -> Number | None:
        if self.current is None and self.total == 0.0 and self.last != "scale":
            return None
        if self.end == self.pos:
            return None
        value = self.sign * (self.total + (self.current or 0.0))
        base = value / self.last_scale if self.last == "scale" else value
        return Number(self.start, self.end, value, self.written, self.scaled, base)


def parse_number(text: str, pos: int) -> Number | None:
    """The longest number phrase at `pos`: "23.16", "two million", "3 hundred and 21", "five and a half million"."""
    sign = 1.0
    start = pos
    m = _SIGN.match(text, pos)
    if m:
        # "plus or minus two points" is a tolerance of two, not minus two
        sign = 1.0 if _PLUS_OR.search(text[max(0, pos - 12) : pos]) else -1.0
        pos = m.end()
    frac = fraction_digits(text, pos)
    if frac and (pos == 0 or not text[pos - 1].isalnum()):
        return Number(start, frac[1], sign * frac[0], False, False)
    return _NumberReader(text, start, pos, sign).run()


_QUARTERS_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running)\b", re.IGNORECASE)


_QUARTER_OF = re.compile(r"\s+of\s+(?!\d)")


def _quarter_of(text: str, end: int) -> bool:
    """ "owns one-quarter of the venture", "one quarter of the staff": a share of a whole, not a period ("in one
    quarter", "one quarter of 2009")."""
    return _QUARTER_OF.match(text, end) is not None


@cache
def _words_before_quarters(name: str) -> re.Pattern[str]:
    """A word of the lexicon `name` right before the number of quarters."""
    return re.compile(r"\b(?:" + phrase_alternation(words(name)) + r")\s+$", re.IGNORECASE)


def _counts_quarters(text: str, start: int, end: int, value: float) -> bool:
    """ "the past three quarters", "two quarters in a row": quarters of a year counted, not a fraction. A share
    written in quarters is three quarters: "two quarters of weak results", "three or four quarters" and "its
    weakest margin in five quarters" count quarters; so does "in three quarters", unless "of" follows ("in three
    quarters of cases")."""
    before = text[max(0, start - 12) : start]
    if _words_before_quarters("quarter_count_openers").search(before) or _QUARTERS_AFTER.match(text, end) or value != 3:
        return True
    counted_in = _words_before_quarters("quarter_count_prepositions").search(before) is not None
    return counted_in and _QUARTER_OF.match(text, end) is None


def _followed_by_scale(toks: list[Token], i: int) -> bool:
    return i < len(toks) and toks[i][0].lower() in scales_tagged("article")


def _followed_by_point(toks: list[Token], i: int) -> bool:
    """ "point", "points" or "percentage point(s)" at token `i`: a quarter point is a rate step, not a count."""
    return i < len(toks) and toks[i][0].lower() in ("point", "points", "percentage", "basis")


def _followed_by_unit(toks: list[Token], i: int) -> bool:
    """A unit word ("day", "century", "mile") or "percent" at token `i`, as in "half a day"."""
    if i >= len(toks):
        return False
    word = toks[i][0].lower()
    return word == "percent" or (word.isalpha() and len(word) > 2 and word in lex().units)


def _of_a_scale(text: str, toks: list[Token], i: int) -> bool:
    """ "of a million", "of a billion" at token `i`, after a written fraction ("two thirds of a billion").

    Not when a hyphen glues the scale word to the next one: in "two thirds of a million-dollar grant" the
    million qualifies the noun and is read on its own."""
    words = [t[0].lower() for t in toks[i : i + 3]]
    if len(words) < 3 or words[0] != "of" or words[1] not in ("a", "an") or words[2] not in scales_tagged("large"):
        return False
    return not text.startswith("-", toks[i + 2][2])


def article_fraction(text: str, toks: list[Token], i: int) -> tuple[float, int, bool] | None:
    """ "a third of", "a quarter of a billion", "by a fifth.": a fraction written with an article.

    Only before "of" or closing a clause after "by": "a third straight month" and "a third-quarter
    loss" are ordinals. Returns (value, end, scaled).
    """
    lexicon = lex()
    if i + 1 >= len(toks):
        return None
    word = toks[i + 1][0].lower()
    if word not in lexicon.fractions or word.endswith("s") or word == "halves":
        return None
    value, end = 1 / lexicon.fractions[word], toks[i + 1][2]
    after = toks[i + 2][0].lower() if i + 2 < len(toks) else ""
    if after == "of":
        # "a quarter of a billion dollars"
        if (
            i + 4 < len(toks)
            and toks[i + 3][0].lower() in ("a", "an")
            and toks[i + 4][0].lower() in scales_tagged("large")
        ):
            return value * lexicon.scales[toks[i + 4][0].lower()], toks[i + 4][2], True
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


def _fraction_phrase(toks: list[Token], i: int) -> tuple[float, int] | None:
    """ "a half", "a third", "one fourth", "three quarters" after "and"; returns (value, next index)."""
    lexicon = lex()
    if i + 1 >= len(toks):
        return None
    first, second = toks[i][0].lower(), toks[i + 1][0].lower()
    numerator = 1.0 if first in ("a", "an") else lexicon.numbers.get(first)
    if numerator is None or numerator >= 20:
        return None
    if second == "half" or second == "halves":
        return numerator / 2, i + 2
    if second in lexicon.fractions:
        return numerator / lexicon.fractions[second], i + 2
    return None
