"""Anonymous tallies: a call, a chat, a drop-in or an outreach contact with a
person who has no record is counted, with nothing that identifies them."""

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest

from mottagning.errors import InvalidInput
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import AnonymousContact, ContactForm
from mottagning.models.clients import Strand, TargetGroup
from tests.storage.helpers import head_seq
from tests.storage.reception import TODAY, TOMORROW, entries_of


@pytest.mark.parametrize(
    "form", [ContactForm.PHONE, ContactForm.CHAT, ContactForm.OUTREACH, ContactForm.DROP_IN]
)
def test_a_tally_form_is_counted_and_logged_without_a_client(scheduler, clock, form):
    seq = head_seq(scheduler)

    contact = scheduler.anonymous_contacts.record(TODAY, form, Strand.KAST, TargetGroup.BUYING_SEX)

    assert (contact.occurred_on, contact.contact_form) == (TODAY, form)
    assert (contact.strand, contact.target_group) == ("kast", "buying_sex")
    assert (contact.recorded_by, contact.created_at) == (scheduler.user.id, clock.now())
    assert scheduler.anonymous_contacts.between(TODAY, TODAY) == [contact]
    (entry,) = entries_of(scheduler, seq, LogAction.ANONYMOUS_CONTACT_RECORDED)
    assert (entry.client_id, entry.target_type, entry.target_id) == (None, None, None)
    assert entry.detail == form.value


@pytest.mark.parametrize(
    "form",
    [ContactForm.BOOKED_VISIT, ContactForm.VIDEO, ContactForm.GROUP, ContactForm.CONSULTATION],
)
def test_other_contact_forms_are_not_tallies(counselor, form):
    with pytest.raises(InvalidInput):
        counselor.anonymous_contacts.record(TODAY, form)

    assert counselor.anonymous_contacts.between(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_strand_and_target_group_are_optional(counselor):
    contact = counselor.anonymous_contacts.record(date(2026, 11, 20), ContactForm.PHONE)

    assert (contact.strand, contact.target_group) == (None, None)


def test_a_contact_cannot_be_in_the_future(counselor):
    with pytest.raises(InvalidInput):
        counselor.anonymous_contacts.record(TOMORROW, ContactForm.CHAT)

    past = counselor.anonymous_contacts.record(date(2025, 12, 31), ContactForm.CHAT)
    assert past.occurred_on == date(2025, 12, 31)


def test_today_is_the_clinics_today(counselor, clock):
    # 23:30 UTC on the 23rd: an evening outreach shift past midnight in Stockholm.
    clock.moment = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)

    contact = counselor.anonymous_contacts.record(TOMORROW, ContactForm.OUTREACH)

    assert contact.occurred_on == TOMORROW


def test_contacts_are_read_by_day_range(counselor):
    days = [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 15), date(2026, 11, 30)]
    for day in days[:3]:
        counselor.anonymous_contacts.record(day, ContactForm.PHONE)

    found = counselor.anonymous_contacts.between(date(2026, 11, 1), date(2026, 11, 30))

    assert [c.occurred_on for c in found] == [date(2026, 11, 1), date(2026, 11, 15)]


def test_nothing_identifying_is_kept(counselor):
    counselor.anonymous_contacts.record(TODAY, ContactForm.PHONE, Strand.MIKA)

    columns = {
        row["name"] for row in counselor.clinic.db.query("PRAGMA table_info(anonymous_contacts)")
    }
    kept = {field.name for field in fields(AnonymousContact)}
    allowed = {
        "id",
        "occurred_on",
        "contact_form",
        "strand",
        "target_group",
        "recorded_by",
        "created_at",
    }
    assert columns == allowed
    assert kept == allowed
