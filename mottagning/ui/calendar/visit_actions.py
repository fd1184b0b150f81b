"""What can be done to a booked visit from the view, its menu or its dialog:
move it, set its status, cancel it. `on_done` gets the changed visits;
`on_abandoned` runs when the user gave up or the change was refused (the
view then shows the visit where it was)."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mottagning.models.calendar import Appointment, AppointmentStatus, SeriesScope
from mottagning.services.session import Session
from mottagning.ui.calendar import texts
from mottagning.ui.calendar.changes import Change
from mottagning.ui.calendar.questions import CancelQuestion

MARKS = (
    AppointmentStatus.ARRIVED,
    AppointmentStatus.ATTENDED,
    AppointmentStatus.NO_SHOW,
)
CANCELLATIONS = (AppointmentStatus.CANCELLED_BY_CLIENT, AppointmentStatus.CANCELLED_BY_CLINIC)


def can_set(session: Session, appointment: Appointment, status: AppointmentStatus) -> bool:
    """Whether `status` makes sense for the visit now (the service has the last
    word): attended or no-show once it has begun, arrived on its day, back to
    booked from anything else, cancelled while it holds its time."""
    current = appointment.status
    if status is current:
        return False
    if status is AppointmentStatus.BOOKED:
        return True
    if not current.occupies_time:
        return False  # a cancelled visit is booked again first
    now = session.time.now()
    if status in (AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW):
        return appointment.starts_at <= now
    if status is AppointmentStatus.ARRIVED:
        zone = session.scheduling.zone
        return appointment.starts_at.astimezone(zone).date() <= now.astimezone(zone).date()
    return True


def _who(session: Session, appointment: Appointment) -> str:
    """The client as the user sees them (alias by default), or the kind of visit."""
    client = ""
    if appointment.client_id:
        summary = session.clients.summaries({appointment.client_id}).get(appointment.client_id)
        if summary is not None:
            client = summary.display_name(show_full_names=session.preferences.show_full_names)
    return texts.who(appointment, client)


def describe(session: Session, appointment: Appointment) -> str:
    """2026-11-23 10:00–10:50, Alias: for questions about the visit."""
    zone = session.scheduling.zone
    return (
        f"{texts.when(appointment.starts_at, appointment.ends_at, zone)}, "
        f"{_who(session, appointment)}"
    )


def summary(session: Session, appointment: Appointment) -> str:
    """Lilja Tue 2026-12-08 10:00–10:50, Rum 2: what was booked or moved."""
    zone = session.scheduling.zone
    day = appointment.starts_at.astimezone(zone).date()
    text = (
        f"{_who(session, appointment)} {texts.weekday_name(day, short=True)} "
        f"{texts.when(appointment.starts_at, appointment.ends_at, zone)}"
    )
    if appointment.room_id:
        rooms = {room.id: room.name for room in session.calendar_settings.rooms(active_only=False)}
        text += f", {rooms.get(appointment.room_id, '')}"
    return text


Done = Callable[[list[Appointment]], None]
Abandoned = Callable[[], None]


def _run(change: Change, on_done: Done, on_abandoned: Abandoned | None) -> Change:
    change.done.connect(on_done)
    if on_abandoned is not None:
        change.abandoned.connect(on_abandoned)
    change.start()
    return change


def move(
    session: Session,
    parent: QWidget,
    appointment: Appointment,
    start: datetime,
    end: datetime,
    on_done: Done,
    on_abandoned: Abandoned | None = None,
) -> Change:
    def attempt(scope: SeriesScope, reason: str) -> list[Appointment]:
        return session.scheduling.move(appointment.id, start, end, scope, reason)

    change = Change(
        session,
        parent,
        appointment,
        attempt,
        scope_question=QCoreApplication.translate(
            "Calendar",
            "{visit} is part of a series. Move only this visit, or the others at the same "
            "time as well?",
        ).format(visit=describe(session, appointment)),
    )
    return _run(change, on_done, on_abandoned)


def restore(
    session: Session,
    parent: QWidget,
    previous: list[Appointment],
    on_done: Done,
    on_abandoned: Abandoned | None = None,
) -> Change:
    """Undo a move: the visits back where they were (a clash there is explained,
    or overridden with a reason like any other)."""

    def attempt(_scope: SeriesScope, reason: str) -> list[Appointment]:
        return session.scheduling.restore(previous, reason)

    return _run(Change(session, parent, previous[0], attempt), on_done, on_abandoned)


def set_status(
    session: Session,
    parent: QWidget,
    appointment: Appointment,
    status: AppointmentStatus,
    on_done: Done,
    on_abandoned: Abandoned | None = None,
) -> Change:
    """Arrived, attended, no-show: this visit only. A cancellation of a series
    member asks whether the following ones are cancelled too. Booking a
    cancelled visit again may meet a clash (explained, or overridden)."""

    def attempt(scope: SeriesScope, reason: str) -> list[Appointment]:
        return session.scheduling.set_status(appointment.id, status, scope, reason)

    question = ""
    if status in CANCELLATIONS:
        question = QCoreApplication.translate(
            "Calendar",
            "{visit} is part of a series. Cancel only this visit, or the following ones too?",
        ).format(visit=describe(session, appointment))
    change = Change(session, parent, appointment, attempt, scope_question=question)
    return _run(change, on_done, on_abandoned)


def ask_cancel(
    session: Session,
    parent: QWidget,
    appointment: Appointment,
    on_done: Done,
) -> CancelQuestion:
    """Who cancelled? Then cancel (asking the series scope when it matters)."""
    question = CancelQuestion(
        parent,
        QCoreApplication.translate("Calendar", "Cancel the visit {visit}?").format(
            visit=describe(session, appointment)
        ),
    )

    def chosen(status: AppointmentStatus) -> None:
        set_status(session, parent, appointment, status, on_done)

    question.chosen.connect(chosen)
    question.open()
    return question
