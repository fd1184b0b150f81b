"""The code's own rules, checked with every test run (and so in CI):
lint, formatting, types, and the architecture's import boundaries."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(command[0]) or str(Path(sys.executable).parent / command[0])
    return subprocess.run(
        [tool, *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("lint-imports",),  # only app.py and ui/ import Qt; only storage imports sqlcipher3
        ("mypy",),
    ],
    ids=" ".join,
)
def test_tool_is_satisfied(command):
    result = run(*command)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
