-- Schema 2: what sync packages need.
-- A change is known everywhere by (origin, origin_seq): the site that made it and its place
-- in that site's change log. `vv` is the record's version vector after the change
-- ({site code: number of changes that site made to the record}); comparing vectors tells
-- whether one change had seen another, which is how concurrent edits are found.

ALTER TABLE change_log ADD COLUMN origin_seq INTEGER;
ALTER TABLE change_log ADD COLUMN vv TEXT NOT NULL DEFAULT '{}';
DROP TRIGGER change_log_append_only_update;
UPDATE change_log SET origin_seq = seq WHERE origin_seq IS NULL;
UPDATE change_log SET vv = json_object(origin, (
    SELECT count(*) FROM change_log c2 WHERE c2.record_type = change_log.record_type
    AND c2.record_id = change_log.record_id AND c2.seq <= change_log.seq));
CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
CREATE UNIQUE INDEX change_log_origin ON change_log (origin, origin_seq);
-- Changes that arrived before their record (logged with version 0), waiting for it.
CREATE INDEX change_log_waiting ON change_log (record_id) WHERE version = 0;

ALTER TABLE organization ADD COLUMN vv TEXT NOT NULL DEFAULT '{}';
ALTER TABLE member ADD COLUMN vv TEXT NOT NULL DEFAULT '{}';
ALTER TABLE worker ADD COLUMN vv TEXT NOT NULL DEFAULT '{}';
ALTER TABLE support ADD COLUMN vv TEXT NOT NULL DEFAULT '{}';
-- Records from schema 1 had only local changes: their vector counts them.
UPDATE organization SET vv = (SELECT json_object(origin, count(*)) FROM change_log c
                              WHERE c.record_type = 'organization' AND c.record_id = organization.id);
UPDATE member SET vv = (SELECT json_object(origin, count(*)) FROM change_log c
                        WHERE c.record_type = 'member' AND c.record_id = member.id);
UPDATE worker SET vv = (SELECT json_object(origin, count(*)) FROM change_log c
                        WHERE c.record_type = 'worker' AND c.record_id = worker.id);
UPDATE support SET vv = (SELECT json_object(origin, count(*)) FROM change_log c
                         WHERE c.record_type = 'support' AND c.record_id = support.id);

-- This site's own keys (private) and the peers it exchanges packages with.
CREATE TABLE site_keys (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    keys TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE peer (
    unit_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('upper', 'lower')),
    public_keys TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    -- For the upper level: the keys this site uses with it (from its set-up file). Lower
    -- sites know this site by the keys in site_keys, so joining an upper level later
    -- never changes what the lower sites rely on.
    own_keys TEXT,
    added_at TEXT NOT NULL
);

-- Packages this site wrote: numbered per receiver, each covering a range of the local
-- change log. `acknowledged_at` is set only by the receiver's signed receipt.
CREATE TABLE package_sent (
    receiver TEXT NOT NULL,
    package_no INTEGER NOT NULL,
    package_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    items INTEGER NOT NULL,
    file_name TEXT,
    created_at TEXT NOT NULL,
    acknowledged_at TEXT,
    receipt TEXT,
    PRIMARY KEY (receiver, package_no)
);

-- Packages received: applied, or held until an earlier one from the same sender arrives.
CREATE TABLE package_received (
    sender TEXT NOT NULL,
    package_no INTEGER NOT NULL,
    package_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'held')),
    held_path TEXT,
    summary TEXT,
    received_at TEXT NOT NULL,
    PRIMARY KEY (sender, package_no)
);

-- Per sender, how far its change log has been applied here without a gap, and where the
-- next package to that peer starts (a receipt naming a missing package moves it back).
CREATE TABLE peer_progress (
    unit_code TEXT PRIMARY KEY,
    applied_upto INTEGER NOT NULL DEFAULT 0,
    export_from INTEGER NOT NULL DEFAULT 0,
    acknowledged_upto INTEGER NOT NULL DEFAULT 0
);

-- Same field changed at two places without either seeing the other, or an edit against a
-- deletion (field '_deleted'): kept until a person chooses.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    heads TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT
);
CREATE INDEX conflict_open ON conflict (resolved_at, record_type, record_id);
