"""Final reports that stay true: frozen inside the database, exported again
byte for byte, unchanged by later changes; the exports read back; every
computation and export in the access log."""

import csv
import dataclasses
import hashlib
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mottagning.errors import InvalidInput
from mottagning.i18n import untranslated
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import ContactForm
from mottagning.models.yearly_numbers import DEFINITIONS_VERSION, Mark, Period, Report
from mottagning.reports.document import register_fonts
from mottagning.reports.yearly.export_csv import export_csv
from mottagning.reports.yearly.export_pdf import export_pdf
from mottagning.reports.yearly.export_xlsx import export_xlsx
from mottagning.services.session import Session
from mottagning.storage.yearly_numbers import FrozenReportRepository
from tests.storage.helpers import entries_after, head_seq
from tests.storage.yearly_clinic import YearlyClinic, build_yearly_clinic


@pytest.fixture
def yearly(lead: Session, counselor: Session, clinic) -> YearlyClinic:
    return build_yearly_clinic(lead, counselor, clinic.clock)


def test_a_final_report_is_frozen_once_and_exported_byte_for_byte_the_same(
    yearly: YearlyClinic, lead: Session, clinic
) -> None:
    before = head_seq(lead)
    report, frozen_now = lead.yearly_numbers.final(
        2025, untranslated, language="en", introduction="To the council."
    )
    assert frozen_now and report.final
    files = (export_xlsx(report), export_csv(report), export_pdf(report))
    # Later records of 2025 (a late-registered call) change a fresh count ...
    clinic.clock.moment = clinic.clock.moment.replace(year=2026)
    lead.anonymous_contacts.record(date(2025, 6, 2), ContactForm.PHONE)
    again, frozen_now = lead.yearly_numbers.final(2025, untranslated, language="sv")
    assert not frozen_now
    # ... but not the frozen report, in any format.
    assert again == report
    assert (export_xlsx(again), export_csv(again), export_pdf(again)) == files
    actions = [e.action for e in entries_after(lead, before)]
    assert actions.count(LogAction.STATISTICS_FROZEN) == 1


# A final report of 2025 frozen by definitions version 1 (before table 6a), as
# kept in the database, and the SHA-256 of its exports made then.
V1 = Path(__file__).parent.parent / "fixtures" / "yearly" / "report_v1.json"
V1_EXPORTS = {
    "xlsx": "7f84412bef2ed408644d4cb052ca6bbc22c50eeb2950a4da112979679e0a75cf",
    "csv": "75b7a1039e73fa185f7ca3538a2b50765134a73689e5d59c74a0c393b7d5593e",
    "pdf": "df77df63513fae256e94c11632a1b3d8d92a68e3a7035cd66421c991c1b27f62",
}


def test_a_report_frozen_by_an_earlier_definitions_version_exports_as_it_did() -> None:
    """The digests were made in a process that had made no other document; here
    the document fonts are registered first, as after a referral (which once
    changed the charts' starting font: the same snapshot, other bytes)."""
    register_fonts()
    text = V1.read_text(encoding="utf-8")
    report = Report.from_json(text)
    assert report.definitions_version == 1 < DEFINITIONS_VERSION
    assert report.to_json() == text
    assert "6a" not in [t.key for t in report.tables]
    exports = {"xlsx": export_xlsx(report), "csv": export_csv(report), "pdf": export_pdf(report)}
    assert {k: hashlib.sha256(v).hexdigest() for k, v in exports.items()} == V1_EXPORTS


def test_a_year_frozen_before_table_6a_stands_beside_a_later_year_as_reported(
    yearly: YearlyClinic, lead: Session
) -> None:
    """2025 frozen by version 1 (its table 6 is today's 6b); beside 2026 its
    reports of concern are shown as published, and table 6a, never published for
    2025, shows 2026 alone."""
    frozen = Report.from_json(V1.read_text(encoding="utf-8"))
    FrozenReportRepository(lead.clinic.db).add(
        "v1",
        date(2025, 1, 1),
        date(2025, 12, 31),
        frozen.to_json(),
        lead.clinic.clock.now(),
        lead.user.id,
    )
    report = lead.yearly_numbers.compute(Period.year(2026), untranslated, language="en")
    concern = report.table("6b")
    assert [b.period for b in concern.blocks] == ["2026", "2025", "2024"]
    assert concern.blocks[1] == dataclasses.replace(frozen.table("6").blocks[0], frozen=True)
    assert [b.period for b in report.table("6a").blocks] == ["2026", "2024"]
    assert report.definitions_version == DEFINITIONS_VERSION
    # The frozen year compared with a fresh count: table 6 against today's 6b.
    assert lead.yearly_numbers.changes_since_frozen(2025, untranslated) == []


def test_the_lead_sees_what_changed_since_the_final_report(
    yearly: YearlyClinic, lead: Session, clinic
) -> None:
    lead.yearly_numbers.final(2025, untranslated, language="en")
    assert lead.yearly_numbers.changes_since_frozen(2025, untranslated) == []
    for _ in range(5):  # enough to show: five more anonymous calls in June 2025
        lead.anonymous_contacts.record(date(2025, 6, 2), ContactForm.PHONE)
    changes = lead.yearly_numbers.changes_since_frozen(2025, untranslated)
    changed = {(c.table, c.row, c.column) for c in changes}
    assert ("3", "Phone", "Anonymous contacts") in changed
    phone = next(c for c in changes if (c.row, c.column) == ("Phone", "Anonymous contacts"))
    assert phone.frozen.mark is Mark.SMALL  # 3 calls: "<5"
    assert phone.fresh.mark is not Mark.SMALL  # 8 calls: no longer small


def test_a_final_report_needs_the_year_to_be_over(yearly: YearlyClinic, lead: Session) -> None:
    with pytest.raises(InvalidInput):
        lead.yearly_numbers.final(2026, untranslated)
    assert lead.yearly_numbers.frozen_years() == []


def test_an_earlier_final_year_is_shown_as_it_was_reported(
    yearly: YearlyClinic, lead: Session
) -> None:
    """Two different publications of the same year could be subtracted: the
    2024 beside 2025 is the frozen 2024, even after 2024's records change."""
    frozen_2024, _ = lead.yearly_numbers.final(2024, untranslated, language="en")
    lead.anonymous_contacts.record(date(2024, 6, 4), ContactForm.CHAT)
    report = lead.yearly_numbers.compute(Period.year(2025), untranslated, language="en")
    beside = report.table("3").blocks[1]
    assert beside.frozen and beside.period == "2024"
    assert beside == dataclasses.replace(frozen_2024.table("3").blocks[0], frozen=True)


def test_the_exports_read_back(yearly: YearlyClinic, lead: Session) -> None:
    before = head_seq(lead)
    report = lead.yearly_numbers.compute(
        Period.year(2025), untranslated, language="sv", introduction="Till nämnden."
    )
    lead.yearly_numbers.record_export(report, "xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(export_xlsx(report)))
    assert workbook.sheetnames[:2] == ["Table 1", "Table 2a"]
    assert {"Definitions", "Small counts", "About this report"} <= set(workbook.sheetnames)
    sheet = workbook["Table 3"]
    rows = {}
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if not row[0]:
            break  # the end of 2025's block; 2024's follows
        rows[row[0]] = row[1:]
    block = report.table("3").blocks[0]
    for label, cells in zip(block.rows, block.cells, strict=True):
        # A shown count is a number in the sheet; a hidden one its sign, as text.
        assert list(rows[label][: len(cells)]) == [
            c.value if c.value is not None else ("<5" if c.mark is Mark.SMALL else "x")
            for c in cells
        ]
    assert any(isinstance(v, int | float) and v > 0 for row in rows.values() for v in row)
    about = {r[0]: r[1] for r in workbook["About this report"].iter_rows(values_only=True)}
    assert about["SHA-256 of the source rows"] == report.source_sha256
    assert about["Definitions version"] == "2"
    # Table 6a: 2025's five referrals to four types, three persons ("<5" each).
    referrals = {
        row[0]: row[1:3]
        for row in workbook["Table 6a"].iter_rows(min_row=5, max_row=15, values_only=True)
    }
    assert referrals["Psychiatry"] == ("<5", "<5")
    assert referrals["Primary care"] == (0, 0)
    assert referrals["All"] in (("x", "<5"), (5, "<5"))

    text = export_csv(report)
    assert text.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    waiting = next(
        i
        for i, line in enumerate(lines)
        if line[:1] == ["Table 7: Waiting time from first contact to first visit"]
    )
    # MIKA: Eva 7, Cia 29 -> median 18; too few persons to show: "–".
    assert lines[waiting + 3][:4] == ["MIKA", "<5", "–", "–"]

    pdf = PdfReader(io.BytesIO(export_pdf(report)))
    words = "".join(page.extract_text() for page in pdf.pages)
    assert "Till nämnden." in words
    assert "Unique persons by target group" in words
    assert "Table 6a: Referrals out by recipient type" in words
    assert "Table 6b: Reports of concern about minors" in words
    assert report.source_sha256 in words
    actions = [e.action for e in entries_after(lead, before)]
    assert actions == [LogAction.STATISTICS_COMPUTED, LogAction.STATISTICS_EXPORTED]


def test_the_same_report_gives_the_same_bytes(yearly: YearlyClinic, lead: Session) -> None:
    report = lead.yearly_numbers.compute(Period.year(2025), untranslated)
    assert export_xlsx(report) == export_xlsx(report)
    assert export_pdf(report) == export_pdf(report)
    assert export_csv(report) == export_csv(report)
