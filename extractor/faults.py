"""Per-document fault isolation, in one place: one bad document fails alone, the others go on.

`extract` (cli) and `extract batch` (io/batch) both run documents in groups through the
pipeline. An exception inside `nlp.pipe` ends its generator, so the rest of that group would be
lost silently; here a group that raises is redone one document at a time, and the document that
raises again becomes a `Failure` with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True)
class Failure:
    """What became of an item whose processing raised: the reason, ready for stderr or an errors table."""

    reason: str


def failure_reason(exc: BaseException) -> str:
    """One line naming the exception: "extraction failed: ValueError: ..."."""
    return f"extraction failed: {type(exc).__name__}: {exc}"


def run_isolated(items: Sequence[Item], run: Callable[[list[Item]], list[Result]]) -> list[Result | Failure]:
    """`run(items)`, one result per item in order; if it raises, each item is run alone.

    Keyboard interrupts and exits pass through: only `Exception` is isolated.
    """
    group = list(items)
    try:
        results = run(group)
    except Exception:  # noqa: BLE001  redo one by one, so only the bad item fails
        return [_run_one(item, run) for item in group]
    if len(results) != len(group):
        raise ValueError(f"run gave {len(results)} results for {len(group)} items")
    return results


def _run_one(item: Item, run: Callable[[list[Item]], list[Result]]) -> Result | Failure:
    try:
        (result,) = run([item])
    except Exception as exc:  # noqa: BLE001  recorded as that item's failure
        return Failure(failure_reason(exc))
    return result


def isolated(
    items: Iterable[Item], run: Callable[[list[Item]], list[Result]], *, group_size: int
) -> Iterator[tuple[Item, Result | Failure]]:
    """(item, result or Failure) for every item, in order, running `group_size` items at a time."""
    iterator = iter(items)
    while group := list(islice(iterator, group_size)):
        yield from zip(group, run_isolated(group, run), strict=True)
