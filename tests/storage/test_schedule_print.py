"""The day's and week's schedule on paper: per counselor, room or clinic;
clients by alias or initials, never by name; a protected identity by alias."""

from datetime import date

from mottagning.models.access_log import LogAction
from mottagning.models.clients import ContactRules
from tests.storage.helpers import head_seq
from tests.storage.letters_support import pdf_text
from tests.storage.reception import details, entries_of, local, visit


def _book(counselor, scheduler, room, alias, first, last, hour, **rules):
    client, _ = counselor.clients.create(
        details(
            alias,
            first_name=first,
            last_name=last,
            birth_year=1985,
            contact_rules=ContactRules(**rules),
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, hour), client_id=client.id, room_id=room.id)
    )
    return client


def test_the_week_prints_aliases_never_names(counselor, scheduler, room):
    _book(counselor, scheduler, room, "Sälgen", "Åsa", "Öberg", 10)
    _book(counselor, scheduler, room, "Tranan", "Tore", "Tråd", 13, protected_identity=True)
    seq = head_seq(scheduler)

    text = pdf_text(scheduler.schedule_print.render(date(2026, 11, 25), week=True).pdf)

    for expected in (
        "Schedule week 48, 2026",
        "The whole clinic",
        "Tuesday 2026-11-24",
        "10:00–11:00",
        "Sälgen",
        "Tranan",
        "Cora Behandlare",
        "Rum Björken",
        "Monday 2026-11-23",
        "No visits.",
        "SEKRETESS",
    ):
        assert expected in text, expected
    for name in ("Åsa", "Öberg", "Tore", "Tråd"):
        assert name not in text, name
    assert entries_of(scheduler, seq, LogAction.SCHEDULE_PRINTED)


def test_initials_when_chosen_but_an_alias_for_a_protected_identity(counselor, scheduler, room):
    _book(counselor, scheduler, room, "Sälgen", "Åsa", "Öberg", 10)
    _book(counselor, scheduler, room, "Tranan", "Tore", "Tråd", 13, protected_identity=True)

    text = pdf_text(
        scheduler.schedule_print.render(
            date(2026, 11, 24), counselor_id=counselor.user.id, initials=True
        ).pdf
    )

    assert "ÅÖ" in text and "Sälgen" not in text
    assert "Tranan" in text and "TT" not in text
    assert "Counselor: Cora Behandlare" in text and "Schedule 2026-11-24" in text


def test_a_rooms_day(counselor, scheduler, room):
    _book(counselor, scheduler, room, "Sälgen", "Åsa", "Öberg", 10)
    other = scheduler.calendar_settings.save_room("Rum Eken")
    text = pdf_text(scheduler.schedule_print.render(date(2026, 11, 24), room_id=other.id).pdf)
    assert "Room: Rum Eken" in text and "Sälgen" not in text and "No visits." in text
