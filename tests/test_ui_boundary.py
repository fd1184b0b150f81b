"""The UI gets what it needs from services: it never reaches through a
session to the storage behind it (the raw database, users, access log or key
slots). Imports are checked by lint-imports; this checks attribute access,
which no import graph sees."""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "mottagning" / "ui"
STORAGE_HANDLES = {"clinic", "_context", "_ctx"}


def reaches_through_a_session(source: str) -> list[int]:
    """Lines where code reads `<...session>.clinic` (or a service's private
    context): the way around the services."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or node.attr not in STORAGE_HANDLES:
            continue
        owner = node.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if name.lstrip("_").endswith("session") or node.attr != "clinic":
            lines.append(node.lineno)
    return sorted(lines)


def test_the_checker_sees_the_ways_around():
    source = (
        "today = self._session.clinic.today()\n"
        "db = session.clinic.db\n"
        "ctx = self._session.journal._ctx\n"
        "fine = self._session.time.today()\n"
        "also_fine = self.clinic\n"
    )
    assert reaches_through_a_session(source) == [1, 2, 3]


def test_the_ui_never_reaches_storage_through_a_session():
    offenders = [
        f"{path.relative_to(UI.parent.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in reaches_through_a_session(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
