"""The attacker of the published yearly numbers, written apart from the
suppression code it attacks: integer programming (scipy's milp) and, for small
tables, exhaustive search over every assignment of the hidden cells.

The attacker knows every published number, every relation between cells (the
report's tables add up, share totals, a subset is never larger than its set),
that counts are whole and not negative, and in the informed variant the marks:
a "<T" cell holds 1..T-1 and an "x" cell holds 0 or at least T (a cell from 1
to T-1 would have been marked "<T"); integer programming is given the side of
that "or" the true value is on, which only makes the attacker stronger."""

import itertools
import math
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from mottagning.reports.yearly.suppression import Reason, Relation


def integer_range(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: Sequence[Relation],
    threshold: int,
    *,
    informed: bool,
) -> tuple[float, float]:
    """Least and greatest whole value of `cell` (milp over every hidden cell)."""
    names = sorted(hidden)
    index = {name: i for i, name in enumerate(names)}
    rows, lower, upper = [], [], []
    for relation in relations:
        row = np.zeros(len(names))
        constant = 0.0
        for name, coefficient in relation.terms:
            if name in index:
                row[index[name]] += coefficient
            else:
                constant += coefficient * values[name]
        if not row.any():
            continue
        rows.append(row)
        lower.append(-constant if relation.equal else -np.inf)
        upper.append(-constant)
    # Reading the marks, an "x" cell is 0 or at least T: the attacker is given
    # the side the true value is on (the stronger attacker of the two sides).
    low_bounds, high_bounds = [], []
    for n in names:
        if not informed:
            low, high = 0.0, np.inf
        elif hidden[n] is Reason.SMALL:
            low, high = 1.0, float(threshold - 1)
        else:
            low, high = (0.0, 0.0) if values[n] == 0 else (float(threshold), np.inf)
        low_bounds.append(low)
        high_bounds.append(high)
    constraints = [LinearConstraint(np.array(rows), lower, upper)] if rows else []
    found = []
    for sign in (1.0, -1.0):
        objective = np.zeros(len(names))
        objective[index[cell]] = sign
        result = milp(
            objective,
            constraints=constraints,
            integrality=np.ones(len(names)),
            bounds=Bounds(low_bounds, high_bounds),
        )
        if result.status == 0:
            found.append(sign * result.fun)
        elif result.status == 3 or "unbounded" in str(result.message):
            # The true values satisfy everything: never infeasible, so unbounded.
            found.append(-math.inf if sign > 0 else math.inf)
        else:
            raise AssertionError(f"the attack could not be solved: {result.message}")
    return found[0], found[1]


def exhaustive_values(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: Sequence[Relation],
    threshold: int,
    ceiling: int,
) -> set[int]:
    """Every value of `cell` in some whole assignment of all hidden cells (each
    0..ceiling, with the informed attacker's knowledge of the marks, including
    that an "x" cell is never 1..threshold-1) that satisfies every relation."""
    names = sorted(hidden)

    def choices(name: str) -> range | list[int]:
        if hidden[name] is Reason.SMALL:
            return range(1, threshold)
        return [0, *range(threshold, ceiling + 1)]

    possible: set[int] = set()
    for assignment in itertools.product(*(choices(n) for n in names)):
        known = {**values, **dict(zip(names, assignment, strict=True))}
        if all(_holds(r, known) for r in relations):
            possible.add(known[cell])
    return possible


def _holds(relation: Relation, known: Mapping[str, int]) -> bool:
    total = sum(coefficient * known[name] for name, coefficient in relation.terms)
    return total == 0 if relation.equal else total <= 0
