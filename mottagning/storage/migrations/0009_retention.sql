-- 0009 Retention (gallring): records the clinic lead has exempted from the
-- purge (with the reason), and what each purge removed, without personal data.

CREATE TABLE retention_exemptions (
    client_id   TEXT PRIMARY KEY REFERENCES clients (id),
    reason      TEXT NOT NULL,
    decided_by  TEXT NOT NULL REFERENCES users (id),
    decided_at  TEXT NOT NULL
) WITHOUT ROWID;

-- One row per purge: when, under which rule, who confirmed it and how much it
-- removed (records, and rows per kind as JSON). No client id, name or date of
-- any record: the purge record itself must not keep what was purged.
CREATE TABLE retention_purges (
    id           TEXT PRIMARY KEY,
    purged_at    TEXT NOT NULL,
    rule         TEXT NOT NULL,          -- the rules in force, as JSON
    records      INTEGER NOT NULL,
    rows_by_kind TEXT NOT NULL,          -- JSON {"journal_notes": 12, ...}
    purged_by    TEXT NOT NULL REFERENCES users (id),
    confirmed_by TEXT REFERENCES users (id)  -- the second person, when the rules ask for one
);

CREATE TRIGGER retention_purges_no_update BEFORE UPDATE ON retention_purges
BEGIN
    SELECT RAISE(ABORT, 'a purge record is kept as written');
END;

CREATE TRIGGER retention_purges_no_delete BEFORE DELETE ON retention_purges
BEGIN
    SELECT RAISE(ABORT, 'a purge record is kept');
END;
