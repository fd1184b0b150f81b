-- 0005 Trust that holds against an insider.
--
-- The journal's content (note bodies, their history, addenda and corrections,
-- plans, questionnaire answers and results, emergency-access reasons) is sealed
-- a second time under the journal key, which a scheduler never holds; the data
-- step that runs with this migration (storage/journal_encryption.py) seals what
-- is already there. Full-text search cannot run over sealed text, so its index
-- goes: search reads the searcher's own clients' notes instead.
--
-- Staff get signing and key-agreement keys; their public halves live here,
-- certified by the clinic's root key, and every access-log entry from now on
-- carries its author's signature on top of the hash chain.

DROP TABLE journal_search_rows;
DROP TABLE journal_search;

-- A questionnaire's scoring at the time, sealed beside its answers; the
-- plaintext columns it replaces are emptied by the data step.
ALTER TABLE measure_results ADD COLUMN result BLOB;

CREATE TABLE staff_keys (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    purpose      TEXT NOT NULL CHECK (purpose IN ('sign', 'agree')),
    public_key   BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    certified_by TEXT,   -- 'root', or the id of the same person's key that endorsed it
    certificate  BLOB,   -- that key's signature over the key's statement
    revoked_at   TEXT,
    revocation   BLOB    -- the root key's signature over the revocation
);

CREATE INDEX staff_keys_user ON staff_keys (user_id, purpose, created_at);

CREATE TRIGGER staff_keys_no_delete BEFORE DELETE ON staff_keys
BEGIN
    SELECT RAISE(ABORT, 'staff keys are revoked, never deleted');
END;

-- A key's statement never changes: only its certificate (once) and its
-- revocation (once) are added.
CREATE TRIGGER staff_keys_statement_fixed BEFORE UPDATE ON staff_keys
WHEN NEW.id IS NOT OLD.id OR NEW.user_id IS NOT OLD.user_id OR NEW.purpose IS NOT OLD.purpose
    OR NEW.public_key IS NOT OLD.public_key OR NEW.created_at IS NOT OLD.created_at
    OR (OLD.certificate IS NOT NULL AND NEW.certificate IS NOT OLD.certificate)
    OR (OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS NOT OLD.revoked_at)
BEGIN
    SELECT RAISE(ABORT, 'a staff key is certified once and revoked once');
END;

ALTER TABLE access_log ADD COLUMN signer_key_id TEXT;
ALTER TABLE access_log ADD COLUMN signature TEXT;
