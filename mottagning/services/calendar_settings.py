"""The clinic's calendar settings: opening hours (with exceptions), rooms and
staff absences. Booking respects them (services/scheduling.py); only those who
manage the calendar change them, and every change is in the access log."""

import dataclasses
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import DEFAULT_OPENING_HOURS, Absence, OpeningHours, Room
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.context import Context
from mottagning.services.permissions import Action, is_allowed
from mottagning.storage.calendar import CalendarRepository


class CalendarSettingsService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._calendar = CalendarRepository(context.db)

    @property
    def zone(self) -> ZoneInfo:
        return self._ctx.clinic.zone

    def clinic_calendar(self, language: str = "sv") -> ClinicCalendar:
        hours = self._calendar.opening_hours() or DEFAULT_OPENING_HOURS
        return ClinicCalendar(hours, self.zone, language)

    def opening_hours(self) -> OpeningHours:
        return self._calendar.opening_hours() or DEFAULT_OPENING_HOURS

    def save_opening_hours(self, hours: OpeningHours) -> None:
        self._ctx.require(Action.MANAGE_CALENDAR)
        for opens, closes in [*hours.weekly.values(), *(h for h in hours.exceptions.values() if h)]:
            if closes <= opens:
                raise InvalidInput(
                    field=Text("Fields", "Opening hours"),
                    problem=Text("Fields", "closing is before opening"),
                )
        with self._ctx.db.transaction():
            self._calendar.save_opening_hours(hours)
            self._ctx.record(LogAction.CALENDAR_SETTINGS_CHANGED, detail="opening hours")

    def rooms(self, *, active_only: bool = True) -> list[Room]:
        self._ctx.require(Action.VIEW_CALENDAR)
        return self._calendar.rooms(active_only=active_only)

    def save_room(self, name: str, room_id: str | None = None, active: bool = True) -> Room:
        self._ctx.require(Action.MANAGE_CALENDAR)
        name = " ".join(name.split())
        if not name or len(name) > 60:
            raise InvalidInput(
                field=Text("Fields", "Room"),
                problem=Text("Fields", "give a name of 1-60 characters"),
            )
        room = Room(room_id or str(uuid.uuid4()), name, active)
        with self._ctx.db.transaction():
            self._calendar.save_room(room, self._ctx.clinic.clock.now())
            self._ctx.record(
                LogAction.CALENDAR_SETTINGS_CHANGED, target_type="room", target_id=room.id
            )
        return room

    def absences(self, start: datetime, end: datetime) -> list[Absence]:
        """Who is away. The reason (it may be "sick") only for those who manage
        absences; everyone else sees that a colleague is away, not why."""
        self._ctx.require(Action.VIEW_CALENDAR)
        absences = self._calendar.absences_between(start, end)
        if is_allowed(self._ctx.actor.role, Action.MANAGE_CALENDAR):
            return absences
        return [dataclasses.replace(a, reason="") for a in absences]

    def add_absence(
        self, user_id: str, start: datetime, end: datetime, reason: str = ""
    ) -> Absence:
        self._ctx.require(Action.MANAGE_CALENDAR)
        user = self._ctx.clinic.users.get(user_id)
        if user is None or not user.active:
            raise NotFound(what=Text("Things", "account"))
        if end <= start:
            raise InvalidInput(
                field=Text("Fields", "Absence"),
                problem=Text("Fields", "the end is before the start"),
            )
        absence = Absence(str(uuid.uuid4()), user_id, start, end, " ".join(reason.split())[:100])
        with self._ctx.db.transaction():
            self._calendar.add_absence(absence, self._ctx.clinic.clock.now())
            self._ctx.record(
                LogAction.CALENDAR_SETTINGS_CHANGED,
                target_type="user",
                target_id=user_id,
                detail="absence added",
            )
        return absence

    def remove_absence(self, absence: Absence) -> None:
        self._ctx.require(Action.MANAGE_CALENDAR)
        with self._ctx.db.transaction():
            self._calendar.remove_absence(absence.id, self._ctx.clinic.clock.now())
            self._ctx.record(
                LogAction.CALENDAR_SETTINGS_CHANGED,
                target_type="user",
                target_id=absence.user_id,
                detail="absence removed",
            )
