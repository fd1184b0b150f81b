"""A purge does not change the statistics already reported: the frozen final
report of a year stays byte for byte the same, in every export format, while
a fresh count no longer sees the purged record."""

from datetime import UTC, datetime

from mottagning.i18n import untranslated
from mottagning.models.clients import ClientStatus
from mottagning.models.yearly_numbers import Period
from mottagning.reports.yearly.export_csv import export_csv
from mottagning.reports.yearly.export_pdf import export_pdf
from mottagning.reports.yearly.export_xlsx import export_xlsx
from mottagning.services.session import Session
from tests.storage.reception import edited
from tests.storage.yearly_clinic import build_yearly_clinic


def test_the_frozen_yearly_report_is_byte_identical_after_a_purge(
    lead: Session, counselor: Session, clinic
) -> None:
    yearly = build_yearly_clinic(lead, counselor, clinic.clock)
    report, frozen_now = lead.yearly_numbers.final(2025, untranslated, language="en")
    assert frozen_now
    stored = lead.clinic.db.scalar("SELECT content FROM yearly_reports")
    files = (export_xlsx(report), export_csv(report), export_pdf(report))
    fresh_before = lead.yearly_numbers.compute(Period.year(2025), untranslated, language="en")
    # Dan's record is closed, and purged six years later.
    dan = yearly.clients["Dan"]
    lead.clients.update(dan.id, edited(dan, status=ClientStatus.CLOSED, closed_reason="Avslutad"))
    clinic.clock.moment = datetime(2032, 6, 1, 8, 0, tzinfo=UTC)
    due = [item.client_id for item in lead.retention.review().due]
    assert dan.id in due
    lead.retention.purge([dan.id])

    again, frozen_now = lead.yearly_numbers.final(2025, untranslated, language="en")
    assert not frozen_now
    assert lead.clinic.db.scalar("SELECT content FROM yearly_reports") == stored
    assert (export_xlsx(again), export_csv(again), export_pdf(again)) == files
    # A fresh count of 2025 no longer has Dan: the purge did remove him.
    fresh_after = lead.yearly_numbers.compute(Period.year(2025), untranslated, language="en")
    assert fresh_after.source_sha256 != fresh_before.source_sha256
