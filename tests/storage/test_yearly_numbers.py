"""The yearly numbers on a clinic counted by hand (tests/storage/yearly_clinic.py)."""

from datetime import date

import pytest

from mottagning.errors import InvalidInput
from mottagning.i18n import untranslated
from mottagning.models.yearly_numbers import Period, StatisticsSettings
from mottagning.reports.yearly.suppression import Reason, suppress
from mottagning.services.session import Session
from mottagning.services.yearly_tables import (
    Choices,
    build,
    choose_municipalities,
    outcomes,
    referrals,
)
from mottagning.storage.yearly_numbers import YearlyNumbersRepository
from tests.storage.yearly_clinic import YearlyClinic, build_yearly_clinic
from tests.unit.suppression_attacker import integer_range


@pytest.fixture
def yearly(lead: Session, counselor: Session, clinic) -> YearlyClinic:
    return build_yearly_clinic(lead, counselor, clinic.clock)


def raw(lead: Session, year: int, settings: StatisticsSettings | None = None):
    """The period's tables before suppression, by table key: {(row, column): value}."""
    settings = settings or StatisticsSettings()
    service = lead.yearly_numbers
    repo = YearlyNumbersRepository(lead.clinic.db)
    bounds = service._bounds(Period.year(year))
    counts = outcomes(repo, bounds, lead.keys.journal)
    choices = Choices(
        municipalities=choose_municipalities(repo, bounds, settings),
        instruments=tuple(sorted(counts)),
    )
    referred = referrals(repo, bounds, lead.keys.journal)
    numbers = build(repo, bounds, settings, choices, counts, referred, lead.clinic.zone)
    return {t.key: t for t in numbers.tables}


def test_the_hand_counted_tables_of_2025(yearly: YearlyClinic, lead: Session) -> None:
    t = raw(lead, 2025, StatisticsSettings(threshold=2))
    one = t["1"]
    # MIKA in 2025: Anna (continuing, identity), Eva (new, identity); Cia's 2025-12-30 visit
    # makes her new too (no identity). KAST: Bo and Dan, new, anonymous.
    assert [one.get("all", f"mika.{m}") for m in ("new", "continuing", "total", "anonymous")] == [
        2,
        1,
        3,
        1,
    ]
    assert [one.get("all", f"kast.{m}") for m in ("new", "continuing", "total", "anonymous")] == [
        2,
        0,
        2,
        2,
    ]
    assert one.get("all", "all.total") == 5
    # Selling sex: Anna (continuing) and Eva (new); buying sex: Bo and Dan.
    assert one.get("selling_sex", "mika.total") == 2
    assert one.get("selling_sex", "mika.continuing") == 1
    assert one.get("buying_sex", "kast.total") == 2
    assert one.get("trafficking", "all.total") == 1
    assert one.get("compulsive_sexual_behaviour", "kast.anonymous") == 1
    # Gender: three women (MIKA), two men (KAST).
    assert t["2a"].get("woman", "mika") == 3
    assert t["2a"].get("man", "kast") == 2
    # Age in 2025: Anna 35, Bo 45, Eva 40 -> 35-49; Cia 17 -> under 18; Dan unknown.
    assert t["2b"].get("35_49", "all") == 3
    assert t["2b"].get("under_18", "mika") == 1
    assert t["2b"].get("unknown", "kast") == 1
    # Municipalities with at least the threshold (2): Jönköping (Anna, Bo, Eva: case folded).
    assert t["2c"].rows[0] == "Jönköping"
    assert t["2c"].get("Jönköping", "all") == 3
    assert t["2c"].get("\x00other", "all") == 1  # Huskvarna, Cia
    assert t["2c"].get("\x00unknown", "all") == 1  # Dan
    assert t["2d"].get("not_stated", "all") == 2  # Cia, Dan
    # Contacts: booked visits Anna 2 + Bo 1 + Eva 22 + Cia 1 = 26; no-show Anna's.
    three = t["3"]
    assert three.get("booked_visit", "attended") == 26
    assert three.get("booked_visit", "persons") == 4
    assert three.get("booked_visit", "no_shows") == 1
    assert three.get("phone", "attended") == 1
    assert three.get("phone", "anonymous") == 3
    assert three.get("chat", "anonymous") == 1
    assert three.get("booked_visit", "cancelled") == 1  # Dan's
    assert three.get("video", "attended") == 1
    assert three.get("group", "attended") == 1
    assert three.get("group", "persons") == 0
    assert three.get("all", "attended") == 29
    assert three.get("all", "persons") == 5
    # Sessions per person: Cia, Dan 1; Anna 2, Bo 2; Eva 22.
    four = t["4"]
    assert [four.get(r, "all") for r in ("1", "2_5", "6_10", "11_20", "21_plus")] == [2, 2, 0, 0, 1]
    # Outcomes: Anna recovered on PHQ-9; Bo no reliable change on GAD-7.
    assert t["5"].get("phq9", "recovered") == 1
    assert t["5"].get("gad7", "no_reliable_change") == 1
    assert t["5"].get("gad7", "n") == 1
    # Reports of concern: Cia's, answered in 2025.
    assert t["6b"].get("report_made", "under_18") == 1
    # Waiting: Bo 2025-01-07 -> 01-20: 13 days; Dan 03-01 -> 03-03: 2; Eva 03-31 -> 04-07:
    # 7; Cia 12-01 -> 12-30: 29. Anna's first visit was in 2024. Sorted 2, 7, 13, 29:
    # median (7 + 13) / 2 = 10; 90th percentile, nearest rank ceil(0.9 * 4) = 4th: 29.
    seven = t["7"]
    assert seven.get("mika", "persons") == 2
    assert seven.get("kast", "persons") == 2
    assert seven.get("all", "median") == 10
    assert seven.get("kast", "median") == 7.5
    assert seven.get("all", "p90") == 29
    # Outward work.
    assert t["8a"].get("training", "participants") == 30
    assert t["8b"].get("all", "hours") == 5


def referrals_of(table) -> dict[str, tuple[float, float]]:
    """Table 6a's non-empty rows: recipient type -> (referrals, persons)."""
    return {
        row: (table.get(row, "referrals"), table.get(row, "persons"))
        for row in table.rows
        if table.get(row, "referrals")
    }


def test_the_hand_counted_referrals_out_by_recipient_type(
    yearly: YearlyClinic, lead: Session
) -> None:
    """The letters of tests/storage/yearly_clinic.py, by the day each was sent."""
    # 2024: Anna to psychiatry on 2024-12-20.
    assert referrals_of(raw(lead, 2024)["6a"]) == {"psychiatry": (1, 1), "all": (1, 1)}
    # 2025: psychiatry Anna (01-16); addiction care Bo twice (01-21, 02-04): two
    # referrals, one person, though he has no identity number; social services Anna
    # (02-13: it counts though she withdrew that consent on 02-20); other: Cia's
    # named therapist (12-31). Five letters; persons Anna, Bo, Cia: three, while the
    # types' persons add up to four (Anna is in two).
    assert referrals_of(raw(lead, 2025)["6a"]) == {
        "psychiatry": (1, 1),
        "addiction_care": (2, 1),
        "social_services": (1, 1),
        "other": (1, 1),
        "all": (5, 3),
    }
    # 2026: Cia to social services at 00:10 on New Year's Day (23:10 UTC on the 31st).
    assert referrals_of(raw(lead, 2026)["6a"]) == {"social_services": (1, 1), "all": (1, 1)}


def test_a_visit_after_midnight_on_new_years_day_counts_in_the_new_year(
    yearly: YearlyClinic, lead: Session
) -> None:
    t = raw(lead, 2026)
    assert t["1"].get("all", "all.total") == 1  # Cia, continuing from 2025
    assert t["1"].get("all", "mika.continuing") == 1
    assert t["3"].get("booked_visit", "attended") == 1


def test_2024_has_anna_alone_and_the_first_tally(yearly: YearlyClinic, lead: Session) -> None:
    t = raw(lead, 2024)
    assert t["1"].get("all", "mika.new") == 1
    assert t["3"].get("phone", "anonymous") == 1
    assert t["5"].values == {}  # Anna's later measurement is in 2025


def test_the_report_hides_small_counts_and_keeps_their_values_out(
    yearly: YearlyClinic, lead: Session
) -> None:
    report = lead.yearly_numbers.compute(Period.year(2025), untranslated, language="en")
    assert [b.period for b in report.table("1").blocks] == ["2025", "2024"]
    for table in report.tables:
        for block in table.blocks:
            for row in block.cells:
                for cell in row:
                    assert (cell.value is None) == (cell.mark is not None)
                    if table.suppressed and cell.value is not None and cell.mark is None:
                        assert cell.value == 0 or cell.value >= 5 or table.key == "7"
    outcomes_block = report.table("5").blocks[0]
    assert "Recovered, %" in outcomes_block.columns
    text = report.to_json()
    assert "Anna" not in text and "Huskvarna" not in text


def test_the_whole_report_withstands_the_attack(yearly: YearlyClinic, lead: Session) -> None:
    """Integer programming over every table of the period at once (tables 1, 2,
    3, 4 and 7 share their persons): no small count is pinned down."""
    settings = StatisticsSettings()
    numbers_by_key = raw(lead, 2025, settings)
    service = lead.yearly_numbers
    repo = YearlyNumbersRepository(lead.clinic.db)
    bounds = service._bounds(Period.year(2025))
    counts = outcomes(repo, bounds, lead.keys.journal)
    choices = Choices(choose_municipalities(repo, bounds, settings), tuple(sorted(counts)))
    referred = referrals(repo, bounds, lead.keys.journal)
    numbers = build(repo, bounds, settings, choices, counts, referred, lead.clinic.zone)
    values = numbers.counts()
    outcome = suppress(values, numbers.relations, settings.threshold)
    assert numbers_by_key["1"].get("all", "all.total") == 5
    small = [c for c, r in outcome.hidden.items() if r is Reason.SMALL]
    assert len(small) > 20  # a small clinic: most counts are small
    relations = [r for r in numbers.relations if all(c in values for c in r.cells)]
    for cell in small:
        if cell in outcome.unprotectable:
            continue
        low, high = integer_range(cell, values, outcome.hidden, relations, 5, informed=False)
        assert high - low + 1 >= 5, cell
        low, high = integer_range(cell, values, outcome.hidden, relations, 5, informed=True)
        assert high > low, cell


def test_the_lead_merges_age_bands_and_names_agreement_municipalities(
    yearly: YearlyClinic, lead: Session
) -> None:
    settings = StatisticsSettings(
        merge_age_bands=True, agreement_municipalities=("Huskvarna", "Habo")
    )
    t = raw(lead, 2025, settings)
    assert t["2b"].rows == ("under_18", "18_34", "35_plus", "unknown", "all")
    assert t["2b"].get("35_plus", "all") == 3  # Anna, Bo, Eva
    assert t["2c"].rows[:2] == ("Huskvarna", "Habo")
    assert t["2c"].get("Huskvarna", "mika") == 1  # Cia
    assert t["2c"].get("Habo", "all") == 0
    assert t["2c"].get("\x00other", "all") == 3  # Jönköping's three


def test_bad_settings_are_refused_clearly(lead: Session) -> None:
    with pytest.raises(InvalidInput) as refused:
        lead.yearly_numbers.update_settings(StatisticsSettings(threshold=1))
    assert "from 2 to 10" in refused.value.describe(untranslated)
    with pytest.raises(InvalidInput):
        lead.yearly_numbers.compute(Period(date(2025, 5, 1), date(2025, 4, 1)), untranslated)
    saved = lead.yearly_numbers.update_settings(
        StatisticsSettings(agreement_municipalities=(" Habo ", "Habo", ""))
    )
    assert saved.agreement_municipalities == ("Habo",)
    assert lead.yearly_numbers.settings() == saved
