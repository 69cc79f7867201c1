-- Schema 4: lists in Vietnamese alphabetical order.
-- `collation_key` holds bytes whose plain byte order is the Vietnamese order of the record's
-- title (core.collation: ICU's Vietnamese collation; people by given name, then family and
-- middle name), so SQLite sorts a list of 300,000 members through an index. `sort_name` stays
-- the folded title that imports match organisation names with. The program provides the
-- kttt_collation_key functions; the keys are made again whenever their version changes.

ALTER TABLE organization ADD COLUMN collation_key BLOB NOT NULL DEFAULT x'';
ALTER TABLE member ADD COLUMN collation_key BLOB NOT NULL DEFAULT x'';
ALTER TABLE worker ADD COLUMN collation_key BLOB NOT NULL DEFAULT x'';
ALTER TABLE support ADD COLUMN collation_key BLOB NOT NULL DEFAULT x'';

UPDATE organization SET collation_key = kttt_collation_key('organization', name, NULL);
UPDATE member SET collation_key = kttt_collation_key('member', full_name, kind);
UPDATE worker SET collation_key = kttt_collation_key('worker', full_name, NULL);
UPDATE support SET collation_key = kttt_collation_key('support', content, NULL);
INSERT INTO setting (key, value) VALUES ('collation_key_version', kttt_collation_key_version())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- The list indexes now deliver the Vietnamese order; organisations keep an index on the
-- folded name for the imports' look-ups by name.
DROP INDEX organization_list;
CREATE INDEX organization_name ON organization (deleted, sort_name);
CREATE INDEX organization_list ON organization (deleted, collation_key);
DROP INDEX member_list;
CREATE INDEX member_list ON member (deleted, collation_key, left_on, organization_id);
DROP INDEX worker_list;
CREATE INDEX worker_list ON worker (deleted, collation_key, ended_on, organization_id);
DROP INDEX support_list;
CREATE INDEX support_list ON support (deleted, collation_key, organization_id);
