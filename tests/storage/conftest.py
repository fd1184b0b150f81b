"""Fixtures for the client-register and calendar tests (on top of tests/conftest.py):
a second counselor, a room and a registered client."""

from collections.abc import Iterator

import pytest

from mottagning import cli
from mottagning.app import main
from mottagning.models.calendar import Room
from mottagning.models.clients import Client
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from tests.storage.cli_support import RestoredLogging, Run, console_to
from tests.storage.reception import details
from tests.support import add_user

COLLEAGUE_PASSWORD = "grön tekanna på fönsterbrädan"


@pytest.fixture
def colleague(lead: Session, gate: Authenticator) -> Session:
    """A second counselor, "olle"."""
    new = NewUser("olle", "Olle Terapeut", "Leg. psykolog", Role.COUNSELOR)
    return add_user(lead, gate, new, COLLEAGUE_PASSWORD)


@pytest.fixture
def room(scheduler: Session) -> Room:
    return scheduler.calendar_settings.save_room("Rum Björken")


@pytest.fixture
def lilja(counselor: Session) -> Client:
    """An adult client of the counselor's, registered by her."""
    client, prompt = counselor.clients.create(
        details("Lilja", birth_year=1990, counselor_ids=frozenset({counselor.user.id}))
    )
    assert prompt is None
    return client


@pytest.fixture
def run(qapp, monkeypatch, capsys) -> Iterator[Run]:
    monkeypatch.delenv(cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(cli, "Console", console_to())

    def run_main(*argv: str) -> tuple[int, str, str]:
        code = main(["--language", "en", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    with RestoredLogging():
        yield run_main
