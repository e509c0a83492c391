-- Schema 13: choices a Chinese school room expects. Referral sources 心理委员 (the class's
-- peer counsellor) and 心理普查/筛查 (found by a screening); presenting-problem categories
-- 网络/手机依赖 and 适应问题.
--
-- SQLite cannot alter a CHECK constraint. Allowing more values changes no stored row, so the
-- table's definition is edited in place, as SQLite documents for such changes
-- (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"); the migration runner
-- then bumps the schema cookie so every connection reads the new definition, and checks it.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
   SET sql = replace(sql, '''head_teacher'', ''parent'', ''other'')',
                     '''head_teacher'', ''parent'', ''peer_counsellor'', ''screening'', ''other'')')
 WHERE type = 'table' AND name = 'clients';

UPDATE sqlite_schema
   SET sql = replace(sql, '''self'', ''career'', ''other'')',
                     '''self'', ''career'', ''internet'', ''adjustment'', ''other'')')
 WHERE type = 'table' AND name = 'cases';

PRAGMA writable_schema = OFF;
