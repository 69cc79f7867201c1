-- Schema 5: how each organisation is doing.
-- `annual_report` holds an organisation's results of one year (one per organisation and year,
-- a rule the program checks: two sites may each have entered one before they synchronise, and
-- the merge must still take both). `status_change` holds the dated decisions on its legal
-- status (suspension, resumption, dissolution, revocation…): the organisation's status on any
-- day is the latest decision in effect on it. The decisions that carry over the statuses typed
-- before this schema are made by the program as the database is opened (they go into the
-- change log like any record it writes, so they travel to the upper level).
-- A member of a union that is a cooperative in the register links to it. The link is loose
-- (no foreign key): the cooperative may belong to another commune, which a site receiving the
-- union's package may not hold; the window then shows the name the member was given.

ALTER TABLE member ADD COLUMN member_organization_id TEXT;

CREATE TABLE annual_report (
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
    year INTEGER,
    members_official INTEGER,
    members_associate INTEGER,
    workers_total INTEGER,
    workers_regular INTEGER,
    revenue_vnd INTEGER,
    cost_vnd INTEGER,
    profit_vnd INTEGER,
    avg_income_member_vnd INTEGER,
    avg_income_worker_vnd INTEGER,
    total_capital_vnd INTEGER,
    total_assets_vnd INTEGER,
    indivisible_assets_vnd INTEGER,
    internal_transactions_vnd INTEGER,
    funds_vnd INTEGER,
    debt_vnd INTEGER,
    overdue_debt_vnd INTEGER,
    rating TEXT,
    rating_score INTEGER,
    submitted_on TEXT,
    notes TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX annual_report_list ON annual_report (deleted, collation_key, organization_id);
CREATE INDEX annual_report_organization ON annual_report (organization_id, deleted);
CREATE INDEX annual_report_owner ON annual_report (owner);
CREATE INDEX annual_report_year ON annual_report (year, deleted, organization_id);
CREATE VIRTUAL TABLE annual_report_fts USING fts5(
    search_text, content='annual_report', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER annual_report_fts_insert AFTER INSERT ON annual_report BEGIN
    INSERT INTO annual_report_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER annual_report_fts_delete AFTER DELETE ON annual_report BEGIN
    INSERT INTO annual_report_fts (annual_report_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER annual_report_fts_update AFTER UPDATE OF search_text ON annual_report BEGIN
    INSERT INTO annual_report_fts (annual_report_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO annual_report_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE TABLE status_change (
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
    status TEXT,
    effective_on TEXT,
    decision_no TEXT,
    decision_date TEXT,
    agency TEXT,
    reason TEXT,
    carried_over INTEGER NOT NULL DEFAULT 0,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX status_change_list ON status_change (deleted, collation_key, organization_id);
CREATE INDEX status_change_organization ON status_change (organization_id, deleted);
CREATE INDEX status_change_owner ON status_change (owner);
CREATE INDEX status_change_in_effect ON status_change (organization_id, deleted, effective_on);
CREATE VIRTUAL TABLE status_change_fts USING fts5(
    search_text, content='status_change', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER status_change_fts_insert AFTER INSERT ON status_change BEGIN
    INSERT INTO status_change_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER status_change_fts_delete AFTER DELETE ON status_change BEGIN
    INSERT INTO status_change_fts (status_change_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER status_change_fts_update AFTER UPDATE OF search_text ON status_change BEGIN
    INSERT INTO status_change_fts (status_change_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO status_change_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

-- A credit support that is a loan is repaid: it is kept apart from the support money.
-- The reports' covering index takes the flag in, so the sums still read the index alone.
ALTER TABLE support ADD COLUMN is_loan INTEGER NOT NULL DEFAULT 0;
DROP INDEX support_report;
CREATE INDEX support_report ON support (organization_id, category, funding_source, stage, deleted,
    decision_date, created_at, amount_vnd, is_loan, id);
