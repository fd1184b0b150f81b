"""The insider: a member of staff with their own password, the data folder and
a short script using the project's own modules (not the services, which would
refuse). Each test makes one attack and checks what the defence promises.
"""

import json

import pytest

from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.journal import NoteType, PlannedMeasure
from mottagning.models.staff_keys import KeyPurpose, StaffKey
from mottagning.models.users import Role, User
from mottagning.services.session import Session
from mottagning.services.verification import verify_clinic
from mottagning.storage import crypto
from mottagning.storage.access_log import _GENESIS, _SEAL_PURPOSE, LogSigner, _sealed_fields
from mottagning.storage.chain_head import ChainHead, ChainHeadFile, head_key
from mottagning.storage.database import Database
from mottagning.storage.journal_cipher import JournalCipher
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.staff_keys import StaffKeyRepository
from tests.storage.reception import details
from tests.support import (
    COUNSELOR_PASSWORD,
    LEAD,
    LEAD_PASSWORD,
    MARKER,
    SCHEDULER_PASSWORD,
    FakeClock,
)

ANSWER_MARKER = [3, 1, 2, 0, 3, 1, 2, 0, 1]


@pytest.fixture
def journal_written(counselor: Session, scheduler: Session) -> str:
    """A client of the counselor's with a note, a draft history, an addendum, a
    plan, a questionnaire and a colleague's emergency access, all carrying MARKER."""
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body=f"Anteckning {MARKER}")
    counselor.journal.save_draft(note.id, f"Anteckning {MARKER} fortsatt")
    counselor.journal.end_writing_session(note.id)
    counselor.journal.sign(note.id)
    counselor.journal.add_addendum(note.id, f"Tillägg {MARKER}")
    counselor.plans.save(
        client.id, f"Mål {MARKER}", f"Insats {MARKER}", [PlannedMeasure("phq9", 4)], None
    )
    counselor.measures.record(client.id, "phq9", ANSWER_MARKER)
    return client.id


# --- 1. A scheduler's credentials cannot decrypt the journal --------------------------


def every_value(db: Database) -> list[object]:
    """Every value of every row of every table the key opens, as stored."""
    tables = [r["name"] for r in db.query("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    values: list[object] = []
    for table in tables:
        for row in db.query(f'SELECT * FROM "{table}"'):
            values += list(row)
    return values


def test_the_schedulers_own_slot_opens_no_journal(clinic, journal_written):
    unlocked = KeySlotFile(clinic.files.keyslots).unlock_with_password("sam", SCHEDULER_PASSWORD)
    bundle = unlocked.bundle
    assert bundle.journal_key is None and bundle.root_private is None
    assert KeySlotFile(clinic.files.keyslots).transition_keys(bundle.database_key) == {}

    db = Database.open(clinic.files.database, bundle.database_key)
    try:
        values = every_value(db)
        answers = json.dumps(ANSWER_MARKER)
        for value in values:
            text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
            assert MARKER not in text
            assert answers not in text.replace(" ", "").replace(",", ", ")
        # The sealed values do not open with any key the scheduler holds.
        sealed = db.scalar("SELECT body FROM journal_notes")
        for key in (
            bundle.database_key,
            *(k for k in (bundle.sign_private, bundle.agree_private) if k),
        ):
            with pytest.raises(Exception, match="damaged"):
                JournalCipher(key).open("journal_notes.body", "x", sealed)
        scores = db.query("SELECT total, band, flags FROM measure_results")
        assert [tuple(r) for r in scores] == [(None, None, "[]")]
    finally:
        db.close()


def test_the_counselors_slot_does_open_it(clinic, journal_written):
    """The control: the same reading with a journal role's own slot finds it all."""
    bundle = (
        KeySlotFile(clinic.files.keyslots).unlock_with_password("cora", COUNSELOR_PASSWORD).bundle
    )
    assert bundle.journal_key is not None
    db = Database.open(clinic.files.database, bundle.database_key)
    try:
        row = db.query_one("SELECT id, body FROM journal_notes")
        assert row is not None
        text = JournalCipher(bundle.journal_key).open("journal_notes.body", row["id"], row["body"])
        assert MARKER in text
    finally:
        db.close()


# --- 2. An access log that an insider cannot rewrite unnoticed ------------------------


class Insider:
    """What a counselor's script can do with their own slot and the data folder."""

    def __init__(self, clinic, username: str, password: str) -> None:
        self.files = clinic.files
        unlocked = KeySlotFile(clinic.files.keyslots).unlock_with_password(username, password)
        self.bundle = unlocked.bundle
        self.user_id = unlocked.user_id
        self.db = Database.open(clinic.files.database, self.bundle.database_key)

    def execute(self, sql: str, params: tuple = ()) -> int:
        return self.db.execute(sql, params)

    def drop_guards(self) -> None:
        self._dropped = {
            name: sql for name, sql in self.db.triggers().items() if "access_log" in name
        }
        for trigger in self._dropped:
            self.execute(f"DROP TRIGGER IF EXISTS {trigger}")

    def restore_guards(self) -> None:
        """Put the triggers back as they were, so that no check of the schema tells."""
        for sql in self._dropped.values():
            self.execute(sql)

    def reseal(self) -> None:
        """Recompute every mac from the first entry (the seal key comes from the
        database key, which every member of staff holds) and write the head."""
        seal_key = self.db.derive_key(_SEAL_PURPOSE)
        previous = _GENESIS
        rows = self.db.query("SELECT * FROM access_log ORDER BY seq")
        for expected, row in enumerate(rows, start=1):
            if row["seq"] != expected:
                self.execute("UPDATE access_log SET seq = ? WHERE id = ?", (expected, row["id"]))
            fields = {**dict(zip(row.keys(), tuple(row), strict=True)), "seq": expected}
            mac = crypto.mac(seal_key, previous + _sealed_fields(fields))
            self.execute("UPDATE access_log SET mac = ? WHERE id = ?", (mac.hex(), row["id"]))
            previous = mac
        last = self.db.query_one(
            "SELECT origin, seq, mac FROM access_log ORDER BY seq DESC LIMIT 1"
        )
        assert last is not None
        ChainHeadFile(self.files.audit_head).write(
            ChainHead(last["origin"], last["seq"], last["mac"]), [], head_key(self.db)
        )

    def own_signer(self) -> LogSigner:
        keys = StaffKeyRepository(self.db)
        assert self.bundle.sign_private is not None
        key = keys.by_public_key(crypto.signing_public_key(self.bundle.sign_private))
        assert key is not None
        return LogSigner(key.id, self.bundle.sign_private)

    def close(self) -> None:
        self.db.close()


def verification(clinic):
    credential = clinic.authenticator().check_password(LEAD.username, LEAD_PASSWORD)
    return verify_clinic(clinic.files, credential, clinic.clock, "TEST-PC")


@pytest.fixture
def insider(clinic, lead, counselor, scheduler, journal_written):
    """Cora the counselor, at her own workstation with a script; the lead's
    sessions have ended."""
    lead.logout()
    counselor.logout()
    scheduler.logout()
    cora = Insider(clinic, "cora", COUNSELOR_PASSWORD)
    yield cora
    cora.close()


def lead_entry(insider: Insider) -> int:
    row = insider.db.query_one(
        "SELECT seq FROM access_log WHERE user_id = (SELECT id FROM users WHERE username = ?)"
        " AND action = ? ORDER BY seq LIMIT 1",
        (LEAD.username, LogAction.USER_CREATED.value),
    )
    assert row is not None
    return int(row["seq"])


def test_an_untouched_clinic_verifies(clinic, insider):
    insider.close()
    report = verification(clinic)
    assert report.ok, report.problems


def test_an_entry_edited_and_the_chain_resealed_is_found(clinic, insider):
    seq = lead_entry(insider)
    insider.drop_guards()
    insider.execute("UPDATE access_log SET detail = 'scheduler' WHERE seq = ?", (seq,))
    insider.reseal()
    insider.restore_guards()
    insider.close()

    report = verification(clinic)

    assert not report.ok
    (chain,) = report.chains
    assert chain.first_broken_seq == seq, report.problems


def test_an_entry_deleted_and_the_chain_renumbered_is_found(clinic, insider):
    seq = lead_entry(insider)
    insider.drop_guards()
    insider.execute("DELETE FROM access_log WHERE seq = ?", (seq,))
    insider.reseal()
    insider.restore_guards()
    insider.close()

    (chain,) = verification(clinic).chains
    assert chain.first_broken_seq == seq


def test_an_entry_inserted_in_someone_elses_name_is_found(clinic, insider):
    signer = insider.own_signer()
    lead_id = insider.db.scalar("SELECT id FROM users WHERE username = ?", (LEAD.username,))
    from mottagning.storage.access_log import AccessLogRepository
    from mottagning.storage.settings import MetaRepository

    log = AccessLogRepository(insider.db, MetaRepository(insider.db).origin(), "CORA-PC")
    forged = log.append(LogEvent(LogAction.LOGOUT, lead_id), FakeClock().now(), signer)
    insider.close()

    (chain,) = verification(clinic).chains
    assert chain.first_broken_seq == forged.seq
    assert "another person's key" in chain.problem


def test_an_unsigned_entry_with_a_correct_mac_is_found(clinic, insider):
    last = insider.db.query_one("SELECT * FROM access_log ORDER BY seq DESC LIMIT 1")
    assert last is not None
    fields = {**dict(zip(last.keys(), tuple(last), strict=True))}
    fields.update(id="forged", seq=last["seq"] + 1, detail="forged")
    mac = crypto.mac(
        insider.db.derive_key(_SEAL_PURPOSE), bytes.fromhex(last["mac"]) + _sealed_fields(fields)
    )
    insider.execute(
        "INSERT INTO access_log (id, origin, seq, at, user_id, action, client_id, target_type,"
        " target_id, detail, workstation, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *(
                fields[c]
                for c in (
                    "id",
                    "origin",
                    "seq",
                    "at",
                    "user_id",
                    "action",
                    "client_id",
                    "target_type",
                    "target_id",
                    "detail",
                    "workstation",
                )
            ),
            mac.hex(),
        ),
    )
    insider.close()

    (chain,) = verification(clinic).chains
    assert chain.first_broken_seq == last["seq"] + 1
    assert "not signed" in chain.problem


def test_a_swapped_public_key_is_found(clinic, insider):
    """Cora replaces the lead's public key with one she made, and signs as the lead."""
    fake = crypto.new_private_key()
    insider.execute("DROP TRIGGER staff_keys_statement_fixed")
    lead_key = insider.db.query_one(
        "SELECT k.id FROM staff_keys k JOIN users u ON u.id = k.user_id WHERE u.username = ?"
        " AND k.purpose = 'sign' AND k.revoked_at IS NULL",
        (LEAD.username,),
    )
    assert lead_key is not None
    insider.execute(
        "UPDATE staff_keys SET public_key = ? WHERE id = ?",
        (crypto.signing_public_key(fake), lead_key["id"]),
    )
    insider.close()

    report = verification(clinic)

    assert not report.ok
    assert any("no valid certificate" in p for p in report.problems)


def test_a_new_user_without_the_leads_certificate_is_found(clinic, insider):
    """Cora adds an account of her own making, with keys the lead never certified."""
    now = FakeClock().now()
    fake_user = User("fake-id", "falsk", "Falsk Person", "", Role.LEAD, True, False, now, now)
    from mottagning.storage.users import UserRepository

    UserRepository(insider.db).add(fake_user)
    private = crypto.new_private_key()
    key = StaffKey("fake-key", "fake-id", KeyPurpose.SIGN, crypto.signing_public_key(private), now)
    StaffKeyRepository(insider.db).add(key)
    from mottagning.storage.access_log import AccessLogRepository
    from mottagning.storage.settings import MetaRepository

    log = AccessLogRepository(insider.db, MetaRepository(insider.db).origin(), "CORA-PC")
    log.append(LogEvent(LogAction.LOGIN, "fake-id"), now, LogSigner("fake-key", private))
    insider.close()

    report = verification(clinic)
    assert not report.ok, report.warnings
    # ... and the lead's next login does not launder it.
    gate = clinic.authenticator()
    gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()
    assert not verification(clinic).ok


def test_dropped_append_only_triggers_are_found(clinic, insider):
    insider.drop_guards()
    insider.close()

    report = verification(clinic)

    assert not report.ok
    assert any("access_log_no_update" in p for p in report.problems)


def test_the_head_file_rewritten_too_does_not_hide_a_rewrite(clinic, insider):
    seq = lead_entry(insider)
    insider.drop_guards()
    insider.execute("UPDATE access_log SET detail = 'x' WHERE seq = ?", (seq,))
    insider.reseal()  # writes audit-head.json for the rewritten chain
    insider.close()
    gate = clinic.authenticator()
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    assert not session.warnings, "the head file alone no longer tells"
    gate.close()

    assert not verification(clinic).ok, "the signatures still do"


def test_what_an_anchor_adds_rewriting_only_ones_own_latest_entries(clinic, insider, tmp_path):
    """Cora rewrites only her own latest entries and re-signs them: no one signed
    after her, so only an anchor made before shows it."""
    from mottagning.services.authentication import Authenticator
    from mottagning.storage.access_log import AccessLogRepository
    from mottagning.storage.anchors import Anchor, write_anchor
    from mottagning.storage.crypto import fingerprint
    from mottagning.storage.settings import MetaRepository

    log = AccessLogRepository(insider.db, MetaRepository(insider.db).origin(), "CORA-PC")
    log.append(LogEvent(LogAction.LOCK, insider.user_id), FakeClock().now(), insider.own_signer())
    head = insider.db.query_one("SELECT origin, seq, mac FROM access_log ORDER BY seq DESC LIMIT 1")
    root = KeySlotFile(clinic.files.keyslots).root_public
    assert head is not None and root is not None
    anchor_file = tmp_path / "anchor.json"
    write_anchor(
        anchor_file,
        Anchor(head["origin"], head["seq"], head["mac"], fingerprint(root), FakeClock().now()),
    )
    from mottagning.storage.anchors import read_anchor

    mine = insider.db.query_one(
        "SELECT seq FROM access_log WHERE user_id = ? ORDER BY seq DESC LIMIT 1",
        (insider.user_id,),
    )
    assert mine is not None and mine["seq"] == head["seq"], "her entry is the last"
    insider.drop_guards()
    insider.execute("DELETE FROM access_log WHERE seq = ?", (mine["seq"],))
    insider.reseal()
    insider.restore_guards()
    insider.close()

    assert verification(clinic).ok, "without an anchor this cannot be seen (README says so)"
    credential = Authenticator(clinic.files, clinic.clock).check_password(
        LEAD.username, LEAD_PASSWORD
    )
    report = verify_clinic(
        clinic.files, credential, clinic.clock, "TEST-PC", read_anchor(anchor_file)
    )
    assert not report.ok
    assert any("anchor" in p for p in report.problems)
