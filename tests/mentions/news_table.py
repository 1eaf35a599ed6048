"""The news quantity table of issue 11: the matcher, and the rows gathered from `news_rows`.

Every sentence in the table was written for it, with invented names; none is copied from the
development articles or from the Reuters stories the patterns were first seen in.

A row is (category, sentence, expected). `expected` lists EVERY quantity the sentence holds, each as
(value, unit, direction):

- value: a float, or (low, high) for a range (low <= high);
- unit: the README's unit name (`../shared/datasets/quantities/README.md`): ISO 4217 for money,
  "percent", lower-case singular names joined by "_", None for plain numbers and counts; money rates
  are `<ISO>_per_<unit>`; the minor units "cent", "penny" and "sen" are written as such;
- direction: "up", "down" or None (no movement stated).

Matching follows the README's scoring rule, with the two choices `scripts/eval_quantities.py` makes:
a value matches within 0.5 % (a range when both ends do); a prediction matches through its own
amount or any of its `equivalents`; a bracketed equivalent read from its own stretch of text also
stands as a prediction of its own. A "down" quantity is compared signed negative on both sides, so
"-1.2%" read as -1.2 or as 1.2 matches (1.2, "percent", "down") as long as its direction is "down".
Predictions and expectations are paired one to one; an unpaired prediction is a false positive.

Choices the table makes that the older `tests/mentions/test_quantities.py` does not share (decide, then align one):
- vague magnitudes are ranges ("thousands" = 1,000..10,000; there: amount 1000 with bound ">=");
- money per time or per item keeps its denominator ("3 pounds a month" = GBP_per_month; there the
  similar "25 pounds a month" expects GBP);
- minor units are expected as "cent"/"penny"/"sen" and also accepted in the major currency or as
  "<ISO>_minor" (there: 12.5 pence = 0.125 GBP with a penny equivalent, which this matcher accepts).
Moves ("from X to Y", "to Y from X") are expected as one range with the move's direction, a level compared
with an older one (", up from") as two levels, both by `news_rows.move_levels`, the one place to change.
"""

from __future__ import annotations

from dataclasses import dataclass

Value = float | tuple[float, float]
Expected = tuple[Value, str | None, str | None]

TOLERANCE = 0.005
# Minor currency units and the ISO code they divide by 100 (None: any code, "cent" of many dollars).
MINOR_UNITS = {"cent": None, "penny": "GBP", "sen": "MYR"}
CATEGORIES = ("range", "move", "currency", "unit", "sign", "count", "number", "negative")


@dataclass(frozen=True)
class Row:
    category: str
    text: str
    expected: tuple[Expected, ...]

    @property
    def row_id(self) -> str:
        return f"{self.category}: {self.text}"


# ----------------------------------------------------------------- matching one form


def _close(got: float | None, want: float) -> bool:
    if got is None:
        return False
    if want == 0:
        return got == 0
    return abs(got - want) <= TOLERANCE * abs(want)


def _signed(amount: float | None, direction: str | None) -> float | None:
    """A "down" amount counts negative whichever sign it was written with."""
    if amount is None or direction != "down":
        return amount
    return -abs(amount)


def _unit_readings(want_unit: str | None) -> list[tuple[str | None, float]]:
    """(unit, scale) pairs that state the expected quantity: a minor unit also in its major currency."""
    head, sep, rest = (want_unit or "").partition("_per_")
    if head not in MINOR_UNITS:
        return [(want_unit, 1.0)]
    per = sep + rest
    iso = MINOR_UNITS[head] or "*"
    return [(want_unit, 1.0), (f"{iso}{per}", 0.01), (f"{iso}_minor{per}", 1.0)]


def _unit_equal(got: str | None, want: str | None) -> bool:
    if want is None or got is None or not want.startswith("*"):
        return got == want
    code, _, tail = got.partition("_")
    return len(code) == 3 and code.isupper() and ("_" + tail if tail else "") == want[1:]


def _form_matches(form: dict, direction: str | None, want: Expected) -> bool:
    value, unit, want_direction = want
    for reading_unit, scale in _unit_readings(unit):
        if not _unit_equal(form.get("unit"), reading_unit):
            continue
        if not isinstance(value, tuple):
            if _close(_signed(form.get("amount"), direction), _signed(value * scale, want_direction)):
                return True
            continue
        # a range matches when both ends do; a "down" range may have its ends swapped by the sign
        ends = sorted(_signed(end * scale, want_direction) for end in value)
        got = [_signed(form.get("low"), direction), _signed(form.get("high"), direction)]
        if None not in got and all(_close(g, e) for g, e in zip(sorted(got), ends, strict=True)):
            return True
    return False


def prediction_matches(pred: dict, want: Expected) -> bool:
    """The prediction states the expected value, unit and direction (through itself or an equivalent)."""
    direction = pred.get("direction")
    if direction != want[2]:
        return False
    forms = [pred, *pred.get("equivalents", [])]
    return any(_form_matches(form, direction, want) for form in forms)


# ----------------------------------------------------------------- pairing


def split_equivalents(text: str, preds: list[dict]) -> list[dict]:
    """An equivalent with its own stretch of text (a bracketed conversion) also stands as a prediction."""
    out = []
    for pred in preds:
        out.append(pred)
        for eq in pred.get("equivalents", []):
            if eq["surface"] != pred["surface"] and text.find(eq["surface"], pred["end"]) >= 0:
                out.append({**eq, "direction": pred.get("direction")})
    return out


def _pair(preds: list[dict], expected: tuple[Expected, ...]) -> dict[int, int]:
    """A maximum one-to-one pairing expected index -> prediction index (augmenting paths)."""
    owner: dict[int, int] = {}

    def claim(want: int, seen: set[int]) -> bool:
        for p, pred in enumerate(preds):
            if p in seen or not prediction_matches(pred, expected[want]):
                continue
            seen.add(p)
            if p not in owner or claim(owner[p], seen):
                owner[p] = want
                return True
        return False

    for want in range(len(expected)):
        claim(want, set())
    return {want: p for p, want in owner.items()}


def describe(pred: dict) -> str:
    value = f"{pred['low']:g}..{pred['high']:g}" if pred.get("low") is not None else f"{pred['amount']:g}"
    eqs = "".join(f" ={e['amount']:g} {e['unit']}" for e in pred.get("equivalents", []))
    return f"[{pred['surface']}] {value} {pred.get('unit')} {pred.get('direction') or '-'}{eqs}"


def problems(row: Row, found: list[dict]) -> list[str]:
    """What is wrong with `found` for this row: expected quantities missed, quantities not expected."""
    preds = split_equivalents(row.text, found)
    pairs = _pair(preds, row.expected)
    missed = [f"missed {row.expected[i]}" for i in range(len(row.expected)) if i not in pairs]
    used = set(pairs.values())
    extra = [f"unexpected {describe(p)}" for i, p in enumerate(preds) if i not in used]
    return missed + extra


def table() -> list[Row]:
    from tests.mentions.news_rows import ROWS
    from tests.mentions.news_rows_probe10b import ROWS as PROBE10_ROWS
    from tests.mentions.news_rows_trades import ROWS as TRADE_ROWS
    from tests.mentions.news_rows_unseen6 import ROWS as UNSEEN6_ROWS
    from tests.mentions.news_rows_unseen7 import ROWS as UNSEEN7_ROWS
    from tests.mentions.news_rows_unseen8 import ROWS as UNSEEN8_ROWS
    from tests.mentions.news_rows_unseen9 import ROWS as UNSEEN9_ROWS
    from tests.mentions.news_rows_unseen9b import ROWS as PROBE9_ROWS
    from tests.mentions.news_rows_unseen10 import ROWS as UNSEEN10_ROWS
    from tests.mentions.news_rows_unseen11 import ROWS as UNSEEN11_ROWS
    from tests.mentions.news_rows_unseen12 import ROWS as UNSEEN12_ROWS
    from tests.mentions.news_rows_unseen13 import ROWS as UNSEEN13_ROWS
    from tests.mentions.news_rows_unseen15 import ROWS as UNSEEN15_ROWS
    from tests.mentions.news_rows_unseen16 import ROWS as UNSEEN16_ROWS
    from tests.mentions.news_rows_unseen17 import ROWS as UNSEEN17_ROWS
    from tests.mentions.news_rows_unseen18 import ROWS as UNSEEN18_ROWS
    from tests.mentions.news_rows_unseen19 import ROWS as UNSEEN19_ROWS
    from tests.mentions.news_rows_unseen20 import ROWS as UNSEEN20_ROWS
    from tests.mentions.news_rows_unseen21 import ROWS as UNSEEN21_ROWS
    from tests.mentions.news_rows_unseen23 import ROWS as UNSEEN23_ROWS
    from tests.mentions.news_rows_unseen24 import ROWS as UNSEEN24_ROWS
    from tests.mentions.news_rows_unseen25 import ROWS as UNSEEN25_ROWS
    from tests.mentions.news_rows_unseen26 import ROWS as UNSEEN26_ROWS
    from tests.mentions.news_rows_unseen28 import ROWS as UNSEEN28_ROWS
    from tests.mentions.news_rows_unseen29 import ROWS as UNSEEN29_ROWS
    from tests.mentions.news_rows_unseen30 import ROWS as UNSEEN30_ROWS
    from tests.mentions.news_rows_unseen30b import ROWS as UNSEEN30B_ROWS
    from tests.mentions.news_rows_unseen32 import ROWS as UNSEEN32_ROWS
    from tests.mentions.news_rows_unseen33 import ROWS as UNSEEN33_ROWS
    from tests.mentions.news_rows_unseen34 import ROWS as UNSEEN34_ROWS
    from tests.mentions.news_rows_unseen35 import ROWS as UNSEEN35_ROWS
    from tests.mentions.news_rows_unseen37 import ROWS as UNSEEN37_ROWS
    from tests.mentions.news_rows_unseen38 import ROWS as UNSEEN38_ROWS
    from tests.mentions.news_rows_unseen39 import ROWS as UNSEEN39_ROWS
    from tests.mentions.news_rows_unseen40 import ROWS as UNSEEN40_ROWS
    from tests.mentions.news_rows_unseen41 import ROWS as UNSEEN41_ROWS
    from tests.mentions.news_rows_unseen42 import ROWS as UNSEEN42_ROWS

    rows = [
        *ROWS,
        *TRADE_ROWS,
        *UNSEEN6_ROWS,
        *UNSEEN7_ROWS,
        *UNSEEN8_ROWS,
        *UNSEEN9_ROWS,
        *PROBE9_ROWS,
        *UNSEEN10_ROWS,
        *PROBE10_ROWS,
        *UNSEEN11_ROWS,
        *UNSEEN12_ROWS,
        *UNSEEN13_ROWS,
        *UNSEEN15_ROWS,
        *UNSEEN16_ROWS,
        *UNSEEN17_ROWS,
        *UNSEEN18_ROWS,
        *UNSEEN19_ROWS,
        *UNSEEN20_ROWS,
        *UNSEEN21_ROWS,
        *UNSEEN23_ROWS,
        *UNSEEN24_ROWS,
        *UNSEEN25_ROWS,
        *UNSEEN26_ROWS,
        *UNSEEN28_ROWS,
        *UNSEEN29_ROWS,
        *UNSEEN30_ROWS,
        *UNSEEN30B_ROWS,
        *UNSEEN32_ROWS,
        *UNSEEN33_ROWS,
        *UNSEEN34_ROWS,
        *UNSEEN35_ROWS,
        *UNSEEN37_ROWS,
        *UNSEEN38_ROWS,
        *UNSEEN39_ROWS,
        *UNSEEN40_ROWS,
        *UNSEEN41_ROWS,
        *UNSEEN42_ROWS,
    ]
    return [Row(category, text, tuple(expected)) for category, text, expected in rows]
