-- 0001 The foundation: this database's identity, staff accounts, clinic
-- settings and the hash-chained access log.
--
-- Conventions for every table (ready for a future clinic server):
-- UUID text keys made by the application, UTC ISO-8601 timestamps
-- (created_at/updated_at), no hard deletes: rows are deactivated or tombstoned.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name            TEXT NOT NULL,
    title                TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL CHECK (role IN ('counselor', 'scheduler', 'lead')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'accounts are deactivated, never deleted');
END;

CREATE TABLE clinic_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,  -- JSON
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id)
) WITHOUT ROWID;

-- One chain per origin (database instance): entry n's mac seals entry n
-- together with the mac of entry n-1, keyed from the database key.
CREATE TABLE access_log (
    id          TEXT NOT NULL UNIQUE,
    origin      TEXT NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    at          TEXT NOT NULL,
    user_id     TEXT REFERENCES users (id),
    action      TEXT NOT NULL,
    client_id   TEXT,  -- no foreign key: the log outlives purged records
    target_type TEXT,
    target_id   TEXT,
    detail      TEXT NOT NULL DEFAULT '',
    workstation TEXT NOT NULL,
    mac         TEXT NOT NULL,
    UNIQUE (origin, seq)
);

CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_user ON access_log (user_id, at);
CREATE INDEX access_log_client ON access_log (client_id, at) WHERE client_id IS NOT NULL;

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- The clinic lead's documented sample checks of the log (loggkontroll).
CREATE TABLE log_reviews (
    id          TEXT PRIMARY KEY,
    reviewer_id TEXT NOT NULL REFERENCES users (id),
    period_from TEXT NOT NULL,  -- ISO dates, inclusive
    period_to   TEXT NOT NULL,
    scope       TEXT NOT NULL,  -- what was sampled
    findings    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TRIGGER log_reviews_no_update BEFORE UPDATE ON log_reviews
BEGIN
    SELECT RAISE(ABORT, 'log reviews are records: add a new one instead');
END;
