"""One fault-isolation wrapper: a bad item fails alone, the others keep their results and their order."""

from __future__ import annotations

import pytest

from extractor.faults import Failure, isolated, run_isolated


def doubled_unless_poisoned(items: list[str]) -> list[str]:
    if any("poison" in item for item in items):
        raise RuntimeError(f"cannot digest {len(items)} item(s)")
    return [item * 2 for item in items]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["a", "b", "c"], ["aa", "bb", "cc"]),
        (["a", "poison", "c"], ["aa", Failure("extraction failed: RuntimeError: cannot digest 1 item(s)"), "cc"]),
        (["poison"], [Failure("extraction failed: RuntimeError: cannot digest 1 item(s)")]),
        ([], []),
    ],
)
def test_run_isolated_fails_only_the_bad_item(items, expected):
    assert run_isolated(items, doubled_unless_poisoned) == expected


@pytest.mark.parametrize("group_size", [1, 2, 3, 10])
def test_isolated_keeps_order_across_groups(group_size):
    items = ["x", "poison pill", "y", "z", "poisoned", "w"]
    results = list(isolated(items, doubled_unless_poisoned, group_size=group_size))
    assert [item for item, _ in results] == items
    failed = [item for item, result in results if isinstance(result, Failure)]
    assert failed == ["poison pill", "poisoned"]
    assert [result for _, result in results if not isinstance(result, Failure)] == ["xx", "yy", "zz", "ww"]


def test_isolated_runs_whole_groups_when_nothing_fails():
    calls: list[int] = []

    def counting(items: list[int]) -> list[int]:
        calls.append(len(items))
        return items

    assert [result for _, result in isolated(range(7), counting, group_size=3)] == list(range(7))
    assert calls == [3, 3, 1]


def test_an_interrupt_is_not_isolated():
    def interrupted(items: list[str]) -> list[str]:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_isolated(["a", "b"], interrupted)


def test_a_run_that_loses_results_is_an_error_not_a_silent_gap():
    with pytest.raises(ValueError, match="2 results for 3 items"):
        run_isolated(["a", "b", "c"], lambda items: items[:2])
