"""The benchmark keeps working: the generator and every measure at the smoke
size, once, in a subprocess as it is run by hand. Timings are not asserted
(they belong to the benchmark's report, not to the test suite)."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bench.figures import Figure, target_for
from bench.runner import growth

ROOT = Path(__file__).resolve().parent.parent
FIGURES = {
    "startup",
    "unlock.key_derivation",
    "unlock.key_to_window",
    "unlock.key_to_session",
    "search.p50",
    "search.p95",
    "week.counselor",
    "week.clinic",
    "month.counselor",
    "month.clinic",
    "client_view",
    "client_view.journal",
    "client_view.questionnaires",
    "client_view.first",
    "journal.save_draft",
    "journal.sign",
    "encryption",
    "encryption.first_read",
    "query.week_counselor",
    "query.client_notes",
    "query.access_log_page",
    "memory.peak_rss",
    "backup.create",
    "backup.verify",
    "backup.restore",
}


def test_builds_a_smoke_clinic_and_measures_everything_once(tmp_path: Path) -> None:
    out = tmp_path / "smoke.json"
    command = ["run", "--size", "smoke", "--repeat", "1", "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "bench", *command, "--work-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    header = result.stdout.splitlines()[0].split()
    assert header[:3] == ["figure", "size", "value"] and header[-2:] == ["target", "met?"]
    for label in ("start-up: process start to login window", "client search per keystroke, p95"):
        assert label in result.stdout
    assert "not measured: yearly numbers" in result.stdout

    report = json.loads(out.read_text())
    assert {"date", "machine", "datasets", "figures", "load_average", "calibration_ms"} <= set(
        report
    )
    assert {"cpu_count", "python", "pyside6", "sqlcipher", "sqlite"} <= set(report["machine"])
    (dataset,) = report["datasets"]
    assert dataset["size"] == "smoke" and dataset["rows"]["journal_notes"] > 0
    figures = {f["key"]: f for f in report["figures"]}
    assert set(figures) >= FIGURES
    for key in FIGURES:
        assert len(figures[key]["samples"]) == 1 and math.isfinite(figures[key]["value"]), key
    assert figures["startup"]["ratio"] > 0 and figures["startup"]["floor_label"]
    assert figures["encryption"]["met"] in (True, False)
    assert report["notes"]["smoke"]["first_area_after_login"] == "area_today"
    assert not list(tmp_path.glob("mottagning-bench-*")), "the temporary clinic is removed"


def test_growth_compares_each_figure_with_the_smaller_clinic() -> None:
    small = [Figure("search.p95", "search", "1x", "ms", (2.0, 4.0, 3.0))]
    large = [
        Figure("search.p95", "search", "10x", "ms", (9.0,)),
        Figure("startup", "start-up", "10x", "ms", (500.0,)),  # no data in it: no growth
    ]
    (grown,) = growth(small, large)
    assert grown.key == "growth.search.p95" and grown.size == "1x->10x"
    assert grown.ratio == 3.0 and grown.target is None


def test_search_is_allowed_more_time_on_the_larger_clinic() -> None:
    assert target_for("search.p95", "1x") == target_for("search.p95", "smoke")
    small, large = target_for("search.p95", "1x"), target_for("search.p95", "10x")
    assert small is not None and large is not None and large.limit == 2 * small.limit


def test_run_makes_a_missing_work_dir_and_refuses_a_folder_without_a_clinic(tmp_path, capsys):
    from bench.__main__ import parse

    work = tmp_path / "new" / "work"
    args = parse(["run", "--size", "smoke", "--work-dir", str(work)])
    assert work.is_dir() and args.work_dir == work
    with pytest.raises(SystemExit) as usage:
        parse(["run", "--size", "smoke", "--data-dir", str(tmp_path / "none")])
    assert usage.value.code == 2
    assert "no built clinic there" in capsys.readouterr().err
