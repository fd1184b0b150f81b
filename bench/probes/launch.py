"""Starting the probes in fresh processes and reading what they report."""

import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from bench.probes import RESULT, SHOWN

T = TypeVar("T")
REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT = 600  # seconds; a probe that hangs (a modal dialog offscreen) fails the run


class ProbeFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class GuiConfig:
    data_dir: str
    username: str
    client_id: str
    mondays: list[str]
    client_views: int


def compile_bytecode() -> None:
    """Compile the program's modules as `pip install` does, so start-up is not
    measured compiling source: an editable install under PYTHONDONTWRITEBYTECODE
    (set on this machine) would otherwise compile every module at every start."""
    import mottagning  # noqa: PLC0415

    for package in (Path(mottagning.__file__).parent, REPOSITORY / "bench"):
        compileall.compile_dir(package, quiet=1)


def environment() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPOSITORY), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}


def _probe(
    module: str, args: list[str], read: Callable[[IO[str]], T], program: list[str] | None = None
) -> T:
    """Run `python -m module args` (or a frozen `program` with args); `read`
    takes what it needs from its stdout."""
    with tempfile.TemporaryFile("w+") as errors:  # not a pipe: a chatty probe cannot block
        process = subprocess.Popen(  # noqa: S603 (our own probe, this interpreter)
            [*(program or [sys.executable, "-m", module]), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=environment(),
            text=True,
        )
        assert process.stdout is not None
        try:
            result = read(process.stdout)
            process.stdout.read()
            code = process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if code != 0:
            errors.seek(0)
            raise ProbeFailed(f"{module} {args[0]} ended with {code}:\n{errors.read()[-3000:]}")
    return result


def startup_ms(*args: str, program: list[str] | None = None) -> float:
    """Milliseconds from starting `bench.probes.startup ARGS` (or its frozen
    build, `program`) to its first paint."""

    def shown_at(output: IO[str]) -> float | None:
        for line in output:
            if line.strip() == SHOWN:
                return time.perf_counter()
        return None

    started = time.perf_counter()
    shown = _probe("bench.probes.startup", list(args), shown_at, program)
    if shown is None:
        raise ProbeFailed(f"the start-up probe {args[0]} never showed its window")
    return 1000.0 * (shown - started)


def gui(config: GuiConfig) -> dict[str, Any]:
    output = _probe("bench.probes.gui", [json.dumps(asdict(config))], lambda out: out.read())
    for line in output.splitlines():
        if line.startswith(RESULT):
            result: dict[str, Any] = json.loads(line.removeprefix(RESULT))
            return result
    raise ProbeFailed(f"the GUI probe reported nothing:\n{output[-3000:]}")
