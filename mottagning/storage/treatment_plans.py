"""Treatment plans <-> rows of `treatment_plans`: every version kept, the
content sealed under the journal key."""

import json
from datetime import date
from typing import Any

from mottagning.models.journal import PlannedMeasure, TreatmentPlan
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

_GOALS, _INTERVENTIONS, _MEASURES = (
    "treatment_plans.goals",
    "treatment_plans.interventions",
    "treatment_plans.measures",
)


class TreatmentPlanRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def add(self, plan: TreatmentPlan) -> None:
        seal = self._journal.seal
        self._db.execute(
            "INSERT INTO treatment_plans (id, client_id, goals, interventions, measures,"
            " review_date, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan.id,
                plan.client_id,
                seal(_GOALS, plan.id, plan.goals),
                seal(_INTERVENTIONS, plan.id, plan.interventions),
                seal(_MEASURES, plan.id, json.dumps([m.__dict__ for m in plan.measures])),
                plan.review_date.isoformat() if plan.review_date else None,
                plan.author_id,
                to_db_time(plan.created_at),
            ),
        )

    def of_client(self, client_id: str) -> list[TreatmentPlan]:
        """Every version of the client's plan, the newest last."""
        rows = self._db.query(
            "SELECT id, client_id, goals, interventions, measures, review_date, author_id,"
            " created_at FROM treatment_plans WHERE client_id = ? ORDER BY created_at, rowid",
            (client_id,),
        )
        return [self._plan(row) for row in rows]

    def latest_of(self, client_ids: list[str]) -> dict[str, TreatmentPlan]:
        """The current plan of each of `client_ids` that has one."""
        if not client_ids:
            return {}
        rows = self._db.query(
            "SELECT id, client_id, goals, interventions, measures, review_date, author_id,"
            " created_at FROM treatment_plans WHERE client_id IN"
            f" ({', '.join('?' * len(client_ids))}) ORDER BY created_at, rowid",
            client_ids,
        )
        return {row["client_id"]: self._plan(row) for row in rows}

    def _plan(self, row: Row) -> TreatmentPlan:
        opened = self._journal.open
        measures: list[dict[str, Any]] = json.loads(opened(_MEASURES, row["id"], row["measures"]))
        return TreatmentPlan(
            id=row["id"],
            client_id=row["client_id"],
            goals=opened(_GOALS, row["id"], row["goals"]),
            interventions=opened(_INTERVENTIONS, row["id"], row["interventions"]),
            measures=tuple(
                PlannedMeasure(m["instrument_id"], int(m["every_sessions"])) for m in measures
            ),
            review_date=date.fromisoformat(row["review_date"]) if row["review_date"] else None,
            author_id=row["author_id"],
            created_at=from_db_time(row["created_at"]),
        )
