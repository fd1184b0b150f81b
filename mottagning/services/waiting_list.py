"""The waiting list (väntelista): clients waiting for a first visit, by
priority and date of first contact. Booking from it records the waiting time,
which the yearly numbers report (median and 90th percentile)."""

import dataclasses
import uuid
from datetime import date

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import AppointmentDetails, Recurrence, WaitingListEntry
from mottagning.models.clients import ClientStatus
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.services.scheduling import BookingResult, SchedulingService
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository

PRIORITIES = (1, 2, 3)  # urgent, normal, can wait


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

    def remove(self, entry_id: str, reason: str) -> None:
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        entry = self._get(entry_id)
        if not reason.strip():
            raise InvalidInput(
                field=Text("Fields", "Reason"),
                problem=Text("Fields", "say why the client leaves the list"),
            )
        with self._ctx.db.transaction():
            self._calendar.close_waiting_entry(
                entry_id, self._ctx.clinic.clock.now(), " ".join(reason.split())[:200], None
            )
            self._ctx.record(
                LogAction.WAITING_LIST_CHANGED, client_id=entry.client_id, detail="removed"
            )

    def book(
        self,
        entry_id: str,
        details: AppointmentDetails,
        recurrence: Recurrence | None = None,
        override_reason: str = "",
    ) -> BookingResult:
        """Book the first visit; the waiting time (days from first contact to the
        visit) is kept on it, the client becomes active and leaves the list."""
        self._ctx.require(Action.MANAGE_WAITING_LIST)
        entry = self._get(entry_id)
        details = dataclasses.replace(details, client_id=entry.client_id)
        visit_day = details.starts_at.astimezone(self._scheduling.zone).date()
        waiting_days = max(0, (visit_day - entry.first_contact).days)
        with self._ctx.db.transaction():
            result = self._scheduling.book(details, recurrence, override_reason, waiting_days)
            self._calendar.close_waiting_entry(
                entry_id, self._ctx.clinic.clock.now(), "booked", result.appointments[0].id
            )
            client = self._clients.get(entry.client_id)
            if client is not None and client.status is ClientStatus.WAITING:
                self._clients.update(
                    dataclasses.replace(
                        client, status=ClientStatus.ACTIVE, updated_at=self._ctx.clinic.clock.now()
                    )
                )
                self._ctx.record(LogAction.CLIENT_UPDATED, client_id=client.id, detail="status")
            self._ctx.record(
                LogAction.WAITING_LIST_CHANGED,
                client_id=entry.client_id,
                detail=f"booked after {waiting_days} days",
            )
        return result

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
