"""The encrypted database connection. The only module that imports sqlcipher3.

Every connection starts with `PRAGMA key` (a raw 256-bit key, so no slow
passphrase derivation here: the key slots did that), then WAL with
`synchronous=FULL` (no acknowledged commit is lost to a crash), foreign keys,
and temporary tables in memory (SQLCipher writes temp files in plaintext).

SQLite errors are translated into the program's own: a full disk, a file
locked by another program, a damaged file. After damage the connection is
unusable, so it refuses further use instead of failing in odd ways.
"""

import contextlib
import errno
import hmac
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlcipher3 import dbapi2 as sqlcipher

from mottagning.errors import DatabaseBusy, DatabaseDamaged, DiskFull, StorageUnavailable
from mottagning.storage.crypto import derive_subkey

log = logging.getLogger(__name__)

_FULL, _CORRUPT, _NOTADB = 13, 11, 26
_BUSY, _LOCKED = 5, 6
_INTERRUPT = 9
_UNAVAILABLE = {3, 8, 10, 14}  # PERM, READONLY, IOERR, CANTOPEN
_TEMP_STORE_MEMORY = 2
BACKUP_STEP_PAGES = 1024  # pages per step of an online copy (4 MiB): progress, room for writers

# SQLCipher reports HMAC failures on stderr by default; the exception says enough.
_quiet = sqlcipher.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()

Params = Sequence[Any] | dict[str, Any]


def _casefold(text: object) -> object:
    return text.casefold() if isinstance(text, str) else text


def triggers_of_schema(scripts: Sequence[str]) -> dict[str, str]:
    """The triggers the migration `scripts` make, built in a scratch database in
    memory (nothing to do with any clinic's): what a database should hold."""
    connection = sqlcipher.connect(":memory:", isolation_level=None)
    try:
        connection.create_function("casefold", 1, _casefold, deterministic=True)
        for script in scripts:
            connection.executescript(script)
        rows = connection.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
        return {str(name): str(sql) for name, sql in rows}
    finally:
        connection.close()


class Row(Protocol):
    def __getitem__(self, key: str, /) -> Any: ...


class Database:
    """One open, unlocked SQLCipher database."""

    def __init__(self, connection: Any, path: Path, key: bytes) -> None:
        self._conn = connection
        self._key = key
        self.path = path
        self._depth = 0  # nesting of transaction(): inner levels are savepoints
        self._damaged = False
        self.closed = False
        self._after_commit: list[Callable[[], None]] = []

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> "Database":
        """Open (or with `create`, make) the database at `path` with `key`.

        The key must already be proven by a key slot: a file that does not
        decrypt is then damage, not a wrong password.
        """
        if create == path.exists():
            raise FileExistsError(path) if create else FileNotFoundError(path)
        try:
            connection = sqlcipher.connect(str(path), isolation_level=None)
        except sqlcipher.Error as exc:
            raise StorageUnavailable(folder=str(path.parent)) from exc
        if create and os.name == "posix":
            path.touch()
            path.chmod(0o600)  # only the signed-in OS user may read the file
        database = cls(connection, path, key)
        try:
            database._configure(create)
        except BaseException:
            connection.close()
            raise
        return database

    @classmethod
    def open_read_only(cls, path: Path, key: bytes) -> "Database":
        """Open a standalone copy (a backup, in rollback-journal mode) without
        writing to it: a check must not change the file whose hash it checks,
        and a write-protected disk must still verify."""
        if not path.exists():
            raise FileNotFoundError(path)
        try:
            connection = sqlcipher.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
        except sqlcipher.Error as exc:
            raise StorageUnavailable(folder=str(path.parent)) from exc
        database = cls(connection, path, key)
        try:
            with database._translated():
                connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                connection.execute("PRAGMA temp_store = MEMORY")
                if connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
                    database._damaged = True
                    raise DatabaseDamaged()
                connection.create_function("casefold", 1, _casefold, deterministic=True)
                connection.row_factory = sqlcipher.Row
        except BaseException:
            connection.close()
            raise
        return database

    def _configure(self, create: bool) -> None:
        with self._translated():
            self._conn.execute(f"PRAGMA key = \"x'{self._key.hex()}'\"")
            tables = self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
            if tables == 0 and not create:
                # An existing file that holds nothing (empty, cut short) is damage,
                # never a new database to fill with a new clinic: checked before
                # anything (the switch to WAL) writes to it.
                log.warning("database file holds no schema")
                self._damaged = True
                raise DatabaseDamaged()
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA temp_store = MEMORY")
            self._conn.execute("PRAGMA busy_timeout = 5000")
            # 64 MiB of decrypted pages: each page read from disk is decrypted and
            # its HMAC checked, so a cache that holds the working set keeps
            # encryption's cost near zero once warm (measured: 2.1x -> 1.0x at 1x).
            self._conn.execute("PRAGMA cache_size = -65536")
            # Unicode case folding for SQL (SQLite's own lower() and NOCASE fold ASCII only).
            self._conn.create_function("casefold", 1, _casefold, deterministic=True)
            self._conn.row_factory = sqlcipher.Row
            self.check_safe_settings()

    def check_safe_settings(self) -> None:
        """The settings that keep plaintext off disk are checked, not assumed:
        at every open, and again whenever a caller wants to be sure."""
        temp_store = self._conn.execute("PRAGMA temp_store").fetchone()[0]
        journal_mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        foreign_keys = self._conn.execute("PRAGMA foreign_keys").fetchone()[0]
        if temp_store != _TEMP_STORE_MEMORY or journal_mode != "wal" or foreign_keys != 1:
            raise RuntimeError(
                f"unsafe connection settings: temp_store={temp_store} "
                f"journal_mode={journal_mode} foreign_keys={foreign_keys}"
            )

    # --- Statements ---------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        with self._translated():
            return int(self._conn.execute(sql, params).rowcount)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        with self._translated():
            self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._translated():
            rows: list[Row] = self._conn.execute(sql, params).fetchall()
            return rows

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._translated():
            row: Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        with self._translated():
            row = self._conn.execute(sql, params).fetchone()
            return None if row is None else row[0]

    def run_script(self, script: str) -> None:
        """Run a script of several statements. It must hold its own
        BEGIN ... COMMIT; a failure part-way rolls everything back."""
        with self._translated():
            try:
                self._conn.executescript(script)
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def run_migration(
        self, script: str, version: int, step: "Callable[[Database], None] | None"
    ) -> None:
        """A migration's statements, then `step` (Python that needs what SQL has
        not: keys), then the new user_version: one transaction, all or nothing."""
        with self._translated():
            try:
                self._conn.executescript(f"BEGIN IMMEDIATE;\n{script}\n")
                self._depth += 1  # the step's own transactions become savepoints
                try:
                    if step is not None:
                        step(self)
                finally:
                    self._depth -= 1
                self._conn.execute(f"PRAGMA user_version = {int(version)}")
                self._conn.execute("COMMIT")
            except BaseException:
                if not self._damaged and self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use becomes a savepoint of the outer transaction."""
        savepoint = f"level{self._depth}"
        with self._translated():
            self._conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._after_commit.clear()
            # Some errors (a full disk, an I/O error) make SQLite roll back the
            # whole transaction itself; there is then nothing left to undo.
            if not self._damaged and self._conn.in_transaction:
                with self._translated():
                    if self._depth == 0:
                        self._conn.execute("ROLLBACK")
                    else:
                        self._conn.execute(f"ROLLBACK TO {savepoint}")
                        self._conn.execute(f"RELEASE {savepoint}")
            raise
        self._depth -= 1
        with self._translated():
            self._conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {savepoint}")
        if self._depth == 0:
            self._run_after_commit()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the outermost transaction has committed (now,
        outside one); a rolled-back transaction forgets it."""
        if callback not in self._after_commit:
            self._after_commit.append(callback)
        if self._depth == 0:
            self._run_after_commit()

    def _run_after_commit(self) -> None:
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # --- Whole-file operations ----------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def quick_problems(self, budget_seconds: float) -> list[str] | None:
        """`PRAGMA quick_check` within a time budget: its problems (empty when
        sound), or None when the budget ran out before it finished."""
        deadline = time.monotonic() + budget_seconds
        timed_out = False

        def stop() -> int:
            nonlocal timed_out
            timed_out = time.monotonic() > deadline
            return 1 if timed_out else 0

        self._conn.set_progress_handler(stop, 200)
        try:
            with self._translated():
                result = [str(r[0]) for r in self._conn.execute("PRAGMA quick_check")]
        except sqlcipher.OperationalError:
            if timed_out:
                return None
            raise
        finally:
            self._conn.set_progress_handler(None, 0)
        return [] if result == ["ok"] else result

    def integrity_problems(self, *, thorough: bool = True) -> list[str]:
        """SQLCipher page HMACs and SQLite's own structure check; empty when sound.

        A checkpoint first, because the cipher check reads only the main file.
        Not `thorough`: every page's HMAC and every b-tree's structure
        (quick_check), without matching each index against its table or the
        foreign keys, which a page-by-page copy cannot change (at 1x: 12 s
        instead of 33 s).
        """
        with self._translated():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return self.structure_problems(thorough=thorough)

    def structure_problems(self, *, thorough: bool = True) -> list[str]:
        """The checks of `integrity_problems` without the checkpoint (for a
        standalone copy opened read-only)."""
        problems: list[str] = []
        with self._translated():
            problems += [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]
            check = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
            result = [str(r[0]) for r in self._conn.execute(check)]
            if result != ["ok"]:
                problems += result
            if thorough:
                problems += [
                    f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
                    for r in self._conn.execute("PRAGMA foreign_key_check")
                ]
        return problems

    def copy_to(
        self,
        target: Path,
        key: bytes | None = None,
        progress: Callable[[int, int], None] | None = None,
        *,
        standalone: bool = False,
    ) -> None:
        """An encrypted copy, under this database's key or `key` (a rotation);
        `progress(pages copied, pages in all)` as it goes. A `standalone` copy
        (a backup) is left in rollback-journal mode: one file, no -wal beside
        it, that opens read-only on a write-protected disk.

        SQLite's online backup keeps user_version, unlike sqlcipher_export.
        """
        copy = Database.open(target, key or self._key, create=True)
        if standalone:
            # Written once, straight into the file (no write-ahead log to copy
            # it all a second time), and fsynced whole by the caller.
            with copy._translated():
                copy._conn.execute("PRAGMA journal_mode = OFF").fetchone()
                copy._conn.execute("PRAGMA synchronous = OFF")
        snapshot = standalone and not self._conn.in_transaction
        try:
            with self._translated():
                if snapshot:
                    # One read transaction for the whole copy: a step-by-step copy
                    # restarts whenever another connection writes (a colleague
                    # typing a note), and might never end; this one copies the
                    # database as it was when it began.
                    self._conn.execute("BEGIN")
                    self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                if progress is None:
                    self._conn.backup(copy._conn)
                else:
                    self._conn.backup(
                        copy._conn,
                        pages=BACKUP_STEP_PAGES,
                        progress=lambda status, remaining, total: progress(
                            total - remaining, total
                        ),
                    )
        except BaseException:
            if snapshot and self._conn.in_transaction and not self._damaged:
                self._conn.execute("ROLLBACK")
            # A half-made copy (a full disk, say) would only hold space the user needs.
            copy.close()
            for suffix in ("", "-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            raise
        if snapshot:
            with self._translated():
                self._conn.execute("COMMIT")
        try:
            if standalone:
                with copy._translated():
                    copy._conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            copy.close()

    def raw_copy_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """A standalone copy under the same key, made from the encrypted bytes
        (no page decrypted or encrypted again: at 1x about 30 times faster than
        `copy_to`), for a backup. Writers are not held up.

        Why it is consistent: the main file and then the write-ahead log are
        copied while this connection holds one read transaction. In WAL mode
        the main file changes only by a checkpoint, which never copies a frame
        beyond the oldest reader's snapshot into it, and the log is neither
        restarted nor truncated while a reader uses it; a writer only appends
        to it. So every page the copied main file holds that differs from the
        snapshot has its snapshot version (or a later committed one) in the
        copied log, and SQLite's recovery of the copied log keeps the frames up
        to the last whole commit (each frame's checksum chains to the one
        before, so a frame being written while it was read ends the log
        there). The copy is then opened, checkpointed and switched to a
        rollback journal: one file, no -wal beside it. A backup's full check
        of that copy is what proves it (services/backup_writer.py).
        """
        if self._conn.in_transaction:
            raise RuntimeError("a raw copy needs a connection outside any transaction")
        if target.exists():
            raise FileExistsError(target)
        log_copy = target.with_name(target.name + "-wal")
        try:
            with self._translated():
                self._conn.execute("BEGIN")
                self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            try:
                sources = (self.path, self.path.with_name(self.path.name + "-wal"))
                total = sum(p.stat().st_size for p in sources if p.exists())
                done = 0
                for source, copy in zip(sources, (target, log_copy), strict=True):
                    done = _copy_bytes(source, copy, done, total, progress)
            finally:
                if self._conn.in_transaction and not self._damaged:
                    self._conn.execute("COMMIT")
            copy_db = Database.open(target, self._key)
            try:
                with copy_db._translated():
                    copy_db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                    copy_db._conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                copy_db.close()
        except BaseException:
            for suffix in ("", "-wal", "-shm", "-journal"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            raise
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)

    def reopened(self) -> "Database":
        """Another connection to the same file with the same key, for another
        thread (a connection serves only the thread that opened it)."""
        return Database.open(self.path, self._key)

    def triggers(self) -> dict[str, str]:
        """Every trigger's name and SQL, as the schema holds them now."""
        rows = self.query("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
        return {str(row["name"]): str(row["sql"]) for row in rows}

    def derive_key(self, purpose: bytes) -> bytes:
        """A key for `purpose` derived from the database key (e.g. the log seal)."""
        return derive_subkey(self._key, b"", purpose)

    def has_key(self, key: bytes) -> bool:
        return hmac.compare_digest(key, self._key)

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(sqlcipher.Error):
            self._conn.close()

    # --- Errors -------------------------------------------------------------------

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        if self._damaged:
            raise DatabaseDamaged()
        try:
            yield
        except sqlcipher.Error as exc:
            code = getattr(exc, "sqlite_errorcode", None)
            primary = code & 0xFF if isinstance(code, int) else None
            if primary is None or primary == _INTERRUPT:
                raise  # an interrupt is asked for (a check out of its time budget)
            log.warning("database error %s", getattr(exc, "sqlite_errorname", primary))
            if primary == _FULL:
                raise DiskFull() from exc
            if primary in (_CORRUPT, _NOTADB):
                self._damaged = True
                raise DatabaseDamaged() from exc
            if primary in (_BUSY, _LOCKED):
                raise DatabaseBusy() from exc
            if primary in _UNAVAILABLE:
                raise StorageUnavailable(folder=str(self.path.parent)) from exc
            raise


_COPY_CHUNK = 8 << 20


def _copy_bytes(
    source: Path,
    target: Path,
    done: int,
    total: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    """Copy `source` as it is now, to its end (a missing one: an empty target)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
        try:
            with contextlib.suppress(FileNotFoundError), source.open("rb") as stream:
                while chunk := stream.read(_COPY_CHUNK):
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
                    done += len(chunk)
                    if progress is not None:
                        progress(done, max(total, done))
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise StorageUnavailable(folder=str(target.parent)) from exc
    return done
