"""`mottagning stats`: the yearly numbers for IT and scripts."""

import io

import openpyxl
import pytest

from mottagning import cli
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD


def stats_args(data_dir, user: str, out, *more: str) -> list[str]:
    return [
        "stats",
        "--data-dir",
        str(data_dir),
        "--user",
        user,
        "--year",
        "2020",
        "--out",
        str(out),
        *more,
    ]


def test_final_freezes_the_year_once_and_gives_the_same_bytes_after(
    run, clinic, gate, lead, tmp_path, monkeypatch
):
    gate.close()
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"

    code, out, err = run(
        *stats_args(clinic.files.data_dir, "lead", first, "--format", "pdf", "--final")
    )
    assert (code, err) == (0, "")
    assert "Froze the final report of 2020" in out
    code, out, _ = run(
        *stats_args(clinic.files.data_dir, "lead", second, "--format", "pdf", "--final")
    )
    assert code == 0
    assert "as it was frozen" in out
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"%PDF")


def test_a_workbook_for_the_council(run, clinic, gate, lead, tmp_path, monkeypatch):
    gate.close()
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    out_file = tmp_path / "2020.xlsx"

    code, out, _ = run(*stats_args(clinic.files.data_dir, "lead", out_file, "--format", "xlsx"))

    assert code == 0
    assert "preliminary" in out
    workbook = openpyxl.load_workbook(io.BytesIO(out_file.read_bytes()))
    assert "Table 1" in workbook.sheetnames
    assert not (tmp_path / "2020.xlsx.part").exists()


def test_a_counselor_is_refused_clearly(run, clinic, gate, lead, counselor, tmp_path, monkeypatch):
    gate.close()
    monkeypatch.setenv(cli.PASSWORD_ENV, COUNSELOR_PASSWORD)
    out_file = tmp_path / "x.csv"

    code, _, err = run(*stats_args(clinic.files.data_dir, "cora", out_file, "--format", "csv"))

    assert code == 1
    assert "compile and export the yearly numbers" in err
    assert "Traceback" not in err
    assert not out_file.exists()


def test_a_wrong_year_is_a_usage_error(run, clinic, tmp_path, capsys):
    arguments = stats_args(clinic.files.data_dir, "lead", tmp_path / "x", "--format", "csv")
    arguments[arguments.index("2020")] = "tjugo"
    with pytest.raises(SystemExit) as usage:  # argparse: explained on stderr
        run(*arguments)
    assert usage.value.code == cli.EXIT_USAGE
    assert "a year such as 2025" in capsys.readouterr().err
