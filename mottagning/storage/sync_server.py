"""The clinic server: PostgreSQL holding every workstation's encrypted changes.

No program of ours runs there: `install` creates a schema, two roles and a few
functions. Workstations log in with roles of their own, members of
mottagning_workstation, which may call the functions and nothing else (no
table is readable to them directly). The server orders changes: one push at a
time takes the next sequence number, so a pull "after n" never misses one
committed later with a smaller number.

What the server stores: device ids and the database roles behind them,
sequence numbers, channels, envelope sizes, times, and each device's access-
log head (origin, entry number and its HMAC: an anchor that reveals nothing).
"""

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mottagning.errors import SyncDeviceRefused, SyncServerUnavailable

SCHEMA_VERSION = 1
WORKSTATION_ROLE = "mottagning_workstation"

_INSTALL = """
CREATE SCHEMA IF NOT EXISTS mottagning;
REVOKE ALL ON SCHEMA mottagning FROM PUBLIC;

CREATE TABLE IF NOT EXISTS mottagning.server_version (version integer NOT NULL);

CREATE TABLE IF NOT EXISTS mottagning.devices (
    device_id     text PRIMARY KEY,
    db_role       name NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    removed_at    timestamptz
);

CREATE SEQUENCE IF NOT EXISTS mottagning.change_seq;

CREATE TABLE IF NOT EXISTS mottagning.changes (
    seq         bigint PRIMARY KEY,
    envelope_id uuid NOT NULL UNIQUE,
    device_id   text NOT NULL REFERENCES mottagning.devices (device_id),
    channel     text NOT NULL CHECK (channel IN ('clinic', 'journal')),
    envelope    bytea NOT NULL,
    size        integer NOT NULL,
    pushed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS changes_channel ON mottagning.changes (channel, seq);

-- Every access-log head each device reported, in order: the anchor outside the PCs.
CREATE TABLE IF NOT EXISTS mottagning.log_heads (
    device_id   text NOT NULL REFERENCES mottagning.devices (device_id),
    origin      text NOT NULL,
    seq         bigint NOT NULL,
    mac         text NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, origin, seq)
);

CREATE OR REPLACE FUNCTION mottagning.check_device(p_device text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM devices WHERE device_id = p_device
                   AND db_role = session_user AND removed_at IS NULL) THEN
        RAISE EXCEPTION 'device % is not registered for this role, or was removed', p_device
            USING ERRCODE = '42501';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION mottagning.register_device(p_device text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
BEGIN
    INSERT INTO devices (device_id, db_role) VALUES (p_device, session_user)
        ON CONFLICT (device_id) DO NOTHING;
    PERFORM check_device(p_device);
END $$;

CREATE OR REPLACE FUNCTION mottagning.push_change(
    p_device text, p_envelope_id uuid, p_channel text, p_envelope bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
DECLARE
    v_seq bigint;
BEGIN
    PERFORM check_device(p_device);
    -- One push at a time: sequence numbers become visible in order.
    PERFORM pg_advisory_xact_lock(7311016);
    SELECT seq INTO v_seq FROM changes WHERE envelope_id = p_envelope_id;
    IF v_seq IS NOT NULL THEN
        RETURN v_seq;  -- pushed before (the answer was lost): never stored twice
    END IF;
    v_seq := nextval('change_seq');
    INSERT INTO changes (seq, envelope_id, device_id, channel, envelope, size)
        VALUES (v_seq, p_envelope_id, p_device, p_channel, p_envelope, length(p_envelope));
    RETURN v_seq;
END $$;

CREATE OR REPLACE FUNCTION mottagning.pull_changes(
    p_device text, p_channel text, p_after bigint, p_limit integer)
RETURNS TABLE (seq bigint, envelope_id uuid, device_id text, envelope bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
BEGIN
    PERFORM check_device(p_device);
    RETURN QUERY SELECT c.seq, c.envelope_id, c.device_id, c.envelope FROM changes c
        WHERE c.channel = p_channel AND c.seq > p_after ORDER BY c.seq LIMIT p_limit;
END $$;

CREATE OR REPLACE FUNCTION mottagning.report_log_head(
    p_device text, p_origin text, p_seq bigint, p_mac text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
BEGIN
    PERFORM check_device(p_device);
    INSERT INTO log_heads (device_id, origin, seq, mac) VALUES (p_device, p_origin, p_seq, p_mac)
        ON CONFLICT DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION mottagning.log_heads()
RETURNS TABLE (device_id text, origin text, seq bigint, mac text)
LANGUAGE sql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
    SELECT DISTINCT ON (h.device_id, h.origin) h.device_id, h.origin, h.seq, h.mac
    FROM log_heads h ORDER BY h.device_id, h.origin, h.seq DESC
$$;

-- The workstations, for the clinic lead's list: nothing but ids, roles and times.
CREATE OR REPLACE FUNCTION mottagning.list_devices(p_device text)
RETURNS TABLE (device_id text, db_role text, registered_at timestamptz,
               removed_at timestamptz, changes bigint, last_push timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mottagning, pg_temp AS $$
BEGIN
    PERFORM check_device(p_device);
    RETURN QUERY SELECT d.device_id, d.db_role::text, d.registered_at, d.removed_at,
        count(c.seq), max(c.pushed_at)
        FROM devices d LEFT JOIN changes c ON c.device_id = d.device_id
        GROUP BY d.device_id ORDER BY d.registered_at, d.device_id;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA mottagning FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mottagning FROM PUBLIC;
"""

_GRANTS = """
GRANT USAGE ON SCHEMA mottagning TO {role};
GRANT EXECUTE ON FUNCTION mottagning.register_device(text), mottagning.check_device(text),
    mottagning.push_change(text, uuid, text, bytea),
    mottagning.pull_changes(text, text, bigint, integer),
    mottagning.report_log_head(text, text, bigint, text), mottagning.log_heads(),
    mottagning.list_devices(text) TO {role};
"""


def _pg() -> Any:
    """psycopg, loaded with the first sync rather than with every session (it
    and libpq take about 90 ms and some megabytes, on PCs with no server too)."""
    import psycopg  # noqa: PLC0415

    return psycopg


@dataclass(frozen=True)
class PulledChange:
    seq: int
    envelope_id: str
    device_id: str
    envelope: bytes


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except _pg().errors.InsufficientPrivilege as exc:
        raise SyncDeviceRefused() from exc
    except _pg().OperationalError as exc:
        raise SyncServerUnavailable() from exc


class ServerRefused(Exception):
    """The server answered, and refused (no right to create a schema, say)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextlib.contextmanager
def _as_admin() -> Iterator[None]:
    try:
        yield
    except _pg().OperationalError as exc:
        raise SyncServerUnavailable() from exc
    except _pg().Error as exc:
        raise ServerRefused((str(exc).splitlines() or [type(exc).__name__])[0]) from exc


def install(dsn: str) -> None:
    """Create (or bring up to date) the server's schema, roles and functions.
    Run by IT as the database's owner; safe to run again."""
    with _as_admin(), _pg().connect(dsn, connect_timeout=10) as connection:
        connection.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{WORKSTATION_ROLE}') THEN CREATE ROLE {WORKSTATION_ROLE} NOLOGIN; END IF; END $$"
        )
        connection.execute(_INSTALL)
        connection.execute(_GRANTS.format(role=WORKSTATION_ROLE))
        connection.execute("DELETE FROM mottagning.server_version")
        connection.execute("INSERT INTO mottagning.server_version VALUES (%s)", (SCHEMA_VERSION,))


@dataclass(frozen=True)
class Device:
    device_id: str
    db_role: str
    registered_at: datetime
    removed_at: datetime | None
    changes: int
    last_push: datetime | None


_DEVICES = (
    "SELECT d.device_id, d.db_role, d.registered_at, d.removed_at,"
    " count(c.seq), max(c.pushed_at) FROM mottagning.devices d"
    " LEFT JOIN mottagning.changes c ON c.device_id = d.device_id"
    " GROUP BY d.device_id ORDER BY d.registered_at, d.device_id"
)


def devices(dsn: str) -> list[Device]:
    """As IT or the owner: every device, its role, and how much it pushed when."""
    with _as_admin(), _pg().connect(dsn, connect_timeout=10) as connection:
        return _devices(connection.execute(_DEVICES).fetchall())


def _devices(rows: list[Any]) -> list[Device]:
    return [Device(str(r[0]), str(r[1]), r[2], r[3], int(r[4]), r[5]) for r in rows]


def remove_device(dsn: str, device_id: str) -> bool:
    """As IT or the owner: the device may neither push nor pull again."""
    with _as_admin(), _pg().connect(dsn, connect_timeout=10) as connection:
        cursor = connection.execute(
            "UPDATE mottagning.devices SET removed_at = now()"
            " WHERE device_id = %s AND removed_at IS NULL",
            (device_id,),
        )
        return bool(cursor.rowcount == 1)


class ServerConnection:
    """One workstation's connection to the clinic server, for one sync."""

    def __init__(self, dsn: str, device_id: str, timeout: float = 5.0) -> None:
        self.device_id = device_id
        with _translated():
            self._conn: Any = _pg().connect(
                dsn, connect_timeout=max(1, int(timeout)), autocommit=True
            )

    def __enter__(self) -> "ServerConnection":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(_pg().Error):
            self._conn.close()

    def register(self) -> None:
        with _translated():
            self._conn.execute("SELECT mottagning.register_device(%s)", (self.device_id,))

    def push(self, envelope_id: str, channel: str, envelope: bytes) -> int:
        with _translated():
            row = self._conn.execute(
                "SELECT mottagning.push_change(%s, %s, %s, %s)",
                (self.device_id, envelope_id, channel, envelope),
            ).fetchone()
        return int(row[0])

    def pull(self, channel: str, after: int, limit: int = 200) -> list[PulledChange]:
        with _translated():
            rows = self._conn.execute(
                "SELECT seq, envelope_id, device_id, envelope"
                " FROM mottagning.pull_changes(%s, %s, %s, %s)",
                (self.device_id, channel, after, limit),
            ).fetchall()
        return [PulledChange(int(r[0]), str(r[1]), str(r[2]), bytes(r[3])) for r in rows]

    def report_log_head(self, origin: str, seq: int, mac: str) -> None:
        with _translated():
            self._conn.execute(
                "SELECT mottagning.report_log_head(%s, %s, %s, %s)",
                (self.device_id, origin, seq, mac),
            )

    def log_heads(self) -> list[tuple[str, str, int, str]]:
        with _translated():
            rows = self._conn.execute(
                "SELECT device_id, origin, seq, mac FROM mottagning.log_heads()"
            ).fetchall()
        return [(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]

    def devices(self) -> list[Device]:
        with _translated():
            rows = self._conn.execute(
                "SELECT * FROM mottagning.list_devices(%s)", (self.device_id,)
            ).fetchall()
        return _devices(rows)
