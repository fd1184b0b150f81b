"""The benchmark keeps working: the generator and every measure at the smoke
size, once, in a subprocess as it is run by hand. Timings are not asserted
(they belong to the benchmark's report, not to the test suite)."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bench import pg
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
    "stall.week_clinic",
    "stall.client_view",
    "key_rotation",
    "backup.create",
    "backup.verify",
    "backup.restore",
}

SYNC_FIGURES = {
    "sync.day",
    "sync.day.push",
    "sync.day.apply",
    "sync.join",
    "sync.workstations.p50",
    "sync.workstations.p95",
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
    assert "not measured:" not in result.stdout, "the yearly numbers are measured now"

    report = json.loads(out.read_text())
    assert {"date", "machine", "datasets", "figures", "load_average", "calibration_ms"} <= set(
        report
    )
    assert {"cpu_count", "python", "pyside6", "sqlcipher", "sqlite"} <= set(report["machine"])
    (dataset,) = report["datasets"]
    assert dataset["size"] == "smoke" and dataset["rows"]["journal_notes"] > 0
    figures = {f["key"]: f for f in report["figures"]}
    assert set(figures) >= FIGURES
    if pg.bin_dir() is not None:  # the sync part needs a PostgreSQL server
        assert set(figures) >= SYNC_FIGURES
        assert figures["sync.join"]["ratio"] > 0
    for key in FIGURES:
        assert len(figures[key]["samples"]) == 1 and math.isfinite(figures[key]["value"]), key
    assert figures["startup"]["ratio"] > 0 and figures["startup"]["floor_label"]
    assert figures["encryption"]["met"] in (True, False)
    assert figures["key_rotation"]["ratio"] > 1, "more than copying the file"
    assert figures["stall.client_view"]["value"] > 0 and figures["stall.week_clinic"]["value"] > 0
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


def _report(figures: list[Figure]) -> dict[str, object]:
    return {"date": "d", "figures": [f.as_json() for f in figures]}


def test_compare_flags_a_figure_only_when_clearly_slower(tmp_path: Path) -> None:
    from bench.compare import compare

    before = [
        Figure("week.clinic", "week", "1x", "ms", (20.0, 21.0, 22.0)),
        Figure("search.p95", "search", "1x", "ms", (3.0, 4.0, 5.0)),
        Figure("startup", "start-up", "1x", "ms", (260.0,), floor=130.0),
    ]
    after = [
        Figure("week.clinic", "week", "1x", "ms", (21.0, 22.0, 23.0)),  # within 10%
        Figure("search.p95", "search", "1x", "ms", (4.5, 5.0, 4.0)),  # +25%, spreads overlap
        Figure("startup", "start-up", "1x", "ms", (300.0,), floor=150.0),  # same ratio
    ]
    paths = tmp_path / "before.json", tmp_path / "after.json"
    for path, figures in zip(paths, (before, after), strict=True):
        path.write_text(json.dumps(_report(figures)))
    text, regressed = compare(*paths)
    assert not regressed and "0 of 3 figures regressed" in text

    slower = [Figure("week.clinic", "week", "1x", "ms", (30.0, 31.0, 29.0))]
    paths[1].write_text(json.dumps(_report(slower)))
    text, regressed = compare(*paths)
    assert regressed and "+43%" in text and "YES" in text


def test_a_run_can_be_limited_to_some_parts(tmp_path, capsys):
    from bench.__main__ import parse

    args = parse(["run", "--size", "smoke", "--only", "services", "--only", "gui"])
    assert args.only == ["services", "gui"]
    with pytest.raises(SystemExit):
        parse(["run", "--size", "smoke", "--only", "everything"])
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("content", ["", "not json", "[]", '{"figures": 3}'])
def test_compare_says_what_is_wrong_with_a_report_that_is_not_one(tmp_path, capsys, content):
    from bench.__main__ import main

    good = tmp_path / "good.json"
    good.write_text(json.dumps(_report([Figure("startup", "start-up", "1x", "ms", (1.0,))])))
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert main(["compare", str(good), str(bad)]) == 2
    assert main(["compare", str(tmp_path / "missing.json"), str(good)]) == 2
    assert "cannot compare" in capsys.readouterr().err
