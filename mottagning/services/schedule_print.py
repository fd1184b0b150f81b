"""The day's and the week's schedule printed from the calendar, per
counselor, per room or for the whole clinic. Clients appear by alias, or by
initials when chosen; never by name, and a protected identity by alias only.

Texts come in the user's language through `translate` (the UI passes Qt's):
the service itself knows no Qt."""

from datetime import date, datetime, time, timedelta

from mottagning.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from mottagning.models.access_log import LogAction
from mottagning.models.letters import Letterhead, RenderedDocument, ScheduleContent, ScheduleRow
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository

CONTEXT = "SchedulePrint"
_TEXTS = {
    "day": QT_TRANSLATE_NOOP("SchedulePrint", "Schedule {day}"),
    "week": QT_TRANSLATE_NOOP("SchedulePrint", "Schedule week {week}, {year}"),
    "clinic": QT_TRANSLATE_NOOP("SchedulePrint", "The whole clinic"),
    "counselor": QT_TRANSLATE_NOOP("SchedulePrint", "Counselor: {name}"),
    "room": QT_TRANSLATE_NOOP("SchedulePrint", "Room: {name}"),
    "time": QT_TRANSLATE_NOOP("SchedulePrint", "Time"),
    "client": QT_TRANSLATE_NOOP("SchedulePrint", "Client"),
    "counselors": QT_TRANSLATE_NOOP("SchedulePrint", "Counselor"),
    "room_header": QT_TRANSLATE_NOOP("SchedulePrint", "Room"),
    "form": QT_TRANSLATE_NOOP("SchedulePrint", "Contact form"),
    "status": QT_TRANSLATE_NOOP("SchedulePrint", "Status"),
    "empty": QT_TRANSLATE_NOOP("SchedulePrint", "No visits."),
}
_DAYS = (
    QT_TRANSLATE_NOOP("SchedulePrint", "Monday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Tuesday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Wednesday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Thursday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Friday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Saturday"),
    QT_TRANSLATE_NOOP("SchedulePrint", "Sunday"),
)


class SchedulePrintService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._calendar = CalendarRepository(context.db)
        self._clients = ClientRepository(context.db)

    def render(
        self,
        first_day: date,
        *,
        week: bool = False,
        counselor_id: str | None = None,
        room_id: str | None = None,
        initials: bool = False,
        language: str = "sv",
        translate: Translate = untranslated,
    ) -> RenderedDocument:
        from mottagning.reports.schedule import render_schedule  # noqa: PLC0415 (reportlab, when needed)

        self._ctx.require(Action.VIEW_CALENDAR)

        def text_of(key: str) -> str:
            return translate(CONTEXT, _TEXTS[key])

        if week:
            first_day -= timedelta(days=first_day.weekday())
        days = tuple(first_day + timedelta(days=n) for n in range(7 if week else 1))
        zone = self._ctx.clinic.zone
        start = datetime.combine(days[0], time.min, zone)
        visits = self._calendar.appointments_between(
            start,
            start + timedelta(days=len(days)),
            counselor_ids=frozenset({counselor_id}) if counselor_id else None,
            room_ids=frozenset({room_id}) if room_id else None,
        )
        staff = {user.id: user.full_name for user in self._ctx.clinic.users.all()}
        rooms = {room.id: room.name for room in self._calendar.rooms()}
        clients = {
            cid: self._clients.get(cid) for cid in {v.client_id for v in visits if v.client_id}
        }
        rows = []
        for visit in sorted(visits, key=lambda v: v.starts_at):
            client = clients.get(visit.client_id or "")
            label = ""
            if client is not None:
                protected = client.contact_rules.protected_identity
                # Initials only from a name: an alias cut short says nothing.
                named = bool(client.full_name) and not protected
                label = client.initials if initials and named else client.alias
            begins, ends = visit.starts_at.astimezone(zone), visit.ends_at.astimezone(zone)
            rows.append(
                ScheduleRow(
                    begins.date(),
                    f"{begins:%H:%M}–{ends:%H:%M}",
                    label,
                    ", ".join(sorted(staff.get(uid, "") for uid in visit.counselor_ids)),
                    rooms.get(visit.room_id or "", ""),
                    visit.contact_form.label.translated(translate),
                    visit.status.label.translated(translate),
                )
            )
        if counselor_id:
            whose = text_of("counselor").format(name=staff.get(counselor_id, ""))
        elif room_id:
            whose = text_of("room").format(name=rooms.get(room_id, ""))
        else:
            whose = text_of("clinic")
        iso = days[0].isocalendar()
        title = (
            text_of("week").format(week=iso.week, year=iso.year)
            if week
            else text_of("day").format(day=days[0].isoformat())
        )
        details = self._ctx.clinic.settings.details()
        content = ScheduleContent(
            language=language if language in ("sv", "en") else "sv",
            letterhead=Letterhead(details.name, details.address, details.phone),
            title=title,
            subtitle=whose,
            headers=tuple(
                text_of(key)
                for key in ("time", "client", "counselors", "room_header", "form", "status")
            ),
            day_names=tuple(translate(CONTEXT, day) for day in _DAYS),
            rows=tuple(rows),
            empty=text_of("empty"),
            days=days,
        )
        document = render_schedule(content)
        self._ctx.record(
            LogAction.SCHEDULE_PRINTED,
            target_type="schedule",
            detail=f"{days[0].isoformat()} {'week' if week else 'day'}",
        )
        return document
