"""A purge does not change the statistics already reported: the frozen final
report of a year stays byte for byte the same, in every export format, while
a fresh count no longer sees the purged record."""

from datetime import UTC, datetime

from mottagning.i18n import untranslated
from mottagning.models.clients import ClientStatus
from mottagning.models.yearly_numbers import Period, StatisticsSettings
from mottagning.reports.yearly.export_csv import export_csv
from mottagning.reports.yearly.export_pdf import export_pdf
from mottagning.reports.yearly.export_xlsx import export_xlsx
from mottagning.services.session import Session
from tests.storage.reception import edited
from tests.storage.test_yearly_numbers import raw
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


def test_the_hand_counted_2025_tables_without_a_purged_client(
    lead: Session, counselor: Session, clinic
) -> None:
    """The yearly fixture with Dan's record purged (closed, then six years on):
    the 2025 tables counted again by hand without him. Dan was KAST, a man of
    unknown age and municipality, no referral source, one video visit on
    2025-03-03 (waited 2 days) and a booked visit he cancelled."""
    yearly = build_yearly_clinic(lead, counselor, clinic.clock)
    dan = yearly.clients["Dan"]
    lead.clients.update(dan.id, edited(dan, status=ClientStatus.CLOSED, closed_reason="Avslutad"))
    clinic.clock.moment = datetime(2032, 6, 1, 8, 0, tzinfo=UTC)
    lead.retention.purge([dan.id])

    t = raw(lead, 2025, StatisticsSettings(threshold=2))
    one = t["1"]
    # MIKA unchanged (Anna continuing, Eva and Cia new); KAST: Bo alone, new, anonymous.
    assert [one.get("all", f"mika.{m}") for m in ("new", "continuing", "total", "anonymous")] == [
        2,
        1,
        3,
        1,
    ]
    assert [one.get("all", f"kast.{m}") for m in ("new", "continuing", "total", "anonymous")] == [
        1,
        0,
        1,
        1,
    ]
    assert one.get("all", "all.total") == 4
    assert one.get("buying_sex", "kast.total") == 1
    assert one.get("compulsive_sexual_behaviour", "kast.anonymous") == 0
    assert t["2a"].get("man", "kast") == 1
    assert t["2b"].get("35_49", "all") == 3  # Anna, Bo, Eva
    assert t["2b"].get("unknown", "kast") == 0
    assert t["2c"].get("Jönköping", "all") == 3
    assert t["2c"].get("\x00unknown", "all") == 0
    assert t["2d"].get("not_stated", "all") == 1  # Cia
    three = t["3"]
    assert three.get("booked_visit", "attended") == 26
    assert three.get("booked_visit", "cancelled") == 0
    assert three.get("video", "attended") == 0
    assert three.get("all", "attended") == 28
    assert three.get("all", "persons") == 4
    # Sessions per person: Cia 1; Anna 2, Bo 2; Eva 22.
    four = t["4"]
    assert [four.get(r, "all") for r in ("1", "2_5", "6_10", "11_20", "21_plus")] == [1, 2, 0, 0, 1]
    # Waiting: Eva 7, Bo 13, Cia 29 days: median 13; 90th percentile ceil(0.9 * 3) = 3rd: 29.
    seven = t["7"]
    assert seven.get("kast", "persons") == 1
    assert seven.get("kast", "median") == 13
    assert seven.get("all", "median") == 13
    assert seven.get("all", "p90") == 29
    # Outward work is not a client's record: unchanged.
    assert t["8a"].get("training", "participants") == 30
