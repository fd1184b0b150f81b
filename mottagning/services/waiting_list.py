"""The waiting list (väntelista): clients waiting for a first visit, by
priority and date of first contact. Booking from it records the waiting time,
which the yearly numbers report (median and 90th percentile).

The list decides who is waiting: a client put on it becomes "waiting"
(Väntande); their first booked visit (from the list or straight in the
calendar: see SchedulingService.book) takes them off it and makes them
active; taken off it without a visit, they are active again, or closed when
the reception ends the contact (the reason for leaving the list is the reason
for closing)."""

import dataclasses
import uuid
from datetime import date

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import PRIORITIES, AppointmentDetails, Recurrence, WaitingListEntry
from mottagning.models.clients import ClientStatus
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.services.scheduling import BookingResult, SchedulingService
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository


class WaitingListService:
    def __init__(self, context: Context, scheduling: SchedulingService) -> None:
        self._ctx = context
        self._calendar = CalendarRepository(context.db)
        self._clients = ClientRepository(context.db)
        self._scheduling = scheduling

    def entries(self) -> list[WaitingListEntry]:
        self._ctx.require(Action.VIEW_CLIENTS)
        return self._calendar.waiting_list()

    def add(
        self, client_id: str, priority: int, first_contact: date, note: str = ""
    ) -> WaitingListEntry:
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        if self._clients.get(client_id) is None:
            raise NotFound(what=Text("Things", "client"))
        if any(e.client_id == client_id for e in self._calendar.waiting_list()):
            raise InvalidInput(
                field=Text("Fields", "Waiting list"),
                problem=Text("Fields", "the client is already on it"),
            )
        entry = WaitingListEntry(
            id=str(uuid.uuid4()),
            client_id=client_id,
            priority=self._checked(priority, first_contact),
            first_contact=first_contact,
            note=" ".join(note.split())[:300],
            added_at=self._ctx.clinic.clock.now(),
            added_by=self._ctx.actor.id,
        )
        with self._ctx.db.transaction():
            self._calendar.add_to_waiting_list(entry)
            self._ctx.record(LogAction.WAITING_LIST_CHANGED, client_id=client_id, detail="added")
            self._set_status(client_id, ClientStatus.WAITING)
        return entry

    def update(
        self, entry_id: str, priority: int, first_contact: date, note: str
    ) -> WaitingListEntry:
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        entry = dataclasses.replace(
            self._get(entry_id),
            priority=self._checked(priority, first_contact),
            first_contact=first_contact,
            note=" ".join(note.split())[:300],
        )
        with self._ctx.db.transaction():
            self._calendar.update_waiting_entry(entry)
            self._ctx.record(
                LogAction.WAITING_LIST_CHANGED, client_id=entry.client_id, detail="changed"
            )
        return entry

    def remove(self, entry_id: str, reason: str, close_client: bool = False) -> None:
        """Off the list without a visit: the client is active again, or closed
        (`close_client`: no further contact) with `reason` as the reason."""
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        entry = self._get(entry_id)
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput(
                field=Text("Fields", "Reason"),
                problem=Text("Fields", "say why the client leaves the list"),
            )
        with self._ctx.db.transaction():
            self._calendar.close_waiting_entry(
                entry_id, self._ctx.clinic.clock.now(), reason[:200], None
            )
            self._ctx.record(
                LogAction.WAITING_LIST_CHANGED, client_id=entry.client_id, detail="removed"
            )
            if close_client:
                self._set_status(entry.client_id, ClientStatus.CLOSED, reason[:200])
            else:
                self._set_status(entry.client_id, ClientStatus.ACTIVE)

    def book(
        self,
        entry_id: str,
        details: AppointmentDetails,
        recurrence: Recurrence | None = None,
        override_reason: str = "",
    ) -> BookingResult:
        """Book the waiting client's first visit: it keeps the waiting time (days
        from first contact to the visit), and the client leaves the list, active."""
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        entry = self._get(entry_id)
        details = dataclasses.replace(details, client_id=entry.client_id)
        return self._scheduling.book(details, recurrence, override_reason)

    def _set_status(self, client_id: str, status: ClientStatus, closed_reason: str = "") -> None:
        client = self._clients.get(client_id)
        if client is None or client.status is status:
            return
        changed = dataclasses.replace(
            client, status=status, updated_at=self._ctx.clinic.clock.now()
        )
        if status is ClientStatus.CLOSED:
            changed = dataclasses.replace(changed, closed_reason=closed_reason)
        self._clients.update(changed)
        self._ctx.record(LogAction.CLIENT_UPDATED, client_id=client_id, detail="status")

    def _get(self, entry_id: str) -> WaitingListEntry:
        entry = self._calendar.waiting_entry(entry_id)
        if entry is None:
            raise NotFound(what=Text("Things", "waiting-list entry"))
        return entry

    def _checked(self, priority: int, first_contact: date) -> int:
        if priority not in PRIORITIES:
            raise InvalidInput(
                field=Text("Fields", "Priority"), problem=Text("Fields", "1, 2 or 3")
            )
        if first_contact > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "First contact"),
                problem=Text("Fields", "the date is in the future"),
            )
        return priority
