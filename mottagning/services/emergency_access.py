"""Emergency access (nödåtkomst): reading (and writing) the journal of a
client one is not counselor of, for the rest of the day, with a stated reason
that is logged and that the clinic lead reviews."""

import uuid
from datetime import datetime, time, timedelta

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.journal import EmergencyAccess
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.clients import ClientRepository
from mottagning.storage.emergency_access import EmergencyAccessRepository

MIN_REASON = 10  # a reason must say something


class EmergencyAccessService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._emergency = EmergencyAccessRepository(context.db, context.journal)
        self._clients = ClientRepository(context.db)

    def request(self, client_id: str, reason: str) -> EmergencyAccess:
        """Read (and write) another client's journal for the rest of the day, with a
        reason that the clinic lead reviews."""
        self._ctx.require(Action.READ_JOURNAL)
        reason = " ".join(reason.split())
        if len(reason) < MIN_REASON:
            raise InvalidInput(
                field=Text("Fields", "Reason"),
                problem=Text("Fields", "say why you need the journal (at least a sentence)"),
            )
        if self._clients.get(client_id) is None:
            raise NotFound(what=Text("Things", "client"))
        now = self._ctx.clinic.clock.now()
        zone = self._ctx.clinic.zone
        end_of_day = datetime.combine(self._ctx.clinic.today() + timedelta(days=1), time(0), zone)
        access = EmergencyAccess(
            id=str(uuid.uuid4()),
            client_id=client_id,
            user_id=self._ctx.actor.id,
            reason=reason[:500],
            granted_at=now,
            expires_at=end_of_day,
            reviewed_at=None,
            reviewed_by=None,
            review_note="",
        )
        with self._ctx.db.transaction():
            self._emergency.add(access)
            self._ctx.record(
                LogAction.EMERGENCY_ACCESS,
                client_id=client_id,
                target_type="emergency_access",
                target_id=access.id,
            )
        return access

    def mine(self, client_id: str) -> EmergencyAccess | None:
        """The actor's own emergency access to this client, while it lasts (None for
        the client's own counselor, who needs none): the page says so openly."""
        self._ctx.require(Action.READ_JOURNAL)
        client = self._clients.get(client_id)
        if client is None or self._ctx.actor.id in client.counselor_ids:
            return None
        return self._emergency.open_at(self._ctx.actor.id, client_id, self._ctx.clinic.clock.now())

    def accesses(self, *, unreviewed_only: bool = True) -> list[EmergencyAccess]:
        self._ctx.require(Action.REVIEW_EMERGENCY_ACCESS)
        return self._emergency.all(unreviewed_only=unreviewed_only)

    def review(self, access_id: str, note: str) -> None:
        """Mark an emergency access as reviewed. A lead reviewing her own access is
        allowed (a small clinic may have one lead) but says so in the log."""
        self._ctx.require(Action.REVIEW_EMERGENCY_ACCESS)
        accesses = [a for a in self._emergency.all(unreviewed_only=True) if a.id == access_id]
        if not accesses:
            raise NotFound(what=Text("Things", "unreviewed emergency access"))
        with self._ctx.db.transaction():
            self._emergency.review(
                access_id,
                self._ctx.actor.id,
                " ".join(note.split())[:500],
                self._ctx.clinic.clock.now(),
            )
            self._ctx.record(
                LogAction.EMERGENCY_ACCESS_REVIEWED,
                client_id=accesses[0].client_id,
                target_type="emergency_access",
                target_id=access_id,
                detail="own access" if accesses[0].user_id == self._ctx.actor.id else "",
            )
