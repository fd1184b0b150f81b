"""Small-count suppression that holds against an attacker who solves equations.

Primary suppression hides every count from 1 to threshold - 1 (shown "<5").
Secondary suppression then hides more cells (shown "x") until no hidden small
count can be worked out from what is published: the cells left, the "<5"
marks, and every relation the report's tables obey (rows and columns adding up
to their totals, totals shared between tables, a subset never larger than the
set). The check is linear programming over all tables at once (the report of
one period is one system), against two attackers:

- one who knows only that counts are whole and not negative: the values a
  small cell can take must span at least `threshold` values;
- one who also reads the marks (a "<5" cell is 1..threshold-1, an "x" cell 0
  or at least the threshold): a small cell must never be pinned to one value.

Cells to hide are chosen where they loosen what pins the small count: a
published cell of a relation that binds the attacker's bound (the linear
programme's binding constraints), the cheapest first (a count of at least
the threshold, in few relations, small), then one in a relation with it.
Small counts that no amount of hiding protects ("<3" + "<3" under a total
"<3" is 1 + 1) are named, so that the lead merges categories, and hide
nothing more.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

_LOOKAHEAD = 1  # candidates tried before one is chosen
_TRIES = 3  # cells hidden for one small count before asking whether any number would do


class Reason(StrEnum):
    SMALL = "small"  # from 1 to threshold - 1
    PROTECTS = "protects"  # hidden so that a small count cannot be worked out


@dataclass(frozen=True)
class Relation:
    """sum(coefficient * cell) == 0 (`equal`) or <= 0 between cells of the report."""

    terms: tuple[tuple[str, int], ...]
    equal: bool = True
    cells: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cells", tuple(cell for cell, _ in self.terms))


def total_of(total: str, parts: Iterable[str]) -> Relation:
    """`total` is the sum of `parts`."""
    return Relation(((total, -1), *((part, 1) for part in parts)))


def at_most(smaller: str, larger: str) -> Relation:
    return Relation(((smaller, 1), (larger, -1)), equal=False)


def same(first: str, second: str) -> Relation:
    return Relation(((first, 1), (second, -1)))


@dataclass(frozen=True)
class Outcome:
    hidden: dict[str, Reason]
    unprotectable: tuple[str, ...]  # small cells no further hiding could protect


@dataclass(frozen=True)
class Range:
    low: float
    high: float  # math.inf: unbounded

    def values(self) -> float:
        """How many whole values the range holds."""
        if math.isinf(self.high):
            return math.inf
        return math.floor(self.high + 1e-6) - math.ceil(self.low - 1e-6) + 1


def small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def suppress(values: Mapping[str, int], relations: Iterable[Relation], threshold: int) -> Outcome:
    """Which cells of `values` to hide, and why."""
    relations = [r for r in relations if all(cell in values for cell in r.cells)]
    hidden = {cell: Reason.SMALL for cell, value in values.items() if small(value, threshold)}
    touching: dict[str, list[Relation]] = {}
    for relation in relations:
        for cell in relation.cells:
            touching.setdefault(cell, []).append(relation)
    _no_lonely_cells(values, hidden, relations, touching, threshold)
    check = _Checker(values, hidden, relations, threshold)
    unprotectable: list[str] = []
    for cell in sorted(c for c, reason in hidden.items() if reason is Reason.SMALL):
        added: list[str] = []
        while not check.protected(cell):
            if len(added) == _TRIES and not _protectable(
                cell, values, hidden, relations, threshold
            ):
                for name in added:  # back to where this cell started: no use hiding them
                    del hidden[name]
                unprotectable.append(cell)
                break
            extra = _cheapest_cover(cell, values, hidden, touching, check, threshold)
            if extra is None:
                unprotectable.append(cell)
                break
            hidden[extra] = Reason.PROTECTS
            added.append(extra)
    # Hiding a cell for one small count never uncovers another, but check all once more.
    left = [
        cell
        for cell, reason in hidden.items()
        if reason is Reason.SMALL and cell not in unprotectable and not check.protected(cell)
    ]
    return Outcome(dict(sorted(hidden.items())), tuple(sorted({*unprotectable, *left})))


def _protectable(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: list[Relation],
    threshold: int,
) -> bool:
    """Whether hiding every cell linked to `cell` would protect it: not when
    small counts add up to a small total ("<3" + "<3" = "<3" is 1 + 1)."""
    touching = _index(relations)
    everything = dict(hidden)
    seen = {cell}
    frontier = [cell]
    while frontier:
        current = frontier.pop()
        for relation in touching.get(current, ()):
            for other in relation.cells:
                if other not in seen:
                    seen.add(other)
                    everything.setdefault(other, Reason.PROTECTS)
                    frontier.append(other)
    return protected(cell, values, everything, relations, threshold)


def _no_lonely_cells(
    values: Mapping[str, int],
    hidden: dict[str, Reason],
    relations: list[Relation],
    touching: Mapping[str, list[Relation]],
    threshold: int,
) -> None:
    """The cheap first step: a sum with exactly one hidden cell gives it away,
    so hide a second (the cheapest) in every such sum, until none is left."""
    changed = True
    while changed:
        changed = False
        for relation in relations:
            if not relation.equal:
                continue
            inside = [c for c in relation.cells if c in hidden]
            others = [c for c in relation.cells if c not in hidden]
            if len(inside) == 1 and others:
                cheapest = min(others, key=lambda c: _cost(c, values, touching, threshold))
                hidden[cheapest] = Reason.PROTECTS
                changed = True


def _cost(
    cell: str, values: Mapping[str, int], touching: Mapping[str, list[Relation]], threshold: int
) -> tuple[bool, bool, int, int, str]:
    """Cheap to hide: a count of at least the threshold, in few relations, small;
    zeros and small counts last."""
    value = values[cell]
    return (value < threshold, value == 0, len(touching.get(cell, [])), value, cell)


class _Checker:
    """`protected`, remembered for a cell while its part of the system stays the same."""

    def __init__(
        self,
        values: Mapping[str, int],
        hidden: Mapping[str, Reason],
        relations: list[Relation],
        threshold: int,
    ) -> None:
        self.values = values
        self.hidden = hidden
        self.relations = relations
        self.threshold = threshold
        self._known: dict[tuple[str, frozenset[tuple[str, Reason]]], bool] = {}

    def protected(self, cell: str, hidden: Mapping[str, Reason] | None = None) -> bool:
        hidden = self.hidden if hidden is None else hidden
        system = frozenset((c, hidden[c]) for c in _system(cell, hidden, self.relations))
        key = (cell, system)
        if key not in self._known:
            self._known[key] = protected(cell, self.values, hidden, self.relations, self.threshold)
        return self._known[key]


def _cheapest_cover(
    cell: str,
    values: Mapping[str, int],
    hidden: dict[str, Reason],
    touching: Mapping[str, list[Relation]],
    check: _Checker,
    threshold: int,
) -> str | None:
    """A published cell to hide next. First from the relations that hold the
    attacker's bound (the linear programme's binding constraints: hiding one
    of their cells loosens the bound), else from those with `cell` (else with
    any hidden cell of its system): the cheapest that protects it, else the
    one that widens its range most."""
    binding = _binding(cell, values, hidden, check.relations, threshold)
    loosening = sorted(
        {other for relation in binding for other in relation.cells if other not in hidden},
        key=lambda c: _cost(c, values, touching, threshold),
    )
    for candidate in loosening[:_LOOKAHEAD]:
        if check.protected(cell, {**hidden, candidate: Reason.PROTECTS}):
            return candidate
    if loosening:
        return loosening[0]
    seen = {cell}
    frontier = [cell]
    while frontier:
        candidates = sorted(
            {
                other
                for current in frontier
                for relation in touching.get(current, [])
                for other in relation.cells
                if other not in hidden
            },
            key=lambda c: _cost(c, values, touching, threshold),
        )[:_LOOKAHEAD]
        if candidates:
            best, widest = candidates[0], -1.0
            for candidate in candidates:
                trial = {**hidden, candidate: Reason.PROTECTS}
                if check.protected(cell, trial):
                    return candidate
                width = _extreme(
                    cell, values, trial, check.relations, threshold, reads_marks=False, high=True
                )
                if width > widest:
                    best, widest = candidate, width
            return best
        linked = {
            other
            for current in frontier
            for relation in touching.get(current, [])
            for other in relation.cells
            if other in hidden and other not in seen
        }
        seen |= linked
        frontier = sorted(linked)
    return None


def _binding(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: list[Relation],
    threshold: int,
) -> list[Relation]:
    """The relations that pin `cell` for the attacker who gets it (both bounds)."""
    value = values[cell]
    found: list[Relation] = []
    for reads_marks in (False, True):
        low = _extreme(
            cell, values, hidden, relations, threshold, reads_marks=reads_marks, high=False
        )
        high = _extreme(
            cell, values, hidden, relations, threshold, reads_marks=reads_marks, high=True
        )
        enough = threshold if not reads_marks else 2
        if Range(low, high).values() >= enough:
            continue
        if low >= value - 0.5 or not reads_marks:
            _extreme(
                cell,
                values,
                hidden,
                relations,
                threshold,
                reads_marks=reads_marks,
                high=False,
                binding=found,
            )
        if high <= value + 0.5 or not reads_marks:
            _extreme(
                cell,
                values,
                hidden,
                relations,
                threshold,
                reads_marks=reads_marks,
                high=True,
                binding=found,
            )
    return found


def protected(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: list[Relation],
    threshold: int,
) -> bool:
    """Whether both attackers fail on `cell`. The true value is always
    possible, so a greatest value far enough above it settles an attacker
    without solving for the least."""
    value = values[cell]

    def extreme(reads_marks: bool, high: bool) -> float:
        return _extreme(
            cell, values, hidden, relations, threshold, reads_marks=reads_marks, high=high
        )

    blind_high = extreme(False, True)
    if (
        blind_high < value + threshold - 1
        and Range(extreme(False, False), blind_high).values() < threshold
    ):
        return False
    if extreme(True, True) > value + 0.5:
        return True
    return extreme(True, False) < value - 0.5


def attacker_range(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: list[Relation],
    threshold: int,
    *,
    reads_marks: bool,
) -> Range:
    """The least and greatest value of `cell` consistent with what is published
    (linear programming: the bounds an attacker solving the system reaches)."""
    return Range(
        _extreme(cell, values, hidden, relations, threshold, reads_marks=reads_marks, high=False),
        _extreme(cell, values, hidden, relations, threshold, reads_marks=reads_marks, high=True),
    )


def _extreme(
    cell: str,
    values: Mapping[str, int],
    hidden: Mapping[str, Reason],
    relations: list[Relation],
    threshold: int,
    *,
    reads_marks: bool,
    high: bool,
    binding: list[Relation] | None = None,
) -> float:
    """The least (or greatest) value of `cell` the attacker can reach; the
    relations that hold it there are added to `binding` when given."""
    import numpy as np  # noqa: PLC0415 (scipy is slow to import: only when a report is made)
    from scipy.optimize import linprog  # noqa: PLC0415

    unknown = sorted(_system(cell, hidden, relations))
    index = {name: i for i, name in enumerate(unknown)}
    rows_eq: list[list[float]] = []
    rhs_eq: list[float] = []
    rows_ub: list[list[float]] = []
    rhs_ub: list[float] = []
    of_eq: list[Relation] = []
    of_ub: list[Relation] = []
    touching = _index(relations)
    involved = {id(r): r for name in unknown for r in touching.get(name, ())}
    for relation in involved.values():
        row = [0.0] * len(unknown)
        constant = 0.0
        for name, coefficient in relation.terms:
            if name in index:
                row[index[name]] += coefficient
            else:
                constant += coefficient * values[name]
        (rows_eq if relation.equal else rows_ub).append(row)
        (rhs_eq if relation.equal else rhs_ub).append(-constant)
        (of_eq if relation.equal else of_ub).append(relation)
    objective = np.zeros(len(unknown))
    objective[index[cell]] = -1.0 if high else 1.0
    result = linprog(
        objective,
        A_ub=np.array(rows_ub) if rows_ub else None,
        b_ub=np.array(rhs_ub) if rhs_ub else None,
        A_eq=np.array(rows_eq) if rows_eq else None,
        b_eq=np.array(rhs_eq) if rhs_eq else None,
        bounds=[_bounds(hidden[name], values[name], threshold, reads_marks) for name in unknown],
        method="highs",
    )
    if result.status == 3 or "unbounded" in str(result.message):
        # The true values satisfy every relation, so the system is never infeasible.
        return math.inf if high else -math.inf
    if result.status != 0:
        raise RuntimeError(f"the suppression check could not be solved: {result.message}")
    if binding is not None:
        for marginals, of in ((result.eqlin, of_eq), (result.ineqlin, of_ub)):
            if of and marginals is not None:
                binding.extend(
                    r for r, m in zip(of, marginals.marginals, strict=True) if abs(m) > 1e-9
                )
    return -float(result.fun) if high else float(result.fun)


def _bounds(
    reason: Reason, value: int, threshold: int, reads_marks: bool
) -> tuple[float, float | None]:
    """What the attacker knows of a hidden cell. Reading the marks, an "x" cell
    is 0 or at least the threshold; the check takes the side the true value is
    on, which only narrows the attacker's range (so a cell that holds there
    holds against the attacker who must consider both sides)."""
    if not reads_marks:
        return (0.0, None)
    if reason is Reason.SMALL:
        return (1.0, float(threshold - 1))
    return (0.0, 0.0) if value == 0 else (float(threshold), None)


def _system(cell: str, hidden: Mapping[str, Reason], relations: list[Relation]) -> set[str]:
    """The hidden cells linked to `cell` through relations (its part of the system)."""
    touching = _index(relations)
    system = {cell}
    frontier = [cell]
    while frontier:
        current = frontier.pop()
        for relation in touching.get(current, ()):
            for other in relation.cells:
                if other in hidden and other not in system:
                    system.add(other)
                    frontier.append(other)
    return system


_INDEXES: dict[int, tuple[list[Relation], dict[str, list[Relation]]]] = {}


def _index(relations: list[Relation]) -> dict[str, list[Relation]]:
    """Cell -> its relations, made once per list of relations."""
    known = _INDEXES.get(id(relations))
    if known is not None and known[0] is relations:
        return known[1]
    touching: dict[str, list[Relation]] = {}
    for relation in relations:
        for name in relation.cells:
            touching.setdefault(name, []).append(relation)
    _INDEXES.clear()  # one report's relations at a time
    _INDEXES[id(relations)] = (relations, touching)
    return touching
