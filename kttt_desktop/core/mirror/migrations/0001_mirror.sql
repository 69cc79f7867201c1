-- Mirror schema 1: what every source site shares in the PostgreSQL database of the offices
-- above the commune. The record tables themselves (one per record type, typed columns) are
-- made from the program's record-type table by `core.mirror.schema`, so a new record type or
-- field lands without a hand-written statement; this file holds what is fixed.
-- Every row a source writes carries `source_site`, the unit code of the site (a province, an
-- area) whose merged register it comes from; row-level security lets a source's role write
-- only rows with its own code (the policies call `kttt.writable_site`).

CREATE TABLE kttt.schema_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE kttt.schema_version IS 'Phiên bản cấu trúc dữ liệu của bản sao (do phần mềm KTTT quản lý)';

-- The sites that mirror here and the database role each writes with. Only the
-- administrator writes this table (`kttt mirror --setup-source`).
CREATE TABLE kttt.source (
    unit_code text PRIMARY KEY,
    name text NOT NULL,
    level text NOT NULL,
    role_name text NOT NULL UNIQUE,
    registered_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE kttt.source IS 'Các đơn vị gửi dữ liệu lên và tài khoản cơ sở dữ liệu mỗi đơn vị dùng';

-- The source whose rows the current role may write (NULL: none). The database owner bypasses
-- row-level security altogether; every other role writes only through its line in kttt.source.
-- Policies call it as `(SELECT kttt.writable_site())`, which PostgreSQL evaluates once per
-- statement rather than once per row.
CREATE FUNCTION kttt.writable_site() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT s.unit_code FROM kttt.source s WHERE s.role_name = current_user $$;

-- How far each source's change log has been mirrored: the next run reads only what follows.
-- `site_uuid` tells a reinstalled or restored site apart, which is then mirrored whole again.
CREATE TABLE kttt.mirror_position (
    source_site text PRIMARY KEY,
    site_uuid text NOT NULL,
    seq bigint NOT NULL CHECK (seq >= 0),
    mirrored_at timestamptz NOT NULL,
    program_version text NOT NULL
);
COMMENT ON TABLE kttt.mirror_position IS 'Vị trí đã sao chép đến trong nhật ký thay đổi của từng đơn vị gửi';

-- The coded values' names (kind, status, sector, ethnic group…), for people and reporting tools.
CREATE TABLE kttt.code_label (
    catalog text NOT NULL,
    code text NOT NULL,
    label_vi text NOT NULL,
    label_en text NOT NULL,
    PRIMARY KEY (catalog, code)
);
COMMENT ON TABLE kttt.code_label IS 'Danh mục mã và tên gọi (loại hình, tình trạng, lĩnh vực, dân tộc…)';

-- The administrative units: current provinces and communes, and former communes that old
-- records still name (with the commune they became part of).
CREATE TABLE kttt.admin_unit (
    code text PRIMARY KEY,
    name text NOT NULL,
    level text NOT NULL CHECK (level IN ('province', 'commune')),
    province_code text NOT NULL,
    current boolean NOT NULL,
    successor_code text
);
COMMENT ON TABLE kttt.admin_unit IS 'Đơn vị hành chính: tỉnh, xã (hiện hành và xã cũ trước sắp xếp)';

-- The plan's targets and the population that shares are measured against, as each source
-- site holds them (they are a site's settings, not records).
CREATE TABLE kttt.target (
    source_site text NOT NULL,
    unit_code text NOT NULL,
    indicator text NOT NULL,
    year integer NOT NULL,
    value double precision NOT NULL,
    comparison text NOT NULL,
    basis text,
    set_by text,
    baseline double precision,
    baseline_on date,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (source_site, unit_code, indicator, year)
);
COMMENT ON TABLE kttt.target IS 'Chỉ tiêu kế hoạch giao cho từng đơn vị';

CREATE TABLE kttt.population (
    source_site text NOT NULL,
    unit_code text NOT NULL,
    year integer NOT NULL,
    population integer NOT NULL,
    set_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (source_site, unit_code, year)
);
COMMENT ON TABLE kttt.population IS 'Dân số từng đơn vị theo năm (mẫu số của các tỷ lệ)';

ALTER TABLE kttt.mirror_position ENABLE ROW LEVEL SECURITY;
CREATE POLICY source_rows ON kttt.mirror_position USING (source_site = (SELECT kttt.writable_site()))
    WITH CHECK (source_site = (SELECT kttt.writable_site()));
ALTER TABLE kttt.target ENABLE ROW LEVEL SECURITY;
CREATE POLICY source_rows ON kttt.target USING (source_site = (SELECT kttt.writable_site()))
    WITH CHECK (source_site = (SELECT kttt.writable_site()));
ALTER TABLE kttt.population ENABLE ROW LEVEL SECURITY;
CREATE POLICY source_rows ON kttt.population USING (source_site = (SELECT kttt.writable_site()))
    WITH CHECK (source_site = (SELECT kttt.writable_site()));
