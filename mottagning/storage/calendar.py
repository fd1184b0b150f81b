"""The calendar's rows: rooms, opening hours, absences, appointments, series,
the waiting list and anonymous tallies."""

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from mottagning.models.calendar import (
    Absence,
    AnonymousContact,
    Appointment,
    AppointmentStatus,
    ContactForm,
    OpeningHours,
    Recurrence,
    Room,
    WaitingListEntry,
)
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

_APPOINTMENT = (
    "a.id, a.series_id, a.client_id, a.room_id, a.starts_at, a.ends_at, a.contact_form,"
    " a.status, a.reception_note, a.override_reason, a.waiting_days, a.created_by,"
    " a.created_at, a.updated_at,"
    " (SELECT group_concat(user_id) FROM appointment_counselors WHERE appointment_id = a.id)"
    " AS counselors"
)
# An appointment never lasts longer than this; it bounds the overlap search
# so that it can use the index on starts_at.
MAX_APPOINTMENT_LENGTH = timedelta(hours=24)


def _appointment(row: Row) -> Appointment:
    counselors = row["counselors"]
    return Appointment(
        id=row["id"],
        series_id=row["series_id"],
        client_id=row["client_id"],
        room_id=row["room_id"],
        starts_at=from_db_time(row["starts_at"]),
        ends_at=from_db_time(row["ends_at"]),
        counselor_ids=frozenset(counselors.split(",")) if counselors else frozenset(),
        contact_form=ContactForm(row["contact_form"]),
        status=AppointmentStatus(row["status"]),
        reception_note=row["reception_note"],
        override_reason=row["override_reason"],
        waiting_days=row["waiting_days"],
        created_by=row["created_by"],
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
    )


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


class CalendarRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- Appointments -------------------------------------------------------------

    def add_appointment(self, appointment: Appointment) -> None:
        self._db.execute(
            "INSERT INTO appointments (id, series_id, client_id, room_id, starts_at, ends_at,"
            " contact_form, status, reception_note, override_reason, waiting_days, created_by,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                appointment.id,
                appointment.series_id,
                *self._changeable(appointment),
                appointment.created_by,
                to_db_time(appointment.created_at),
                to_db_time(appointment.updated_at),
            ),
        )
        self._write_counselors(appointment)

    def update_appointment(self, appointment: Appointment) -> None:
        self._db.execute(
            "UPDATE appointments SET client_id = ?, room_id = ?, starts_at = ?, ends_at = ?,"
            " contact_form = ?, status = ?, reception_note = ?, override_reason = ?,"
            " waiting_days = ?, series_id = ?, updated_at = ? WHERE id = ?",
            (
                *self._changeable(appointment),
                appointment.series_id,
                to_db_time(appointment.updated_at),
                appointment.id,
            ),
        )
        self._db.execute(
            "DELETE FROM appointment_counselors WHERE appointment_id = ?", (appointment.id,)
        )
        self._write_counselors(appointment)

    @staticmethod
    def _changeable(appointment: Appointment) -> tuple[Any, ...]:
        return (
            appointment.client_id,
            appointment.room_id,
            to_db_time(appointment.starts_at),
            to_db_time(appointment.ends_at),
            appointment.contact_form.value,
            appointment.status.value,
            appointment.reception_note,
            appointment.override_reason,
            appointment.waiting_days,
        )

    def _write_counselors(self, appointment: Appointment) -> None:
        self._db.execute_many(
            "INSERT INTO appointment_counselors (appointment_id, user_id) VALUES (?, ?)",
            [(appointment.id, user_id) for user_id in sorted(appointment.counselor_ids)],
        )

    def appointment(self, appointment_id: str) -> Appointment | None:
        row = self._db.query_one(
            f"SELECT {_APPOINTMENT} FROM appointments a WHERE a.id = ?", (appointment_id,)
        )
        return None if row is None else _appointment(row)

    def appointments_between(
        self,
        start: datetime,
        end: datetime,
        *,
        counselor_ids: frozenset[str] | None = None,
        room_ids: frozenset[str] | None = None,
        client_id: str | None = None,
        occupying_only: bool = False,
        starting_within: bool = False,
        limit: int | None = None,
    ) -> list[Appointment]:
        """Appointments overlapping [start, end) (or, `starting_within`, starting
        in it), optionally only those of some counselors, rooms or one client,
        oldest first, at most `limit` of them."""
        clauses, params = self._filters(
            start, end, counselor_ids, room_ids, client_id, occupying_only, starting_within
        )
        rows = self._db.query(
            f"SELECT {_APPOINTMENT} FROM appointments a WHERE {' AND '.join(clauses)}"
            " ORDER BY a.starts_at, a.id" + (" LIMIT ?" if limit is not None else ""),
            [*params, *([limit] if limit is not None else [])],
        )
        return [_appointment(row) for row in rows]

    def start_counts(
        self,
        start: datetime,
        end: datetime,
        *,
        counselor_ids: frozenset[str] | None = None,
        room_ids: frozenset[str] | None = None,
    ) -> list[tuple[datetime, int]]:
        """How many visits that hold their time start in each minute of
        [start, end): a month's counts per day without reading its visits."""
        clauses, params = self._filters(start, end, counselor_ids, room_ids, None, True, True)
        rows = self._db.query(
            "SELECT substr(a.starts_at, 1, 16) AS minute, count(*) AS visits FROM appointments a"
            f" WHERE {' AND '.join(clauses)} GROUP BY minute",
            params,
        )
        return [
            (datetime.fromisoformat(row["minute"]).replace(tzinfo=UTC), row["visits"])
            for row in rows
        ]

    @staticmethod
    def _filters(
        start: datetime,
        end: datetime,
        counselor_ids: frozenset[str] | None,
        room_ids: frozenset[str] | None,
        client_id: str | None,
        occupying_only: bool,
        starting_within: bool,
    ) -> tuple[list[str], list[Any]]:
        earliest = to_db_time(start if starting_within else start - MAX_APPOINTMENT_LENGTH)
        clauses = ["a.starts_at < ?", "a.ends_at > ?", "a.starts_at >= ?"]
        params: list[Any] = [to_db_time(end), to_db_time(start), earliest]
        if counselor_ids is not None:
            marks = ", ".join("?" * len(counselor_ids))
            # EXISTS, not IN: with IN, SQLite first collects every visit the counselor
            # ever had (years of them) instead of checking the week's few.
            clauses.append(
                "EXISTS (SELECT 1 FROM appointment_counselors ac"
                f" WHERE ac.appointment_id = a.id AND ac.user_id IN ({marks}))"
            )
            params.extend(sorted(counselor_ids))
        if room_ids is not None:
            clauses.append(f"a.room_id IN ({', '.join('?' * len(room_ids))})")
            params.extend(sorted(room_ids))
        if client_id is not None:
            clauses.append("a.client_id = ?")
            params.append(client_id)
        if occupying_only:
            clauses.append("a.status NOT IN ('cancelled_by_client', 'cancelled_by_clinic')")
        return clauses, params

    def series_appointments(self, series_id: str) -> list[Appointment]:
        rows = self._db.query(
            f"SELECT {_APPOINTMENT} FROM appointments a WHERE a.series_id = ? ORDER BY a.starts_at",
            (series_id,),
        )
        return [_appointment(row) for row in rows]

    def client_appointments(self, client_id: str) -> list[Appointment]:
        rows = self._db.query(
            f"SELECT {_APPOINTMENT} FROM appointments a WHERE a.client_id = ?"
            " ORDER BY a.starts_at DESC",
            (client_id,),
        )
        return [_appointment(row) for row in rows]

    def add_series(self, series_id: str, recurrence: Recurrence, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO appointment_series (id, interval_weeks, occurrences, until, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                series_id,
                recurrence.interval_weeks,
                recurrence.occurrences,
                recurrence.until.isoformat() if recurrence.until else None,
                to_db_time(now),
            ),
        )

    def series(self, series_id: str) -> Recurrence | None:
        row = self._db.query_one(
            "SELECT interval_weeks, occurrences, until FROM appointment_series WHERE id = ?",
            (series_id,),
        )
        if row is None:
            return None
        return Recurrence(
            row["interval_weeks"],
            row["occurrences"],
            date.fromisoformat(row["until"]) if row["until"] else None,
        )

    # --- Rooms --------------------------------------------------------------------

    def rooms(self, *, active_only: bool = False) -> list[Room]:
        where = "WHERE active = 1" if active_only else ""
        rows = self._db.query(f"SELECT id, name, active FROM rooms {where} ORDER BY name")
        return [Room(row["id"], row["name"], bool(row["active"])) for row in rows]

    def save_room(self, room: Room, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO rooms (id, name, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active,"
            " updated_at = excluded.updated_at",
            (room.id, room.name, int(room.active), to_db_time(now), to_db_time(now)),
        )

    # --- Opening hours ------------------------------------------------------------

    def opening_hours(self) -> OpeningHours | None:
        """The clinic's hours, or None when they were never set."""
        weekly_rows = self._db.query("SELECT weekday, opens, closes FROM opening_hours")
        exception_rows = self._db.query("SELECT day, opens, closes FROM opening_exceptions")
        if not weekly_rows and not exception_rows:
            return None
        weekly = {
            row["weekday"]: (time.fromisoformat(row["opens"]), time.fromisoformat(row["closes"]))
            for row in weekly_rows
        }
        exceptions: dict[date, tuple[time, time] | None] = {
            date.fromisoformat(row["day"]): (
                (time.fromisoformat(row["opens"]), time.fromisoformat(row["closes"]))
                if row["opens"]
                else None
            )
            for row in exception_rows
        }
        return OpeningHours(weekly, exceptions)

    def save_opening_hours(self, hours: OpeningHours) -> None:
        self._db.execute("DELETE FROM opening_hours")
        self._db.execute_many(
            "INSERT INTO opening_hours (weekday, opens, closes) VALUES (?, ?, ?)",
            [(day, _hhmm(o), _hhmm(c)) for day, (o, c) in sorted(hours.weekly.items())],
        )
        self._db.execute("DELETE FROM opening_exceptions")
        self._db.execute_many(
            "INSERT INTO opening_exceptions (day, opens, closes) VALUES (?, ?, ?)",
            [
                (day.isoformat(), _hhmm(h[0]) if h else None, _hhmm(h[1]) if h else None)
                for day, h in sorted(hours.exceptions.items())
            ],
        )

    # --- Absences -----------------------------------------------------------------

    def absences_between(
        self, start: datetime, end: datetime, user_ids: frozenset[str] | None = None
    ) -> list[Absence]:
        clauses = ["starts_at < ?", "ends_at > ?", "removed_at IS NULL"]
        params: list[Any] = [to_db_time(end), to_db_time(start)]
        if user_ids is not None:
            clauses.append(f"user_id IN ({', '.join('?' * len(user_ids))})")
            params.extend(sorted(user_ids))
        rows = self._db.query(
            "SELECT id, user_id, starts_at, ends_at, reason FROM absences"
            f" WHERE {' AND '.join(clauses)} ORDER BY starts_at",
            params,
        )
        return [
            Absence(
                row["id"],
                row["user_id"],
                from_db_time(row["starts_at"]),
                from_db_time(row["ends_at"]),
                row["reason"],
            )
            for row in rows
        ]

    def add_absence(self, absence: Absence, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO absences (id, user_id, starts_at, ends_at, reason, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                absence.id,
                absence.user_id,
                to_db_time(absence.starts_at),
                to_db_time(absence.ends_at),
                absence.reason,
                to_db_time(now),
                to_db_time(now),
            ),
        )

    def remove_absence(self, absence_id: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE absences SET removed_at = ?, updated_at = ? WHERE id = ?",
            (to_db_time(now), to_db_time(now), absence_id),
        )

    # --- Waiting list -------------------------------------------------------------

    def waiting_list(self) -> list[WaitingListEntry]:
        rows = self._db.query(
            "SELECT id, client_id, priority, first_contact, note, added_at, added_by"
            " FROM waiting_list WHERE removed_at IS NULL ORDER BY priority, first_contact, added_at"
        )
        return [
            WaitingListEntry(
                row["id"],
                row["client_id"],
                row["priority"],
                date.fromisoformat(row["first_contact"]),
                row["note"],
                from_db_time(row["added_at"]),
                row["added_by"],
            )
            for row in rows
        ]

    def add_to_waiting_list(self, entry: WaitingListEntry) -> None:
        self._db.execute(
            "INSERT INTO waiting_list (id, client_id, priority, first_contact, note, added_at,"
            " added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                entry.client_id,
                entry.priority,
                entry.first_contact.isoformat(),
                entry.note,
                to_db_time(entry.added_at),
                entry.added_by,
            ),
        )

    def update_waiting_entry(self, entry: WaitingListEntry) -> None:
        self._db.execute(
            "UPDATE waiting_list SET priority = ?, first_contact = ?, note = ? WHERE id = ?",
            (entry.priority, entry.first_contact.isoformat(), entry.note, entry.id),
        )

    def close_waiting_entry(
        self, entry_id: str, now: datetime, reason: str, appointment_id: str | None
    ) -> None:
        self._db.execute(
            "UPDATE waiting_list SET removed_at = ?, removed_reason = ?, booked_appointment_id = ?"
            " WHERE id = ? AND removed_at IS NULL",
            (to_db_time(now), reason, appointment_id, entry_id),
        )

    def waiting_entry(self, entry_id: str) -> WaitingListEntry | None:
        return next((e for e in self.waiting_list() if e.id == entry_id), None)

    def open_waiting_entry(self, client_id: str) -> WaitingListEntry | None:
        """The client's place on the waiting list, if they have one."""
        return next((e for e in self.waiting_list() if e.client_id == client_id), None)

    # --- Anonymous tallies --------------------------------------------------------

    def add_anonymous_contact(self, contact: AnonymousContact) -> None:
        self._db.execute(
            "INSERT INTO anonymous_contacts (id, occurred_on, contact_form, strand, target_group,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                contact.id,
                contact.occurred_on.isoformat(),
                contact.contact_form.value,
                contact.strand,
                contact.target_group,
                contact.recorded_by,
                to_db_time(contact.created_at),
            ),
        )

    def anonymous_contacts(self, first: date, last: date) -> list[AnonymousContact]:
        rows = self._db.query(
            "SELECT id, occurred_on, contact_form, strand, target_group, recorded_by, created_at"
            " FROM anonymous_contacts WHERE occurred_on BETWEEN ? AND ? ORDER BY occurred_on",
            (first.isoformat(), last.isoformat()),
        )
        return [
            AnonymousContact(
                row["id"],
                date.fromisoformat(row["occurred_on"]),
                ContactForm(row["contact_form"]),
                row["strand"],
                row["target_group"],
                row["recorded_by"],
                from_db_time(row["created_at"]),
            )
            for row in rows
        ]
