-- Mirror schema 2: read-only views for people and reporting tools, in their own schema
-- `kttt_report`, readable by the role `kttt_reader` (a group: the administrator grants it to
-- each person's or tool's login). The views name every code with its Vietnamese label, every
-- organisation's commune and province by name, and count the plan's indicators per commune and
-- per province the way the program does (`core.plan.indicators`), on the day `kttt_report.as_of()`:
-- today, or the day a session sets with `SET kttt.as_of = 'YYYY-MM-DD'`.
--
-- Where the views approximate the program:
-- * Facts without a date of their own (an organisation's recorded status when it has no
--   status decision, its yes/no flags, a support's stage) are taken as they are now: the
--   program reads their past values back from the audit log, which is not mirrored. Today's
--   figures are exact; a past day's figures can differ for organisations edited since.
-- * Each source's rows are counted on their own (`source_site` in every view). A record that
--   two sources both mirror (a province and one of its districts into one database) appears
--   under each; filter on `source_site` for a figure that counts it once.
-- * Shares are rounded half away from zero (the program rounds half to even): they can
--   differ in the last of their two decimals.
-- Runs after the record tables exist (`core.mirror.schema` makes them after schema 1).

CREATE SCHEMA kttt_report;
COMMENT ON SCHEMA kttt_report IS 'Các bảng xem chỉ đọc cho người dùng và công cụ báo cáo (phần mềm KTTT)';

-- The day the views count on: `SET kttt.as_of = '2025-12-31'` for the end of a year.
CREATE FUNCTION kttt_report.as_of() RETURNS date
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(nullif(current_setting('kttt.as_of', true), '')::date, current_date) $$;
COMMENT ON FUNCTION kttt_report.as_of() IS 'Ngày tính số liệu: hôm nay, hoặc ngày đặt bằng SET kttt.as_of = ''YYYY-MM-DD''';

-- Every live organisation with its place, its status and flags on the day, and whether it
-- counts towards the plan (operating: active, or a cooperative group not registered). The
-- decisions, contracts and products are gathered once for all organisations and joined,
-- not looked up organisation by organisation.
CREATE VIEW kttt_report.organization AS
WITH day AS (SELECT kttt_report.as_of() AS d),
decided AS (
    SELECT DISTINCT ON (s.source_site, s.organization_id) s.source_site, s.organization_id, s.status
    FROM kttt.status_change s CROSS JOIN day
    WHERE NOT s.deleted AND coalesce(s.effective_on, '-infinity') <= day.d
    ORDER BY s.source_site, s.organization_id, coalesce(s.effective_on, '-infinity') DESC,
             coalesce(s.decision_date, '-infinity') DESC, s.created_at DESC NULLS LAST, s.id COLLATE "C" DESC),
contracts AS (
    SELECT l.source_site, l.organization_id,
           bool_or(coalesce(l.signed_on, '-infinity') <= day.d
                   AND (l.expires_on IS NULL OR l.expires_on >= day.d)) AS in_force
    FROM kttt.linkage l CROSS JOIN day
    WHERE NOT l.deleted
    GROUP BY l.source_site, l.organization_id),
products AS (
    SELECT r.source_site, r.organization_id,
           bool_or(coalesce(r.traceability, false)) AS traceable, bool_or(coalesce(r.high_tech, false)) AS high_tech,
           max(r.ocop_stars) FILTER (WHERE r.ocop_stars > 0 AND r.ocop_certified_on <= day.d
                                     AND (r.ocop_expires_on IS NULL OR r.ocop_expires_on >= day.d)) AS best_stars
    FROM kttt.product r CROSS JOIN day
    WHERE NOT r.deleted
    GROUP BY r.source_site, r.organization_id),
facts AS (
    SELECT o.*, day.d AS day,
           coalesce(nullif(o.commune_code, ''), o.owner) AS unit_code,
           coalesce(o.registration_date, (o.created_at AT TIME ZONE 'UTC')::date) AS started_on,
           coalesce(dc.status, o.status) AS status_on,
           CASE WHEN c.organization_id IS NOT NULL THEN c.in_force ELSE coalesce(o.value_chain, false) END
               AS value_chain_on,
           CASE WHEN p.organization_id IS NOT NULL THEN p.traceable ELSE coalesce(o.traceability, false) END
               AS traceability_on,
           coalesce(o.high_tech, false) OR coalesce(p.high_tech, false) AS high_tech_on,
           CASE WHEN p.organization_id IS NOT NULL THEN p.best_stars ELSE o.ocop_stars END AS ocop_stars_on
    FROM kttt.organization o CROSS JOIN day
    LEFT JOIN decided dc ON dc.source_site = o.source_site AND dc.organization_id = o.id
    LEFT JOIN contracts c ON c.source_site = o.source_site AND c.organization_id = o.id
    LEFT JOIN products p ON p.source_site = o.source_site AND p.organization_id = o.id
    WHERE NOT o.deleted)
SELECT f.source_site, f.id, f.kind, kind.label_vi AS kind_label,
       f.name, f.registration_code, f.registration_date, f.certificate_no,
       f.unit_code AS commune_code, cu.name AS commune_name, cu.province_code, pu.name AS province_name,
       f.village, f.address, f.representative, f.phone,
       f.sector, sector.label_vi AS sector_label, f.charter_capital_vnd, f.main_products,
       f.status AS recorded_status, f.status_on AS status, status.label_vi AS status_label,
       f.started_on <= f.day AS registered,
       f.started_on <= f.day AND (f.status_on = 'active' OR (f.kind = 'tht' AND f.status_on = 'unregistered'))
           AS operating,
       f.high_tech_on AS high_tech, f.value_chain_on AS value_chain, f.traceability_on AS traceability,
       f.ocop_stars_on AS ocop_stars,
       f.long_standing_debt, f.needs_reorganisation, f.updated_at, f.day AS as_of
FROM facts f
LEFT JOIN kttt.admin_unit cu ON cu.code = f.unit_code
LEFT JOIN kttt.admin_unit pu ON pu.code = cu.province_code
LEFT JOIN kttt.code_label kind ON kind.catalog = 'organization_kind' AND kind.code = f.kind
LEFT JOIN kttt.code_label sector ON sector.catalog = 'sector' AND sector.code = f.sector
LEFT JOIN kttt.code_label status ON status.catalog = 'organization_status' AND status.code = f.status_on;
COMMENT ON VIEW kttt_report.organization IS 'Tổ chức kinh tế tập thể (chưa xóa) với xã, tỉnh, tình trạng và các dấu hiệu vào ngày tính';

-- Every live member, with their organisation and whether they count on the day.
CREATE VIEW kttt_report.member AS
WITH day AS (SELECT kttt_report.as_of() AS d)
SELECT m.source_site, m.id, m.organization_id, o.name AS organization_name, o.kind AS organization_kind,
       o.kind_label AS organization_kind_label, o.commune_code, o.commune_name, o.province_code, o.province_name,
       m.kind, kind.label_vi AS kind_label, m.membership, membership.label_vi AS membership_label,
       m.full_name, m.birth_date, m.gender, gender.label_vi AS gender_label,
       m.ethnicity_code, ethnicity.label_vi AS ethnicity_label,
       m.id_number, m.village, m.residence, m.capital_vnd, m.joined_on, m.left_on, m.leave_reason,
       a.active AS in_membership, a.active AND o.operating AS counted
FROM kttt.member m CROSS JOIN day
CROSS JOIN LATERAL (SELECT coalesce(m.joined_on, (m.created_at AT TIME ZONE 'UTC')::date) <= day.d
                           AND (m.left_on IS NULL OR m.left_on > day.d) AS active) a
JOIN kttt_report.organization o ON o.source_site = m.source_site AND o.id = m.organization_id
LEFT JOIN kttt.code_label kind ON kind.catalog = 'member_kind' AND kind.code = m.kind
LEFT JOIN kttt.code_label membership ON membership.catalog = 'membership' AND membership.code = m.membership
LEFT JOIN kttt.code_label gender ON gender.catalog = 'gender' AND gender.code = m.gender
LEFT JOIN kttt.code_label ethnicity ON ethnicity.catalog = 'ethnicity' AND ethnicity.code = m.ethnicity_code
WHERE NOT m.deleted;
COMMENT ON VIEW kttt_report.member IS 'Thành viên (chưa xóa) của các tổ chức, với tổ chức, xã, tỉnh';

-- Every live support of a live organisation, with its labels and whether it was received.
CREATE VIEW kttt_report.support AS
WITH day AS (SELECT kttt_report.as_of() AS d)
SELECT s.source_site, s.id, s.organization_id, o.name AS organization_name, o.kind AS organization_kind,
       o.kind_label AS organization_kind_label, o.commune_code, o.commune_name, o.province_code, o.province_name,
       s.category, category.label_vi AS category_label, s.content, s.decision_no, s.decision_date, s.agency,
       s.funding_source, funding.label_vi AS funding_source_label,
       s.amount_vnd, s.in_kind, s.stage, stage.label_vi AS stage_label, s.indivisible_asset, s.is_loan,
       coalesce(s.decision_date, (s.created_at AT TIME ZONE 'UTC')::date) <= day.d
           AND s.stage IN ('disbursed', 'completed') AS received
FROM kttt.support s CROSS JOIN day
JOIN kttt_report.organization o ON o.source_site = s.source_site AND o.id = s.organization_id
LEFT JOIN kttt.code_label category ON category.catalog = 'support_category' AND category.code = s.category
LEFT JOIN kttt.code_label funding ON funding.catalog = 'funding_source' AND funding.code = s.funding_source
LEFT JOIN kttt.code_label stage ON stage.catalog = 'support_stage' AND stage.code = s.stage
WHERE NOT s.deleted;
COMMENT ON VIEW kttt_report.support IS 'Hỗ trợ của Nhà nước (chưa xóa) cho các tổ chức, với nhóm chính sách, nguồn kinh phí, giai đoạn';

CREATE VIEW kttt_report.yearly_result AS
SELECT a.source_site, a.id, a.organization_id, o.name AS organization_name, o.kind AS organization_kind,
       o.kind_label AS organization_kind_label, o.commune_code, o.commune_name, o.province_code, o.province_name,
       a.year, a.members_official, a.members_associate, a.workers_total, a.workers_regular,
       a.revenue_vnd, a.cost_vnd, a.profit_vnd, a.avg_income_member_vnd, a.avg_income_worker_vnd,
       a.total_capital_vnd, a.total_assets_vnd, a.indivisible_assets_vnd, a.internal_transactions_vnd,
       a.funds_vnd, a.debt_vnd, a.overdue_debt_vnd, a.rating, rating.label_vi AS rating_label,
       a.rating_score, a.submitted_on
FROM kttt.annual_report a
JOIN kttt_report.organization o ON o.source_site = a.source_site AND o.id = a.organization_id
LEFT JOIN kttt.code_label rating ON rating.catalog = 'rating' AND rating.code = a.rating
WHERE NOT a.deleted;
COMMENT ON VIEW kttt_report.yearly_result IS 'Kết quả hoạt động năm của từng tổ chức';

-- Each unit's population on the day's year: the latest figure up to it, else the earliest after.
CREATE VIEW kttt_report.population_used AS
WITH day AS (SELECT extract(year FROM kttt_report.as_of()) AS year)
SELECT DISTINCT ON (p.source_site, p.unit_code) p.source_site, p.unit_code, p.year, p.population
FROM kttt.population p CROSS JOIN day
ORDER BY p.source_site, p.unit_code, p.year <= day.year DESC,
         CASE WHEN p.year <= day.year THEN -p.year ELSE p.year END;
COMMENT ON VIEW kttt_report.population_used IS 'Dân số dùng làm mẫu số các tỷ lệ: số gần nhất đến năm tính, nếu không có thì số sớm nhất sau đó';

-- The members and regular workers counted on the day (of operating organisations), with the
-- organisation's kind and place: what the indicators count people from.
CREATE VIEW kttt_report.people_counted AS
WITH day AS (SELECT kttt_report.as_of() AS d),
org AS (SELECT source_site, id, kind, commune_code, province_code FROM kttt_report.organization WHERE operating)
SELECT 'member' AS record_type, m.source_site, m.organization_id, o.kind AS organization_kind, o.commune_code,
       o.province_code, nullif(m.id_number, '') AS id_number
FROM kttt.member m CROSS JOIN day
JOIN org o ON o.source_site = m.source_site AND o.id = m.organization_id
WHERE NOT m.deleted AND coalesce(m.joined_on, (m.created_at AT TIME ZONE 'UTC')::date) <= day.d
  AND (m.left_on IS NULL OR m.left_on > day.d)
UNION ALL
SELECT 'worker', w.source_site, w.organization_id, o.kind, o.commune_code, o.province_code, nullif(w.id_number, '')
FROM kttt.worker w CROSS JOIN day
JOIN org o ON o.source_site = w.source_site AND o.id = w.organization_id
WHERE NOT w.deleted AND w.contract IS DISTINCT FROM 'seasonal'
  AND coalesce(w.started_on, (w.created_at AT TIME ZONE 'UTC')::date) <= day.d
  AND (w.ended_on IS NULL OR w.ended_on > day.d);
COMMENT ON VIEW kttt_report.people_counted IS 'Thành viên và lao động thường xuyên được tính vào chỉ tiêu vào ngày tính (của tổ chức đang hoạt động)';

-- The plan's indicators per commune (the organisation's commune, else the unit that entered it).
CREATE VIEW kttt_report.indicator_commune AS
WITH day AS (SELECT kttt_report.as_of() AS d),
org AS (SELECT source_site, id, kind, commune_code, operating, high_tech, traceability, ocop_stars, value_chain
        FROM kttt_report.organization),
orgs AS (
    SELECT source_site, commune_code,
           count(*) FILTER (WHERE kind = 'tht') AS tht_count,
           count(*) FILTER (WHERE kind = 'htx') AS htx_count,
           count(*) FILTER (WHERE kind NOT IN ('htx', 'tht')) AS union_count,
           count(*) FILTER (WHERE kind = 'htx' AND high_tech) AS htx_high_tech,
           count(*) FILTER (WHERE traceability) AS traceability_count,
           count(*) FILTER (WHERE ocop_stars >= 3) AS ocop_count,
           count(*) FILTER (WHERE value_chain) AS value_chain_count,
           count(*) AS operating_count
    FROM org WHERE operating GROUP BY source_site, commune_code),
people AS (
    SELECT source_site, commune_code,
           count(*) FILTER (WHERE record_type = 'member' AND organization_kind = 'tht') AS tht_members,
           count(*) FILTER (WHERE record_type = 'member' AND organization_kind = 'htx') AS htx_members,
           count(*) FILTER (WHERE record_type = 'member') AS memberships,
           count(DISTINCT id_number) FILTER (WHERE record_type = 'member')
               + count(*) FILTER (WHERE record_type = 'member' AND id_number IS NULL) AS persons,
           count(*) FILTER (WHERE record_type = 'worker') AS jobs
    FROM kttt_report.people_counted GROUP BY source_site, commune_code),
support AS (
    SELECT s.source_site, o.commune_code, sum(s.amount_vnd) AS support_amount
    FROM kttt.support s CROSS JOIN day
    JOIN org o ON o.source_site = s.source_site AND o.id = s.organization_id
    WHERE NOT s.deleted AND NOT s.is_loan AND s.stage IN ('disbursed', 'completed')
      AND coalesce(s.decision_date, (s.created_at AT TIME ZONE 'UTC')::date) <= day.d
    GROUP BY s.source_site, o.commune_code),
units AS (SELECT source_site, commune_code FROM orgs UNION SELECT source_site, commune_code FROM support)
SELECT u.source_site, u.commune_code, cu.name AS commune_name, cu.province_code, pu.name AS province_name,
       coalesce(g.tht_count, 0) AS tht_count, coalesce(m.tht_members, 0) AS tht_members,
       coalesce(g.htx_count, 0) AS htx_count, coalesce(m.htx_members, 0) AS htx_members,
       coalesce(g.union_count, 0) AS union_count, coalesce(m.jobs, 0) AS jobs,
       coalesce(g.htx_high_tech, 0) AS htx_high_tech,
       CASE WHEN pop.population > 0 THEN round(100.0 * coalesce(m.persons, 0) / pop.population, 2) END
           AS population_share,
       CASE WHEN g.operating_count > 0 THEN round(100.0 * g.value_chain_count / g.operating_count, 2) END
           AS value_chain_share,
       coalesce(g.traceability_count, 0) AS traceability_count, coalesce(g.ocop_count, 0) AS ocop_count,
       coalesce(s.support_amount, 0)::bigint AS support_amount,
       coalesce(g.operating_count, 0) AS operating_count, coalesce(g.value_chain_count, 0) AS value_chain_count,
       coalesce(m.memberships, 0) AS memberships, coalesce(m.persons, 0) AS persons, pop.population,
       (SELECT d FROM day) AS as_of
FROM units u
LEFT JOIN orgs g ON g.source_site = u.source_site AND g.commune_code = u.commune_code
LEFT JOIN people m ON m.source_site = u.source_site AND m.commune_code = u.commune_code
LEFT JOIN support s ON s.source_site = u.source_site AND s.commune_code = u.commune_code
LEFT JOIN kttt_report.population_used pop ON pop.source_site = u.source_site AND pop.unit_code = u.commune_code
LEFT JOIN kttt.admin_unit cu ON cu.code = u.commune_code
LEFT JOIN kttt.admin_unit pu ON pu.code = cu.province_code;
COMMENT ON VIEW kttt_report.indicator_commune IS 'Các chỉ tiêu kế hoạch phát triển kinh tế tập thể theo xã, vào ngày tính';

-- The same per province: the communes' counts added up; a person in several organisations of
-- the province is counted once, and the share uses the province's own population when one was
-- entered, else the communes' that have one.
CREATE VIEW kttt_report.indicator_province AS
WITH communes AS (
    SELECT source_site, province_code, sum(tht_count) AS tht_count, sum(tht_members) AS tht_members,
           sum(htx_count) AS htx_count, sum(htx_members) AS htx_members, sum(union_count) AS union_count,
           sum(jobs) AS jobs, sum(htx_high_tech) AS htx_high_tech, sum(traceability_count) AS traceability_count,
           sum(ocop_count) AS ocop_count, sum(support_amount) AS support_amount,
           sum(operating_count) AS operating_count, sum(value_chain_count) AS value_chain_count,
           sum(memberships) AS memberships, sum(persons) FILTER (WHERE population > 0) AS persons_with_population,
           sum(population) FILTER (WHERE population > 0) AS communes_population
    FROM kttt_report.indicator_commune GROUP BY source_site, province_code),
persons AS (
    SELECT source_site, province_code, count(DISTINCT id_number) + count(*) FILTER (WHERE id_number IS NULL) AS persons
    FROM kttt_report.people_counted WHERE record_type = 'member' GROUP BY source_site, province_code)
SELECT c.source_site, c.province_code, pu.name AS province_name,
       c.tht_count::integer, c.tht_members::integer, c.htx_count::integer, c.htx_members::integer,
       c.union_count::integer, c.jobs::integer, c.htx_high_tech::integer,
       CASE WHEN own.population > 0 THEN round(100.0 * coalesce(p.persons, 0) / own.population, 2)
            WHEN c.communes_population > 0 THEN round(100.0 * c.persons_with_population / c.communes_population, 2)
       END AS population_share,
       CASE WHEN c.operating_count > 0 THEN round(100.0 * c.value_chain_count / c.operating_count, 2) END
           AS value_chain_share,
       c.traceability_count::integer, c.ocop_count::integer, c.support_amount::bigint,
       c.operating_count::integer, c.value_chain_count::integer, c.memberships::integer,
       coalesce(p.persons, 0) AS persons, coalesce(own.population, c.communes_population)::bigint AS population,
       kttt_report.as_of() AS as_of
FROM communes c
LEFT JOIN persons p ON p.source_site = c.source_site AND p.province_code IS NOT DISTINCT FROM c.province_code
LEFT JOIN kttt_report.population_used own ON own.source_site = c.source_site AND own.unit_code = c.province_code
LEFT JOIN kttt.admin_unit pu ON pu.code = c.province_code;
COMMENT ON VIEW kttt_report.indicator_province IS 'Các chỉ tiêu kế hoạch phát triển kinh tế tập thể theo tỉnh, vào ngày tính';

-- Column comments: a column taken from a record table keeps that table's Vietnamese name;
-- the columns the views make are named below (after, so they win).
DO $$
DECLARE
    pair record;
    col record;
BEGIN
    FOR pair IN SELECT * FROM (VALUES ('organization', 'organization'), ('member', 'member'),
                                      ('support', 'support'), ('yearly_result', 'annual_report'),
                                      ('member', 'organization'), ('support', 'organization'),
                                      ('yearly_result', 'organization')) AS p (view_name, table_name) LOOP
        FOR col IN SELECT v.attname, col_description(b.attrelid, b.attnum) AS comment
                   FROM pg_attribute v
                   JOIN pg_attribute b ON b.attrelid = format('kttt.%I', pair.table_name)::regclass
                                      AND b.attname = v.attname AND b.attnum > 0
                   WHERE v.attrelid = format('kttt_report.%I', pair.view_name)::regclass AND v.attnum > 0
                     AND col_description(b.attrelid, b.attnum) IS NOT NULL
                     AND col_description(v.attrelid, v.attnum) IS NULL LOOP
            EXECUTE format('COMMENT ON COLUMN kttt_report.%I.%I IS %L', pair.view_name, col.attname, col.comment);
        END LOOP;
    END LOOP;
END $$;

COMMENT ON COLUMN kttt_report.organization.kind_label IS 'Loại hình';
COMMENT ON COLUMN kttt_report.organization.kind IS 'Mã loại hình';
COMMENT ON COLUMN kttt_report.organization.commune_code IS 'Mã xã (xã của tổ chức; nếu trống, đơn vị đã nhập)';
COMMENT ON COLUMN kttt_report.organization.commune_name IS 'Tên xã';
COMMENT ON COLUMN kttt_report.organization.province_code IS 'Mã tỉnh';
COMMENT ON COLUMN kttt_report.organization.province_name IS 'Tên tỉnh';
COMMENT ON COLUMN kttt_report.organization.sector IS 'Mã lĩnh vực';
COMMENT ON COLUMN kttt_report.organization.sector_label IS 'Lĩnh vực';
COMMENT ON COLUMN kttt_report.organization.recorded_status IS 'Mã tình trạng pháp lý ghi trên hồ sơ';
COMMENT ON COLUMN kttt_report.organization.status IS 'Mã tình trạng pháp lý vào ngày tính (theo quyết định có hiệu lực)';
COMMENT ON COLUMN kttt_report.organization.status_label IS 'Tình trạng pháp lý vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.registered IS 'Đã đăng ký vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.operating IS 'Đang hoạt động vào ngày tính (được tính vào chỉ tiêu)';
COMMENT ON COLUMN kttt_report.organization.high_tech IS 'Ứng dụng công nghệ cao vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.value_chain IS 'Liên kết chuỗi giá trị vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.traceability IS 'Truy xuất nguồn gốc vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.ocop_stars IS 'Số sao OCOP cao nhất còn hiệu lực vào ngày tính';
COMMENT ON COLUMN kttt_report.organization.as_of IS 'Ngày tính';

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['member', 'support', 'yearly_result'] LOOP
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.organization_name IS %L', name, 'Tên tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.organization_kind IS %L', name, 'Mã loại hình tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.organization_kind_label IS %L', name, 'Loại hình tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.commune_code IS %L', name, 'Mã xã của tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.commune_name IS %L', name, 'Tên xã của tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.province_code IS %L', name, 'Mã tỉnh của tổ chức');
        EXECUTE format('COMMENT ON COLUMN kttt_report.%I.province_name IS %L', name, 'Tên tỉnh của tổ chức');
    END LOOP;
END $$;

COMMENT ON COLUMN kttt_report.member.kind IS 'Mã loại thành viên';
COMMENT ON COLUMN kttt_report.member.kind_label IS 'Loại thành viên';
COMMENT ON COLUMN kttt_report.member.membership IS 'Mã hình thức thành viên';
COMMENT ON COLUMN kttt_report.member.membership_label IS 'Hình thức thành viên';
COMMENT ON COLUMN kttt_report.member.gender IS 'Mã giới tính';
COMMENT ON COLUMN kttt_report.member.gender_label IS 'Giới tính';
COMMENT ON COLUMN kttt_report.member.ethnicity_code IS 'Mã dân tộc';
COMMENT ON COLUMN kttt_report.member.ethnicity_label IS 'Dân tộc';
COMMENT ON COLUMN kttt_report.member.in_membership IS 'Đang là thành viên vào ngày tính (đã gia nhập, chưa ra khỏi)';
COMMENT ON COLUMN kttt_report.member.counted IS 'Được tính vào chỉ tiêu (đang là thành viên của tổ chức đang hoạt động)';
COMMENT ON COLUMN kttt_report.support.category IS 'Mã nhóm chính sách';
COMMENT ON COLUMN kttt_report.support.category_label IS 'Nhóm chính sách';
COMMENT ON COLUMN kttt_report.support.funding_source IS 'Mã nguồn kinh phí';
COMMENT ON COLUMN kttt_report.support.funding_source_label IS 'Nguồn kinh phí';
COMMENT ON COLUMN kttt_report.support.stage IS 'Mã giai đoạn';
COMMENT ON COLUMN kttt_report.support.stage_label IS 'Giai đoạn';
COMMENT ON COLUMN kttt_report.support.received IS 'Đã nhận vào ngày tính (có quyết định, đã giải ngân hoặc hoàn thành)';
COMMENT ON COLUMN kttt_report.yearly_result.rating IS 'Mã xếp loại';
COMMENT ON COLUMN kttt_report.yearly_result.rating_label IS 'Xếp loại';
COMMENT ON COLUMN kttt_report.people_counted.record_type IS 'Loại: member (thành viên) hoặc worker (lao động thường xuyên)';
COMMENT ON COLUMN kttt_report.people_counted.source_site IS 'Mã đơn vị gửi dữ liệu';
COMMENT ON COLUMN kttt_report.people_counted.organization_id IS 'Mã tổ chức';
COMMENT ON COLUMN kttt_report.people_counted.organization_kind IS 'Mã loại hình tổ chức';
COMMENT ON COLUMN kttt_report.people_counted.commune_code IS 'Mã xã của tổ chức';
COMMENT ON COLUMN kttt_report.people_counted.province_code IS 'Mã tỉnh của tổ chức';
COMMENT ON COLUMN kttt_report.people_counted.id_number IS 'Số định danh cá nhân (CCCD)';
COMMENT ON COLUMN kttt_report.population_used.source_site IS 'Mã đơn vị gửi dữ liệu';
COMMENT ON COLUMN kttt_report.population_used.unit_code IS 'Mã đơn vị hành chính';
COMMENT ON COLUMN kttt_report.population_used.year IS 'Năm của số dân';
COMMENT ON COLUMN kttt_report.population_used.population IS 'Dân số';

DO $$
DECLARE
    name text;
    c record;
BEGIN
    FOREACH name IN ARRAY ARRAY['indicator_commune', 'indicator_province'] LOOP
        FOR c IN SELECT * FROM (VALUES
            ('source_site', 'Mã đơn vị gửi dữ liệu'),
            ('province_code', 'Mã tỉnh'), ('province_name', 'Tên tỉnh'),
            ('tht_count', 'Số tổ hợp tác đang hoạt động'), ('tht_members', 'Thành viên tổ hợp tác'),
            ('htx_count', 'Số hợp tác xã đang hoạt động'), ('htx_members', 'Thành viên hợp tác xã'),
            ('union_count', 'Số liên hiệp hợp tác xã đang hoạt động'),
            ('jobs', 'Lao động làm việc thường xuyên'), ('htx_high_tech', 'HTX ứng dụng công nghệ cao'),
            ('population_share', 'Tỷ lệ dân số tham gia tổ chức KTTT (%)'),
            ('value_chain_share', 'Tỷ lệ tổ chức liên kết chuỗi giá trị (%)'),
            ('traceability_count', 'Tổ chức truy xuất nguồn gốc sản phẩm'),
            ('ocop_count', 'Tổ chức có sản phẩm OCOP từ 3 sao'),
            ('support_amount', 'Kinh phí hỗ trợ đã giải ngân (đồng)'),
            ('operating_count', 'Số tổ chức đang hoạt động'),
            ('value_chain_count', 'Số tổ chức đang hoạt động có liên kết chuỗi giá trị'),
            ('memberships', 'Số thành viên của các tổ chức đang hoạt động (một người ở hai tổ chức tính hai lần)'),
            ('persons', 'Số người là thành viên (một người ở nhiều tổ chức tính một lần, theo số định danh)'),
            ('population', 'Dân số dùng làm mẫu số của tỷ lệ'),
            ('as_of', 'Ngày tính')) AS v (column_name, label) LOOP
            EXECUTE format('COMMENT ON COLUMN kttt_report.%I.%I IS %L', name, c.column_name, c.label);
        END LOOP;
    END LOOP;
END $$;
COMMENT ON COLUMN kttt_report.indicator_commune.commune_code IS 'Mã xã (xã của tổ chức; nếu trống, đơn vị đã nhập)';
COMMENT ON COLUMN kttt_report.indicator_commune.commune_name IS 'Tên xã';

-- The readers' group: SELECT on the views and the lookups, nothing else. Made here if it does
-- not exist yet (roles belong to the whole server, so several databases share it); an
-- administrator without the right to make roles makes it once (docs/mirror.md).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kttt_reader') THEN
        BEGIN
            CREATE ROLE kttt_reader NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'kttt_reader not made: an administrator with CREATEROLE makes it';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kttt_reader') THEN
        GRANT USAGE ON SCHEMA kttt_report TO kttt_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA kttt_report TO kttt_reader;
        GRANT USAGE ON SCHEMA kttt TO kttt_reader;
        GRANT SELECT ON kttt.code_label, kttt.admin_unit TO kttt_reader;
    END IF;
END $$;
