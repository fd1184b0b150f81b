"""Fixtures: a real SQLCipher clinic in a temporary folder for every test.

QT_QPA_PLATFORM is set before anything imports Qt, so UI tests run offscreen.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from tests.storage.sync_support import pg, server  # noqa: F401 (the sync tests' server)
from tests.support import (
    CLINIC,
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    SCHEDULER_PASSWORD,
    ClinicUnderTest,
    FakeClock,
    add_user,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def files(tmp_path) -> ClinicFiles:
    return ClinicFiles(tmp_path / "clinic")


@pytest.fixture
def clinic(files: ClinicFiles, clock: FakeClock) -> ClinicUnderTest:
    """A freshly set-up clinic (database, key slots, first clinic lead)."""
    recovery_key = create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, clock, FAST_KDF)
    return ClinicUnderTest(files, clock, recovery_key)


@pytest.fixture
def gate(clinic: ClinicUnderTest) -> Iterator[Authenticator]:
    authenticator = clinic.authenticator()
    yield authenticator
    authenticator.close()


@pytest.fixture
def lead(gate: Authenticator) -> Session:
    return gate.login(LEAD.username, LEAD_PASSWORD)


@pytest.fixture
def counselor(lead: Session, gate: Authenticator) -> Session:
    new = NewUser("cora", "Cora Behandlare", "Socionom", Role.COUNSELOR)
    return add_user(lead, gate, new, COUNSELOR_PASSWORD)


@pytest.fixture
def scheduler(lead: Session, gate: Authenticator) -> Session:
    new = NewUser("sam", "Sam Schemalagd", "Administratör", Role.SCHEDULER)
    return add_user(lead, gate, new, SCHEDULER_PASSWORD)
