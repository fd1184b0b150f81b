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

-- A row as it was before its first change once syncing (every column as
-- [type, value], a BLOB as hex): the common start that change departs from.
CREATE TABLE sync_baseline (
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    image   TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;

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

-- Every version of every synced field this replica knows, with the version(s)
-- it replaced ('' is the common start; a resolution replaces several): the
-- same set on every replica once synced, whatever the order it came in.
CREATE TABLE sync_versions (
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    field   TEXT NOT NULL,
    version TEXT NOT NULL,
    base    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key, field, version, base)
) WITHOUT ROWID;

CREATE INDEX sync_versions_base ON sync_versions (tbl, row_key, field, base);

-- Fields with more than one head (versions no other replaced): changed on two
-- devices since their common version. The latest head stands until a person
-- chooses; derived from sync_versions, so the same on every replica.
CREATE TABLE sync_conflicts (
    tbl         TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    field       TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key, field)
) WITHOUT ROWID;

CREATE TRIGGER users_sync_insert AFTER INSERT ON users
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('users', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('users', json_array(NEW.id), 'null');
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
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('staff_keys', json_array(NEW.id), 'null');
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
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('clients', json_array(NEW.id), 'null');
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
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('appointment_series', json_array(NEW.id), 'null');
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
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('appointments', json_array(NEW.id), 'null');
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
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('journal_notes', json_array(NEW.id), 'null');
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

-- The row as it was at the common start, before its first change here.
CREATE TRIGGER users_sync_baseline BEFORE UPDATE ON users
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'users' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('users', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'username', json_array(typeof(OLD.username), CASE typeof(OLD.username) WHEN 'blob' THEN hex(OLD.username) ELSE OLD.username END),
        'full_name', json_array(typeof(OLD.full_name), CASE typeof(OLD.full_name) WHEN 'blob' THEN hex(OLD.full_name) ELSE OLD.full_name END),
        'title', json_array(typeof(OLD.title), CASE typeof(OLD.title) WHEN 'blob' THEN hex(OLD.title) ELSE OLD.title END),
        'role', json_array(typeof(OLD.role), CASE typeof(OLD.role) WHEN 'blob' THEN hex(OLD.role) ELSE OLD.role END),
        'active', json_array(typeof(OLD.active), CASE typeof(OLD.active) WHEN 'blob' THEN hex(OLD.active) ELSE OLD.active END),
        'must_change_password', json_array(typeof(OLD.must_change_password), CASE typeof(OLD.must_change_password) WHEN 'blob' THEN hex(OLD.must_change_password) ELSE OLD.must_change_password END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END)));
END;

CREATE TRIGGER staff_keys_sync_baseline BEFORE UPDATE ON staff_keys
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'staff_keys' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('staff_keys', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'user_id', json_array(typeof(OLD.user_id), CASE typeof(OLD.user_id) WHEN 'blob' THEN hex(OLD.user_id) ELSE OLD.user_id END),
        'purpose', json_array(typeof(OLD.purpose), CASE typeof(OLD.purpose) WHEN 'blob' THEN hex(OLD.purpose) ELSE OLD.purpose END),
        'public_key', json_array(typeof(OLD.public_key), CASE typeof(OLD.public_key) WHEN 'blob' THEN hex(OLD.public_key) ELSE OLD.public_key END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'certified_by', json_array(typeof(OLD.certified_by), CASE typeof(OLD.certified_by) WHEN 'blob' THEN hex(OLD.certified_by) ELSE OLD.certified_by END),
        'certificate', json_array(typeof(OLD.certificate), CASE typeof(OLD.certificate) WHEN 'blob' THEN hex(OLD.certificate) ELSE OLD.certificate END),
        'revoked_at', json_array(typeof(OLD.revoked_at), CASE typeof(OLD.revoked_at) WHEN 'blob' THEN hex(OLD.revoked_at) ELSE OLD.revoked_at END),
        'revocation', json_array(typeof(OLD.revocation), CASE typeof(OLD.revocation) WHEN 'blob' THEN hex(OLD.revocation) ELSE OLD.revocation END)));
END;

CREATE TRIGGER clients_sync_baseline BEFORE UPDATE ON clients
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'clients' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('clients', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'alias', json_array(typeof(OLD.alias), CASE typeof(OLD.alias) WHEN 'blob' THEN hex(OLD.alias) ELSE OLD.alias END),
        'first_name', json_array(typeof(OLD.first_name), CASE typeof(OLD.first_name) WHEN 'blob' THEN hex(OLD.first_name) ELSE OLD.first_name END),
        'last_name', json_array(typeof(OLD.last_name), CASE typeof(OLD.last_name) WHEN 'blob' THEN hex(OLD.last_name) ELSE OLD.last_name END),
        'identity_kind', json_array(typeof(OLD.identity_kind), CASE typeof(OLD.identity_kind) WHEN 'blob' THEN hex(OLD.identity_kind) ELSE OLD.identity_kind END),
        'identity_number', json_array(typeof(OLD.identity_number), CASE typeof(OLD.identity_number) WHEN 'blob' THEN hex(OLD.identity_number) ELSE OLD.identity_number END),
        'no_identity_decision', json_array(typeof(OLD.no_identity_decision), CASE typeof(OLD.no_identity_decision) WHEN 'blob' THEN hex(OLD.no_identity_decision) ELSE OLD.no_identity_decision END),
        'strand', json_array(typeof(OLD.strand), CASE typeof(OLD.strand) WHEN 'blob' THEN hex(OLD.strand) ELSE OLD.strand END),
        'gender', json_array(typeof(OLD.gender), CASE typeof(OLD.gender) WHEN 'blob' THEN hex(OLD.gender) ELSE OLD.gender END),
        'birth_year', json_array(typeof(OLD.birth_year), CASE typeof(OLD.birth_year) WHEN 'blob' THEN hex(OLD.birth_year) ELSE OLD.birth_year END),
        'age_band', json_array(typeof(OLD.age_band), CASE typeof(OLD.age_band) WHEN 'blob' THEN hex(OLD.age_band) ELSE OLD.age_band END),
        'home_municipality', json_array(typeof(OLD.home_municipality), CASE typeof(OLD.home_municipality) WHEN 'blob' THEN hex(OLD.home_municipality) ELSE OLD.home_municipality END),
        'referral_source', json_array(typeof(OLD.referral_source), CASE typeof(OLD.referral_source) WHEN 'blob' THEN hex(OLD.referral_source) ELSE OLD.referral_source END),
        'interpreter_language', json_array(typeof(OLD.interpreter_language), CASE typeof(OLD.interpreter_language) WHEN 'blob' THEN hex(OLD.interpreter_language) ELSE OLD.interpreter_language END),
        'status', json_array(typeof(OLD.status), CASE typeof(OLD.status) WHEN 'blob' THEN hex(OLD.status) ELSE OLD.status END),
        'closed_reason', json_array(typeof(OLD.closed_reason), CASE typeof(OLD.closed_reason) WHEN 'blob' THEN hex(OLD.closed_reason) ELSE OLD.closed_reason END),
        'first_contact', json_array(typeof(OLD.first_contact), CASE typeof(OLD.first_contact) WHEN 'blob' THEN hex(OLD.first_contact) ELSE OLD.first_contact END),
        'phone', json_array(typeof(OLD.phone), CASE typeof(OLD.phone) WHEN 'blob' THEN hex(OLD.phone) ELSE OLD.phone END),
        'email', json_array(typeof(OLD.email), CASE typeof(OLD.email) WHEN 'blob' THEN hex(OLD.email) ELSE OLD.email END),
        'address', json_array(typeof(OLD.address), CASE typeof(OLD.address) WHEN 'blob' THEN hex(OLD.address) ELSE OLD.address END),
        'may_phone', json_array(typeof(OLD.may_phone), CASE typeof(OLD.may_phone) WHEN 'blob' THEN hex(OLD.may_phone) ELSE OLD.may_phone END),
        'may_leave_voicemail', json_array(typeof(OLD.may_leave_voicemail), CASE typeof(OLD.may_leave_voicemail) WHEN 'blob' THEN hex(OLD.may_leave_voicemail) ELSE OLD.may_leave_voicemail END),
        'may_send_letters', json_array(typeof(OLD.may_send_letters), CASE typeof(OLD.may_send_letters) WHEN 'blob' THEN hex(OLD.may_send_letters) ELSE OLD.may_send_letters END),
        'may_use_clinic_name', json_array(typeof(OLD.may_use_clinic_name), CASE typeof(OLD.may_use_clinic_name) WHEN 'blob' THEN hex(OLD.may_use_clinic_name) ELSE OLD.may_use_clinic_name END),
        'protected_identity', json_array(typeof(OLD.protected_identity), CASE typeof(OLD.protected_identity) WHEN 'blob' THEN hex(OLD.protected_identity) ELSE OLD.protected_identity END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END),
        'alias_folded', json_array(typeof(OLD.alias_folded), CASE typeof(OLD.alias_folded) WHEN 'blob' THEN hex(OLD.alias_folded) ELSE OLD.alias_folded END)));
END;

CREATE TRIGGER appointment_series_sync_baseline BEFORE UPDATE ON appointment_series
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'appointment_series' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('appointment_series', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'interval_weeks', json_array(typeof(OLD.interval_weeks), CASE typeof(OLD.interval_weeks) WHEN 'blob' THEN hex(OLD.interval_weeks) ELSE OLD.interval_weeks END),
        'occurrences', json_array(typeof(OLD.occurrences), CASE typeof(OLD.occurrences) WHEN 'blob' THEN hex(OLD.occurrences) ELSE OLD.occurrences END),
        'until', json_array(typeof(OLD.until), CASE typeof(OLD.until) WHEN 'blob' THEN hex(OLD.until) ELSE OLD.until END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END)));
END;

CREATE TRIGGER appointments_sync_baseline BEFORE UPDATE ON appointments
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'appointments' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('appointments', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'series_id', json_array(typeof(OLD.series_id), CASE typeof(OLD.series_id) WHEN 'blob' THEN hex(OLD.series_id) ELSE OLD.series_id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'room_id', json_array(typeof(OLD.room_id), CASE typeof(OLD.room_id) WHEN 'blob' THEN hex(OLD.room_id) ELSE OLD.room_id END),
        'starts_at', json_array(typeof(OLD.starts_at), CASE typeof(OLD.starts_at) WHEN 'blob' THEN hex(OLD.starts_at) ELSE OLD.starts_at END),
        'ends_at', json_array(typeof(OLD.ends_at), CASE typeof(OLD.ends_at) WHEN 'blob' THEN hex(OLD.ends_at) ELSE OLD.ends_at END),
        'contact_form', json_array(typeof(OLD.contact_form), CASE typeof(OLD.contact_form) WHEN 'blob' THEN hex(OLD.contact_form) ELSE OLD.contact_form END),
        'status', json_array(typeof(OLD.status), CASE typeof(OLD.status) WHEN 'blob' THEN hex(OLD.status) ELSE OLD.status END),
        'reception_note', json_array(typeof(OLD.reception_note), CASE typeof(OLD.reception_note) WHEN 'blob' THEN hex(OLD.reception_note) ELSE OLD.reception_note END),
        'override_reason', json_array(typeof(OLD.override_reason), CASE typeof(OLD.override_reason) WHEN 'blob' THEN hex(OLD.override_reason) ELSE OLD.override_reason END),
        'waiting_days', json_array(typeof(OLD.waiting_days), CASE typeof(OLD.waiting_days) WHEN 'blob' THEN hex(OLD.waiting_days) ELSE OLD.waiting_days END),
        'created_by', json_array(typeof(OLD.created_by), CASE typeof(OLD.created_by) WHEN 'blob' THEN hex(OLD.created_by) ELSE OLD.created_by END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END)));
END;

CREATE TRIGGER journal_notes_sync_baseline BEFORE UPDATE ON journal_notes
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'journal_notes' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('journal_notes', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'appointment_id', json_array(typeof(OLD.appointment_id), CASE typeof(OLD.appointment_id) WHEN 'blob' THEN hex(OLD.appointment_id) ELSE OLD.appointment_id END),
        'note_type', json_array(typeof(OLD.note_type), CASE typeof(OLD.note_type) WHEN 'blob' THEN hex(OLD.note_type) ELSE OLD.note_type END),
        'note_date', json_array(typeof(OLD.note_date), CASE typeof(OLD.note_date) WHEN 'blob' THEN hex(OLD.note_date) ELSE OLD.note_date END),
        'body', json_array(typeof(OLD.body), CASE typeof(OLD.body) WHEN 'blob' THEN hex(OLD.body) ELSE OLD.body END),
        'author_id', json_array(typeof(OLD.author_id), CASE typeof(OLD.author_id) WHEN 'blob' THEN hex(OLD.author_id) ELSE OLD.author_id END),
        'author_name', json_array(typeof(OLD.author_name), CASE typeof(OLD.author_name) WHEN 'blob' THEN hex(OLD.author_name) ELSE OLD.author_name END),
        'author_title', json_array(typeof(OLD.author_title), CASE typeof(OLD.author_title) WHEN 'blob' THEN hex(OLD.author_title) ELSE OLD.author_title END),
        'author_role', json_array(typeof(OLD.author_role), CASE typeof(OLD.author_role) WHEN 'blob' THEN hex(OLD.author_role) ELSE OLD.author_role END),
        'status', json_array(typeof(OLD.status), CASE typeof(OLD.status) WHEN 'blob' THEN hex(OLD.status) ELSE OLD.status END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END),
        'signed_at', json_array(typeof(OLD.signed_at), CASE typeof(OLD.signed_at) WHEN 'blob' THEN hex(OLD.signed_at) ELSE OLD.signed_at END)));
END;

CREATE TRIGGER treatment_plans_sync_insert AFTER INSERT ON treatment_plans
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('treatment_plans', json_array(NEW.id));
END;

CREATE TRIGGER measure_results_sync_insert AFTER INSERT ON measure_results
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('measure_results', json_array(NEW.id));
END;

-- Rooms: a visit refers to its room.
CREATE TRIGGER rooms_sync_insert AFTER INSERT ON rooms
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('rooms', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('rooms', json_array(NEW.id), 'null');
END;

CREATE TRIGGER rooms_sync_update AFTER UPDATE ON rooms
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('rooms', json_array(NEW.id));
END;

CREATE TRIGGER rooms_sync_baseline BEFORE UPDATE ON rooms
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'rooms' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('rooms', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'name', json_array(typeof(OLD.name), CASE typeof(OLD.name) WHEN 'blob' THEN hex(OLD.name) ELSE OLD.name END),
        'active', json_array(typeof(OLD.active), CASE typeof(OLD.active) WHEN 'blob' THEN hex(OLD.active) ELSE OLD.active END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END)));
END;
