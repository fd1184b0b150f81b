"""The yearly numbers for the council as published: tables of counts where a
hidden cell keeps no value, each with its definition in words. A report is
plain data (it is frozen as JSON inside the database and exported again from
there), so everything in it is already in the reader's language."""

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

# Raise when a table's definition changes. 2: table 6a, referrals out by the
# recipient's type (the reports of concern became 6b).
DEFINITIONS_VERSION = 2
DEFAULT_THRESHOLD = 5
THRESHOLD_RANGE = range(2, 11)


class Mark(StrEnum):
    SMALL = "small"  # a count from 1 to threshold - 1: shown "<5"
    PROTECTS = "protects"  # hidden so that a small count cannot be worked out: "x"
    TOO_FEW = "too_few"  # a median or percentile over fewer persons than the threshold


@dataclass(frozen=True)
class Period:
    """From `first` to `last`, both included (dates at the clinic)."""

    first: date
    last: date

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def is_calendar_year(self) -> bool:
        return (
            self.first.year == self.last.year
            and (self.first.month, self.first.day) == (1, 1)
            and (self.last.month, self.last.day) == (12, 31)
        )

    @property
    def label(self) -> str:
        if self.is_calendar_year:
            return str(self.first.year)
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def earlier(self, years: int) -> "Period":
        """The same days `years` years before (29 February becomes the 28th)."""
        return Period(_years_before(self.first, years), _years_before(self.last, years))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class Cell:
    value: float | None  # None exactly when hidden
    mark: Mark | None = None


@dataclass(frozen=True)
class Block:
    """One period of a table."""

    period: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    frozen: bool = False  # taken from an earlier final report of that period


@dataclass(frozen=True)
class Table:
    key: str  # "1", "2a" ...
    title: str
    definition: str
    blocks: tuple[Block, ...]  # the chosen period first, then the years before it
    suppressed: bool = True  # whether small counts are hidden in this table
    chart_column: int = 0  # the column a chart of the chosen period shows
    total_row: bool = True  # the last row is the total (a chart leaves it out)

    def chart_rows(self) -> int:
        """How many rows of the chosen period a chart shows."""
        rows = len(self.blocks[0].rows) if self.blocks else 0
        return rows - 1 if self.total_row and rows > 1 else rows


@dataclass(frozen=True)
class Report:
    clinic: str
    period: Period
    language: str
    threshold: int
    settings: dict[str, Any]
    definitions_version: int
    computed_at: str  # ISO, UTC
    computed_by: str
    source_sha256: str
    tables: tuple[Table, ...]
    texts: dict[str, str] = field(default_factory=dict)  # headings, notes, legends
    introduction: str = ""
    final: bool = False
    unprotectable: tuple[str, ...] = ()  # "table, period, row, column" the check could not protect

    def to_json(self) -> str:
        """Canonical JSON: the same report always gives the same text."""
        return json.dumps(_plain(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Report":
        data = json.loads(text)
        return cls(
            clinic=data["clinic"],
            period=Period(
                date.fromisoformat(data["period"]["first"]),
                date.fromisoformat(data["period"]["last"]),
            ),
            language=data["language"],
            threshold=data["threshold"],
            settings=data["settings"],
            definitions_version=data["definitions_version"],
            computed_at=data["computed_at"],
            computed_by=data["computed_by"],
            source_sha256=data["source_sha256"],
            tables=tuple(_table(t) for t in data["tables"]),
            texts=data["texts"],
            introduction=data["introduction"],
            final=data["final"],
            unprotectable=tuple(data["unprotectable"]),
        )

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)


def _table(data: dict[str, Any]) -> Table:
    return Table(
        key=data["key"],
        title=data["title"],
        definition=data["definition"],
        blocks=tuple(
            Block(
                period=b["period"],
                rows=tuple(b["rows"]),
                columns=tuple(b["columns"]),
                cells=tuple(
                    tuple(Cell(c["value"], Mark(c["mark"]) if c["mark"] else None) for c in row)
                    for row in b["cells"]
                ),
                frozen=b["frozen"],
            )
            for b in data["blocks"]
        ),
        suppressed=data["suppressed"],
        chart_column=data["chart_column"],
        total_row=data.get("total_row", True),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, Period):
        return {"first": value.first.isoformat(), "last": value.last.isoformat()}
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, StrEnum):
        return value.value
    return value


@dataclass(frozen=True)
class StatisticsSettings:
    """The clinic lead's choices for the yearly numbers."""

    threshold: int = DEFAULT_THRESHOLD
    years_before: int = 2  # previous years shown beside the chosen period
    agreement_municipalities: tuple[str, ...] = ()  # their own rows; the rest merged
    merge_age_bands: bool = False  # 18-34 and 35+ instead of four adult bands


@dataclass(frozen=True)
class ChangedCell:
    """A published number that a fresh count gives differently."""

    table: str
    period: str
    row: str
    column: str
    frozen: Cell
    fresh: Cell
