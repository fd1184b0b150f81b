"""Treatment plans (behandlingsplan / genomförandeplan): every version kept,
read and written under need to know."""

import uuid
from datetime import date

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.journal import PlannedMeasure, TreatmentPlan
from mottagning.scoring import instrument_ids
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.treatment_plans import TreatmentPlanRepository

MAX_TEXT = 100_000  # as a note


class TreatmentPlanService:
    def __init__(self, context: Context, need_to_know: NeedToKnow) -> None:
        self._ctx = context
        self._plans = TreatmentPlanRepository(context.db, context.journal)
        self._need_to_know = need_to_know

    def current(self, client_id: str) -> TreatmentPlan | None:
        plans = self.history(client_id)
        return plans[-1] if plans else None

    def history(self, client_id: str) -> list[TreatmentPlan]:
        self._need_to_know.require(client_id)
        self._ctx.record(LogAction.JOURNAL_READ, client_id=client_id, detail="plan")
        return self._plans.of_client(client_id)

    def save(
        self,
        client_id: str,
        goals: str,
        interventions: str,
        measures: list[PlannedMeasure],
        review_date: date | None,
    ) -> TreatmentPlan:
        """A new version of the plan (the earlier ones stay)."""
        self._need_to_know.require(client_id, Action.WRITE_JOURNAL)
        if not goals.strip():
            raise InvalidInput(field=Text("Fields", "Goals"), problem=Text("Fields", "required"))
        known = set(instrument_ids())
        for measure in measures:
            if measure.instrument_id not in known:
                raise NotFound(what=Text("Things", "questionnaire"))
            if not 1 <= measure.every_sessions <= 52:
                raise InvalidInput(
                    field=Text("Fields", "Questionnaires"),
                    problem=Text("Fields", "every 1 to 52 visits"),
                )
        plan = TreatmentPlan(
            id=str(uuid.uuid4()),
            client_id=client_id,
            goals=goals.strip()[:MAX_TEXT],
            interventions=interventions.strip()[:MAX_TEXT],
            measures=tuple(measures),
            review_date=review_date,
            author_id=self._ctx.actor.id,
            created_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._plans.add(plan)
            self._ctx.record(
                LogAction.PLAN_SAVED, client_id=client_id, target_type="plan", target_id=plan.id
            )
        return plan
