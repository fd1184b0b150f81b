"""Appointment letters (kallelser): a visit's time and place for the client,
printable by the reception too, since they hold no journal content.

The client's contact rules decide: a letter is posted to the client's
address only when they agreed to letters at home, never for a protected
identity; otherwise it is printed to hand over. "Never use the clinic's
name" gives a neutral sender: neither the clinic's name nor its address,
only the phone number to change the time.
"""

from mottagning.errors import InvalidInput, NoLetterHome, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.letters import AppointmentLetterContent, Letterhead, RenderedDocument
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository


class AppointmentLetterService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._calendar = CalendarRepository(context.db)
        self._clients = ClientRepository(context.db)

    def render(
        self, appointment_id: str, *, posted: bool, language: str = "sv"
    ) -> RenderedDocument:
        """The letter for the visit; `posted`: addressed to the client's home."""
        from mottagning.reports.appointment_letter import WORDS, render_appointment_letter  # noqa: PLC0415 (reportlab, when needed)

        self._ctx.require(Action.PRINT_APPOINTMENT_LETTERS)
        appointment = self._calendar.appointment(appointment_id)
        if appointment is None:
            raise NotFound(what=Text("Things", "appointment"))
        client = self._clients.get(appointment.client_id or "")
        if client is None:
            raise InvalidInput(
                field=Text("Letters", "Appointment letter"),
                problem=Text("Letters", "the visit has no client"),
            )
        rules = client.contact_rules
        if posted:
            if rules.protected_identity:
                raise InvalidInput(
                    field=Text("Letters", "Address"),
                    problem=Text(
                        "Letters", "a client with protected identity never has an address printed"
                    ),
                )
            if not rules.may_send_letters:
                raise NoLetterHome(alias=client.alias)
            if not client.address.strip():
                raise InvalidInput(
                    field=Text("Letters", "Address"),
                    problem=Text("Letters", "the client has no address registered"),
                )
        details = self._ctx.clinic.settings.details()
        letterhead = (
            Letterhead(details.name, details.address, details.phone)
            if rules.may_use_clinic_name
            else Letterhead("", "", details.phone)
        )
        zone = self._ctx.clinic.zone
        names = {user.id: user.full_name for user in self._ctx.clinic.users.all()}
        rooms = {room.id: room.name for room in self._calendar.rooms()}
        content = AppointmentLetterContent(
            language=language if language in WORDS else "sv",
            letterhead=letterhead,
            client_name=client.full_name or client.alias,
            address=client.address.strip() if posted else "",
            starts_at=appointment.starts_at.astimezone(zone),
            ends_at=appointment.ends_at.astimezone(zone),
            counselors=tuple(sorted(names.get(uid, "") for uid in appointment.counselor_ids)),
            room=rooms.get(appointment.room_id or "", ""),
            day=self._ctx.clinic.today(),
        )
        document = render_appointment_letter(content)
        self._ctx.record(
            LogAction.APPOINTMENT_LETTER_PRINTED,
            client_id=client.id,
            target_type="appointment",
            target_id=appointment.id,
            detail="posted" if posted else "handed over",
        )
        return document
