"""The calendar: booking, moving, cancelling and marking appointments, series,
clashes, and the next free time (the rooms, hours and absences they respect
are kept by services/calendar_settings.py).

A clash (the same counselor, room or client twice at once, an absence, a
closed day or hour) refuses the booking with a message that names it; a
scheduler or the clinic lead may book anyway by giving a reason, which is
kept on the appointment and in the access log.
"""

import dataclasses
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mottagning.errors import (
    AppointmentClash,
    ClientBusy,
    ClinicClosed,
    CounselorAway,
    CounselorBusy,
    InvalidInput,
    NotFound,
    RoomBusy,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import (
    Appointment,
    AppointmentDetails,
    AppointmentStatus,
    Clash,
    ClashKind,
    Recurrence,
    SeriesScope,
    WaitingListEntry,
)
from mottagning.models.clients import ClientStatus
from mottagning.models.users import Role, User
from mottagning.services.calendar_settings import CalendarSettingsService
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.services.recurrence import plan_series
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository

MAX_LENGTH = timedelta(hours=12)
OVERRIDE_REASON_LENGTH = 200
MONTH_READ_AT_ONCE = 600  # visits: more than this, and a month is read day by day
SLOT = timedelta(minutes=15)
FREE_TIME_HORIZON_DAYS = 120
OPENING_SEARCH_DAYS = 30
_APPOINTMENT = Text("Things", "appointment")


@dataclass(frozen=True)
class BookingResult:
    appointments: list[Appointment]
    skipped: list[tuple[date, str]]  # closed days a series passed over


@dataclass(frozen=True)
class DayVisits:
    """A day of a month view: how many visits hold their time, and the first."""

    count: int
    first: list[Appointment]


@dataclass(frozen=True)
class PlannedVisit:
    """One visit a booking would create, and what stands in its way."""

    number: int  # its place in the series, from 1
    starts_at: datetime
    ends_at: datetime
    clashes: tuple[Clash, ...]


@dataclass(frozen=True)
class BookingPlan:
    visits: list[PlannedVisit]
    skipped: list[tuple[date, str]]  # closed days a series passes over, with the holiday

    @property
    def clashing(self) -> list[PlannedVisit]:
        return [visit for visit in self.visits if visit.clashes]


class SchedulingService:
    def __init__(self, context: Context, settings: CalendarSettingsService) -> None:
        self._ctx = context
        self._settings = settings
        self._calendar = CalendarRepository(context.db)
        self._clients = ClientRepository(context.db)

    @property
    def zone(self) -> ZoneInfo:
        return self._ctx.clinic.zone

    def _clinic_calendar(self) -> ClinicCalendar:
        return self._settings.clinic_calendar()

    # --- Staff ------------------------------------------------------------------------

    def counselors(self) -> list[User]:
        """Active staff who see clients: counselors, and a clinic lead who has
        clients assigned (a lead without clients is no calendar column)."""
        self._ctx.require(Action.VIEW_CALENDAR)
        active = [user for user in self._ctx.clinic.users.all() if user.active]
        # Asked of the leads only: all staff's assignments are a scan of the register.
        leads = [user.id for user in active if user.role is Role.LEAD]
        leads_with_clients = self._clients.users_with_open_clients(leads)
        return [
            user for user in active if user.role is Role.COUNSELOR or user.id in leads_with_clients
        ]

    def series(self, series_id: str) -> tuple[Recurrence | None, list[Appointment]]:
        """A series' rule and its visits in order (for "visit 3 of 10")."""
        self._ctx.require(Action.VIEW_CALENDAR)
        return self._calendar.series(series_id), self._calendar.series_appointments(series_id)

    def staff_names(self) -> dict[str, str]:
        """User id -> full name for everyone, former staff included (history)."""
        self._ctx.require(Action.VIEW_CALENDAR)
        return {user.id: user.full_name for user in self._ctx.clinic.users.all()}

    # --- Reading ----------------------------------------------------------------------

    def appointments(
        self,
        start: datetime,
        end: datetime,
        *,
        counselor_ids: frozenset[str] | None = None,
        room_ids: frozenset[str] | None = None,
    ) -> list[Appointment]:
        self._ctx.require(Action.VIEW_CALENDAR)
        return self._calendar.appointments_between(
            start, end, counselor_ids=counselor_ids, room_ids=room_ids
        )

    def visits_by_day(
        self,
        days: Sequence[date],
        limit: int,
        *,
        counselor_ids: frozenset[str] | None = None,
        room_ids: frozenset[str] | None = None,
    ) -> dict[date, DayVisits]:
        """A month at a glance: for each day, how many visits hold their time,
        and the first `limit` of them. The whole clinic's month at 10x holds tens
        of thousands of visits; a day's cell shows a handful, so only those are read."""
        self._ctx.require(Action.VIEW_CALENDAR)
        if not days:
            return {}
        zone = self.zone
        start, end = local_day_bounds(days[0], zone)[0], local_day_bounds(days[-1], zone)[1]
        counts = dict.fromkeys(days, 0)
        starts = self._calendar.start_counts(
            start, end, counselor_ids=counselor_ids, room_ids=room_ids
        )
        for minute, visits in starts:
            day = minute.astimezone(zone).date()
            if day in counts:
                counts[day] += visits
        if sum(counts.values()) <= MONTH_READ_AT_ONCE:  # one counselor's month: one query
            every = self._calendar.appointments_between(
                start,
                end,
                counselor_ids=counselor_ids,
                room_ids=room_ids,
                occupying_only=True,
                starting_within=True,
            )
            by_day: dict[date, list[Appointment]] = {day: [] for day in days}
            for visit in every:
                by_day.setdefault(visit.starts_at.astimezone(zone).date(), []).append(visit)
            return {day: DayVisits(counts[day], by_day[day][:limit]) for day in days}
        return {
            day: DayVisits(
                count,
                self._calendar.appointments_between(
                    *local_day_bounds(day, zone),
                    counselor_ids=counselor_ids,
                    room_ids=room_ids,
                    occupying_only=True,
                    starting_within=True,
                    limit=limit,
                )
                if count
                else [],
            )
            for day, count in counts.items()
        }

    def appointment(self, appointment_id: str) -> Appointment:
        self._ctx.require(Action.VIEW_CALENDAR)
        return self._get(appointment_id)

    def client_appointments(self, client_id: str) -> list[Appointment]:
        """A client's visits, newest first (part of their record: logged by the caller
        that opens the record)."""
        self._ctx.require(Action.VIEW_CALENDAR)
        return self._calendar.client_appointments(client_id)

    def _get(self, appointment_id: str) -> Appointment:
        appointment = self._calendar.appointment(appointment_id)
        if appointment is None:
            raise NotFound(what=_APPOINTMENT)
        return appointment

    # --- Clashes ----------------------------------------------------------------------

    def clashes(
        self,
        details: AppointmentDetails,
        ignore: frozenset[str] = frozenset(),
        calendar: ClinicCalendar | None = None,
    ) -> list[Clash]:
        """Everything that stands in the way of booking `details` as it is
        (`calendar`: the clinic's, when the caller checks many times at once)."""
        self._ctx.require(Action.VIEW_CALENDAR)
        start, end = details.starts_at, details.ends_at
        found: list[Clash] = []
        for other in self._calendar.appointments_between(start, end, occupying_only=True):
            if other.id in ignore:
                continue
            found += [
                Clash(ClashKind.COUNSELOR, user_id, other.starts_at, other.ends_at, other.id)
                for user_id in sorted(other.counselor_ids & details.counselor_ids)
            ]
            if details.room_id and other.room_id == details.room_id:
                found.append(
                    Clash(ClashKind.ROOM, details.room_id, other.starts_at, other.ends_at, other.id)
                )
            if details.client_id and other.client_id == details.client_id:
                found.append(
                    Clash(
                        ClashKind.CLIENT,
                        details.client_id,
                        other.starts_at,
                        other.ends_at,
                        other.id,
                    )
                )
        if details.counselor_ids:
            found += [
                Clash(ClashKind.ABSENCE, a.user_id, a.starts_at, a.ends_at, note=a.reason)
                for a in self._calendar.absences_between(start, end, details.counselor_ids)
            ]
        closed = (calendar or self._clinic_calendar()).closed_reason(start, end)
        if closed is not None:
            found.append(Clash(ClashKind.CLOSED, None, start, end, note=closed))
        return found

    def refusal(self, plan: BookingPlan) -> AppointmentClash | None:
        """What booking `plan` as it is would be refused with (None: nothing in
        the way): the first clash, and in a series which visit meets it."""
        clashing = plan.clashing
        if not clashing:
            return None
        first = clashing[0]
        visit = None
        if len(plan.visits) > 1:
            day = first.starts_at.astimezone(self.zone).date().isoformat()
            visit = (first.number, len(plan.visits), day)
        return self.explain(list(first.clashes), visit)

    def explain(
        self, clashes: list[Clash], visit: tuple[int, int, str] | None = None
    ) -> AppointmentClash:
        """The refusal for `clashes`, naming the first in words the reception uses."""
        first = clashes[0]
        local_start, local_end = (
            first.starts_at.astimezone(self.zone),
            first.ends_at.astimezone(self.zone),
        )
        when = {
            "day": local_start.date().isoformat(),
            "start": local_start.strftime("%H:%M"),
            "end": local_end.strftime("%H:%M"),
        }
        other = self._calendar.appointment(first.appointment_id) if first.appointment_id else None
        by = ", ".join(self._short_name(u) for u in sorted(other.counselor_ids)) if other else ""
        if first.kind is ClashKind.COUNSELOR:
            name = self._user_name(first.subject_id)
            return CounselorBusy(clashes, visit=visit, name=name, **when)
        if first.kind is ClashKind.ROOM:
            room = next((r.name for r in self._calendar.rooms() if r.id == first.subject_id), "")
            return RoomBusy(clashes, visit=visit, name=room, by=by, **when)
        if first.kind is ClashKind.CLIENT:
            client = self._clients.get(first.subject_id or "")
            alias = client.alias if client else ""
            return ClientBusy(clashes, visit=visit, name=alias, by=by, **when)
        if first.kind is ClashKind.ABSENCE:
            return CounselorAway(
                clashes,
                visit=visit,
                name=self._user_name(first.subject_id),
                period=period_text(first.starts_at, first.ends_at, self.zone),
            )
        why = f": {first.note}" if first.note else ""
        return ClinicClosed(clashes, visit=visit, why=why, **when)

    def _user_name(self, user_id: str | None) -> str:
        user = self._ctx.clinic.users.get(user_id or "")
        return user.full_name if user else ""

    def _short_name(self, user_id: str) -> str:
        """ "Anna L." as the reception says it."""
        parts = self._user_name(user_id).split()
        return f"{parts[0]} {parts[-1][0]}." if len(parts) > 1 else " ".join(parts)

    def _admit(self, refusal: AppointmentClash | None, override_reason: str) -> str:
        """Refuse unless nothing is in the way (`refusal` is None), or the actor
        may override and gave a reason."""
        if refusal is None:
            return ""
        reason = " ".join(override_reason.split())
        if not reason:
            raise refusal
        self._ctx.require(Action.OVERRIDE_CLASHES)
        return reason[:OVERRIDE_REASON_LENGTH]

    # --- Booking ----------------------------------------------------------------------

    def plan(
        self,
        details: AppointmentDetails,
        recurrence: Recurrence | None = None,
        ignore: frozenset[str] = frozenset(),
    ) -> BookingPlan:
        """The visits booking `details` (every `recurrence`) would create, each
        with what stands in its way, and the closed days a series passes over.
        Nothing is saved: the booking form shows this as the user types."""
        self._ctx.require(Action.VIEW_CALENDAR)
        if details.ends_at <= details.starts_at:
            raise InvalidInput(
                field=Text("Fields", "Time"),
                problem=Text("Fields", "the end is not after the start"),
            )
        calendar = self._clinic_calendar()
        if recurrence is None:
            times, skipped = [(details.starts_at, details.ends_at)], []
        else:
            series = plan_series(
                details.starts_at, details.ends_at - details.starts_at, recurrence, calendar
            )
            times, skipped = series.occurrences, series.skipped
        visits = [
            PlannedVisit(
                number,
                start,
                end,
                tuple(
                    self.clashes(
                        dataclasses.replace(details, starts_at=start, ends_at=end), ignore, calendar
                    )
                ),
            )
            for number, (start, end) in enumerate(times, start=1)
        ]
        return BookingPlan(visits, skipped)

    def book(
        self,
        details: AppointmentDetails,
        recurrence: Recurrence | None = None,
        override_reason: str = "",
    ) -> BookingResult:
        """Book a visit or a series. A client on the waiting list leaves it with
        this first visit (the waiting time is kept on it) and becomes active."""
        self._ctx.require(Action.BOOK_APPOINTMENTS)
        details = self._validated(details)
        plan = self.plan(details, recurrence)
        if not plan.visits:
            raise InvalidInput(
                field=Text("Fields", "Repeat"),
                problem=Text("Fields", "every date of the series falls on a closed day"),
            )
        clashes = [clash for visit in plan.visits for clash in visit.clashes]
        reason = self._admit(self.refusal(plan), override_reason)
        now = self._ctx.clinic.clock.now()
        series_id = str(uuid.uuid4()) if recurrence is not None else None
        wait = self._calendar.open_waiting_entry(details.client_id) if details.client_id else None
        first_day = details.starts_at.astimezone(self.zone).date()
        waiting_days = max(0, (first_day - wait.first_contact).days) if wait else None
        booked = [
            Appointment(
                **_fields(
                    dataclasses.replace(details, starts_at=visit.starts_at, ends_at=visit.ends_at)
                ),
                id=str(uuid.uuid4()),
                status=AppointmentStatus.BOOKED,
                series_id=series_id,
                override_reason=reason,
                waiting_days=waiting_days if index == 0 else None,
                created_by=self._ctx.actor.id,
                created_at=now,
                updated_at=now,
            )
            for index, visit in enumerate(plan.visits)
        ]
        with self._ctx.db.transaction():
            if recurrence is not None and series_id is not None:
                self._calendar.add_series(series_id, recurrence, now)
            for appointment in booked:
                self._calendar.add_appointment(appointment)
                self._ctx.record(
                    LogAction.APPOINTMENT_BOOKED,
                    client_id=appointment.client_id,
                    target_type="appointment",
                    target_id=appointment.id,
                )
            if reason:
                self._ctx.record(
                    LogAction.CLASH_OVERRIDDEN,
                    client_id=details.client_id,
                    target_type="appointment",
                    target_id=booked[0].id,
                    detail=",".join(sorted({c.kind.value for c in clashes})),
                )
            if wait is not None and waiting_days is not None:
                self._end_wait(wait, booked[0], waiting_days, now)
        return BookingResult(booked, plan.skipped)

    def _end_wait(
        self, entry: WaitingListEntry, first_visit: Appointment, days: int, now: datetime
    ) -> None:
        """The client's first visit is booked: off the waiting list, and active."""
        self._calendar.close_waiting_entry(entry.id, now, "booked", first_visit.id)
        client = self._clients.get(entry.client_id)
        if client is not None and client.status is not ClientStatus.ACTIVE:
            self._clients.update(
                dataclasses.replace(client, status=ClientStatus.ACTIVE, updated_at=now)
            )
            self._ctx.record(LogAction.CLIENT_UPDATED, client_id=client.id, detail="status")
        self._ctx.record(
            LogAction.WAITING_LIST_CHANGED,
            client_id=entry.client_id,
            detail=f"booked after {days} days",
        )

    def _validated(self, details: AppointmentDetails) -> AppointmentDetails:
        if details.starts_at.tzinfo is None or details.ends_at.tzinfo is None:
            raise ValueError("appointment times must be timezone-aware")
        length = details.ends_at - details.starts_at
        if length <= timedelta(0):
            raise InvalidInput(
                field=Text("Fields", "Time"),
                problem=Text("Fields", "the end is not after the start"),
            )
        if length > MAX_LENGTH:
            raise InvalidInput(
                field=Text("Fields", "Time"), problem=Text("Fields", "at most 12 hours")
            )
        if not details.counselor_ids:
            raise InvalidInput(
                field=Text("Fields", "Counselors"), problem=Text("Fields", "choose at least one")
            )
        for user_id in details.counselor_ids:
            user = self._ctx.clinic.users.get(user_id)
            if user is None or not user.active or user.role is Role.SCHEDULER:
                raise InvalidInput(
                    field=Text("Fields", "Counselors"),
                    problem=Text("Fields", "choose active counselors"),
                )
        if details.client_id is None and details.contact_form.needs_client:
            raise InvalidInput(
                field=Text("Fields", "Client"),
                problem=Text("Fields", "required for this kind of visit"),
            )
        if details.client_id is not None and self._clients.get(details.client_id) is None:
            raise NotFound(what=Text("Things", "client"))
        if details.room_id is not None and details.room_id not in {
            r.id for r in self._calendar.rooms(active_only=True)
        }:
            raise NotFound(what=Text("Things", "room"))
        return dataclasses.replace(
            details, reception_note=" ".join(details.reception_note.split())[:300]
        )

    # --- Changing ---------------------------------------------------------------------

    def _scope(self, appointment: Appointment, scope: SeriesScope) -> list[Appointment]:
        """The appointments an edit of `appointment` applies to. Past or settled
        visits of a series are history and are never changed by a series edit."""
        if appointment.series_id is None or scope is SeriesScope.THIS:
            return [appointment]
        now = self._ctx.clinic.clock.now()
        members = self._calendar.series_appointments(appointment.series_id)
        if scope is SeriesScope.THIS_AND_FOLLOWING:
            members = [m for m in members if m.starts_at >= appointment.starts_at]
        return [
            m
            for m in members
            if m.id == appointment.id
            or (m.status is AppointmentStatus.BOOKED and m.starts_at >= now)
        ]

    def update(
        self,
        appointment_id: str,
        details: AppointmentDetails,
        scope: SeriesScope = SeriesScope.THIS,
        override_reason: str = "",
    ) -> list[Appointment]:
        """Change an appointment (and, by `scope`, its series): the other series
        members move by the same number of days and to the same wall-clock time."""
        self._ctx.require(Action.BOOK_APPOINTMENTS)
        original = self._get(appointment_id)
        details = self._validated(details)
        zone = self.zone
        day_shift = (
            details.starts_at.astimezone(zone).date() - original.starts_at.astimezone(zone).date()
        )
        wall = details.starts_at.astimezone(zone).time()
        length = details.ends_at - details.starts_at
        targets = self._scope(original, scope)
        now = self._ctx.clinic.clock.now()
        new_series = (
            str(uuid.uuid4())
            if scope is SeriesScope.THIS_AND_FOLLOWING and original.series_id is not None
            else None
        )
        changed = []
        for target in targets:
            start = datetime.combine(
                target.starts_at.astimezone(zone).date() + day_shift, wall, zone
            )
            changed.append(
                dataclasses.replace(
                    target,
                    **_fields(
                        dataclasses.replace(details, starts_at=start, ends_at=start + length)
                    ),
                    series_id=new_series or target.series_id,
                    updated_at=now,
                )
            )
        series = None
        if new_series is not None and original.series_id is not None:
            recurrence = self._calendar.series(original.series_id) or Recurrence(occurrences=1)
            series = (new_series, recurrence)
        return self._save_changes(original, changed, override_reason, new_series=series)

    def restore(
        self, previous: Sequence[Appointment], override_reason: str = ""
    ) -> list[Appointment]:
        """Undo a move: each visit back at the time (and in the series) it had in
        `previous`, all else as it is now; checked for clashes and logged like
        any change."""
        self._ctx.require(Action.BOOK_APPOINTMENTS)
        if not previous:
            return []
        now = self._ctx.clinic.clock.now()
        restored = [
            dataclasses.replace(
                self._get(old.id),
                starts_at=old.starts_at,
                ends_at=old.ends_at,
                series_id=old.series_id,
                updated_at=now,
            )
            for old in previous
        ]
        return self._save_changes(restored[0], restored, override_reason, detail="undo")

    def _save_changes(
        self,
        original: Appointment,
        changed: list[Appointment],
        override_reason: str,
        *,
        new_series: tuple[str, Recurrence] | None = None,
        detail: str = "",
    ) -> list[Appointment]:
        """Save changed visits at once, unless a clash stands in the way (and is not
        overridden with a reason); `original` is the visit the user changed."""
        ignore = frozenset(a.id for a in changed)
        clashes = [
            c for a in changed if a.status.occupies_time for c in self.clashes(a.details, ignore)
        ]
        reason = self._admit(self.explain(clashes) if clashes else None, override_reason)
        if reason:
            changed = [dataclasses.replace(a, override_reason=reason) for a in changed]
        now = self._ctx.clinic.clock.now()
        with self._ctx.db.transaction():
            if new_series is not None:
                self._calendar.add_series(*new_series, now)
            for appointment in changed:
                self._calendar.update_appointment(appointment)
                self._ctx.record(
                    LogAction.APPOINTMENT_CHANGED,
                    client_id=appointment.client_id,
                    target_type="appointment",
                    target_id=appointment.id,
                    detail=detail,
                )
            if reason:
                self._ctx.record(
                    LogAction.CLASH_OVERRIDDEN,
                    client_id=original.client_id,
                    target_type="appointment",
                    target_id=original.id,
                    detail=",".join(sorted({c.kind.value for c in clashes})),
                )
        return changed

    def move(
        self,
        appointment_id: str,
        starts_at: datetime,
        ends_at: datetime,
        scope: SeriesScope = SeriesScope.THIS,
        override_reason: str = "",
    ) -> list[Appointment]:
        """Drag in the calendar: a new time, everything else kept."""
        original = self._get(appointment_id)
        details = dataclasses.replace(original.details, starts_at=starts_at, ends_at=ends_at)
        return self.update(appointment_id, details, scope, override_reason)

    def set_status(
        self,
        appointment_id: str,
        status: AppointmentStatus,
        scope: SeriesScope = SeriesScope.THIS,
        override_reason: str = "",
    ) -> list[Appointment]:
        """Arrived, attended, no-show (this visit only), or cancelled (also a
        whole series from here on). Bringing a cancelled visit back checks that
        its time is still free."""
        self._ctx.require(Action.BOOK_APPOINTMENTS)
        status = AppointmentStatus(status)
        original = self._get(appointment_id)
        now = self._ctx.clinic.clock.now()
        if status.occupies_time:
            scope = SeriesScope.THIS
            self._check_happened(original, status, now)
        targets = self._scope(original, scope)
        changed = [dataclasses.replace(t, status=status, updated_at=now) for t in targets]
        reason = ""
        if status.occupies_time and not original.status.occupies_time:
            clashes = self.clashes(original.details, frozenset({original.id}))
            reason = self._admit(self.explain(clashes) if clashes else None, override_reason)
            if reason:
                changed = [dataclasses.replace(a, override_reason=reason) for a in changed]
        with self._ctx.db.transaction():
            for appointment in changed:
                self._calendar.update_appointment(appointment)
                self._ctx.record(
                    LogAction.APPOINTMENT_STATUS_CHANGED,
                    client_id=appointment.client_id,
                    target_type="appointment",
                    target_id=appointment.id,
                    detail=status.value,
                )
        return changed

    def _check_happened(self, visit: Appointment, status: AppointmentStatus, now: datetime) -> None:
        """Attended and no-show only once the visit has begun; arrived on its day."""
        if status in (AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW):
            too_early = visit.starts_at > now
        elif status is AppointmentStatus.ARRIVED:
            too_early = (
                visit.starts_at.astimezone(self.zone).date() > now.astimezone(self.zone).date()
            )
        else:
            return
        if too_early:
            raise InvalidInput(
                field=Text("Fields", "Status"),
                problem=Text("Fields", "a visit that has not begun cannot have happened yet"),
            )

    # --- Next free time -----------------------------------------------------------------

    def next_free_time(
        self,
        counselor_ids: Collection[str],
        after: datetime,
        length: timedelta,
        room_id: str | None = None,
    ) -> datetime | None:
        """The first start, on a quarter hour within opening hours, when every
        counselor given (and the room) is free for `length`; None within four
        months."""
        found = self._first_free([frozenset(counselor_ids)], after, length, room_id)
        return found[0] if found else None

    def next_free_counselor(
        self,
        candidates: Sequence[str],
        after: datetime,
        length: timedelta,
        room_id: str | None = None,
    ) -> tuple[datetime, str] | None:
        """The first start when any one of `candidates` (and the room) is free for
        `length`, and who: "next free time with any counselor". At the same time
        the first in `candidates` is chosen."""
        found = self._first_free(
            [frozenset({user_id}) for user_id in candidates], after, length, room_id
        )
        return (found[0], next(iter(found[1]))) if found else None

    def next_opening(self, after: datetime) -> datetime:
        """The first quarter hour from `after` when the clinic is open (a booking
        with no counselor to ask starts there, never at 04:00 in the night)."""
        start = _ceil(after)
        calendar = self._clinic_calendar()
        day = start.astimezone(self.zone).date()
        for _ in range(OPENING_SEARCH_DAYS):
            interval = calendar.open_interval(day)
            if interval is not None and start < interval[1]:
                return max(start, interval[0])
            day += timedelta(days=1)
        return start

    def _first_free(
        self,
        groups: Sequence[frozenset[str]],
        after: datetime,
        length: timedelta,
        room_id: str | None,
    ) -> tuple[datetime, frozenset[str]] | None:
        """The first start when all the counselors of one of `groups` are free,
        and which group; each day's visits and absences are read once for all."""
        self._ctx.require(Action.VIEW_CALENDAR)
        groups = [group for group in groups if group]
        if not groups:
            return None
        everyone = frozenset().union(*groups)
        calendar = self._clinic_calendar()
        day = after.astimezone(self.zone).date()
        for _ in range(FREE_TIME_HORIZON_DAYS):
            interval = calendar.open_interval(day)
            day += timedelta(days=1)
            if interval is None:
                continue
            start, close = max(interval[0], _ceil(after)), interval[1]
            visits = self._calendar.appointments_between(start, close, occupying_only=True)
            absences = self._calendar.absences_between(start, close, everyone)
            best: tuple[datetime, frozenset[str]] | None = None
            for group in groups:
                busy = [
                    (a.starts_at, a.ends_at)
                    for a in visits
                    if group & a.counselor_ids or (room_id is not None and a.room_id == room_id)
                ]
                busy += [(a.starts_at, a.ends_at) for a in absences if a.user_id in group]
                found = _first_gap(busy, start, close, length)
                if found is not None and (best is None or found < best[0]):
                    best = (found, group)
            if best is not None:
                return best
        return None


def _first_gap(
    busy: list[tuple[datetime, datetime]], start: datetime, close: datetime, length: timedelta
) -> datetime | None:
    """The first quarter hour from `start` free of `busy` for `length` before `close`."""
    candidate = _ceil(start)
    while candidate + length <= close:
        blocking = [b for b in busy if b[0] < candidate + length and b[1] > candidate]
        if not blocking:
            return candidate
        candidate = _ceil(max(end for _, end in blocking))
    return None


def _ceil(moment: datetime) -> datetime:
    """Up to the next quarter hour."""
    base = moment.replace(second=0, microsecond=0)
    if base < moment:
        base += timedelta(minutes=1)
    extra = (-base.minute) % 15
    return base + timedelta(minutes=extra)


def _fields(details: AppointmentDetails) -> dict[str, Any]:
    return {name: getattr(details, name) for name in AppointmentDetails.__dataclass_fields__}


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Midnight to midnight of a local day (23 or 25 hours at a DST change)."""
    return datetime.combine(day, time(0), zone), datetime.combine(
        day + timedelta(days=1), time(0), zone
    )


def period_text(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """A span as the reception reads it: whole days as 2027-01-04–2027-01-08 (or
    one date), within a day 2027-01-06 13:00-15:00, else with both times."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.time() == time(0) and last.time() == time(0):
        last_day = max(first.date(), last.date() - timedelta(days=1))
        if last_day == first.date():
            return first.date().isoformat()
        return f"{first.date().isoformat()}–{last_day.isoformat()}"
    if first.date() == last.date():
        return f"{first.date().isoformat()} {first:%H:%M}-{last:%H:%M}"
    return f"{first.date().isoformat()} {first:%H:%M} – {last.date().isoformat()} {last:%H:%M}"
