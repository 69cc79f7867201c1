-- Schema 1: the commune registry.
-- Every record carries a random UUID (`id`), the unit code of the site that created it
-- (`owner`), a version and a tombstone; `rid` is a local row number used by lists and the
-- search index only, never sent to another site.

CREATE TABLE site (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    site_uuid TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('commune', 'district', 'province')),
    unit_code TEXT NOT NULL,
    name TEXT NOT NULL,
    officer TEXT,
    upper_code TEXT,
    province_code TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE organization (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    deleted_by TEXT,
    delete_reason TEXT,
    deleted_with TEXT,
    kind TEXT,
    name TEXT,
    registration_code TEXT,
    registration_date TEXT,
    certificate_no TEXT,
    status TEXT,
    commune_code TEXT,
    village TEXT,
    address TEXT,
    representative TEXT,
    phone TEXT,
    sector TEXT,
    charter_capital_vnd INTEGER,
    main_products TEXT,
    high_tech INTEGER NOT NULL DEFAULT 0,
    value_chain INTEGER NOT NULL DEFAULT 0,
    traceability INTEGER NOT NULL DEFAULT 0,
    ocop_products TEXT,
    ocop_stars INTEGER,
    long_standing_debt INTEGER NOT NULL DEFAULT 0,
    needs_reorganisation INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE member (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    deleted_by TEXT,
    delete_reason TEXT,
    deleted_with TEXT,
    organization_id TEXT NOT NULL REFERENCES organization(id),
    kind TEXT,
    membership TEXT,
    full_name TEXT,
    birth_date TEXT,
    gender TEXT,
    nationality TEXT,
    ethnicity_code TEXT,
    id_number TEXT,
    id_issued_on TEXT,
    id_issued_by TEXT,
    phone TEXT,
    village TEXT,
    residence TEXT,
    representative TEXT,
    capital_vnd INTEGER,
    capital_completed_on TEXT,
    joined_on TEXT,
    left_on TEXT,
    leave_reason TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE worker (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    deleted_by TEXT,
    delete_reason TEXT,
    deleted_with TEXT,
    organization_id TEXT NOT NULL REFERENCES organization(id),
    full_name TEXT,
    birth_date TEXT,
    gender TEXT,
    ethnicity_code TEXT,
    id_number TEXT,
    is_member INTEGER NOT NULL DEFAULT 0,
    contract TEXT,
    social_insurance TEXT,
    started_on TEXT,
    ended_on TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE support (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    deleted_by TEXT,
    delete_reason TEXT,
    deleted_with TEXT,
    organization_id TEXT NOT NULL REFERENCES organization(id),
    category TEXT,
    content TEXT,
    decision_no TEXT,
    decision_date TEXT,
    agency TEXT,
    funding_source TEXT,
    amount_vnd INTEGER,
    in_kind TEXT,
    stage TEXT,
    indivisible_asset INTEGER NOT NULL DEFAULT 0,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT ''
);


-- The list indexes cover what the lists filter on most (still active? which organisation?),
-- so opening a list of 300,000 members reads the index alone.
CREATE INDEX organization_list ON organization (deleted, sort_name);
CREATE INDEX organization_owner ON organization (owner);
CREATE INDEX organization_commune ON organization (commune_code);
CREATE INDEX organization_registration_code ON organization (registration_code);
CREATE INDEX member_list ON member (deleted, sort_name, left_on, organization_id);
CREATE INDEX member_organization ON member (organization_id, deleted);
CREATE INDEX member_id_number ON member (id_number);
CREATE INDEX member_owner ON member (owner);
CREATE INDEX worker_list ON worker (deleted, sort_name, ended_on, organization_id);
CREATE INDEX worker_organization ON worker (organization_id, deleted);
CREATE INDEX worker_owner ON worker (owner);
CREATE INDEX support_list ON support (deleted, sort_name, organization_id);
CREATE INDEX support_organization ON support (organization_id, deleted);
CREATE INDEX support_owner ON support (owner);

-- Diacritic-free search: `search_text` is folded by the program (đ -> d included, which
-- SQLite's own tokenizer does not do); the index follows the table through triggers.

CREATE VIRTUAL TABLE organization_fts USING fts5(
    search_text, content='organization', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER organization_fts_insert AFTER INSERT ON organization BEGIN
    INSERT INTO organization_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER organization_fts_delete AFTER DELETE ON organization BEGIN
    INSERT INTO organization_fts (organization_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER organization_fts_update AFTER UPDATE OF search_text ON organization BEGIN
    INSERT INTO organization_fts (organization_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO organization_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE VIRTUAL TABLE member_fts USING fts5(
    search_text, content='member', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER member_fts_insert AFTER INSERT ON member BEGIN
    INSERT INTO member_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER member_fts_delete AFTER DELETE ON member BEGIN
    INSERT INTO member_fts (member_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER member_fts_update AFTER UPDATE OF search_text ON member BEGIN
    INSERT INTO member_fts (member_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO member_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE VIRTUAL TABLE worker_fts USING fts5(
    search_text, content='worker', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER worker_fts_insert AFTER INSERT ON worker BEGIN
    INSERT INTO worker_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER worker_fts_delete AFTER DELETE ON worker BEGIN
    INSERT INTO worker_fts (worker_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER worker_fts_update AFTER UPDATE OF search_text ON worker BEGIN
    INSERT INTO worker_fts (worker_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO worker_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE VIRTUAL TABLE support_fts USING fts5(
    search_text, content='support', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER support_fts_insert AFTER INSERT ON support BEGIN
    INSERT INTO support_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER support_fts_delete AFTER DELETE ON support BEGIN
    INSERT INTO support_fts (support_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER support_fts_update AFTER UPDATE OF search_text ON support BEGIN
    INSERT INTO support_fts (support_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO support_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

-- Who changed what, when, from which package: one row per changed field, per deletion or
-- restore (a creation is recorded once, in change_log). Never updated, never deleted.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT,
    site TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    package TEXT,
    note TEXT
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);

-- What the sync packages read: one row per record change, with the changed fields, the
-- record's new version and the version the change was based on. AUTOINCREMENT keeps the
-- sequence monotonic even if the last rows were ever removed by a rollback.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    officer TEXT,
    origin TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
    fields TEXT NOT NULL,
    version INTEGER NOT NULL,
    base_version INTEGER,
    package TEXT
);
CREATE INDEX change_log_record ON change_log (record_type, record_id);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
