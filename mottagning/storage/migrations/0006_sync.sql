-- 0006 Sync through the clinic server (intended number 0009: renumbered at merge).
-- Triggers note every row written here (once syncing, and never while a pulled
-- change is applied: see sync_guard); a sync turns them into encrypted envelopes in the
-- outbox, with a hybrid-logical-clock version per field in sync_fields.

-- capturing = 1 once this replica syncs with a server, 0 before (a clinic on
-- one PC collects nothing) and while a pulled change is applied.
CREATE TABLE sync_guard (
    capturing INTEGER NOT NULL CHECK (capturing IN (0, 1))
);
INSERT INTO sync_guard (capturing) VALUES (0);

-- Rows written locally since the last capture, in the order written.
CREATE TABLE sync_dirty (
    n       INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL          -- the primary key as a JSON array
);

-- What this replica last knew of every synced field: its value (canonical
-- JSON) and its version (an HLC stamp, '' for "as at the common start").
CREATE TABLE sync_fields (
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    field   TEXT NOT NULL,
    value   TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key, field)
) WITHOUT ROWID;

-- Envelopes made here, already encrypted, until the server has taken them.
CREATE TABLE sync_outbox (
    n           INTEGER PRIMARY KEY AUTOINCREMENT,
    envelope_id TEXT NOT NULL UNIQUE,
    channel     TEXT NOT NULL CHECK (channel IN ('clinic', 'journal')),
    envelope    BLOB NOT NULL,
    made_at     TEXT NOT NULL,
    pushed_seq  INTEGER
);

-- Envelopes applied here (own ones included): a change is never applied twice.
CREATE TABLE sync_applied (
    envelope_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The server's sequence number this replica has pulled up to, per channel.
CREATE TABLE sync_cursor (
    channel TEXT PRIMARY KEY,
    seq     INTEGER NOT NULL
) WITHOUT ROWID;

-- Two devices changed the same field since their common version: both values
-- kept until a person chooses. The id is the same on every replica.
CREATE TABLE sync_conflicts (
    id             TEXT PRIMARY KEY,
    tbl            TEXT NOT NULL,
    row_key        TEXT NOT NULL,
    field          TEXT NOT NULL,
    value_a        TEXT NOT NULL,
    version_a      TEXT NOT NULL,
    value_b        TEXT NOT NULL,
    version_b      TEXT NOT NULL,
    detected_at    TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT,
    resolved_value TEXT
);

CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;

CREATE TRIGGER sync_conflicts_dirty_update AFTER UPDATE ON sync_conflicts
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('sync_conflicts', json_array(NEW.id));
END;

CREATE TRIGGER users_sync_insert AFTER INSERT ON users
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('users', json_array(NEW.id));
END;

CREATE TRIGGER users_sync_update AFTER UPDATE ON users
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('users', json_array(NEW.id));
END;

CREATE TRIGGER staff_keys_sync_insert AFTER INSERT ON staff_keys
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('staff_keys', json_array(NEW.id));
END;

CREATE TRIGGER staff_keys_sync_update AFTER UPDATE ON staff_keys
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('staff_keys', json_array(NEW.id));
END;

CREATE TRIGGER clients_sync_insert AFTER INSERT ON clients
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('clients', json_array(NEW.id));
END;

CREATE TRIGGER clients_sync_update AFTER UPDATE ON clients
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('clients', json_array(NEW.id));
END;

CREATE TRIGGER client_target_groups_sync_insert AFTER INSERT ON client_target_groups
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_target_groups', json_array(NEW.client_id, NEW.target_group));
END;

CREATE TRIGGER client_target_groups_sync_update AFTER UPDATE ON client_target_groups
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_target_groups', json_array(NEW.client_id, NEW.target_group));
END;

CREATE TRIGGER client_target_groups_sync_delete AFTER DELETE ON client_target_groups
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_target_groups', json_array(OLD.client_id, OLD.target_group));
END;

CREATE TRIGGER client_counselors_sync_insert AFTER INSERT ON client_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_counselors', json_array(NEW.client_id, NEW.user_id));
END;

CREATE TRIGGER client_counselors_sync_update AFTER UPDATE ON client_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_counselors', json_array(NEW.client_id, NEW.user_id));
END;

CREATE TRIGGER client_counselors_sync_delete AFTER DELETE ON client_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_counselors', json_array(OLD.client_id, OLD.user_id));
END;

CREATE TRIGGER appointment_series_sync_insert AFTER INSERT ON appointment_series
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointment_series', json_array(NEW.id));
END;

CREATE TRIGGER appointment_series_sync_update AFTER UPDATE ON appointment_series
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointment_series', json_array(NEW.id));
END;

CREATE TRIGGER appointments_sync_insert AFTER INSERT ON appointments
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointments', json_array(NEW.id));
END;

CREATE TRIGGER appointments_sync_update AFTER UPDATE ON appointments
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointments', json_array(NEW.id));
END;

CREATE TRIGGER appointment_counselors_sync_insert AFTER INSERT ON appointment_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointment_counselors', json_array(NEW.appointment_id, NEW.user_id));
END;

CREATE TRIGGER appointment_counselors_sync_update AFTER UPDATE ON appointment_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointment_counselors', json_array(NEW.appointment_id, NEW.user_id));
END;

CREATE TRIGGER appointment_counselors_sync_delete AFTER DELETE ON appointment_counselors
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('appointment_counselors', json_array(OLD.appointment_id, OLD.user_id));
END;

CREATE TRIGGER access_log_sync_insert AFTER INSERT ON access_log
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('access_log', json_array(NEW.id));
END;

CREATE TRIGGER journal_notes_sync_insert AFTER INSERT ON journal_notes
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('journal_notes', json_array(NEW.id));
END;

CREATE TRIGGER journal_notes_sync_update AFTER UPDATE ON journal_notes
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('journal_notes', json_array(NEW.id));
END;

CREATE TRIGGER journal_note_versions_sync_insert AFTER INSERT ON journal_note_versions
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('journal_note_versions', json_array(NEW.id));
END;

CREATE TRIGGER journal_amendments_sync_insert AFTER INSERT ON journal_amendments
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('journal_amendments', json_array(NEW.id));
END;
