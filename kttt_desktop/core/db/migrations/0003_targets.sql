-- Schema 3: the plan's targets, and the population that shares are measured against.
-- Both are site settings, not records: they are set by this site or sent down by its upper
-- level (`source` names the site that set them), and they never travel upward.

CREATE TABLE target (
    unit_code TEXT NOT NULL,            -- the unit the target is for: a commune, district or province
    indicator TEXT NOT NULL,            -- a key of core.reports.indicators.INDICATORS
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value REAL NOT NULL CHECK (value >= 0),
    comparison TEXT NOT NULL DEFAULT 'at_least'
        CHECK (comparison IN ('at_least', 'more_than', 'about')),
    basis TEXT,                         -- the document the target comes from
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    PRIMARY KEY (unit_code, indicator, year)
);

CREATE TABLE population (
    unit_code TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    population INTEGER NOT NULL CHECK (population > 0),
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    PRIMARY KEY (unit_code, year)
);

-- Indicators as of a past date read the history of a few fields (status, flags) back.
CREATE INDEX audit_log_field ON audit_log (record_type, field, at);

-- Covering indexes for the indicators: read in organisation order, they let one pass count
-- members and workers on any date per organisation, ethnic group and sex without touching
-- the wide record rows (a province's 300,000 members in a few tens of milliseconds).
CREATE INDEX member_report ON member
    (organization_id, ethnicity_code, gender, deleted, left_on, joined_on, created_at);
CREATE INDEX worker_report ON worker (organization_id, deleted, ended_on, started_on, created_at);
CREATE INDEX support_report ON support (organization_id, category, funding_source, stage, deleted,
    decision_date, created_at, amount_vnd, id);
