-- 0003 The journal and outcome measures: notes (drafts saved as typed,
-- signed notes locked), their draft history, addenda and corrections, full-
-- text search, emergency accesses, treatment plans and questionnaire
-- administrations. Also: aliases compared with Unicode case folding
-- (NOCASE folds only ASCII, so "Åsa" and "åsa" slipped through).

ALTER TABLE clients ADD COLUMN alias_folded TEXT;
UPDATE clients SET alias_folded = casefold(alias);
CREATE INDEX clients_alias_folded ON clients (alias_folded);

CREATE TABLE journal_notes (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients (id),
    appointment_id TEXT REFERENCES appointments (id),
    note_type      TEXT NOT NULL,
    note_date      TEXT NOT NULL,          -- ISO date the note is about: the journal's order
    body           TEXT NOT NULL,
    author_id      TEXT NOT NULL REFERENCES users (id),
    author_name    TEXT NOT NULL,          -- as signed: names and titles change, records do not
    author_title   TEXT NOT NULL,
    author_role    TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    signed_at      TEXT
);

CREATE INDEX journal_notes_client ON journal_notes (client_id, note_date, created_at);
CREATE INDEX journal_notes_drafts ON journal_notes (author_id, updated_at) WHERE status = 'draft';
CREATE INDEX journal_notes_appointment ON journal_notes (appointment_id) WHERE appointment_id IS NOT NULL;

CREATE TRIGGER journal_notes_no_delete BEFORE DELETE ON journal_notes
BEGIN
    SELECT RAISE(ABORT, 'journal notes are never deleted');
END;

CREATE TRIGGER journal_notes_signed_are_locked BEFORE UPDATE ON journal_notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed note is locked: add an addendum or a correction');
END;

-- Snapshots of a draft as it was written (a draft is an official document too).
CREATE TABLE journal_note_versions (
    id       TEXT PRIMARY KEY,
    note_id  TEXT NOT NULL REFERENCES journal_notes (id),
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL REFERENCES users (id)
);

CREATE INDEX journal_note_versions_note ON journal_note_versions (note_id, saved_at);

CREATE TRIGGER journal_note_versions_insert_only BEFORE UPDATE ON journal_note_versions
BEGIN
    SELECT RAISE(ABORT, 'draft history is kept as written');
END;

CREATE TRIGGER journal_note_versions_no_delete BEFORE DELETE ON journal_note_versions
BEGIN
    SELECT RAISE(ABORT, 'draft history is never deleted');
END;

-- Addenda (tillägg) and corrections (rättelser) of signed notes: insert-only.
CREATE TABLE journal_amendments (
    id           TEXT PRIMARY KEY,
    note_id      TEXT NOT NULL REFERENCES journal_notes (id),
    kind         TEXT NOT NULL CHECK (kind IN ('addendum', 'correction')),
    body         TEXT NOT NULL,            -- the addendum, or the corrected text
    reason       TEXT NOT NULL DEFAULT '', -- why a correction was needed
    author_id    TEXT NOT NULL REFERENCES users (id),
    author_name  TEXT NOT NULL,
    author_title TEXT NOT NULL,
    author_role  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE INDEX journal_amendments_note ON journal_amendments (note_id, created_at);

CREATE TRIGGER journal_amendments_insert_only BEFORE UPDATE ON journal_amendments
BEGIN
    SELECT RAISE(ABORT, 'addenda and corrections are kept as written');
END;

CREATE TRIGGER journal_amendments_no_delete BEFORE DELETE ON journal_amendments
BEGIN
    SELECT RAISE(ABORT, 'addenda and corrections are never deleted');
END;

-- Full-text search over notes and amendments (words; diacritics kept: å ä ö matter).
CREATE VIRTUAL TABLE journal_search USING fts5 (
    note_id UNINDEXED,
    client_id UNINDEXED,
    author_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Reading a journal outside one's own clients: the reason given, and the
-- clinic lead's review of it.
CREATE TABLE emergency_accesses (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    user_id      TEXT NOT NULL REFERENCES users (id),
    reason       TEXT NOT NULL,
    granted_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    reviewed_at  TEXT,
    reviewed_by  TEXT REFERENCES users (id),
    review_note  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX emergency_accesses_user ON emergency_accesses (user_id, client_id, expires_at);

CREATE TRIGGER emergency_accesses_no_delete BEFORE DELETE ON emergency_accesses
BEGIN
    SELECT RAISE(ABORT, 'emergency accesses are kept for review');
END;
CREATE INDEX emergency_accesses_unreviewed ON emergency_accesses (granted_at) WHERE reviewed_at IS NULL;

-- Treatment plans (behandlingsplan / genomförandeplan): every version kept.
CREATE TABLE treatment_plans (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    goals        TEXT NOT NULL,
    interventions TEXT NOT NULL DEFAULT '',
    measures     TEXT NOT NULL DEFAULT '[]',   -- JSON: [{"instrument": "phq9", "every_sessions": 4}]
    review_date  TEXT,                         -- ISO date of the next review
    author_id    TEXT NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL
);

CREATE INDEX treatment_plans_client ON treatment_plans (client_id, created_at);

CREATE TRIGGER treatment_plans_insert_only BEFORE UPDATE ON treatment_plans
BEGIN
    SELECT RAISE(ABORT, 'plans are versioned: save a new version');
END;

CREATE TRIGGER treatment_plans_no_delete BEFORE DELETE ON treatment_plans
BEGIN
    SELECT RAISE(ABORT, 'earlier plan versions are kept');
END;

-- Questionnaire administrations: the answers and the scoring at the time.
CREATE TABLE measure_results (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients (id),
    instrument_id  TEXT NOT NULL,
    definition_version INTEGER NOT NULL,   -- the instrument file that scored it
    appointment_id TEXT REFERENCES appointments (id),
    administered_on TEXT NOT NULL,         -- ISO date
    answers        TEXT NOT NULL,          -- JSON list, null = not answered
    total          REAL,                   -- null when not scorable
    band           TEXT,
    flags          TEXT NOT NULL DEFAULT '[]',
    scorable       INTEGER NOT NULL,
    recorded_by    TEXT NOT NULL REFERENCES users (id),
    created_at     TEXT NOT NULL,
    note_id        TEXT REFERENCES journal_notes (id)  -- the journal note a flag wrote
);

CREATE INDEX measure_results_client ON measure_results (client_id, instrument_id, administered_on);

CREATE TRIGGER measure_results_insert_only BEFORE UPDATE ON measure_results
BEGIN
    SELECT RAISE(ABORT, 'measure results are kept as recorded');
END;

CREATE TRIGGER measure_results_no_delete BEFORE DELETE ON measure_results
BEGIN
    SELECT RAISE(ABORT, 'measure results are never deleted');
END;
