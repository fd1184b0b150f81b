"""The client register: what a client record must and may hold, identity
numbers and their history, the "no identity recorded" mode, and the access
log that every opening and change of a record leaves behind."""

from datetime import UTC, date, datetime, timedelta

import pytest

from mottagning.errors import AliasTaken, IdentityInUse, InvalidInput, NotFound
from mottagning.models.access_log import LogAction
from mottagning.models.clients import (
    AgeBand,
    ClientStatus,
    ConcernAnswer,
    ContactRules,
    Gender,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.identity import IdentityKind
from mottagning.models.users import Role
from tests.storage.helpers import head_seq, log_entries
from tests.storage.reception import (
    CENTENARIAN,
    OTHER_PERSONNUMMER,
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    TODAY,
    TOMORROW,
    details,
    edited,
    identity,
    logged,
)


def field_of(error: InvalidInput) -> str:
    return error.params["field"].source


# --- The alias ------------------------------------------------------------------------


@pytest.mark.parametrize("alias", ["", "   ", "\t\n"])
def test_an_alias_is_required(counselor, alias):
    with pytest.raises(InvalidInput) as refused:
        counselor.clients.create(details(alias))

    assert field_of(refused.value) == "Alias or code"
    assert counselor.clients.register() == []


def test_the_alias_is_trimmed_and_its_inner_spaces_collapsed(counselor):
    client, _ = counselor.clients.create(details("  Blå   fågel \t"))

    assert client.alias == "Blå fågel"
    assert counselor.clients.open(client.id).alias == "Blå fågel"


def test_an_alias_has_at_most_40_characters(counselor):
    counselor.clients.create(details("x" * 40))

    with pytest.raises(InvalidInput):
        counselor.clients.create(details("y" * 41))


@pytest.mark.parametrize("again", ["Lilja", "LILJA", "lilja", "  lIlJa  "])
def test_an_alias_is_unique_whatever_the_case(counselor, lilja, again):
    with pytest.raises(AliasTaken) as taken:
        counselor.clients.create(details(again))

    assert again.strip() in taken.value.describe()
    assert [s.alias for s in counselor.clients.register()] == ["Lilja"]


@pytest.mark.parametrize(("first", "again"), [("Åsa", "åsa"), ("Ärla", "ÄRLA"), ("Björn", "BJÖRN")])
def test_an_alias_is_unique_whatever_the_case_of_swedish_letters(counselor, first, again):
    counselor.clients.create(details(first))

    with pytest.raises(AliasTaken):
        counselor.clients.create(details(again))


def test_a_client_may_keep_its_alias_in_another_case_but_not_take_anothers(counselor, lilja):
    other, _ = counselor.clients.create(details("Vide"))

    renamed, _ = counselor.clients.update(lilja.id, edited(lilja, alias="LILJA"))
    assert renamed.alias == "LILJA"

    with pytest.raises(AliasTaken):
        counselor.clients.update(other.id, edited(other, alias="lilja"))
    assert counselor.clients.open(other.id).alias == "Vide"


# --- What is optional, and what is checked ---------------------------------------------


def test_names_identity_and_contact_details_are_optional(counselor):
    client, prompt = counselor.clients.create(details("Enbart alias"))

    stored = counselor.clients.open(client.id)
    assert prompt is None
    assert (stored.first_name, stored.last_name, stored.identity) == ("", "", None)
    assert (stored.phone, stored.email, stored.address) == ("", "", "")
    assert stored.no_identity_decision == ""
    assert stored.status is ClientStatus.ACTIVE  # waiting only on the waiting list
    assert counselor.clients.identity_history(client.id) == []


def test_everything_the_form_holds_is_stored_and_read_back(counselor, scheduler):
    full = details(
        "Helena",
        strand=Strand.KAST,
        first_name="Helena",
        last_name="Sjöström",
        identity=identity(PERSONNUMMER),
        target_groups=frozenset({TargetGroup.BUYING_SEX, TargetGroup.COMPULSIVE_SEXUAL_BEHAVIOUR}),
        gender=Gender.WOMAN,
        birth_year=1985,
        age_band=AgeBand.FROM_35_TO_49,
        home_municipality="Jönköping",
        referral_source=ReferralSource.POLICE,
        interpreter_language="arabiska",
        counselor_ids=frozenset({counselor.user.id}),
        status=ClientStatus.ACTIVE,
        first_contact=date(2026, 10, 1),
        phone="070-123 45 67",
        email="helena@example.se",
        address="Storgatan 1\n553 20 Jönköping",
        contact_rules=ContactRules(may_phone=True, protected_identity=True),
    )

    client, _ = scheduler.clients.create(full)

    assert scheduler.clients.open(client.id).details == full
    assert client.details == full


@pytest.mark.parametrize(
    ("typed", "kind", "stored"),
    [
        (PERSONNUMMER, IdentityKind.PERSONNUMMER, "198503121231"),
        ("198503121231", IdentityKind.PERSONNUMMER, "198503121231"),
        ("850312-1231", IdentityKind.PERSONNUMMER, "198503121231"),
        ("8503121231", IdentityKind.PERSONNUMMER, "198503121231"),
        (CENTENARIAN, IdentityKind.PERSONNUMMER, "191212121212"),
        (SAMORDNINGSNUMMER, IdentityKind.SAMORDNINGSNUMMER, "197010632391"),
    ],
)
def test_identity_numbers_are_stored_in_12_digits(counselor, typed, kind, stored):
    client, _ = counselor.clients.create(details("Nummer", identity=identity(typed)))

    opened = counselor.clients.open(client.id)
    assert opened.identity is not None
    assert (opened.identity.kind, opened.identity.value) == (kind, stored)
    raw = counselor.clinic.db.query_one(
        "SELECT identity_kind, identity_number FROM clients WHERE id = ?", (client.id,)
    )
    assert (raw["identity_kind"], raw["identity_number"]) == (kind.value, stored)


def test_an_identity_number_is_registered_once(counselor, lilja):
    first, _ = counselor.clients.create(details("Först", identity=identity(PERSONNUMMER)))

    with pytest.raises(IdentityInUse) as in_use:
        counselor.clients.create(details("Igen", identity=identity("8503121231")))
    assert "Först" in in_use.value.describe()
    with pytest.raises(IdentityInUse):
        counselor.clients.update(lilja.id, edited(lilja, identity=identity(PERSONNUMMER)))

    kept, _ = counselor.clients.update(first.id, edited(first, phone="0701"))
    assert kept.identity == first.identity


def test_a_closed_client_needs_a_reason(counselor, lilja):
    for blank in ("", "   "):
        with pytest.raises(InvalidInput) as refused:
            counselor.clients.update(
                lilja.id, edited(lilja, status=ClientStatus.CLOSED, closed_reason=blank)
            )
        assert field_of(refused.value) == "Reason for closing"
    assert counselor.clients.open(lilja.id).status is ClientStatus.ACTIVE

    closed, _ = counselor.clients.update(
        lilja.id, edited(lilja, status=ClientStatus.CLOSED, closed_reason=" Avslutad  insats ")
    )
    assert (closed.status, closed.closed_reason) == (ClientStatus.CLOSED, "Avslutad insats")


def test_a_client_belongs_to_at_least_one_target_group(counselor, lilja):
    with pytest.raises(InvalidInput) as refused:
        counselor.clients.create(details("Ingen grupp", target_groups=frozenset()))
    assert field_of(refused.value) == "Target groups"

    with pytest.raises(InvalidInput):
        counselor.clients.update(lilja.id, edited(lilja, target_groups=frozenset()))


@pytest.mark.parametrize("year", [1915, 1066, 2027, 3000])
def test_an_implausible_birth_year_is_refused(counselor, year):
    with pytest.raises(InvalidInput) as refused:
        counselor.clients.create(details("Årtal", birth_year=year))
    assert field_of(refused.value) == "Birth year"


@pytest.mark.parametrize("year", [1916, 1950, 2026])
def test_a_plausible_birth_year_is_accepted(counselor, year):
    client, _ = counselor.clients.create(details("Årtal", birth_year=year))
    assert client.birth_year == year


def test_first_contact_may_not_be_in_the_future(counselor, lilja):
    with pytest.raises(InvalidInput) as refused:
        counselor.clients.create(details("Framtid", first_contact=TOMORROW))
    assert field_of(refused.value) == "First contact"
    with pytest.raises(InvalidInput):
        counselor.clients.update(lilja.id, edited(lilja, first_contact=TOMORROW))

    today, _ = counselor.clients.create(details("Idag", first_contact=TODAY))
    earlier, _ = counselor.clients.create(details("Förr", first_contact=date(2024, 2, 29)))
    assert (today.first_contact, earlier.first_contact) == (TODAY, date(2024, 2, 29))


def test_first_contact_defaults_to_today_on_registering(counselor, lilja, clock):
    assert lilja.first_contact == TODAY

    clock.advance(days=3)
    updated, _ = counselor.clients.update(lilja.id, edited(lilja, phone="0701"))
    assert updated.first_contact == TODAY  # an update keeps the first contact


def test_today_is_the_clinics_day_not_the_utc_day(counselor, clock):
    # 23:30 UTC on 23 November is 00:30 on 24 November in Stockholm.
    clock.moment = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)

    defaulted, _ = counselor.clients.create(details("Natt"))
    typed, _ = counselor.clients.create(details("Natt två", first_contact=TOMORROW))

    assert defaulted.first_contact == TOMORROW
    assert typed.first_contact == TOMORROW


def test_counselors_must_be_active_counselors_or_leads(lead, counselor, colleague, scheduler):
    ok, _ = scheduler.clients.create(
        details("Två", counselor_ids=frozenset({counselor.user.id, lead.user.id}))
    )
    assert ok.counselor_ids == {counselor.user.id, lead.user.id}

    lead.accounts.deactivate(colleague.user.id)
    for bad in (scheduler.user.id, colleague.user.id, "no-such-user"):
        with pytest.raises(InvalidInput) as refused:
            scheduler.clients.create(details("Fel", counselor_ids=frozenset({bad})))
        assert field_of(refused.value) == "Counselors"
        with pytest.raises(InvalidInput):
            scheduler.clients.update(ok.id, edited(ok, counselor_ids=frozenset({bad})))
    assert scheduler.user.role is Role.SCHEDULER


def test_an_unknown_client_is_not_found(counselor):
    with pytest.raises(NotFound):
        counselor.clients.open("no-such-client")
    with pytest.raises(NotFound):
        counselor.clients.update("no-such-client", details("Spöke"))


# --- Identity history and "no identity recorded" ----------------------------------------


def test_identity_history_keeps_every_number_with_who_and_when(counselor, scheduler, lilja, clock):
    first_at = clock.now()
    counselor.clients.update(lilja.id, edited(lilja, identity=identity(PERSONNUMMER)))
    clock.advance(days=2)
    current = counselor.clients.open(lilja.id)
    scheduler.clients.update(lilja.id, edited(current, identity=identity(OTHER_PERSONNUMMER)))

    history = counselor.clients.identity_history(lilja.id)

    assert [(h.identity.value if h.identity else None) for h in history] == [
        "198503121231",
        "199001019877",
    ]
    assert [(h.changed_by, h.changed_at) for h in history] == [
        (counselor.user.id, first_at),
        (scheduler.user.id, first_at + timedelta(days=2)),
    ]
    assert counselor.clients.open(lilja.id).identity.value == "199001019877"


def test_identity_history_starts_with_the_number_given_at_registering(counselor, clock):
    client, _ = counselor.clients.create(details("Med nummer", identity=identity(PERSONNUMMER)))

    (entry,) = counselor.clients.identity_history(client.id)
    assert entry.identity is not None
    assert entry.identity.value == "198503121231"
    assert (entry.changed_by, entry.changed_at) == (counselor.user.id, clock.now())


def test_removing_an_identity_number_is_kept_in_the_history(counselor, clock):
    client, _ = counselor.clients.create(details("Strykes", identity=identity(PERSONNUMMER)))
    clock.advance(hours=1)

    counselor.clients.update(client.id, edited(client, identity=None))

    history = counselor.clients.identity_history(client.id)
    assert [h.identity.value if h.identity else None for h in history] == ["198503121231", None]
    assert history[-1].changed_at == clock.now()


def test_no_identity_recorded_keeps_the_decision_reference(counselor):
    client, _ = counselor.clients.create(
        details("Anonym", no_identity_decision="  SN 2026-09-14  § 112 ")
    )

    stored = counselor.clients.open(client.id)
    assert stored.no_identity_decision == "SN 2026-09-14 § 112"
    assert (stored.identity, stored.first_name, stored.last_name) == (None, "", "")
    (entry,) = counselor.clients.identity_history(client.id)
    assert (entry.identity, entry.no_identity_decision) == (None, "SN 2026-09-14 § 112")


@pytest.mark.parametrize(
    "identifying",
    [
        {"first_name": "Anna"},
        {"last_name": "Berg"},
        {"identity": identity(PERSONNUMMER)},
    ],
    ids=["first_name", "last_name", "identity"],
)
def test_no_identity_recorded_allows_no_name_or_number(counselor, identifying):
    with pytest.raises(InvalidInput) as refused:
        counselor.clients.create(
            details("Anonym", no_identity_decision="SN 2026-09-14 § 112", **identifying)
        )
    assert field_of(refused.value) == "No identity recorded"
    assert counselor.clients.register() == []


def test_switching_to_no_identity_keeps_the_old_number_in_the_history(counselor, clock):
    client, _ = counselor.clients.create(
        details("Byter", first_name="Sara", identity=identity(PERSONNUMMER))
    )
    clock.advance(days=1)

    switched, _ = counselor.clients.update(
        client.id,
        edited(client, first_name="", identity=None, no_identity_decision="SN 2026-11-24 § 7"),
    )

    assert (switched.identity, switched.no_identity_decision) == (None, "SN 2026-11-24 § 7")
    history = counselor.clients.identity_history(client.id)
    assert [
        (h.identity.value if h.identity else None, h.no_identity_decision) for h in history
    ] == [
        ("198503121231", ""),
        (None, "SN 2026-11-24 § 7"),
    ]


# --- The access log ---------------------------------------------------------------------


def test_registering_opening_and_changing_are_logged_with_the_client(counselor, scheduler):
    seq = head_seq(counselor)

    client, _ = counselor.clients.create(details("Loggad"))
    scheduler.clients.open(client.id)
    counselor.clients.update(client.id, edited(client, phone="070-111 22 33"))

    entries = [e for e in log_entries(counselor) if e.seq > seq]
    assert [(e.action, e.client_id, e.user_id) for e in entries] == [
        (LogAction.CLIENT_CREATED, client.id, counselor.user.id),
        (LogAction.CLIENT_VIEWED, client.id, scheduler.user.id),
        (LogAction.CLIENT_UPDATED, client.id, counselor.user.id),
    ]


def test_a_change_names_the_fields_that_changed(counselor, lilja):
    seq = head_seq(counselor)

    counselor.clients.update(
        lilja.id,
        edited(lilja, first_name="Lisa", phone="0701234567", home_municipality="Vaggeryd"),
    )

    (entry,) = [e for e in log_entries(counselor) if e.seq > seq]
    assert entry.action is LogAction.CLIENT_UPDATED
    assert set(entry.detail.split(",")) == {"first_name", "phone", "home_municipality"}


def test_an_identity_change_is_logged_as_such(counselor, lilja):
    seq = head_seq(counselor)

    counselor.clients.update(lilja.id, edited(lilja, identity=identity(PERSONNUMMER)))

    assert logged(counselor, seq) == [
        (LogAction.CLIENT_UPDATED, lilja.id),
        (LogAction.CLIENT_IDENTITY_CHANGED, lilja.id),
    ]


def test_an_update_that_changes_nothing_writes_nothing(counselor, lilja):
    seq = head_seq(counselor)

    same, prompt = counselor.clients.update(lilja.id, edited(lilja, alias="  Lilja "))

    assert (same, prompt) == (lilja, None)
    assert logged(counselor, seq) == []


def test_searching_and_listing_write_nothing_to_the_log(counselor, scheduler, lilja):
    seq = head_seq(counselor)

    assert [s.id for s in scheduler.clients.search("Lil")] == [lilja.id]
    assert [s.id for s in counselor.clients.register()] == [lilja.id]
    assert [s.id for s in counselor.clients.register(mine_only=True)] == [lilja.id]
    assert set(scheduler.clients.summaries({lilja.id})) == {lilja.id}

    assert logged(counselor, seq) == []


def test_no_log_entry_carries_names_numbers_or_contact_details(counselor, scheduler, clock):
    secrets = {
        "first_name": "Gunilla",
        "last_name": "Qvarnström",
        "phone": "073-987 65 43",
        "email": "gunilla@example.se",
        "address": "Hemliga vägen 7",
        "home_municipality": "Tranås",
        "interpreter_language": "tigrinja",
    }
    client, _ = counselor.clients.create(
        details("Kodnamn Ekorre", identity=identity(PERSONNUMMER), birth_year=2010, **secrets)
    )
    clock.advance(hours=1)
    counselor.clients.open(client.id)
    scheduler.clients.update(
        client.id,
        edited(
            client,
            identity=identity(OTHER_PERSONNUMMER),
            first_name="Gunnel",
            phone="070-555 44 33",
            status=ClientStatus.CLOSED,
            closed_reason="Flyttat till Gnosjö",
        ),
    )
    (prompt,) = counselor.clients.pending_considerations()
    counselor.clients.answer_concern(
        prompt.id, ConcernAnswer.REPORT_MADE, "Anmälan till Gnosjö kommun"
    )

    forbidden = [
        *secrets.values(),
        "Gunnel",
        "Gnosjö",
        "Ekorre",
        "198503121231",
        "8503121231",
        "199001019877",
        "9001019877",
        "9876543",
        "5554433",
    ]
    details_logged = [entry.detail for entry in log_entries(counselor)]
    assert any(details_logged)  # the check below is not vacuous
    for text in forbidden:
        for detail in details_logged:
            assert text.casefold() not in detail.casefold(), (text, detail)
