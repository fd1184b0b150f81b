"""A throwaway PostgreSQL for the sync benchmarks: initdb in a scratch folder,
a Unix socket only, fsync on (as a real server), stopped afterwards. Debian's
server programs (`apt-get install postgresql`); as root it runs as `nobody`.
(tests/storage/postgres.py is the tests' twin, which skips instead.)"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg


def bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


@dataclass
class Server:
    bin_dir: Path
    root: Path
    as_user: list[str]

    def dsn(self, user: str = "postgres", dbname: str = "postgres") -> str:
        return f"host={self.root / 'socket'} port=5432 user={user} dbname={dbname}"

    def run(self, *args: str) -> None:
        subprocess.run(  # noqa: S603 (PostgreSQL's own programs, fixed arguments)
            [*self.as_user, str(self.bin_dir / args[0]), *args[1:]],
            cwd=self.root,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        with psycopg.connect(self.dsn(dbname=dbname), autocommit=True) as connection:
            connection.execute(statement)


@contextlib.contextmanager
def server() -> Iterator[Server]:
    found = bin_dir()
    if found is None:
        raise RuntimeError("PostgreSQL's server programs are missing: apt-get install postgresql")
    # Not in `scratch`: `nobody` may not enter it.
    root = Path(tempfile.mkdtemp(prefix="mottagning-bench-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "nobody", "--"]
        shutil.chown(root, "nobody")
    root.chmod(0o755)
    made = Server(found, root, as_user)
    data = str(root / "data")
    try:
        initdb = ("-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale")
        made.run("initdb", *initdb, "--no-sync")
        socket = [*as_user, "mkdir", str(root / "socket")]
        subprocess.run(socket, check=True, cwd=root)  # noqa: S603 (a folder of ours)
        options = f"-c listen_addresses='' -k {root / 'socket'} -p 5432 -c max_connections=60"
        made.run("pg_ctl", "-D", data, "-o", options, "-w", "-s", "start", "-l", str(root / "log"))
        yield made
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            made.run("pg_ctl", "-D", data, "-m", "immediate", "-w", "-s", "stop")
        shutil.rmtree(root, ignore_errors=True)
