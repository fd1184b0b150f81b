"""Workstations of one clinic syncing through a throwaway PostgreSQL server."""

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.storage import sync_server
from mottagning.storage.files import ClinicFiles
from mottagning.storage.sync_tables import SYNCED_TABLES
from tests.storage.postgres import PostgresServer, postgres_server
from tests.support import FAST_KDF, LEAD, LEAD_PASSWORD, FakeClock


@pytest.fixture(scope="session")
def pg() -> Iterator[PostgresServer]:
    """One server for the whole run (each test gets a database of its own)."""
    with postgres_server() as server:
        yield server


@dataclass
class ClinicServer:
    """One clinic's database on the server, and a login role per workstation."""

    pg: PostgresServer
    dbname: str
    roles: list[str] = field(default_factory=list)

    @property
    def admin_dsn(self) -> str:
        return self.pg.dsn(dbname=self.dbname)

    def workstation_dsn(self, name: str) -> str:
        role = f"{self.dbname}_{name}"
        if role not in self.roles:
            self.pg.sql(f"CREATE ROLE {role} LOGIN IN ROLE {sync_server.WORKSTATION_ROLE}")
            self.roles.append(role)
        return self.pg.dsn(user=role, dbname=self.dbname)


@pytest.fixture
def server(pg: PostgresServer) -> ClinicServer:
    dbname = f"c{uuid.uuid4().hex[:10]}"
    pg.sql(f"CREATE DATABASE {dbname}", dbname="postgres")
    sync_server.install(pg.dsn(dbname=dbname))
    return ClinicServer(pg, dbname)


@dataclass
class Workstation:
    name: str
    files: ClinicFiles
    gate: Authenticator
    lead: Session


def connect_first(lead: Session, server: ClinicServer, name: str = "a") -> None:
    lead.sync.connect(server.workstation_dsn(name))


def new_workstation(
    lead: Session, server: ClinicServer, folder: Path, clock: FakeClock, name: str
) -> Workstation:
    """Another PC of the clinic: a copy made by the lead, connected with its own role."""
    files = ClinicFiles(folder)
    lead.sync.copy_for_new_workstation(files)
    gate = Authenticator(files, clock, FAST_KDF, workstation=f"PC-{name.upper()}")
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    assert not session.sync.configured  # the original's connection stayed behind
    session.sync.connect(server.workstation_dsn(name))
    return Workstation(name, files, gate, session)


def canonical_dump(session: Session) -> dict[str, list[list[object]]]:
    """Every synced table's rows in key order: what converged replicas share."""
    db = session.clinic.db
    dump: dict[str, list[list[object]]] = {}
    for table in SYNCED_TABLES:
        rows = db.query(f"SELECT * FROM {table.name} ORDER BY {', '.join(table.key)}")
        dump[table.name] = [
            [value.hex() if isinstance(value, bytes) else value for value in tuple(row)]
            for row in rows
        ]
    return json.loads(json.dumps(dump))
