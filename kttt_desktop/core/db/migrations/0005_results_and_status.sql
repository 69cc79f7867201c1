-- Schema 5: how each organisation is doing, and the registers behind the plan's flags.
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
-- The workers' contract joins their covering index: the jobs (every contract but seasonal) of
-- each organisation and the workers by contract are then read from the index alone.
DROP INDEX worker_report;
CREATE INDEX worker_report ON worker (organization_id, deleted, ended_on, started_on, created_at, contract);
-- Members by ethnic group and sex, workers by contract and support by category and source are
-- tallied over the whole province: read in the order of these groups, SQLite counts them
-- without sorting every row first (three to five times faster than the per-organisation
-- indexes); the few organisations left out are then read through those.
CREATE INDEX member_groups ON member (deleted, ethnicity_code, gender, left_on, joined_on, created_at,
    organization_id);
CREATE INDEX worker_groups ON worker (deleted, contract, ended_on, started_on, created_at, organization_id);
CREATE INDEX support_totals ON support (deleted, category, funding_source, is_loan, stage, decision_date,
    created_at, amount_vnd, organization_id, id);
-- What the indicators read of every organisation (its unit, registration, kind, status and
-- flags), from an index a tenth of the table's size instead of the wide rows.
CREATE INDEX organization_report ON organization (deleted, id, commune_code, owner, registration_date,
    created_at, kind, status, high_tech, value_chain, traceability, ocop_stars);

-- The registers behind the plan's flags.
-- Managers and their training, products (OCOP, certification, traceability), value-chain
-- contracts, loans and land, each an organisation's records of its own type. The yes/no flags
-- on an organisation stay as they were: an organisation without register entries keeps being
-- counted by its flags. A cooperative group (THT) records its cooperation contract.
-- References between registers (a training's manager, the support that paid for it) are
-- loose, as a member's link to a cooperative is: either side may travel separately.

ALTER TABLE organization ADD COLUMN contract_no TEXT;
ALTER TABLE organization ADD COLUMN contract_signed_on TEXT;
ALTER TABLE organization ADD COLUMN contract_term_months INTEGER;

CREATE TABLE manager (
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
    role TEXT,
    from_on TEXT,
    to_on TEXT,
    birth_date TEXT,
    gender TEXT,
    ethnicity_code TEXT,
    id_number TEXT,
    qualification TEXT,
    trained_to_standard INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX manager_list ON manager (deleted, collation_key, organization_id);
CREATE INDEX manager_organization ON manager (organization_id, deleted);
CREATE INDEX manager_owner ON manager (owner);
CREATE VIRTUAL TABLE manager_fts USING fts5(
    search_text, content='manager', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER manager_fts_insert AFTER INSERT ON manager BEGIN
    INSERT INTO manager_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER manager_fts_delete AFTER DELETE ON manager BEGIN
    INSERT INTO manager_fts (manager_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER manager_fts_update AFTER UPDATE OF search_text ON manager BEGIN
    INSERT INTO manager_fts (manager_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO manager_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
-- Who is in which post on a day, and (for the indicators, from the index alone) whether
-- trained to standard.
CREATE INDEX manager_in_post ON manager (organization_id, deleted, role, from_on, to_on, trained_to_standard);

CREATE TABLE training (
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
    course TEXT,
    full_name TEXT,
    manager_id TEXT,
    topic TEXT,
    started_on TEXT,
    ended_on TEXT,
    organiser TEXT,
    certificate_no TEXT,
    support_id TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX training_list ON training (deleted, collation_key, organization_id);
CREATE INDEX training_organization ON training (organization_id, deleted);
CREATE INDEX training_owner ON training (owner);
CREATE VIRTUAL TABLE training_fts USING fts5(
    search_text, content='training', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER training_fts_insert AFTER INSERT ON training BEGIN
    INSERT INTO training_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER training_fts_delete AFTER DELETE ON training BEGIN
    INSERT INTO training_fts (training_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER training_fts_update AFTER UPDATE OF search_text ON training BEGIN
    INSERT INTO training_fts (training_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO training_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE TABLE product (
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
    name TEXT,
    ocop_stars INTEGER,
    ocop_decision_no TEXT,
    ocop_certified_on TEXT,
    ocop_expires_on TEXT,
    certification TEXT,
    brand TEXT,
    traceability INTEGER NOT NULL DEFAULT 0,
    high_tech INTEGER NOT NULL DEFAULT 0,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX product_list ON product (deleted, collation_key, organization_id);
CREATE INDEX product_organization ON product (organization_id, deleted);
CREATE INDEX product_owner ON product (owner);
CREATE VIRTUAL TABLE product_fts USING fts5(
    search_text, content='product', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER product_fts_insert AFTER INSERT ON product BEGIN
    INSERT INTO product_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER product_fts_delete AFTER DELETE ON product BEGIN
    INSERT INTO product_fts (product_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER product_fts_update AFTER UPDATE OF search_text ON product BEGIN
    INSERT INTO product_fts (product_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO product_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE INDEX product_ocop ON product (deleted, ocop_stars, ocop_expires_on, organization_id);

CREATE TABLE linkage (
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
    partner_name TEXT,
    partner_tax_code TEXT,
    partner_kind TEXT,
    product TEXT,
    contract_no TEXT,
    signed_on TEXT,
    expires_on TEXT,
    stage TEXT,
    volume TEXT,
    value_vnd INTEGER,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX linkage_list ON linkage (deleted, collation_key, organization_id);
CREATE INDEX linkage_organization ON linkage (organization_id, deleted);
CREATE INDEX linkage_owner ON linkage (owner);
CREATE VIRTUAL TABLE linkage_fts USING fts5(
    search_text, content='linkage', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER linkage_fts_insert AFTER INSERT ON linkage BEGIN
    INSERT INTO linkage_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER linkage_fts_delete AFTER DELETE ON linkage BEGIN
    INSERT INTO linkage_fts (linkage_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER linkage_fts_update AFTER UPDATE OF search_text ON linkage BEGIN
    INSERT INTO linkage_fts (linkage_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO linkage_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE INDEX linkage_in_force ON linkage (deleted, signed_on, expires_on, organization_id);

CREATE TABLE loan (
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
    lender TEXT,
    contract_no TEXT,
    disbursed_on TEXT,
    amount_vnd INTEGER,
    term_months INTEGER,
    interest_rate TEXT,
    interest_support_vnd INTEGER,
    guaranteed INTEGER NOT NULL DEFAULT 0,
    outstanding_vnd INTEGER,
    overdue_vnd INTEGER,
    as_of TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX loan_list ON loan (deleted, collation_key, organization_id);
CREATE INDEX loan_organization ON loan (organization_id, deleted);
CREATE INDEX loan_owner ON loan (owner);
CREATE VIRTUAL TABLE loan_fts USING fts5(
    search_text, content='loan', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER loan_fts_insert AFTER INSERT ON loan BEGIN
    INSERT INTO loan_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER loan_fts_delete AFTER DELETE ON loan BEGIN
    INSERT INTO loan_fts (loan_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER loan_fts_update AFTER UPDATE OF search_text ON loan BEGIN
    INSERT INTO loan_fts (loan_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO loan_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

CREATE TABLE land (
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
    use TEXT,
    area_m2 INTEGER,
    tenure TEXT,
    certificate_no TEXT,
    from_on TEXT,
    to_on TEXT,
    sort_name TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    vv TEXT NOT NULL DEFAULT '{}',
    collation_key BLOB NOT NULL DEFAULT x''
);
CREATE INDEX land_list ON land (deleted, collation_key, organization_id);
CREATE INDEX land_organization ON land (organization_id, deleted);
CREATE INDEX land_owner ON land (owner);
CREATE VIRTUAL TABLE land_fts USING fts5(
    search_text, content='land', content_rowid='rid', prefix='1 2 3', tokenize='unicode61'
);
CREATE TRIGGER land_fts_insert AFTER INSERT ON land BEGIN
    INSERT INTO land_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;
CREATE TRIGGER land_fts_delete AFTER DELETE ON land BEGIN
    INSERT INTO land_fts (land_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
END;
CREATE TRIGGER land_fts_update AFTER UPDATE OF search_text ON land BEGIN
    INSERT INTO land_fts (land_fts, rowid, search_text) VALUES ('delete', old.rid, old.search_text);
    INSERT INTO land_fts (rowid, search_text) VALUES (new.rid, new.search_text);
END;

-- A target's starting point: progress is measured from the figure at the plan's start, not
-- from zero. `baseline` is the figure as the officer entered it (NULL: counted from the
-- register on the base date); `baseline_on` is that base date (NULL: 31/12 of the base year).
ALTER TABLE target ADD COLUMN baseline REAL CHECK (baseline IS NULL OR baseline >= 0);
ALTER TABLE target ADD COLUMN baseline_on TEXT;

-- The keys that signed each package received: a sender numbers its packages once, and only a
-- sender set up again (new keys) may number from 1 again.
ALTER TABLE package_received ADD COLUMN sender_fingerprint TEXT;
