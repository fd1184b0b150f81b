-- 0006 Letters that leave the reception, and the grounds that let them.
-- (Numbered 0007 in the lead's plan: renumber at merge if backups take 0006.)
--
-- The address book of receiving units is plain: it says nothing about any
-- client. The consent register (disclosure_bases) keeps in plain text only what
-- finding a basis needs (client, kind, dates, who recorded it); the recipient,
-- scope, purpose, form and justification are sealed under the journal key in
-- one value, since "consents to the infection clinic" reveals care. The same
-- goes for the disclosure log's recipient and for the documents sent.

CREATE TABLE units (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    unit_type    TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    secure_email TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL REFERENCES users (id)
);

-- Grounds for disclosure besides consent: data the clinic lead keeps, since
-- the references are unverified and laws are renumbered.
CREATE TABLE legal_grounds (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    reference  TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    position   INTEGER NOT NULL
);

INSERT INTO legal_grounds (id, name, reference, position) VALUES
    ('duty-to-inform', 'Uppgiftsskyldighet enligt lag eller förordning', 'OSL 10 kap. 28 §', 1),
    ('authority-request', 'Begäran från domstol eller myndighet', 'OSL 10 kap. 28 §', 2),
    ('necessary-disclosure', 'Nödvändigt utlämnande för att fullgöra verksamheten',
        'OSL 10 kap. 2 §', 3),
    ('social-services-secrecy', 'Sekretessbrytande bestämmelse inom socialtjänsten',
        'OSL 26 kap. 9 §', 4);

CREATE TABLE disclosure_bases (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients (id),
    kind         TEXT NOT NULL CHECK (kind IN ('consent', 'legal_ground')),
    content      BLOB NOT NULL,   -- sealed JSON: recipient, scopes, purpose, form, ground
    given_on     TEXT NOT NULL,
    valid_until  TEXT,
    withdrawn_on TEXT,
    withdrawn_by TEXT REFERENCES users (id),
    withdrawn_at TEXT,
    recorded_by  TEXT NOT NULL REFERENCES users (id),
    recorded_at  TEXT NOT NULL
);

CREATE INDEX disclosure_bases_client ON disclosure_bases (client_id, given_on);

CREATE TRIGGER disclosure_bases_no_delete BEFORE DELETE ON disclosure_bases
BEGIN
    SELECT RAISE(ABORT, 'a consent is withdrawn, never deleted');
END;

-- What was recorded stays as recorded; a withdrawal is noted once.
CREATE TRIGGER disclosure_bases_withdrawn_once BEFORE UPDATE ON disclosure_bases
WHEN NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id OR NEW.kind IS NOT OLD.kind
    OR NEW.content IS NOT OLD.content OR NEW.given_on IS NOT OLD.given_on
    OR NEW.valid_until IS NOT OLD.valid_until OR NEW.recorded_by IS NOT OLD.recorded_by
    OR NEW.recorded_at IS NOT OLD.recorded_at OR OLD.withdrawn_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a consent is recorded once and withdrawn once');
END;

-- Templates of a letter per recipient type and language, in versions: the
-- highest version is the one in use; earlier ones stay for the letters sent.
CREATE TABLE letter_templates (
    id          TEXT PRIMARY KEY,
    unit_type   TEXT NOT NULL,
    language    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,    -- JSON: the letter's fixed texts
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id),
    UNIQUE (unit_type, language, version)
);

CREATE TRIGGER letter_templates_append_only_update BEFORE UPDATE ON letter_templates
BEGIN
    SELECT RAISE(ABORT, 'a template version is never changed: save a new version');
END;

-- The rendered document as sent, sealed (the PDF's bytes in base64).
CREATE TABLE letter_documents (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients (id),
    document    BLOB NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TRIGGER letter_documents_no_delete BEFORE DELETE ON letter_documents
BEGIN
    SELECT RAISE(ABORT, 'a sent document is kept');
END;

CREATE TRIGGER letter_documents_no_update BEFORE UPDATE ON letter_documents
BEGIN
    SELECT RAISE(ABORT, 'a sent document is kept as sent');
END;

-- Every disclosure, append-only: client, channel, basis, the document's hash,
-- who and when; the recipient and the basis's wording sealed in `details`.
CREATE TABLE disclosures (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients (id),
    basis_id      TEXT NOT NULL REFERENCES disclosure_bases (id),
    channel       TEXT NOT NULL,
    details       BLOB NOT NULL,
    document_id   TEXT NOT NULL REFERENCES letter_documents (id),
    document_hash TEXT NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id),
    disclosed_at  TEXT NOT NULL
);

CREATE INDEX disclosures_client ON disclosures (client_id, disclosed_at);

CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;

-- The letter register: what was sent and whether the reply came.
CREATE TABLE letters (
    id                TEXT PRIMARY KEY,
    client_id         TEXT NOT NULL REFERENCES clients (id),
    kind              TEXT NOT NULL,
    sender_id         TEXT NOT NULL REFERENCES users (id),
    sent_on           TEXT NOT NULL,
    recipient         BLOB NOT NULL,  -- sealed: the recipient's name
    disclosure_id     TEXT REFERENCES disclosures (id),
    note_id           TEXT REFERENCES journal_notes (id),
    reply_expected_by TEXT,
    reply_received_on TEXT,
    reply_note        BLOB NOT NULL,  -- sealed; empty until the reply comes
    reply_noted_by    TEXT REFERENCES users (id)
);

CREATE INDEX letters_client ON letters (client_id, sent_on);
CREATE INDEX letters_sender ON letters (sender_id, reply_received_on);

CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'the letter register keeps every letter');
END;

-- Only the reply is added, once.
CREATE TRIGGER letters_reply_once BEFORE UPDATE ON letters
WHEN NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id OR NEW.kind IS NOT OLD.kind
    OR NEW.sender_id IS NOT OLD.sender_id OR NEW.sent_on IS NOT OLD.sent_on
    OR NEW.recipient IS NOT OLD.recipient OR NEW.disclosure_id IS NOT OLD.disclosure_id
    OR NEW.note_id IS NOT OLD.note_id OR NEW.reply_expected_by IS NOT OLD.reply_expected_by
    OR OLD.reply_received_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a letter is registered once and its reply noted once');
END;

-- The client's right to read their record (GDPR art. 15): a confidentiality
-- review by the counselor or the lead, where each text may be released
-- masked (third-party information taken out), then the release.
CREATE TABLE access_reviews (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients (id),
    started_by    TEXT NOT NULL REFERENCES users (id),
    started_at    TEXT NOT NULL,
    released_by   TEXT REFERENCES users (id),
    released_at   TEXT,
    document_hash TEXT
);

CREATE TRIGGER access_reviews_no_delete BEFORE DELETE ON access_reviews
BEGIN
    SELECT RAISE(ABORT, 'a confidentiality review is kept');
END;

CREATE TRIGGER access_reviews_released_once BEFORE UPDATE ON access_reviews
WHEN OLD.released_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id
    OR NEW.started_by IS NOT OLD.started_by OR NEW.started_at IS NOT OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'a released review is not changed');
END;

CREATE TABLE access_review_items (
    id         TEXT PRIMARY KEY,   -- the review's id, ':', the item's key
    review_id  TEXT NOT NULL REFERENCES access_reviews (id),
    item_key   TEXT NOT NULL,      -- 'note:<id>', 'amendment:<id>', 'plan:<id>'
    released   BLOB NOT NULL,      -- sealed: the text as it is to be released
    marked_by  TEXT NOT NULL REFERENCES users (id),
    marked_at  TEXT NOT NULL,
    UNIQUE (review_id, item_key)
);

CREATE TRIGGER access_review_items_no_delete BEFORE DELETE ON access_review_items
BEGIN
    SELECT RAISE(ABORT, 'a confidentiality review is kept');
END;

CREATE TRIGGER access_review_items_until_released BEFORE UPDATE ON access_review_items
WHEN (SELECT released_at FROM access_reviews WHERE id = OLD.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a released review is not changed');
END;

CREATE TRIGGER access_review_items_insert_until_released BEFORE INSERT ON access_review_items
WHEN (SELECT released_at FROM access_reviews WHERE id = NEW.review_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a released review is not changed');
END;
