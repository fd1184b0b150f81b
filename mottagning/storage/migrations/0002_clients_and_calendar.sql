-- 0002 Clients and the calendar: the client register (alias first, identity
-- optional), safe-contact rules, report-of-concern considerations, rooms,
-- opening hours, absences, appointments and series, the waiting list and
-- anonymous tallies.

CREATE TABLE clients (
    id                   TEXT PRIMARY KEY,
    alias                TEXT NOT NULL,
    first_name           TEXT NOT NULL DEFAULT '',
    last_name            TEXT NOT NULL DEFAULT '',
    identity_kind        TEXT CHECK (identity_kind IN ('personnummer', 'samordningsnummer', 'reservnummer')),
    identity_number      TEXT,          -- 12 digits, or a reservnummer as normalised
    no_identity_decision TEXT,          -- set: "no identity recorded", with the committee's decision
    strand               TEXT NOT NULL CHECK (strand IN ('mika', 'kast')),
    gender               TEXT NOT NULL DEFAULT 'not_stated',
    birth_year           INTEGER,
    age_band             TEXT,
    home_municipality    TEXT NOT NULL DEFAULT '',
    referral_source      TEXT,
    interpreter_language TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'closed')),
    closed_reason        TEXT NOT NULL DEFAULT '',
    first_contact        TEXT,          -- ISO date
    phone                TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    may_phone            INTEGER NOT NULL DEFAULT 0,
    may_leave_voicemail  INTEGER NOT NULL DEFAULT 0,
    may_send_letters     INTEGER NOT NULL DEFAULT 0,
    may_use_clinic_name  INTEGER NOT NULL DEFAULT 0,
    protected_identity   INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (identity_number IS NULL OR identity_kind IS NOT NULL),
    CHECK (no_identity_decision IS NULL OR identity_number IS NULL)
);

CREATE UNIQUE INDEX clients_alias ON clients (alias COLLATE NOCASE);
CREATE INDEX clients_identity ON clients (identity_number) WHERE identity_number IS NOT NULL;

CREATE TRIGGER clients_no_delete BEFORE DELETE ON clients
BEGIN
    SELECT RAISE(ABORT, 'client records are closed, never deleted (retention purges are audited)');
END;

CREATE TABLE client_target_groups (
    client_id    TEXT NOT NULL REFERENCES clients (id),
    target_group TEXT NOT NULL,
    PRIMARY KEY (client_id, target_group)
) WITHOUT ROWID;

CREATE TABLE client_counselors (
    client_id TEXT NOT NULL REFERENCES clients (id),
    user_id   TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (client_id, user_id)
) WITHOUT ROWID;

CREATE INDEX client_counselors_user ON client_counselors (user_id);

-- Every identity a client has had, newest last (numbers change; keep them all).
CREATE TABLE client_identity_history (
    id                   TEXT PRIMARY KEY,
    client_id            TEXT NOT NULL REFERENCES clients (id),
    identity_kind        TEXT,
    identity_number      TEXT,
    no_identity_decision TEXT,
    changed_at           TEXT NOT NULL,
    changed_by           TEXT NOT NULL REFERENCES users (id)
);

CREATE INDEX client_identity_history_client ON client_identity_history (client_id, changed_at);

-- Search as you type: a trigram index over alias, names, identity and phone digits.
CREATE VIRTUAL TABLE client_search USING fts5 (client_id UNINDEXED, text, tokenize = 'trigram');

-- A client under 18 (or the clinic's age limit) prompts a report-of-concern
-- consideration; the prompt and its answer are kept.
CREATE TABLE concern_considerations (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients (id),
    prompted_at TEXT NOT NULL,
    prompted_by TEXT NOT NULL REFERENCES users (id),
    reason      TEXT NOT NULL,          -- under_18 | under_age_limit
    answer      TEXT,                   -- null while pending
    note        TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    answered_by TEXT REFERENCES users (id)
);

CREATE INDEX concern_considerations_client ON concern_considerations (client_id);

CREATE TABLE rooms (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Opening hours per weekday (0 = Monday) and exceptions for single dates.
CREATE TABLE opening_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
    opens   TEXT NOT NULL,              -- HH:MM local time
    closes  TEXT NOT NULL
);

CREATE TABLE opening_exceptions (
    day    TEXT PRIMARY KEY,            -- ISO date
    opens  TEXT,                        -- both null: closed all day
    closes TEXT,
    note   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE absences (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    removed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX absences_user ON absences (user_id, starts_at);

CREATE TABLE appointment_series (
    id             TEXT PRIMARY KEY,
    interval_weeks INTEGER NOT NULL CHECK (interval_weeks >= 1),
    occurrences    INTEGER,            -- "N times" ...
    until          TEXT,               -- ... or "until a date" (ISO)
    created_at     TEXT NOT NULL
);

CREATE TABLE appointments (
    id              TEXT PRIMARY KEY,
    series_id       TEXT REFERENCES appointment_series (id),
    client_id       TEXT REFERENCES clients (id),
    room_id         TEXT REFERENCES rooms (id),
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL,
    contact_form    TEXT NOT NULL,
    status          TEXT NOT NULL,
    reception_note  TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    waiting_days    INTEGER,           -- first visit booked from the waiting list
    created_by      TEXT NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX appointments_time ON appointments (starts_at);
CREATE INDEX appointments_client ON appointments (client_id, starts_at) WHERE client_id IS NOT NULL;
CREATE INDEX appointments_room ON appointments (room_id, starts_at) WHERE room_id IS NOT NULL;
CREATE INDEX appointments_series ON appointments (series_id, starts_at) WHERE series_id IS NOT NULL;

CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments
BEGIN
    SELECT RAISE(ABORT, 'appointments are cancelled, never deleted');
END;

CREATE TABLE appointment_counselors (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    user_id        TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (appointment_id, user_id)
) WITHOUT ROWID;

CREATE INDEX appointment_counselors_user ON appointment_counselors (user_id, appointment_id);

CREATE TABLE waiting_list (
    id                     TEXT PRIMARY KEY,
    client_id              TEXT NOT NULL REFERENCES clients (id),
    priority               INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    first_contact          TEXT NOT NULL,   -- ISO date
    note                   TEXT NOT NULL DEFAULT '',
    added_at               TEXT NOT NULL,
    added_by               TEXT NOT NULL REFERENCES users (id),
    booked_appointment_id  TEXT REFERENCES appointments (id),
    removed_at             TEXT,            -- booked or taken off the list
    removed_reason         TEXT NOT NULL DEFAULT ''
);

CREATE INDEX waiting_list_open ON waiting_list (priority, first_contact) WHERE removed_at IS NULL;

-- A contact with a person who has no record (a call, a chat, outreach):
-- counted for the yearly numbers, nothing identifying kept.
CREATE TABLE anonymous_contacts (
    id           TEXT PRIMARY KEY,
    occurred_on  TEXT NOT NULL,             -- ISO date
    contact_form TEXT NOT NULL,
    strand       TEXT,
    target_group TEXT,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL
);

CREATE INDEX anonymous_contacts_day ON anonymous_contacts (occurred_on);

-- A user's own choices (e.g. full names instead of aliases in lists).
CREATE TABLE user_preferences (
    user_id TEXT NOT NULL REFERENCES users (id),
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,   -- JSON
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;
