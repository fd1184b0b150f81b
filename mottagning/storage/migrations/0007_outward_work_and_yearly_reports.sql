-- 0006 (the lead renumbers it 0008 after backups and letters) The reception's
-- outward work (trainings, attitude work in schools, information at events,
-- outreach, consultations to other professionals) and the yearly numbers as
-- they were reported: a final report is kept here as published, so that it
-- stays the same after later changes and purges.

CREATE TABLE outward_work (
    id           TEXT PRIMARY KEY,
    occurred_on  TEXT NOT NULL,              -- ISO date at the clinic
    kind         TEXT NOT NULL CHECK (kind IN ('training', 'school_attitude_work',
                     'event_information', 'outreach', 'consultation')),
    audience     TEXT NOT NULL CHECK (audience IN ('school', 'social_services', 'police',
                     'health_care', 'hospitality_events', 'other')),
    description  TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL CHECK (participants >= 0),
    hours        REAL NOT NULL CHECK (hours > 0),
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    removed_at   TEXT                        -- removed entries stay, uncounted
);

CREATE INDEX outward_work_day ON outward_work (occurred_on) WHERE removed_at IS NULL;

CREATE TRIGGER outward_work_no_delete BEFORE DELETE ON outward_work
BEGIN
    SELECT RAISE(ABORT, 'outward work is removed, never deleted');
END;

CREATE TABLE outward_work_staff (
    work_id TEXT NOT NULL REFERENCES outward_work (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (work_id, user_id)
) WITHOUT ROWID;

CREATE TABLE yearly_reports (
    id             TEXT PRIMARY KEY,
    first_day      TEXT NOT NULL,            -- ISO dates of the period, both included
    last_day       TEXT NOT NULL,
    content        TEXT NOT NULL,            -- the report as published: canonical JSON
    content_sha256 TEXT NOT NULL,
    frozen_at      TEXT NOT NULL,
    frozen_by      TEXT NOT NULL REFERENCES users (id),
    UNIQUE (first_day, last_day)
);

CREATE TRIGGER yearly_reports_insert_only BEFORE UPDATE ON yearly_reports
BEGIN
    SELECT RAISE(ABORT, 'a final report is kept as it was reported');
END;

CREATE TRIGGER yearly_reports_no_delete BEFORE DELETE ON yearly_reports
BEGIN
    SELECT RAISE(ABORT, 'a final report is kept as it was reported');
END;
