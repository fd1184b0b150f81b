"""Anonymous tallies: a call, a chat or an outreach contact with a person who
has no record is counted for the yearly numbers, with nothing identifying."""

import uuid
from datetime import date

from mottagning.errors import InvalidInput
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import TALLY_FORMS, AnonymousContact, ContactForm
from mottagning.models.clients import Strand, TargetGroup
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.calendar import CalendarRepository


class AnonymousContactService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._calendar = CalendarRepository(context.db)

    def record(
        self,
        occurred_on: date,
        contact_form: ContactForm,
        strand: Strand | None = None,
        target_group: TargetGroup | None = None,
    ) -> AnonymousContact:
        self._ctx.require(Action.RECORD_ANONYMOUS_CONTACTS)
        contact_form = ContactForm(contact_form)
        if contact_form not in TALLY_FORMS:
            raise InvalidInput(
                field=Text("Fields", "Contact form"),
                problem=Text("Fields", "phone, e-mail/chat, outreach or drop-in"),
            )
        if occurred_on > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Date"), problem=Text("Fields", "the date is in the future")
            )
        contact = AnonymousContact(
            id=str(uuid.uuid4()),
            occurred_on=occurred_on,
            contact_form=contact_form,
            strand=Strand(strand).value if strand else None,
            target_group=TargetGroup(target_group).value if target_group else None,
            recorded_by=self._ctx.actor.id,
            created_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._calendar.add_anonymous_contact(contact)
            self._ctx.record(LogAction.ANONYMOUS_CONTACT_RECORDED, detail=contact_form.value)
        return contact

    def between(self, first: date, last: date) -> list[AnonymousContact]:
        self._ctx.require(Action.RECORD_ANONYMOUS_CONTACTS)
        return self._calendar.anonymous_contacts(first, last)
