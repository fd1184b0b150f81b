-- 0009 More tables travel (intended to follow 0008_sync; renumbered at merge).
-- The calendar's absences, the waiting list, anonymous contacts, clinic
-- settings, the address book, outward work and log reviews on the clinic
-- channel; emergency accesses, the consent register, letters, disclosures and
-- access reviews on the journal channel. Made by
-- `python -m mottagning.storage.sync_triggers` (see mottagning/storage/sync_tables.py).
-- Rows written before this PC syncs are the common start of every replica.

CREATE TRIGGER clinic_settings_sync_insert AFTER INSERT ON clinic_settings
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('clinic_settings', json_array(NEW.key));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('clinic_settings', json_array(NEW.key), 'null');
END;

CREATE TRIGGER clinic_settings_sync_update AFTER UPDATE ON clinic_settings
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('clinic_settings', json_array(NEW.key));
END;

CREATE TRIGGER clinic_settings_sync_baseline BEFORE UPDATE ON clinic_settings
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'clinic_settings' AND row_key = json_array(OLD.key))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('clinic_settings', json_array(OLD.key), json_object(
        'key', json_array(typeof(OLD.key), CASE typeof(OLD.key) WHEN 'blob' THEN hex(OLD.key) ELSE OLD.key END),
        'value', json_array(typeof(OLD.value), CASE typeof(OLD.value) WHEN 'blob' THEN hex(OLD.value) ELSE OLD.value END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END),
        'updated_by', json_array(typeof(OLD.updated_by), CASE typeof(OLD.updated_by) WHEN 'blob' THEN hex(OLD.updated_by) ELSE OLD.updated_by END)));
END;

CREATE TRIGGER client_identity_history_sync_insert AFTER INSERT ON client_identity_history
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('client_identity_history', json_array(NEW.id));
END;

CREATE TRIGGER concern_considerations_sync_insert AFTER INSERT ON concern_considerations
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('concern_considerations', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('concern_considerations', json_array(NEW.id), 'null');
END;

CREATE TRIGGER concern_considerations_sync_update AFTER UPDATE ON concern_considerations
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('concern_considerations', json_array(NEW.id));
END;

CREATE TRIGGER concern_considerations_sync_baseline BEFORE UPDATE ON concern_considerations
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'concern_considerations' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('concern_considerations', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'prompted_at', json_array(typeof(OLD.prompted_at), CASE typeof(OLD.prompted_at) WHEN 'blob' THEN hex(OLD.prompted_at) ELSE OLD.prompted_at END),
        'prompted_by', json_array(typeof(OLD.prompted_by), CASE typeof(OLD.prompted_by) WHEN 'blob' THEN hex(OLD.prompted_by) ELSE OLD.prompted_by END),
        'reason', json_array(typeof(OLD.reason), CASE typeof(OLD.reason) WHEN 'blob' THEN hex(OLD.reason) ELSE OLD.reason END),
        'answer', json_array(typeof(OLD.answer), CASE typeof(OLD.answer) WHEN 'blob' THEN hex(OLD.answer) ELSE OLD.answer END),
        'note', json_array(typeof(OLD.note), CASE typeof(OLD.note) WHEN 'blob' THEN hex(OLD.note) ELSE OLD.note END),
        'answered_at', json_array(typeof(OLD.answered_at), CASE typeof(OLD.answered_at) WHEN 'blob' THEN hex(OLD.answered_at) ELSE OLD.answered_at END),
        'answered_by', json_array(typeof(OLD.answered_by), CASE typeof(OLD.answered_by) WHEN 'blob' THEN hex(OLD.answered_by) ELSE OLD.answered_by END)));
END;

CREATE TRIGGER absences_sync_insert AFTER INSERT ON absences
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('absences', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('absences', json_array(NEW.id), 'null');
END;

CREATE TRIGGER absences_sync_update AFTER UPDATE ON absences
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('absences', json_array(NEW.id));
END;

CREATE TRIGGER absences_sync_baseline BEFORE UPDATE ON absences
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'absences' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('absences', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'user_id', json_array(typeof(OLD.user_id), CASE typeof(OLD.user_id) WHEN 'blob' THEN hex(OLD.user_id) ELSE OLD.user_id END),
        'starts_at', json_array(typeof(OLD.starts_at), CASE typeof(OLD.starts_at) WHEN 'blob' THEN hex(OLD.starts_at) ELSE OLD.starts_at END),
        'ends_at', json_array(typeof(OLD.ends_at), CASE typeof(OLD.ends_at) WHEN 'blob' THEN hex(OLD.ends_at) ELSE OLD.ends_at END),
        'reason', json_array(typeof(OLD.reason), CASE typeof(OLD.reason) WHEN 'blob' THEN hex(OLD.reason) ELSE OLD.reason END),
        'removed_at', json_array(typeof(OLD.removed_at), CASE typeof(OLD.removed_at) WHEN 'blob' THEN hex(OLD.removed_at) ELSE OLD.removed_at END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END)));
END;

CREATE TRIGGER waiting_list_sync_insert AFTER INSERT ON waiting_list
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('waiting_list', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('waiting_list', json_array(NEW.id), 'null');
END;

CREATE TRIGGER waiting_list_sync_update AFTER UPDATE ON waiting_list
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('waiting_list', json_array(NEW.id));
END;

CREATE TRIGGER waiting_list_sync_baseline BEFORE UPDATE ON waiting_list
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'waiting_list' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('waiting_list', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'priority', json_array(typeof(OLD.priority), CASE typeof(OLD.priority) WHEN 'blob' THEN hex(OLD.priority) ELSE OLD.priority END),
        'first_contact', json_array(typeof(OLD.first_contact), CASE typeof(OLD.first_contact) WHEN 'blob' THEN hex(OLD.first_contact) ELSE OLD.first_contact END),
        'note', json_array(typeof(OLD.note), CASE typeof(OLD.note) WHEN 'blob' THEN hex(OLD.note) ELSE OLD.note END),
        'added_at', json_array(typeof(OLD.added_at), CASE typeof(OLD.added_at) WHEN 'blob' THEN hex(OLD.added_at) ELSE OLD.added_at END),
        'added_by', json_array(typeof(OLD.added_by), CASE typeof(OLD.added_by) WHEN 'blob' THEN hex(OLD.added_by) ELSE OLD.added_by END),
        'booked_appointment_id', json_array(typeof(OLD.booked_appointment_id), CASE typeof(OLD.booked_appointment_id) WHEN 'blob' THEN hex(OLD.booked_appointment_id) ELSE OLD.booked_appointment_id END),
        'removed_at', json_array(typeof(OLD.removed_at), CASE typeof(OLD.removed_at) WHEN 'blob' THEN hex(OLD.removed_at) ELSE OLD.removed_at END),
        'removed_reason', json_array(typeof(OLD.removed_reason), CASE typeof(OLD.removed_reason) WHEN 'blob' THEN hex(OLD.removed_reason) ELSE OLD.removed_reason END)));
END;

CREATE TRIGGER anonymous_contacts_sync_insert AFTER INSERT ON anonymous_contacts
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('anonymous_contacts', json_array(NEW.id));
END;

CREATE TRIGGER units_sync_insert AFTER INSERT ON units
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('units', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('units', json_array(NEW.id), 'null');
END;

CREATE TRIGGER units_sync_update AFTER UPDATE ON units
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('units', json_array(NEW.id));
END;

CREATE TRIGGER units_sync_baseline BEFORE UPDATE ON units
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'units' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('units', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'name', json_array(typeof(OLD.name), CASE typeof(OLD.name) WHEN 'blob' THEN hex(OLD.name) ELSE OLD.name END),
        'unit_type', json_array(typeof(OLD.unit_type), CASE typeof(OLD.unit_type) WHEN 'blob' THEN hex(OLD.unit_type) ELSE OLD.unit_type END),
        'address', json_array(typeof(OLD.address), CASE typeof(OLD.address) WHEN 'blob' THEN hex(OLD.address) ELSE OLD.address END),
        'phone', json_array(typeof(OLD.phone), CASE typeof(OLD.phone) WHEN 'blob' THEN hex(OLD.phone) ELSE OLD.phone END),
        'secure_email', json_array(typeof(OLD.secure_email), CASE typeof(OLD.secure_email) WHEN 'blob' THEN hex(OLD.secure_email) ELSE OLD.secure_email END),
        'active', json_array(typeof(OLD.active), CASE typeof(OLD.active) WHEN 'blob' THEN hex(OLD.active) ELSE OLD.active END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END),
        'updated_by', json_array(typeof(OLD.updated_by), CASE typeof(OLD.updated_by) WHEN 'blob' THEN hex(OLD.updated_by) ELSE OLD.updated_by END)));
END;

CREATE TRIGGER legal_grounds_sync_insert AFTER INSERT ON legal_grounds
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('legal_grounds', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('legal_grounds', json_array(NEW.id), 'null');
END;

CREATE TRIGGER legal_grounds_sync_update AFTER UPDATE ON legal_grounds
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('legal_grounds', json_array(NEW.id));
END;

CREATE TRIGGER legal_grounds_sync_baseline BEFORE UPDATE ON legal_grounds
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'legal_grounds' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('legal_grounds', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'name', json_array(typeof(OLD.name), CASE typeof(OLD.name) WHEN 'blob' THEN hex(OLD.name) ELSE OLD.name END),
        'reference', json_array(typeof(OLD.reference), CASE typeof(OLD.reference) WHEN 'blob' THEN hex(OLD.reference) ELSE OLD.reference END),
        'active', json_array(typeof(OLD.active), CASE typeof(OLD.active) WHEN 'blob' THEN hex(OLD.active) ELSE OLD.active END),
        'position', json_array(typeof(OLD.position), CASE typeof(OLD.position) WHEN 'blob' THEN hex(OLD.position) ELSE OLD.position END)));
END;

CREATE TRIGGER outward_work_sync_insert AFTER INSERT ON outward_work
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('outward_work', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('outward_work', json_array(NEW.id), 'null');
END;

CREATE TRIGGER outward_work_sync_update AFTER UPDATE ON outward_work
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('outward_work', json_array(NEW.id));
END;

CREATE TRIGGER outward_work_sync_baseline BEFORE UPDATE ON outward_work
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'outward_work' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('outward_work', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'occurred_on', json_array(typeof(OLD.occurred_on), CASE typeof(OLD.occurred_on) WHEN 'blob' THEN hex(OLD.occurred_on) ELSE OLD.occurred_on END),
        'kind', json_array(typeof(OLD.kind), CASE typeof(OLD.kind) WHEN 'blob' THEN hex(OLD.kind) ELSE OLD.kind END),
        'audience', json_array(typeof(OLD.audience), CASE typeof(OLD.audience) WHEN 'blob' THEN hex(OLD.audience) ELSE OLD.audience END),
        'description', json_array(typeof(OLD.description), CASE typeof(OLD.description) WHEN 'blob' THEN hex(OLD.description) ELSE OLD.description END),
        'participants', json_array(typeof(OLD.participants), CASE typeof(OLD.participants) WHEN 'blob' THEN hex(OLD.participants) ELSE OLD.participants END),
        'hours', json_array(typeof(OLD.hours), CASE typeof(OLD.hours) WHEN 'blob' THEN hex(OLD.hours) ELSE OLD.hours END),
        'recorded_by', json_array(typeof(OLD.recorded_by), CASE typeof(OLD.recorded_by) WHEN 'blob' THEN hex(OLD.recorded_by) ELSE OLD.recorded_by END),
        'created_at', json_array(typeof(OLD.created_at), CASE typeof(OLD.created_at) WHEN 'blob' THEN hex(OLD.created_at) ELSE OLD.created_at END),
        'updated_at', json_array(typeof(OLD.updated_at), CASE typeof(OLD.updated_at) WHEN 'blob' THEN hex(OLD.updated_at) ELSE OLD.updated_at END),
        'removed_at', json_array(typeof(OLD.removed_at), CASE typeof(OLD.removed_at) WHEN 'blob' THEN hex(OLD.removed_at) ELSE OLD.removed_at END)));
END;

CREATE TRIGGER outward_work_staff_sync_insert AFTER INSERT ON outward_work_staff
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('outward_work_staff', json_array(NEW.work_id, NEW.user_id));
END;

CREATE TRIGGER outward_work_staff_sync_update AFTER UPDATE ON outward_work_staff
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('outward_work_staff', json_array(NEW.work_id, NEW.user_id));
END;

CREATE TRIGGER outward_work_staff_sync_delete AFTER DELETE ON outward_work_staff
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('outward_work_staff', json_array(OLD.work_id, OLD.user_id));
END;

CREATE TRIGGER log_reviews_sync_insert AFTER INSERT ON log_reviews
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('log_reviews', json_array(NEW.id));
END;

CREATE TRIGGER emergency_accesses_sync_insert AFTER INSERT ON emergency_accesses
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('emergency_accesses', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('emergency_accesses', json_array(NEW.id), 'null');
END;

CREATE TRIGGER emergency_accesses_sync_update AFTER UPDATE ON emergency_accesses
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('emergency_accesses', json_array(NEW.id));
END;

CREATE TRIGGER emergency_accesses_sync_baseline BEFORE UPDATE ON emergency_accesses
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'emergency_accesses' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('emergency_accesses', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'user_id', json_array(typeof(OLD.user_id), CASE typeof(OLD.user_id) WHEN 'blob' THEN hex(OLD.user_id) ELSE OLD.user_id END),
        'reason', json_array(typeof(OLD.reason), CASE typeof(OLD.reason) WHEN 'blob' THEN hex(OLD.reason) ELSE OLD.reason END),
        'granted_at', json_array(typeof(OLD.granted_at), CASE typeof(OLD.granted_at) WHEN 'blob' THEN hex(OLD.granted_at) ELSE OLD.granted_at END),
        'expires_at', json_array(typeof(OLD.expires_at), CASE typeof(OLD.expires_at) WHEN 'blob' THEN hex(OLD.expires_at) ELSE OLD.expires_at END),
        'reviewed_at', json_array(typeof(OLD.reviewed_at), CASE typeof(OLD.reviewed_at) WHEN 'blob' THEN hex(OLD.reviewed_at) ELSE OLD.reviewed_at END),
        'reviewed_by', json_array(typeof(OLD.reviewed_by), CASE typeof(OLD.reviewed_by) WHEN 'blob' THEN hex(OLD.reviewed_by) ELSE OLD.reviewed_by END),
        'review_note', json_array(typeof(OLD.review_note), CASE typeof(OLD.review_note) WHEN 'blob' THEN hex(OLD.review_note) ELSE OLD.review_note END)));
END;

CREATE TRIGGER disclosure_bases_sync_insert AFTER INSERT ON disclosure_bases
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('disclosure_bases', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('disclosure_bases', json_array(NEW.id), 'null');
END;

CREATE TRIGGER disclosure_bases_sync_update AFTER UPDATE ON disclosure_bases
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('disclosure_bases', json_array(NEW.id));
END;

CREATE TRIGGER disclosure_bases_sync_baseline BEFORE UPDATE ON disclosure_bases
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'disclosure_bases' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('disclosure_bases', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'kind', json_array(typeof(OLD.kind), CASE typeof(OLD.kind) WHEN 'blob' THEN hex(OLD.kind) ELSE OLD.kind END),
        'content', json_array(typeof(OLD.content), CASE typeof(OLD.content) WHEN 'blob' THEN hex(OLD.content) ELSE OLD.content END),
        'given_on', json_array(typeof(OLD.given_on), CASE typeof(OLD.given_on) WHEN 'blob' THEN hex(OLD.given_on) ELSE OLD.given_on END),
        'valid_until', json_array(typeof(OLD.valid_until), CASE typeof(OLD.valid_until) WHEN 'blob' THEN hex(OLD.valid_until) ELSE OLD.valid_until END),
        'withdrawn_on', json_array(typeof(OLD.withdrawn_on), CASE typeof(OLD.withdrawn_on) WHEN 'blob' THEN hex(OLD.withdrawn_on) ELSE OLD.withdrawn_on END),
        'withdrawn_by', json_array(typeof(OLD.withdrawn_by), CASE typeof(OLD.withdrawn_by) WHEN 'blob' THEN hex(OLD.withdrawn_by) ELSE OLD.withdrawn_by END),
        'withdrawn_at', json_array(typeof(OLD.withdrawn_at), CASE typeof(OLD.withdrawn_at) WHEN 'blob' THEN hex(OLD.withdrawn_at) ELSE OLD.withdrawn_at END),
        'recorded_by', json_array(typeof(OLD.recorded_by), CASE typeof(OLD.recorded_by) WHEN 'blob' THEN hex(OLD.recorded_by) ELSE OLD.recorded_by END),
        'recorded_at', json_array(typeof(OLD.recorded_at), CASE typeof(OLD.recorded_at) WHEN 'blob' THEN hex(OLD.recorded_at) ELSE OLD.recorded_at END)));
END;

CREATE TRIGGER letter_documents_sync_insert AFTER INSERT ON letter_documents
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('letter_documents', json_array(NEW.id));
END;

CREATE TRIGGER disclosures_sync_insert AFTER INSERT ON disclosures
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('disclosures', json_array(NEW.id));
END;

CREATE TRIGGER letters_sync_insert AFTER INSERT ON letters
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('letters', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('letters', json_array(NEW.id), 'null');
END;

CREATE TRIGGER letters_sync_update AFTER UPDATE ON letters
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('letters', json_array(NEW.id));
END;

CREATE TRIGGER letters_sync_baseline BEFORE UPDATE ON letters
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'letters' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('letters', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'kind', json_array(typeof(OLD.kind), CASE typeof(OLD.kind) WHEN 'blob' THEN hex(OLD.kind) ELSE OLD.kind END),
        'sender_id', json_array(typeof(OLD.sender_id), CASE typeof(OLD.sender_id) WHEN 'blob' THEN hex(OLD.sender_id) ELSE OLD.sender_id END),
        'sent_on', json_array(typeof(OLD.sent_on), CASE typeof(OLD.sent_on) WHEN 'blob' THEN hex(OLD.sent_on) ELSE OLD.sent_on END),
        'recipient', json_array(typeof(OLD.recipient), CASE typeof(OLD.recipient) WHEN 'blob' THEN hex(OLD.recipient) ELSE OLD.recipient END),
        'disclosure_id', json_array(typeof(OLD.disclosure_id), CASE typeof(OLD.disclosure_id) WHEN 'blob' THEN hex(OLD.disclosure_id) ELSE OLD.disclosure_id END),
        'note_id', json_array(typeof(OLD.note_id), CASE typeof(OLD.note_id) WHEN 'blob' THEN hex(OLD.note_id) ELSE OLD.note_id END),
        'reply_expected_by', json_array(typeof(OLD.reply_expected_by), CASE typeof(OLD.reply_expected_by) WHEN 'blob' THEN hex(OLD.reply_expected_by) ELSE OLD.reply_expected_by END),
        'reply_received_on', json_array(typeof(OLD.reply_received_on), CASE typeof(OLD.reply_received_on) WHEN 'blob' THEN hex(OLD.reply_received_on) ELSE OLD.reply_received_on END),
        'reply_note', json_array(typeof(OLD.reply_note), CASE typeof(OLD.reply_note) WHEN 'blob' THEN hex(OLD.reply_note) ELSE OLD.reply_note END),
        'reply_noted_by', json_array(typeof(OLD.reply_noted_by), CASE typeof(OLD.reply_noted_by) WHEN 'blob' THEN hex(OLD.reply_noted_by) ELSE OLD.reply_noted_by END)));
END;

CREATE TRIGGER access_reviews_sync_insert AFTER INSERT ON access_reviews
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('access_reviews', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('access_reviews', json_array(NEW.id), 'null');
END;

CREATE TRIGGER access_reviews_sync_update AFTER UPDATE ON access_reviews
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('access_reviews', json_array(NEW.id));
END;

CREATE TRIGGER access_reviews_sync_baseline BEFORE UPDATE ON access_reviews
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'access_reviews' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('access_reviews', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'client_id', json_array(typeof(OLD.client_id), CASE typeof(OLD.client_id) WHEN 'blob' THEN hex(OLD.client_id) ELSE OLD.client_id END),
        'started_by', json_array(typeof(OLD.started_by), CASE typeof(OLD.started_by) WHEN 'blob' THEN hex(OLD.started_by) ELSE OLD.started_by END),
        'started_at', json_array(typeof(OLD.started_at), CASE typeof(OLD.started_at) WHEN 'blob' THEN hex(OLD.started_at) ELSE OLD.started_at END),
        'released_by', json_array(typeof(OLD.released_by), CASE typeof(OLD.released_by) WHEN 'blob' THEN hex(OLD.released_by) ELSE OLD.released_by END),
        'released_at', json_array(typeof(OLD.released_at), CASE typeof(OLD.released_at) WHEN 'blob' THEN hex(OLD.released_at) ELSE OLD.released_at END),
        'document_hash', json_array(typeof(OLD.document_hash), CASE typeof(OLD.document_hash) WHEN 'blob' THEN hex(OLD.document_hash) ELSE OLD.document_hash END)));
END;

CREATE TRIGGER access_review_items_sync_insert AFTER INSERT ON access_review_items
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('access_review_items', json_array(NEW.id));
    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES ('access_review_items', json_array(NEW.id), 'null');
END;

CREATE TRIGGER access_review_items_sync_update AFTER UPDATE ON access_review_items
WHEN (SELECT capturing FROM sync_guard) = 1
BEGIN
    INSERT INTO sync_dirty (tbl, row_key) VALUES ('access_review_items', json_array(NEW.id));
END;

CREATE TRIGGER access_review_items_sync_baseline BEFORE UPDATE ON access_review_items
WHEN (SELECT capturing FROM sync_guard) = 1
    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = 'access_review_items' AND row_key = json_array(OLD.id))
BEGIN
    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES ('access_review_items', json_array(OLD.id), json_object(
        'id', json_array(typeof(OLD.id), CASE typeof(OLD.id) WHEN 'blob' THEN hex(OLD.id) ELSE OLD.id END),
        'review_id', json_array(typeof(OLD.review_id), CASE typeof(OLD.review_id) WHEN 'blob' THEN hex(OLD.review_id) ELSE OLD.review_id END),
        'item_key', json_array(typeof(OLD.item_key), CASE typeof(OLD.item_key) WHEN 'blob' THEN hex(OLD.item_key) ELSE OLD.item_key END),
        'released', json_array(typeof(OLD.released), CASE typeof(OLD.released) WHEN 'blob' THEN hex(OLD.released) ELSE OLD.released END),
        'marked_by', json_array(typeof(OLD.marked_by), CASE typeof(OLD.marked_by) WHEN 'blob' THEN hex(OLD.marked_by) ELSE OLD.marked_by END),
        'marked_at', json_array(typeof(OLD.marked_at), CASE typeof(OLD.marked_at) WHEN 'blob' THEN hex(OLD.marked_at) ELSE OLD.marked_at END)));
END;

-- On a PC that syncs already, the rows these tables hold now travel too: a row
-- both PCs hold alike merges into one, one changed on one PC apart is a conflict.
-- (After the triggers, which a later migration may need to see.)
INSERT INTO sync_dirty (tbl, row_key) SELECT 'clinic_settings', json_array(key) FROM clinic_settings
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'client_identity_history', json_array(id) FROM client_identity_history
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'concern_considerations', json_array(id) FROM concern_considerations
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'absences', json_array(id) FROM absences
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'waiting_list', json_array(id) FROM waiting_list
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'anonymous_contacts', json_array(id) FROM anonymous_contacts
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'units', json_array(id) FROM units
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'legal_grounds', json_array(id) FROM legal_grounds
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'outward_work', json_array(id) FROM outward_work
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'outward_work_staff', json_array(work_id, user_id) FROM outward_work_staff
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'log_reviews', json_array(id) FROM log_reviews
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'emergency_accesses', json_array(id) FROM emergency_accesses
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'disclosure_bases', json_array(id) FROM disclosure_bases
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'letter_documents', json_array(id) FROM letter_documents
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'disclosures', json_array(id) FROM disclosures
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'letters', json_array(id) FROM letters
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'access_reviews', json_array(id) FROM access_reviews
    WHERE (SELECT capturing FROM sync_guard) = 1;
INSERT INTO sync_dirty (tbl, row_key) SELECT 'access_review_items', json_array(id) FROM access_review_items
    WHERE (SELECT capturing FROM sync_guard) = 1;
