"""The yearly numbers for the council (clinic lead only).

Counts come from SQL over the clinic's own records (storage/yearly_numbers.py),
tables and their relations from services/yearly_tables.py, and small counts
are hidden by reports/yearly/suppression.py against every relation of a
period's report at once. The previous years stand beside the chosen period;
a year already reported as final is shown as it was reported (a second,
different publication of the same year would let a reader subtract one from
the other). A final report is frozen inside the database and exported again
from there, byte for byte the same. Every computation and export is logged.
"""

import dataclasses
import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, timedelta

from mottagning.errors import InvalidInput
from mottagning.i18n import Text, Translate, fill
from mottagning.models.access_log import LogAction
from mottagning.models.yearly_numbers import (
    DEFINITIONS_VERSION,
    THRESHOLD_RANGE,
    Block,
    Cell,
    ChangedCell,
    Mark,
    Period,
    Report,
    StatisticsSettings,
    Table,
)
from mottagning.reports.yearly.suppression import Outcome, Reason, suppress
from mottagning.scoring import ScoreResult, instrument_ids
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.services.yearly_labels import (
    DEFINITIONS,
    MARK_REASONS,
    SHARE,
    SUPPRESSION_NOTE,
    TEXTS,
    TITLES,
    UNPROTECTABLE_NOTE,
    column_label,
    row_label,
)
from mottagning.services.yearly_tables import (
    Choices,
    RawTable,
    build,
    choose_municipalities,
    cid,
    outcomes,
    referrals,
)
from mottagning.storage.yearly_numbers import (
    Bounds,
    FrozenReportRepository,
    YearlyNumbersRepository,
)

_SETTINGS = "yearly_numbers"
_MAX_YEARS_BEFORE = 5
Progress = Callable[[int, int], None]  # (done, of): a computation's steps


class YearlyNumbersService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._repo = YearlyNumbersRepository(context.db)
        self._frozen = FrozenReportRepository(context.db)

    # --- Settings ----------------------------------------------------------------------

    def settings(self) -> StatisticsSettings:
        self._ctx.require(Action.COMPILE_STATISTICS)
        return self._stored_settings()

    def _stored_settings(self) -> StatisticsSettings:
        stored = self._ctx.clinic.settings.get(_SETTINGS) or {}
        defaults = StatisticsSettings()
        return StatisticsSettings(
            threshold=int(stored.get("threshold", defaults.threshold)),
            years_before=int(stored.get("years_before", defaults.years_before)),
            agreement_municipalities=tuple(stored.get("agreement_municipalities", ())),
            merge_age_bands=bool(stored.get("merge_age_bands", False)),
        )

    def update_settings(self, settings: StatisticsSettings) -> StatisticsSettings:
        self._ctx.require(Action.COMPILE_STATISTICS)
        if settings.threshold not in THRESHOLD_RANGE:
            raise InvalidInput(
                field=Text("Fields", "Threshold for small counts"),
                problem=Text("Fields", "from 2 to 10"),
            )
        if not 0 <= settings.years_before <= _MAX_YEARS_BEFORE:
            raise InvalidInput(
                field=Text("Fields", "Years shown beside"), problem=Text("Fields", "from 0 to 5")
            )
        names = tuple(dict.fromkeys(" ".join(n.split()) for n in settings.agreement_municipalities))
        settings = dataclasses.replace(
            settings, agreement_municipalities=tuple(n for n in names if n)
        )
        with self._ctx.db.transaction():
            self._ctx.clinic.settings.set(
                _SETTINGS,
                {
                    "threshold": settings.threshold,
                    "years_before": settings.years_before,
                    "agreement_municipalities": list(settings.agreement_municipalities),
                    "merge_age_bands": settings.merge_age_bands,
                },
                self._ctx.clinic.clock.now(),
                self._ctx.actor.id,
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED, target_type="settings", target_id=_SETTINGS
            )
        return settings

    # --- Reports -----------------------------------------------------------------------

    def compute(
        self,
        period: Period,
        translate: Translate,
        *,
        language: str = "sv",
        introduction: str = "",
        progress: Progress | None = None,
    ) -> Report:
        """The period's report with the years before it, small counts hidden."""
        self._ctx.require(Action.COMPILE_STATISTICS)
        report = self._compute(period, translate, language, introduction, progress)
        self._ctx.record(
            LogAction.STATISTICS_COMPUTED,
            target_type="yearly_numbers",
            target_id=period.label,
            detail=report.source_sha256,
        )
        return report

    def final(
        self,
        year: int,
        translate: Translate,
        *,
        language: str = "sv",
        introduction: str = "",
        progress: Progress | None = None,
    ) -> tuple[Report, bool]:
        """The year's final report, and whether it was frozen now: the first time
        it is computed and kept; afterwards the kept one, unchanged."""
        self._ctx.require(Action.COMPILE_STATISTICS)
        period = Period.year(year)
        if period.last >= self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Year"),
                problem=Text("Fields", "a final report needs the year to be over"),
            )
        kept = self._frozen.content(period.first, period.last)
        if kept is not None:
            return Report.from_json(kept), False
        report = self._compute(period, translate, language, introduction, progress)
        report = dataclasses.replace(report, final=True)
        with self._ctx.db.transaction():
            self._frozen.add(
                str(uuid.uuid4()),
                period.first,
                period.last,
                report.to_json(),
                self._ctx.clinic.clock.now(),
                self._ctx.actor.id,
            )
            self._ctx.record(
                LogAction.STATISTICS_FROZEN,
                target_type="yearly_numbers",
                target_id=period.label,
                detail=report.source_sha256,
            )
        return report, True

    def frozen(self, period: Period) -> Report | None:
        self._ctx.require(Action.COMPILE_STATISTICS)
        kept = self._frozen.content(period.first, period.last)
        return Report.from_json(kept) if kept is not None else None

    def frozen_years(self) -> list[int]:
        self._ctx.require(Action.COMPILE_STATISTICS)
        return [
            first.year
            for first, last in self._frozen.periods()
            if Period(first, last).is_calendar_year
        ]

    def changes_since_frozen(self, year: int, translate: Translate) -> list[ChangedCell]:
        """The published numbers of the year's final report that a fresh count
        (with the same settings) gives differently; [] when none."""
        frozen = self.frozen(Period.year(year))
        if frozen is None:
            return []
        fresh = self.compute(Period.year(year), translate, language=frozen.language)
        changes = []
        for old_table in frozen.tables:
            new_table = fresh.table(current_key(frozen, old_table.key))
            old, new = old_table.blocks[0], new_table.blocks[0]
            new_cells = {
                (row, column): new.cells[i][j]
                for i, row in enumerate(new.rows)
                for j, column in enumerate(new.columns)
            }
            for i, row in enumerate(old.rows):
                for j, column in enumerate(old.columns):
                    before = old.cells[i][j]
                    after = new_cells.get((row, column), Cell(None, None))
                    if before != after:
                        changes.append(
                            ChangedCell(old_table.key, old.period, row, column, before, after)
                        )
        return changes

    def record_export(self, report: Report, file_format: str) -> None:
        """Log an export (the UI and the command line write the file)."""
        self._ctx.require(Action.COMPILE_STATISTICS)
        self._ctx.record(
            LogAction.STATISTICS_EXPORTED,
            target_type="yearly_numbers",
            target_id=report.period.label,
            detail=f"{file_format} {'final' if report.final else 'preliminary'}",
        )

    # --- Computing ---------------------------------------------------------------------

    def _bounds(self, period: Period) -> Bounds:
        start = self._ctx.clinic.start_of_day(period.first).astimezone(UTC)
        end = self._ctx.clinic.start_of_day(period.last + timedelta(days=1)).astimezone(UTC)
        return Bounds.of(start, end, period.first, period.last)

    def _periods(self, period: Period, years_before: int) -> list[Period]:
        earliest = self._repo.earliest_day()
        periods = [period]
        for years in range(1, years_before + 1):
            earlier = period.earlier(years)
            if earliest is None or earlier.last < earliest:
                break
            periods.append(earlier)
        return periods

    def _compute(
        self,
        period: Period,
        translate: Translate,
        language: str,
        introduction: str,
        progress: Progress | None,
    ) -> Report:
        if period.last < period.first:
            raise InvalidInput(
                field=Text("Fields", "Period"),
                problem=Text("Fields", "the period ends before it starts"),
            )
        settings = self._stored_settings()
        periods = self._periods(period, settings.years_before)
        steps = len(periods) + 1
        bounds = [self._bounds(p) for p in periods]
        kept = {
            p: Report.from_json(text)
            for p in periods[1:]
            if (text := self._frozen.content(p.first, p.last)) is not None
        }
        scores: dict[str, ScoreResult] = {}
        outcome_counts = [
            outcomes(self._repo, b, self._ctx.journal, scores) if p not in kept else {}
            for p, b in zip(periods, bounds, strict=True)
        ]
        units: dict[str, str | None] = {}
        order = {name: i for i, name in enumerate(instrument_ids())}
        choices = Choices(
            municipalities=choose_municipalities(self._repo, bounds[0], settings),
            instruments=tuple(
                sorted({i for counts in outcome_counts for i in counts}, key=order.__getitem__)
            ),
        )
        digest = hashlib.sha256()
        blocks: dict[str, list[Block]] = {}
        unprotectable: list[str] = []
        for step, (p, b, counts) in enumerate(zip(periods, bounds, outcome_counts, strict=True)):
            if progress:
                progress(step, steps)
            if p in kept:
                # A table the final report did not have (an earlier definitions
                # version) is left out for that year: it was never published.
                for table in kept[p].tables:
                    frozen_block = dataclasses.replace(table.blocks[0], frozen=True)
                    blocks.setdefault(current_key(kept[p], table.key), []).append(frozen_block)
                digest.update(kept[p].source_sha256.encode())
                continue
            referred = referrals(self._repo, b, self._ctx.journal, units)
            numbers = build(
                self._repo, b, settings, choices, counts, referred, self._ctx.clinic.zone
            )
            outcome = suppress(numbers.counts(), numbers.relations, settings.threshold)
            for raw_table in numbers.tables:
                blocks.setdefault(raw_table.key, []).append(
                    _block(raw_table, p.label, outcome, settings.threshold, translate)
                )
            unprotectable.extend(f"{p.label}: {name}" for name in outcome.unprotectable)
            digest.update(self._repo.source_digest(b).digest())
        if progress:
            progress(steps, steps)
        tables = tuple(
            Table(
                key=key,
                title=TITLES[key].translated(translate),
                definition=" ".join(t.translated(translate) for t in DEFINITIONS[key]),
                blocks=tuple(blocks[key]),
                suppressed=not key.startswith("8"),
                chart_column=_CHART_COLUMN.get(key, 0),
                total_row=key != "5",
            )
            for key in TITLES
        )
        texts = {name: text.translated(translate) for name, text in TEXTS.items()}
        texts |= {f"mark.{name}": text.translated(translate) for name, text in MARK_REASONS.items()}
        texts["suppression_note"] = fill(
            SUPPRESSION_NOTE.translated(translate),
            threshold=settings.threshold,
            below=settings.threshold - 1,
        )
        texts["unprotectable_note"] = UNPROTECTABLE_NOTE.translated(translate)
        return Report(
            clinic=self._ctx.clinic.settings.details().name,
            period=period,
            language=language,
            threshold=settings.threshold,
            settings={
                "years_before": settings.years_before,
                "agreement_municipalities": list(settings.agreement_municipalities),
                "merge_age_bands": settings.merge_age_bands,
            },
            definitions_version=DEFINITIONS_VERSION,
            computed_at=self._ctx.clinic.clock.now().astimezone(UTC).isoformat(timespec="seconds"),
            computed_by=self._ctx.actor.full_name,
            source_sha256=digest.hexdigest(),
            tables=tables,
            texts=texts,
            introduction=introduction,
            unprotectable=tuple(unprotectable),
        )


# The column a chart of the chosen period shows: the total, or the count of persons.
_CHART_COLUMN = {
    **{"1": 10, "2a": 2, "2b": 2, "2c": 2, "2d": 2, "4": 2, "5": 0},
    **{"6a": 0, "6b": 2, "7": 1},
}
# Tables renumbered since an earlier definitions version: (version, key) -> key now.
_RENAMED = {(1, "6"): "6b"}  # version 2 put the referrals out before it as 6a


def current_key(report: Report, key: str) -> str:
    """A table's key in today's report for a report of any definitions version."""
    return _RENAMED.get((report.definitions_version, key), key)


def _block(
    table: RawTable, label: str, outcome: Outcome, threshold: int, translate: Translate
) -> Block:
    def cell(row: str, column: str) -> Cell:
        value = table.get(row, column)
        if not table.suppressed:
            return Cell(value)
        if column in table.medians:
            if table.get(row, table.persons_column) < threshold:
                return Cell(None, Mark.TOO_FEW)
            return Cell(value)
        reason = outcome.hidden.get(cid(table.key, row, column))
        if reason is Reason.SMALL:
            return Cell(None, Mark.SMALL)
        if reason is Reason.PROTECTS:
            return Cell(None, Mark.PROTECTS)
        return Cell(value)

    columns = [_column_text(table.key, c, translate) for c in table.columns]
    cells = [[cell(r, c) for c in table.columns] for r in table.rows]
    if table.key == "5":
        _add_shares(table, columns, cells, translate)
    return Block(
        period=label,
        rows=tuple(_text(row_label(table.key, r), translate) for r in table.rows),
        columns=tuple(columns),
        cells=tuple(tuple(row) for row in cells),
    )


def _add_shares(
    table: RawTable, columns: list[str], cells: list[list[Cell]], translate: Translate
) -> None:
    """Table 5's shares of the persons measured twice, in per cent. A share is
    shown only where its count and the persons measured are both shown: a share
    beside a hidden count (or a hidden total) would give it away."""
    template = SHARE.translated(translate)
    categories = list(table.columns[1:])
    columns.extend(fill(template, category=columns[1 + i]) for i in range(len(categories)))
    for row in cells:
        total = row[0]
        for i in range(len(categories)):
            count = row[1 + i]
            if total.value and count.value is not None:
                row.append(Cell(round(100 * count.value / total.value, 1)))
            elif total.value == 0:
                row.append(Cell(None, Mark.TOO_FEW))  # no one measured twice
            else:
                row.append(Cell(None, Mark.PROTECTS))


def _text(label: Text | str, translate: Translate) -> str:
    return label.translated(translate) if isinstance(label, Text) else label


def _column_text(table: str, key: str, translate: Translate) -> str:
    label = column_label(table, key)
    if isinstance(label, tuple):
        return ": ".join(part.translated(translate) for part in label)
    return label.translated(translate)
