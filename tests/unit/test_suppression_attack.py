"""Attacks on the small-count suppression: for every hidden small count, the
values consistent with everything published are computed (integer programming
over all tables at once, and exhaustive search on small tables), and the test
fails if one is pinned down. Hypothesis generates the tables.

What must hold for every count from 1 to T-1 (T the threshold):
- an attacker who knows only the published numbers, the relations and that
  counts are whole and not negative finds at least T possible values;
- an attacker who also reads the marks ("<T": 1..T-1; "x": 0 or >= T) finds
  at least two.
"""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mottagning.reports.yearly.suppression import (
    Reason,
    Relation,
    at_most,
    same,
    suppress,
    total_of,
)
from tests.unit.suppression_attacker import exhaustive_values, integer_range

EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
COUNTS = st.integers(0, 30) | st.integers(1, 4)  # plenty of small ones


def one_way(name: str, counts: list[int]) -> tuple[dict[str, int], list[Relation]]:
    """A distribution and its total (table 2's shape)."""
    values = {f"{name}{i}": v for i, v in enumerate(counts)}
    values[f"{name}T"] = sum(counts)
    return values, [total_of(f"{name}T", [f"{name}{i}" for i in range(len(counts))])]


def two_way(grid: list[list[int]]) -> tuple[dict[str, int], list[Relation]]:
    """Rows x columns with row, column and grand totals (MIKA, KAST, together)."""
    values: dict[str, int] = {}
    relations = []
    rows, columns = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(columns):
            values[f"c{r}.{c}"] = grid[r][c]
        values[f"r{r}"] = sum(grid[r])
        relations.append(total_of(f"r{r}", [f"c{r}.{c}" for c in range(columns)]))
    for c in range(columns):
        values[f"k{c}"] = sum(grid[r][c] for r in range(rows))
        relations.append(total_of(f"k{c}", [f"c{r}.{c}" for r in range(rows)]))
    values["T"] = sum(values[f"r{r}"] for r in range(rows))
    relations.append(total_of("T", [f"r{r}" for r in range(rows)]))
    relations.append(total_of("T", [f"k{c}" for c in range(columns)]))
    return values, relations


def linked(cell: str, relations: list[Relation]) -> set[str]:
    """Every cell connected to `cell` through relations."""
    found, grown = {cell}, True
    while grown:
        grown = False
        for relation in relations:
            if found & set(relation.cells) and not set(relation.cells) <= found:
                found |= set(relation.cells)
                grown = True
    return found


def assert_safe(values: dict[str, int], relations: list[Relation], threshold: int) -> None:
    outcome = suppress(values, relations, threshold)
    for cell in outcome.unprotectable:
        # Only when hiding every cell linked to it would not do either: small
        # counts adding up to a small total ("<3" + "<3" = "<3" is 1 + 1). The
        # report names them so that the lead merges categories.
        everything = dict.fromkeys(linked(cell, relations), Reason.PROTECTS) | outcome.hidden
        low, high = integer_range(cell, values, everything, relations, threshold, informed=True)
        blind = integer_range(cell, values, everything, relations, threshold, informed=False)
        assert high == low or blind[1] - blind[0] + 1 < threshold, (cell, outcome)
    for cell, value in values.items():
        if 0 < value < threshold:
            assert outcome.hidden.get(cell) is Reason.SMALL
        if cell not in outcome.hidden:
            continue
        assert outcome.hidden[cell] is Reason.SMALL or not 0 < value < threshold
    for cell, reason in outcome.hidden.items():
        if reason is not Reason.SMALL or cell in outcome.unprotectable:
            continue
        low, high = integer_range(
            cell, values, outcome.hidden, relations, threshold, informed=False
        )
        assert math.isinf(high) or high - low + 1 >= threshold, (cell, low, high, outcome)
        low, high = integer_range(cell, values, outcome.hidden, relations, threshold, informed=True)
        assert high - low >= 1, (cell, low, high, outcome)


@EXAMPLES
@given(st.lists(COUNTS, min_size=2, max_size=7), st.integers(3, 6))
def test_a_distribution_and_its_total(counts: list[int], threshold: int) -> None:
    values, relations = one_way("a", counts)
    assert_safe(values, relations, threshold)


@EXAMPLES
@given(
    st.integers(2, 5).flatmap(
        lambda rows: st.lists(
            st.lists(COUNTS, min_size=2, max_size=2), min_size=rows, max_size=rows
        )
    )
)
def test_a_table_with_row_column_and_grand_totals(grid: list[list[int]]) -> None:
    values, relations = two_way(grid)
    assert_safe(values, relations, 5)


@EXAMPLES
@given(
    st.lists(st.lists(COUNTS, min_size=2, max_size=2), min_size=2, max_size=4),
    st.lists(st.integers(0, 3), min_size=2, max_size=4),
)
def test_two_tables_that_share_their_persons(grid: list[list[int]], cuts: list[int]) -> None:
    """Table 1's persons are table 2's persons: a second split of the same
    column totals (the same people by another category) gives a reader a second
    set of equations."""
    first, relations = two_way(grid)
    second_grid = [list(row) for row in grid]
    # Move some persons between categories, keeping each column's total.
    for i, cut in enumerate(cuts[: len(grid) - 1]):
        for c in range(2):
            moved = min(cut, second_grid[i][c])
            second_grid[i][c] -= moved
            second_grid[i + 1][c] += moved
    second, more = two_way(second_grid)
    second = {f"b.{k}": v for k, v in second.items()}
    more = [Relation(tuple((f"b.{n}", c) for n, c in r.terms), r.equal) for r in more]
    links = [same(f"b.k{c}", f"k{c}") for c in range(2)] + [same("b.T", "T")]
    assert_safe({**first, **second}, relations + more + links, 5)


@EXAMPLES
@given(st.lists(COUNTS, min_size=3, max_size=5))
def test_a_subset_never_larger_than_its_set(counts: list[int]) -> None:
    """Of which anonymous <= total, new + continuing = total (table 1's row)."""
    new, continuing = counts[0], counts[1]
    anonymous = min(counts[2], new + continuing)
    values = {"new": new, "continuing": continuing, "total": new + continuing, "anon": anonymous}
    relations = [total_of("total", ["new", "continuing"]), at_most("anon", "total")]
    assert_safe(values, relations, 5)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 9) | st.integers(1, 4), min_size=2, max_size=4))
def test_exhaustive_search_on_small_tables_never_pins_a_small_count(counts: list[int]) -> None:
    """Every whole assignment of the hidden cells is tried, with all the marks'
    knowledge (an "x" cell is 0 or at least the threshold)."""
    threshold = 5
    values, relations = one_way("a", counts)
    outcome = suppress(values, relations, threshold)
    if len(outcome.hidden) > 5:
        return  # too many to enumerate; the integer programme covers it
    # A hidden total is unbounded for the attacker: search well above every count.
    ceiling = 2 * values["aT"] + 2 * threshold
    for cell, reason in outcome.hidden.items():
        if reason is Reason.SMALL and cell not in outcome.unprotectable:
            possible = exhaustive_values(
                cell, values, outcome.hidden, relations, threshold, ceiling
            )
            assert len(possible) >= 2, (cell, possible, outcome)


def test_small_counts_under_a_small_total_are_named_as_unprotectable() -> None:
    values, relations = one_way("a", [1, 1])
    outcome = suppress(values, relations, 3)
    assert outcome.unprotectable == ("a0", "a1", "aT")


def test_the_classic_attack_on_a_lone_small_cell_fails() -> None:
    """2 + 10 + 7 = 19: hiding only the 2 gives it away as 19 - 10 - 7."""
    values, relations = one_way("a", [2, 10, 7])
    outcome = suppress(values, relations, 5)
    assert outcome.hidden == {"a0": Reason.SMALL, "a2": Reason.PROTECTS}
    assert integer_range("a0", values, outcome.hidden, relations, 5, informed=False) == (0, 9)


def test_a_lone_small_cell_is_found_by_the_attacker_without_secondary_suppression() -> None:
    """The attacker is not toothless: primary suppression alone loses the count."""
    values, relations = one_way("a", [2, 10, 7])
    hidden = {"a0": Reason.SMALL}
    assert integer_range("a0", values, hidden, relations, 5, informed=False) == (2, 2)
