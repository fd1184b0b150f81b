"""A throwaway PostgreSQL server for the sync tests: initdb in a temporary
folder, listening only on a Unix socket there, stopped afterwards.

PostgreSQL refuses to run as root, so as root (CI) it runs as `nobody`, via
runuser; the folder is made for that user. Without the server binaries
(`apt-get install postgresql`) the tests that need one are skipped, saying so.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    # Debian keeps them off PATH, under the version.
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    as_user: list[str]

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def dsn(self, user: str = "postgres", dbname: str = "clinic") -> str:
        return f"host={self.socket_dir} port=5432 user={user} dbname={dbname}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, str(self.bin_dir / args[0]), *args[1:]],
            cwd=self.root,  # `nobody` may not enter the test's own folder
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-c listen_addresses='' -k {self.socket_dir} -c fsync=off -p 5432"
        self.run(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-o",
            options,
            "-w",
            "-s",
            "start",
            "-l",
            str(self.root / "log"),
        )

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "-s", "stop")

    def sql(self, statement: str, dbname: str = "clinic") -> list[tuple[object, ...]]:
        """One statement as the server's superuser (autocommit: CREATE DATABASE too)."""
        with psycopg.connect(self.dsn(dbname=dbname), autocommit=True) as connection:
            cursor = connection.execute(statement)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def dump(self, dbname: str = "clinic") -> bytes:
        return subprocess.run(
            [str(self.bin_dir / "pg_dump"), self.dsn(dbname=dbname)],
            check=True,
            capture_output=True,
            timeout=60,
        ).stdout


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="mottagning-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root without runuser: PostgreSQL refuses to run as root")
        as_user = [runuser, "-u", "nobody", "--"]
        shutil.chown(root, "nobody")
    root.chmod(0o755)
    server = PostgresServer(bin_dir, root, as_user)
    try:
        server.run(
            "initdb",
            "-D",
            str(server.data_dir),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        subprocess.run([*as_user, "mkdir", str(server.socket_dir)], check=True, cwd=root)
        server.start()
        server.sql("CREATE DATABASE clinic", dbname="postgres")
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
