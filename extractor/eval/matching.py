"""Which prediction may pair with which gold fact (FACTS.md "Gold files and scoring"), and the pairing.

- value level: same kind; amount and unit (`extractor.eval.units`) for metric, change and rank; the
  object, ignoring case, punctuation and spacing, for event and role.
- strict level: value, plus subject, period, modality and a compatible predicate
  (`extractor.eval.predicates`). Subjects compare case-insensitively with spaces collapsed; a gold
  entity's name and its `aliases` are one name, in both directions.
- Pairing: a one-to-one maximum matching by augmenting paths, with a first round on preferred
  (required) partners that the second round never undoes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence

from extractor.eval.gold import GoldEntity
from extractor.eval.predicates import Lemmatize, head_words, predicate_compatible
from extractor.eval.units import values_match
from extractor.models import Fact, Period

VALUE_KINDS = frozenset({"metric", "change", "rank"})

AliasGroups = dict[str, frozenset[str]]

# The fields a strict match compares beyond the value. Each reason `strict_mismatches` gives starts with one.
STRICT_FIELDS = ("subject", "period", "modality", "predicate")


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
        return values_match(predicted.value, gold.value, change=gold.kind == "change")
    return normalize_text(predicted.object) == normalize_text(gold.object)


# --------------------------------------------------------------------------- subjects and periods


def name_key(name: str) -> str:
    """A name compared ignoring case, Unicode compatibility forms and runs of spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def entity_names(entity: GoldEntity) -> frozenset[str]:
    """A gold entity's name and aliases, as name keys."""
    return frozenset(name_key(name) for name in (entity.name, *entity.aliases))


def alias_groups(entities: Iterable[GoldEntity]) -> AliasGroups:
    """Each name or alias (normalized) -> the names of the entities it belongs to."""
    groups: dict[str, set[str]] = {}
    for entity in entities:
        for key in entity_names(entity):
            groups.setdefault(key, set()).add(name_key(entity.name))
    return {key: frozenset(names) for key, names in groups.items()}


def same_subject(predicted: str, gold: str, groups: AliasGroups) -> bool:
    """Equal ignoring case, or names of one gold entity (its name or an alias), in either direction."""
    p, g = name_key(predicted), name_key(gold)
    return p == g or bool(groups.get(p, frozenset()) & groups.get(g, frozenset()))


def _period_dates(period: Period | None) -> tuple:
    return (None, None) if period is None else (period.start, period.end)


def same_period(predicted: Period | None, gold: Period | None) -> bool:
    """Start and end equal; no period is the same as one with null start and end."""
    return _period_dates(predicted) == _period_dates(gold)


def _period_text(period: Period | None) -> str:
    if period is None or (period.start is None and period.end is None):
        return "none"
    return f"{period.start}..{period.end}"


def strict_mismatches(
    predicted: Fact, gold: Fact, groups: AliasGroups, *, lemmatize: Lemmatize | None = None
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


def reason_field(reason: str) -> str:
    """The field (one of STRICT_FIELDS) a reason of `strict_mismatches` is about."""
    field = reason.split(" ", 1)[0]
    if field not in STRICT_FIELDS:
        raise ValueError(f"not a strict-match reason: {reason!r}")
    return field


def same_sentence(predicted: Fact, gold: Fact) -> bool:
    """Same evidence offsets, or one sentence contains the other (gold may quote part of it)."""
    p, g = predicted.evidence, gold.evidence
    if None not in (p.start, g.start) and p.start == g.start:
        return True
    return bool(g.sentence) and (g.sentence in p.sentence or p.sentence in g.sentence)


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
