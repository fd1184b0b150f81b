-- 0004 Journal search that grows with one's own clients, not with the clinic.
-- Which note and client each row of the full-text index belongs to, in an
-- ordinary indexed table: a search filters the index's matches by row number
-- against the searcher's clients, instead of reading the stored text of every
-- matching note in the clinic to learn whose it is.

CREATE TABLE journal_search_rows (
    search_rowid INTEGER PRIMARY KEY,   -- the journal_search row
    note_id      TEXT NOT NULL REFERENCES journal_notes (id),
    client_id    TEXT NOT NULL REFERENCES clients (id)
);

CREATE INDEX journal_search_rows_client ON journal_search_rows (client_id, search_rowid);

INSERT INTO journal_search_rows (search_rowid, note_id, client_id)
    SELECT rowid, note_id, client_id FROM journal_search;
