"""The outward work register: everyone records what they did; an entry is
changed or removed by the one who recorded it, one of its staff, or the lead."""

import dataclasses
import math
import uuid
from datetime import date

from mottagning.errors import InvalidInput, NotFound, PermissionDenied
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWork, OutwardWorkDetails
from mottagning.models.users import Role
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.outward_work import OutwardWorkRepository

MAX_PARTICIPANTS = 100_000
MAX_HOURS = 1_000.0
MAX_DESCRIPTION = 500


def _problem(field: Text, problem: Text) -> InvalidInput:
    return InvalidInput(field=field, problem=problem)


class OutwardWorkService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._repo = OutwardWorkRepository(context.db)

    def record(self, details: OutwardWorkDetails) -> OutwardWork:
        self._ctx.require(Action.RECORD_OUTWARD_WORK)
        details = self._validated(details)
        now = self._ctx.clinic.clock.now()
        work = OutwardWork(
            **{name: getattr(details, name) for name in OutwardWorkDetails.__dataclass_fields__},
            id=str(uuid.uuid4()),
            recorded_by=self._ctx.actor.id,
            created_at=now,
            updated_at=now,
        )
        with self._ctx.db.transaction():
            self._repo.add(work)
            self._ctx.record(
                LogAction.OUTWARD_WORK_RECORDED, target_type="outward_work", target_id=work.id
            )
        return work

    def update(self, work_id: str, details: OutwardWorkDetails) -> OutwardWork:
        current = self._changeable(work_id)
        details = self._validated(details)
        work = dataclasses.replace(
            current,
            **{name: getattr(details, name) for name in OutwardWorkDetails.__dataclass_fields__},
            updated_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._repo.update(work)
            self._ctx.record(
                LogAction.OUTWARD_WORK_CHANGED, target_type="outward_work", target_id=work.id
            )
        return work

    def remove(self, work_id: str) -> None:
        self._changeable(work_id)
        with self._ctx.db.transaction():
            self._repo.remove(work_id, self._ctx.clinic.clock.now())
            self._ctx.record(
                LogAction.OUTWARD_WORK_CHANGED,
                target_type="outward_work",
                target_id=work_id,
                detail="removed",
            )

    def between(self, first: date, last: date) -> list[OutwardWork]:
        self._ctx.require(Action.RECORD_OUTWARD_WORK)
        return self._repo.between(first, last)

    def staff(self) -> list[tuple[str, str]]:
        """(id, full name) of the active staff, for choosing who took part."""
        self._ctx.require(Action.RECORD_OUTWARD_WORK)
        people = [u for u in self._ctx.clinic.users.all() if u.active]
        return sorted(((u.id, u.full_name) for u in people), key=lambda p: p[1].casefold())

    def may_change(self, work: OutwardWork) -> bool:
        actor = self._ctx.actor
        return actor.role is Role.LEAD or work.recorded_by == actor.id or actor.id in work.staff_ids

    def _changeable(self, work_id: str) -> OutwardWork:
        self._ctx.require(Action.RECORD_OUTWARD_WORK)
        work = self._repo.get(work_id)
        if work is None:
            raise NotFound(what=Text("Things", "outward work"))
        if not self.may_change(work):
            self._ctx.record(
                LogAction.PERMISSION_DENIED, target_type="outward_work", target_id=work_id
            )
            raise PermissionDenied(
                role=self._ctx.actor.role.label,
                action=Text("Actions", "change another's outward work"),
            )
        return work

    def _validated(self, details: OutwardWorkDetails) -> OutwardWorkDetails:
        try:
            kind, audience = OutwardKind(details.kind), Audience(details.audience)
        except ValueError:
            raise _problem(
                Text("Fields", "Kind"), Text("Fields", "choose one of the list")
            ) from None
        if details.occurred_on > self._ctx.clinic.today():
            raise _problem(Text("Fields", "Date"), Text("Fields", "the date is in the future"))
        if not 0 <= details.participants <= MAX_PARTICIPANTS:
            raise _problem(Text("Fields", "Participants"), Text("Fields", "from 0 to 100000"))
        hours = float(details.hours)
        if not math.isfinite(hours) or not 0 < hours <= MAX_HOURS:
            raise _problem(Text("Fields", "Hours"), Text("Fields", "more than 0 and at most 1000"))
        if not details.staff_ids:
            raise _problem(Text("Fields", "Staff"), Text("Fields", "choose at least one"))
        known = {user.id for user in self._ctx.clinic.users.all() if user.active}
        if not details.staff_ids <= known:
            raise _problem(Text("Fields", "Staff"), Text("Fields", "choose active staff"))
        description = " ".join(details.description.split())
        if len(description) > MAX_DESCRIPTION:
            raise _problem(Text("Fields", "Description"), Text("Fields", "at most 500 characters"))
        return dataclasses.replace(
            details, kind=kind, audience=audience, hours=hours, description=description
        )
