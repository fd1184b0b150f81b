"""The outward-work register: recorded by everyone, changed by those who did
it (or the lead), removed but kept, counted in table 8."""

import dataclasses
from datetime import date

import pytest

from mottagning.errors import InvalidInput, PermissionDenied
from mottagning.i18n import untranslated
from mottagning.models.access_log import LogAction
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWorkDetails
from mottagning.models.yearly_numbers import Period
from mottagning.services.session import Session
from tests.storage.helpers import entries_after, head_seq
from tests.storage.reception import TODAY


def training(*staff: str, **changes: object) -> OutwardWorkDetails:
    base = OutwardWorkDetails(
        date(2026, 10, 5), OutwardKind.TRAINING, Audience.POLICE, 25, 3.0, frozenset(staff)
    )
    return dataclasses.replace(base, **changes)


def test_recorded_work_is_listed_counted_and_logged(lead: Session, counselor: Session) -> None:
    before = head_seq(counselor)
    work = counselor.outward_work.record(
        training(counselor.user.id, description="  Polisen   Syd ")
    )
    assert work.description == "Polisen Syd"
    assert counselor.outward_work.between(date(2026, 1, 1), TODAY) == [work]
    assert [e.action for e in entries_after(counselor, before)] == [LogAction.OUTWARD_WORK_RECORDED]
    report = lead.yearly_numbers.compute(Period.year(2026), untranslated, language="en")
    kinds = report.table("8a").blocks[0]
    row = kinds.rows.index("Training for professionals")
    assert [c.value for c in kinds.cells[row]] == [1, 25, 3.0]


def test_a_colleague_who_took_no_part_may_not_change_it(
    lead: Session, counselor: Session, scheduler: Session
) -> None:
    work = counselor.outward_work.record(training(counselor.user.id))
    assert not scheduler.outward_work.may_change(work)
    with pytest.raises(PermissionDenied):
        scheduler.outward_work.update(work.id, training(scheduler.user.id))
    with pytest.raises(PermissionDenied):
        scheduler.outward_work.remove(work.id)
    # The lead may; so may anyone named among its staff.
    lead.outward_work.update(work.id, training(counselor.user.id, scheduler.user.id, hours=4))
    scheduler.outward_work.update(work.id, training(counselor.user.id, scheduler.user.id, hours=5))
    assert counselor.outward_work.between(date(2026, 1, 1), TODAY)[0].hours == 5


def test_removed_work_is_kept_but_no_longer_counted(lead: Session, counselor: Session) -> None:
    work = counselor.outward_work.record(training(counselor.user.id))
    counselor.outward_work.remove(work.id)
    assert counselor.outward_work.between(date(2026, 1, 1), TODAY) == []
    kept = lead.clinic.db.scalar("SELECT count(*) FROM outward_work WHERE id = ?", (work.id,))
    assert kept == 1
    with pytest.raises(Exception, match="never deleted"):
        lead.clinic.db.execute("DELETE FROM outward_work WHERE id = ?", (work.id,))


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"occurred_on": date(2026, 12, 24)}, "the date is in the future"),
        ({"participants": -1}, "from 0 to 100000"),
        ({"hours": 0}, "more than 0 and at most 1000"),
        ({"hours": float("nan")}, "more than 0 and at most 1000"),
        ({"staff_ids": frozenset()}, "choose at least one"),
        ({"staff_ids": frozenset({"nobody"})}, "choose active staff"),
        ({"description": "x" * 501}, "at most 500 characters"),
    ],
)
def test_bad_input_is_refused_clearly_and_nothing_is_kept(
    counselor: Session, changes: dict[str, object], problem: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        counselor.outward_work.record(training(counselor.user.id, **changes))
    assert problem in refused.value.describe(untranslated)
    assert counselor.outward_work.between(date(2000, 1, 1), date(2030, 1, 1)) == []
