"""Random work on three workstations with random network cuts (Hypothesis
state machine): once every PC is back and has synced twice, all replicas hold
the same, every booking made anywhere is everywhere, and every field holds a
value someone wrote to it, with a conflict listed where two PCs wrote it
apart. One PC's clock is an hour slow."""

import dataclasses
import itertools
import shutil
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from mottagning.errors import AppointmentClash
from mottagning.models.calendar import AppointmentDetails
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.setup import create_clinic
from mottagning.storage import sync_server
from mottagning.storage.files import ClinicFiles
from tests.storage.postgres import PostgresServer
from tests.storage.reception import details, local
from tests.storage.sync_support import ClinicServer, canonical_dump, new_workstation
from tests.support import (
    CLINIC,
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    FakeClock,
    add_user,
)

FIELDS = ("phone", "email", "home_municipality")
_server: list[PostgresServer] = []


@pytest.fixture(autouse=True)
def _use(pg: PostgresServer) -> None:
    _server[:] = [pg]


class ThreeWorkstations(RuleBasedStateMachine):
    @initialize()
    def make_clinic(self) -> None:
        pg = _server[0]
        dbname = f"m{uuid.uuid4().hex[:10]}"
        pg.sql(f"CREATE DATABASE {dbname}", dbname="postgres")
        sync_server.install(pg.dsn(dbname=dbname))
        self.server = ClinicServer(pg, dbname)
        self.folder = Path(tempfile.mkdtemp(prefix="mottagning-conv-"))
        self.clock = FakeClock()
        files = ClinicFiles(self.folder / "a")
        create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, self.clock, FAST_KDF)
        self.gates = [Authenticator(files, self.clock, FAST_KDF, workstation="PC-A")]
        lead = self.gates[0].login(LEAD.username, LEAD_PASSWORD)
        cora = add_user(
            lead, self.gates[0], NewUser("cora", "Cora B", "", Role.COUNSELOR), COUNSELOR_PASSWORD
        )
        self.counselor_id = cora.user.id
        self.clients = [lead.clients.create(details(alias))[0] for alias in ("Lilja", "Vide")]
        lead.sync.connect(self.server.workstation_dsn("a"))
        self.leads = [lead]
        for name in ("b", "c"):
            station = new_workstation(lead, self.server, self.folder / name, self.clock, name)
            self.gates.append(station.gate)
            self.leads.append(station.lead)
        # C's clock is an hour slow: the versions still order what it saw before.
        slow = FakeClock(self.clock.moment - timedelta(hours=1))
        self.leads[2].clinic.clock = slow  # type: ignore[misc]
        self.slow = slow
        self.online = [True, True, True]
        self.written: dict[tuple[int, str], set[object]] = {}
        self.booked: set[str] = set()
        self.values = itertools.count()
        self.order: dict[str, int] = {}

    def teardown(self) -> None:
        for gate in getattr(self, "gates", []):
            gate.close()
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)

    def _tick(self) -> None:
        self.clock.advance(seconds=7)
        self.slow.advance(seconds=7)

    @rule(pc=st.integers(0, 2), client=st.integers(0, 1), field=st.sampled_from(FIELDS))
    def edit(self, pc: int, client: int, field: str) -> None:
        self._tick()
        session = self.leads[pc]
        current = session.clients.open(self.clients[client].id)
        number = next(self.values)
        value = {
            "phone": f"070-{pc}{number:05d}",
            "email": f"k{number}.pc{pc}@example.org",
            "home_municipality": f"Kommun {pc} {number}",
        }[field]
        session.clients.update(current.id, dataclasses.replace(current.details, **{field: value}))
        self.written.setdefault((client, field), set()).add(value)
        self.order[value] = number

    @rule(pc=st.integers(0, 2), hour=st.integers(9, 15), client=st.integers(0, 1))
    def book(self, pc: int, hour: int, client: int) -> None:
        self._tick()
        visit = AppointmentDetails(
            client_id=self.clients[client].id,
            starts_at=local(2026, 11, 25, hour),
            ends_at=local(2026, 11, 25, hour, 45),
            counselor_ids=frozenset({self.counselor_id}),
        )
        try:
            (booked,) = self.leads[pc].scheduling.book(visit).appointments
        except AppointmentClash:
            return  # what that PC knows of already: refused there, as it should
        self.booked.add(booked.id)

    @rule(pc=st.integers(0, 2))
    def cut_or_mend(self, pc: int) -> None:
        self.online[pc] = not self.online[pc]

    @precondition(lambda self: any(self.online))
    @rule(pc=st.integers(0, 2))
    def sync(self, pc: int) -> None:
        if self.online[pc]:
            self._tick()
            self.leads[pc].sync.sync_now()

    @invariant()
    def nothing_acknowledged_is_lost(self) -> None:
        if not hasattr(self, "leads"):
            return
        for session in self.leads:
            assert session.sync.status().waiting >= 0

    def converge(self) -> None:
        self.online = [True, True, True]
        for _ in range(2):
            for pc in range(3):
                self.sync(pc)


def test_three_workstations_converge() -> None:
    class Checked(ThreeWorkstations):
        def teardown(self) -> None:
            try:
                if hasattr(self, "leads"):
                    self.check_converged()
            finally:
                super().teardown()

        def check_converged(self) -> None:
            self.converge()
            dumps = [canonical_dump(session) for session in self.leads]
            assert dumps[0] == dumps[1] == dumps[2]
            ids = {row[0] for row in dumps[0]["appointments"]}
            assert self.booked <= ids
            conflicts = {(c.what, c.field) for c in self.leads[0].sync.conflicts()}
            for (client, field), values in self.written.items():
                final = self.leads[0].clients.open(self.clients[client].id).details
                assert getattr(final, field) in values
                alias = self.clients[client].alias
                if len(values) > 1 and (alias, field) not in conflicts:
                    # Written more than once without a conflict: each saw the one before.
                    assert getattr(final, field) == max(values, key=self.order.__getitem__)

    Checked.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=24,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    test = Checked.TestCase("runTest")
    test.runTest()
