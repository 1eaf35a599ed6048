"""Money: currency symbols and codes before the number, names after it, minor units, cents and rates."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import table, words
from extractor.mentions.quantities.bracket_rates import bracketed_denominator
from extractor.mentions.quantities.lexicon import (
    CALENDAR_PERIODS,
    glued_prefix_pattern,
    glued_prefixes,
    lex,
    scales_tagged,
    stem_alternation,
    unit_name,
    unit_names,
)
from extractor.mentions.quantities.numbers import parse_number
from extractor.mentions.quantities.reading import Reading, scale
from extractor.mentions.quantities.restated_rates import restatement_end
from extractor.mentions.regex_gate import gated_search, lowered_text

PER = re.compile(r"(?:\s?/\s?|\s+per\s+|\s+an?\s+|\s+each\s+|-(?:a|an|per)-)", re.IGNORECASE)
WEIGHT_CUES = re.compile(r"\b(?:" + stem_alternation("weight_cues") + r")\b", re.IGNORECASE)
# "848.97 pounds an ounce", "300 pounds a tonne": a weight per weight makes no sense; it is a price in sterling
_PRICE_PER_WEIGHT = re.compile(
    r"(?:\s+per\s+|\s+an?\s+|\s?/\s?)(?:ounce|oz|tonne|ton|barrel|kg|kilo\w*|bushel|gallon|litre|liter|lb)\b",
    re.IGNORECASE,
)
_WEIGHT_WINDOW = 100  # characters either side of an amount of pounds searched for weight words
_POUND_OF = re.compile(r"\s+of\s+(?!sterling|the|their|its)")
_POUND_OF_MONEY = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(words("pound_money_nouns"))) + r")s?\b", re.IGNORECASE
)
_RATE_EQUALS = re.compile(r"=\s?$")  # "($1=.6101 Pound)": an exchange rate names the currency
_DOLLAR_COUNTRY = re.compile(r"\s+(" + "|".join(table("dollar_countries")) + r")\b", re.IGNORECASE)
# "74 cents a year earlier": the period dates the amount, it is not the rate's denominator ("after" is left out:
# "2,100 euros a month after tax", "40,000 tonnes a year after the expansion" are rates; see `_dated_by_event`)
DATING_AFTER = re.compile(r"\s+(?:earlier|ago|before|later|previously)\b", re.IGNORECASE)
_AFTER_EVENT = re.compile(r"\s+after\s+(\w+)\s+([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)
# "$13.75 a share", "$1.05 per diluted share" (`share_classes`), "$2 apiece"
_SHARE_CLASS = "|".join(w.replace(" ", r"\s+") for w in sorted(words("share_classes")))
_PER_SHARE = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+(?:(?:" + _SHARE_CLASS + r")\s+)?|-(?:a|per)-)share\b|\s+apiece\b",
    re.IGNORECASE,
)
_CENTS_GAP = re.compile(r"\s+(?:and\s+)?(?=\S)")


_CROWNS = tuple(
    (re.compile(r"\b(?:" + pattern + r")"), crown)
    for pattern, crown in (
        ("norw", "NOK"),
        ("swed", "SEK"),
        ("danish|denmark", "DKK"),
        ("czech", "CZK"),
        ("iceland", "ISK"),
    )
)


@cache  # compiled once per process, not per document
def _dollar_countries() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r"\b" + name + r" dollars?\b"), code) for name, (code,) in table("dollar_countries").items()]


_YUAN = re.compile(r"\b(?:yuan|renminbi|rmb|cny|chinese|china)\b")
_YEN = re.compile(r"\b(?:yen|japan\w*|jpy)\b")
_US_DOLLAR = re.compile(r"\b(?:u\.?s\.?\s?\$|us\s?dollars?|u\.s\. dollars?|usd|american dollars?)")
_PREFIXED_DOLLAR = re.compile(r"(?<![a-z])[a-z]{1,3}\s?\$")


_STERLING_WORDS = re.compile(r"\b(?:pounds?|pence|sterling|gbp)\b")
_PENCE_FIGURE = re.compile(r"\dp\b")  # "25p": found wherever a run of digits and "p" is


def _names_sterling(low: str) -> bool:
    """Whether the text names sterling: a pound sign, a figure in pence ("25p"), or the words pound(s), pence,
    sterling, GBP. Gives what one alternation of all of them gave, at an eighth of its cost: that alternation
    was tried at every character; here the word pattern runs only where one of its words occurs."""
    if "£" in low or _PENCE_FIGURE.search(low) is not None:
        return True
    return any(map(low.__contains__, ("pound", "pence", "sterling", "gbp"))) and _STERLING_WORDS.search(low) is not None


class Context:
    """What the whole text says about ambiguous symbols: which dollar a bare "$" is, which "¥"."""

    def __init__(self, text: str) -> None:
        low = text.lower()
        gated = lowered_text(low)  # each scan below runs only where the words it needs occur
        self.yen_is_yuan = gated_search(_YUAN, low, gated) and not gated_search(_YEN, low, gated)
        self.crown = "crown"  # a crown of no named country stays a named unit rather than a guessed code
        for pattern, crown in _CROWNS:
            if gated_search(pattern, low, gated):
                self.crown = crown
                break
        # "a penny a share" in a story told in dollars is a US cent; pence are sterling only beside pounds
        self.sterling = _names_sterling(low)
        self.dollar = "USD"
        if not gated_search(_US_DOLLAR, low, gated) and not gated_search(_PREFIXED_DOLLAR, low, gated):
            for pattern, code in _dollar_countries():
                if gated_search(pattern, low, gated):
                    self.dollar = code
                    break

    def resolve(self, surface: str, code: str) -> str:
        if code == "CROWN":
            return self.crown  # "crowns": the Nordic or Czech currency the text's country names
        if surface == "$" or surface in ("dollar", "dollars", "cent", "cents"):
            return self.dollar if code == "USD" else code
        if surface in ("penny", "pennies") and not self.sterling:
            return self.dollar
        if surface == "¥" and self.yen_is_yuan:
            return "CNY"
        return code


# a figure with exactly two decimals is a price in cents: a name with a letter before a number ("R2") has none
_PRICE_WITH_CENTS = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}")
# the word right before the prefix: a label noun ("item R3.12") or a capitalised word inside the sentence ("Varne
# R3.12") makes the figure a label; a sentence's capitalised first word does not ("Bread R18.99", "At R21.40")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")


def labelled(text: str, at: int) -> bool:
    """Whether the word before the glued prefix at `at` makes the figure a label, not a rand price."""
    word = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if word is None:
        return False
    if word.group(1).lower() in words("label_nouns"):
        return True
    first = _SENTENCE_START.search(text, max(0, word.start(1) - 40), word.start(1)) is not None
    return word.group(1)[0].isupper() and not first


@cache
def _price_cue_before() -> re.Pattern[str]:
    cues = "|".join(
        re.escape(c).replace(r"\ ", r"\s+") for c in sorted(words("glued_price_cues"), key=len, reverse=True)
    )
    hedges = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(words("glued_price_hedges")))
    return re.compile(r"\b(?:" + cues + r")\s+(?:(?:" + hedges + r")\s+)?$", re.I)


@cache
def _price_rate_after() -> re.Pattern[str]:
    items = "|".join(sorted(words("money_rate_items") | words("glued_price_periods")))
    return re.compile(r"\s+(?:an?|per)\s+(?:" + items + r")\b", re.IGNORECASE)


def _price_cue(text: str, at: int, end: int) -> bool:
    """A whole figure after a prefix that needs a scale is a price after a word of paying or costing (lexicon
    `glued_price_cues`: "costs R40", "a fee of R150") or before a rate's denominator ("R25 an hour", "R18 a loaf")."""
    if _CAPITAL_AFTER.match(text, end):
        return False  # "paid R2 Investments": a capitalised word after the figure makes it a name
    return bool(_price_cue_before().search(text, max(0, at - 30), at) or _price_rate_after().match(text, end))


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _read_glued_prefix(text: str, r: Reading, window: str) -> bool:
    """ "$US12.5m", "RM2.40", "Y=450 billion", "R150 million": a prefix whose case tells it is a currency."""
    match = glued_prefix_pattern().search(window)
    if not match:
        return False
    code, needs_scale = glued_prefixes()[match.group(1).rstrip()]
    if needs_scale and not r.explicit and not lex().scale_after.match(text, r.end):
        at = r.start - (len(window) - match.start())
        priced = _PRICE_WITH_CENTS.fullmatch(text, r.start, r.end) or _price_cue(text, at, r.end)
        if not priced or labelled(text, at):
            return False  # "R2 Investments" is a name; "R150 million", "R21.40" and "costs R40" are rand
    r.start -= len(window) - match.start()
    r.unit, r.kind, r.explicit = code, "money", True
    return True


def read_currency_prefix(text: str, r: Reading, context: Context) -> None:
    """ "$5", "US$ 5", "EUR 5", "Rs. 5", "MAUD 60": a currency written before the number."""
    window = text[max(0, r.start - 8) : r.start]
    if _read_glued_prefix(text, r, window):
        return
    lexicon = lex()
    match = lexicon.prefix.search(window)
    if not match:
        return
    symbol = match.group(1)
    key = symbol.lower().replace(" ", "")
    multiplier = 1.0
    if key not in lexicon.currencies and key.startswith("m") and key[1:] in lexicon.currencies:
        key, multiplier = key[1:], 1e6  # "MAUD 60": millions of Australian dollars
    if key not in lexicon.currencies:
        return
    r.start = r.start - (len(window) - match.start())
    r.unit = context.resolve(key, lexicon.currencies[key])
    r.kind, r.explicit = "money", True
    scale(r, multiplier)


# a sign word ahead of a currency symbol or code ("a balance of minus €7 million", "equity stood at negative A$260
# million") makes the sum negative; "plus or minus $5" is a tolerance, not a negative sum
_SIGN_WORD_BEFORE = re.compile(r"(?<![\w-])(?<!or\s)(?:minus|negative)\s+$", re.IGNORECASE)
# a minus glued to the symbol is the sum's sign ("swung to -$4 million", "a loss (-$3 million)", "$-40.2bn" is read
# so too) at a line's start, after a bracket or colon, or after a level word; after a figure or a scale word it is
# a range's hyphen ("$3m -$4m"), after another word a market list's sign ("WTI -$0.35", read as a move down)
_MINUS = frozenset("-\u2212")
_SIGN_CONTEXT_ENDS = frozenset("(:")
_LEVEL_WORDS = frozenset({"to", "at", "of", "from"})
_LAST_TOKEN = re.compile(r"(\S*)\s*$")


def _minus_sign_before(text: str, start: int) -> bool:
    """Whether the character before `start` is a minus that signs the sum, by the token before it."""
    if start == 0 or text[start - 1] not in _MINUS:
        return False
    line = text[max(0, start - 40) : start - 1].rsplit("\n", 1)[-1]
    if not line.strip():
        return True  # a line's first figure
    if line[-1] in _SIGN_CONTEXT_ENDS:
        return True
    if not line[-1].isspace():
        return False  # "$1-$2", "well-$"
    token = _LAST_TOKEN.search(line).group(1).lower()
    if token[-1:] in _SIGN_CONTEXT_ENDS:
        return True
    return token in _LEVEL_WORDS  # a figure, a scale word ("$3m", "million") or another word is no sign context


def read_sign_before_currency(text: str, r: Reading) -> None:
    """ "the trust's reserves sank to negative €45 million": a sign word before a prefixed currency turns the sum
    below zero (one right before the digits, "minus 0.8 percent", is read with the number itself)."""
    if r.kind != "money" or r.amount <= 0 or text[r.start : r.start + 1].isdigit():
        return
    sign = _SIGN_WORD_BEFORE.search(text[max(0, r.start - 12) : r.start])
    if sign is not None:
        r.start -= len(sign.group(0))
    elif _minus_sign_before(text, r.start):
        r.start -= 1
    else:
        return
    r.amount, r.base = -r.amount, -r.base


def read_dollar_country(text: str, r: Reading) -> None:
    """ "$45 Canadian", "$1.03 Australian": a country after a bare "$" amount names the dollar."""
    if text[r.start : r.start + 1] != "$":
        return
    m = _DOLLAR_COUNTRY.match(text, r.end)
    if m and not re.match(r"\s+dollars?\b", text[m.end() :], re.IGNORECASE):
        r.unit, r.end = table("dollar_countries")[m.group(1).lower()][0], m.end()


@cache
def _region_after() -> re.Pattern[str]:
    return re.compile(r"[\s-]?(?:" + "|".join(sorted(words("currency_region_nouns"))) + r")\b", re.IGNORECASE)


_HYPHEN_POUND_NOUN = re.compile(r"\s+([a-z]+)\b")


def _hyphenated_weight(text: str, r: Reading, end: int) -> bool:
    """ "a twenty-pound bag of rice", "a 300-pound bear": a hyphenated pound before a noun is a weight, unless
    the noun is a sum of money (lexicon `hyphen_pound_money_nouns`: "a 20-pound note") or the amount is scaled
    ("a 5 million-pound deal")."""
    if r.scaled or text[r.end : r.end + 1] != "-":
        return False
    noun = _HYPHEN_POUND_NOUN.match(text, end)
    if noun is None:
        return False
    word = noun.group(1).lower()
    return word not in words("hyphen_pound_money_nouns") and word.rstrip("s") not in words("hyphen_pound_money_nouns")


def read_currency_after(text: str, r: Reading, context: Context) -> bool:
    """ "5 euros", "30 MUSD", "80 billion won": a currency name or code after the number."""
    lexicon = lex()
    match = lexicon.name_after.match(text, r.end)
    if not match:
        return False
    surface = match.group("name") or match.group("code") or match.group("symbol")
    if match.group("name") and _region_after().match(text, match.end()):
        return False  # "seven euro zone members": a region, and the number counts its members
    key = surface.lower().replace(" ", "")
    key = surface.lower() if surface.lower() in lexicon.currencies else key
    multiplier = 1.0
    if match.group("code") and surface[0] == "M" and len(surface) == 4:
        key, multiplier = key[1:], 1e6  # "30 MUSD"
    physical = lexicon.unit_after.match(text, r.end)
    # weight words count near the amount: a paragraph's "gained 3 percent" weighs nothing
    near = text[max(0, r.start - _WEIGHT_WINDOW) : match.end() + _WEIGHT_WINDOW]
    pounds_of_weight = (
        key in ("pound", "pounds")
        and not _PRICE_PER_WEIGHT.match(text, match.end())
        and not _POUND_OF_MONEY.match(text, match.end())
        and not _RATE_EQUALS.search(text[max(0, r.start - 2) : r.start])
        and (
            WEIGHT_CUES.search(near)
            and not r.scaled  # "drop to 3.2 billion pounds" is sterling; weights come "of" something
            # "500 pounds of beef"; "1.25 billion pounds of net debt" is sterling unless the text weighs things
            or _POUND_OF.match(text[match.end() :])
            and (not r.scaled or WEIGHT_CUES.search(near))
            or physical is not None
            and physical.end("unit") > match.end()  # "280 pound-feet"
            or _hyphenated_weight(text, r, match.end())
        )
    )
    # "won", "rand" and "real" are English words too; "80 billion won" and "4,500 rand" are money
    # as is "1138.2 Won" in an exchange-rate note ("($1=1138.2 Won)"), whatever its case
    rate_note = _RATE_EQUALS.search(text[max(0, r.start - 2) : r.start]) is not None
    word_currency = key in ("won", "rand") and (surface.islower() or rate_note) and (r.explicit or not r.written)
    if (
        key not in lexicon.currencies
        or pounds_of_weight
        or key in ("real", "rand", "won", "mark", "marks")
        and not word_currency
    ):
        return False
    r.unit = context.resolve(key, lexicon.currencies[key])
    r.end, r.kind, r.explicit = match.end(), "money", True
    scale(r, multiplier)
    after_scale = lexicon.scale_after.match(text, r.end)  # "75 USD million"
    if after_scale and after_scale.group(1).lower() in scales_tagged("after_code"):
        scale(r, lexicon.scales[after_scale.group(1).lower()])
        r.end = after_scale.end()
    read_cents(text, r)
    read_rate(text, r)
    return True


def read_minor_unit(text: str, r: Reading, context: Context) -> bool:
    """ "45 cents", "119p": a minor unit; the amount is kept in the major unit with the minor as equivalent."""
    lexicon = lex()
    match = lexicon.minor_after.match(text, r.end)
    if not match or match.group(1).lower() == "p" and match.start() != match.start(1):
        return False
    code, factor, minor_name = lexicon.minor[match.group(1).lower()]
    resolved = context.resolve(match.group(1).lower(), code)
    if resolved != code and minor_name == "penny":
        minor_name = "cent"  # "a penny a share" in dollars
    code = resolved
    r.minor = (code, factor, minor_name, text[r.start : match.end()])
    r.unit = code
    scale(r, factor)
    r.end, r.kind, r.explicit = match.end(), "money", True
    read_rate(text, r)  # "12 cents a gallon", "84 cents per share"
    return True


def read_cents(text: str, r: Reading) -> None:
    """ "13 dollars and 45 cents", "15 dollars 50": the cents of a money amount written in two parts."""
    m = _CENTS_GAP.match(text, r.end)
    if not m or r.amount != int(r.amount):
        return
    number = parse_number(text, m.end())
    if number is None or not 0 < number.value < 100 or number.value != int(number.value):
        return
    after = text[number.end :]
    cents = re.match(r"\s?cents?\b", after, re.IGNORECASE)
    if cents or re.match(r"\s*(?:[.,;!?]|$)", after):
        r.amount += number.value / 100
        r.end = number.end + (cents.end() if cents else 0)


_DENOMINATOR_SCALE = re.compile(
    r"(" + "|".join(sorted(table("denominator_scale_prefixes"))) + r")\s+(?=[A-Za-z])", re.IGNORECASE
)


def _denominator_scale(text: str, at: int) -> tuple[str | None, int]:
    """ "per million British thermal units": the unit prefix of the scale word opening a denominator, and
    where the unit starts."""
    m = _DENOMINATOR_SCALE.match(text, at)
    if m is None:
        return None, at
    return table("denominator_scale_prefixes")[m.group(1).lower()][0], m.end()


@cache
def _scaled_unit(prefix: str, name: str) -> str | None:
    """ "mega" + "british_thermal_unit": the prefixed unit if the unit lexicon knows it ("mmBtu"), else None (no
    rate: "per thousand cubic feet" names no unit of ours)."""
    scaled = f"{prefix}_{name}"
    return scaled if scaled in unit_names() else None


def read_rate(text: str, r: Reading) -> None:
    """ "$15 an hour", "$350 per kg": money per a unit; "$13.75 a share", "$15 a month": money per share or period;
    also past a bracketed restatement ("9,800 pesos ($530) per tonne", `restated_rates`).

    The second kind keeps the plain currency as its unit and the denominator in `per` (see
    docs/DECISIONS.md, "Quantities"): the facts measure "earnings per share" in USD. A scaled amount
    per period ("$1.17 billion a year") is an amount for that period, not a price.
    """
    share = _PER_SHARE.match(text, r.end)
    if share:
        r.per, r.per_end = "share", share.end()
        return
    found = _denominator_at(text, r.end)
    if found is not None:
        _money_per(text, r, *found)
        return
    restated = restatement_end(text, r.end)
    if restated is not None:
        _rate_past_restatement(text, r, restated)


def _denominator_at(text: str, at: int) -> tuple[str, str, int] | None:
    """The denominator that starts at `at` ("per kg", "a month", "(per lb)" as if written without the brackets):
    its opener, its unit name and where it ends."""
    m = PER.match(text, at)
    if not m:
        bracketed = bracketed_denominator(text, at)
        return None if bracketed is None else (bracketed.opener, bracketed.name, bracketed.end)
    prefix, unit_at = _denominator_scale(text, m.end())
    unit = lex().unit_after.match(text, unit_at)
    if not unit or unit.group("close"):
        return None
    name = unit_name(unit.group("unit"))
    if prefix is not None and name is not None:
        name = _scaled_unit(prefix, name)
    return None if name is None else (m.group(0), name, unit.end())


def _rate_past_restatement(text: str, r: Reading, at: int) -> None:
    """The denominator after a bracketed restatement that closes at `at`, kept in `per` only: the view shows
    both figures per that unit ("9,800 pesos" is 9,800 MXN_per_tonne, its "$530" USD_per_tonne), the facts keep
    reading the amount in its plain unit; the mention keeps its own end before the brackets and shows no rate
    words, as the bracketed figure is a reading of its own."""
    if _PER_SHARE.match(text, at):
        r.per = "share"
        return
    found = _denominator_at(text, at)
    if found is None:
        return
    opener, name, end = found
    if not (shown_period(opener, name) and (DATING_AFTER.match(text, end) or _dated_by_event(text, end))):
        r.per = name


def _dated_by_event(text: str, end: int) -> bool:
    """ "212 pence ($2.70) a day after the recall": "after", a determiner (lexicon `dating_after_determiners`) and
    a noun that is no deduction (lexicon `rate_deduction_nouns`, "a month after all taxes" is a rate) date the
    amount. Only past a bracketed restatement: a plain "40,000 tonnes a year after the expansion" is a rate."""
    m = _AFTER_EVENT.match(text, end)
    if m is None or m.group(1).lower() not in words("dating_after_determiners"):
        return False
    # the noun may follow a modifier ("after the payroll taxes", "after all other costs"): either word may name it
    return not any(w and w.lower() in words("rate_deduction_nouns") for w in m.group(2, 3))


def shown_period(opener: str, name: str) -> bool:
    """Whether a denominator opened by `opener` is a period the amount is told for, shown as a rate but measured
    in the plain unit ("$15 a month", "barrels a day"), rather than a rate unit ("$40 per year", "barrels per day").
    The one place the choice is made, for money and physical amounts, bracketed or not."""
    return opener.strip(" -/").lower() in ("a", "an", "each") and name in CALENDAR_PERIODS


def _money_per(text: str, r: Reading, opener: str, name: str, end: int) -> None:
    """Money per `name` whose words end at `end`: a period told with "a" (`shown_period`) or a minor unit's
    denominator is shown only ("12 cents a gallon"), any other makes the unit a rate ("$350 per kg")."""
    if shown_period(opener, name):
        if not DATING_AFTER.match(text, end):  # "$3 billion a year earlier" dates the amount
            r.per, r.per_end = name, end
        return
    if r.minor:
        r.per, r.per_end = name, end
        return
    r.unit, r.end = f"{r.unit}_per_{name}", end
