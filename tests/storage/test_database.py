import os
from importlib import resources
from pathlib import Path

import pytest
import sqlcipher3

from counselroom.domain.clock import utc_now
from counselroom.domain.errors import StorageError
from counselroom.storage.database import Database, read_salt
from counselroom.storage.migrations_runner import latest_version, migrate, migrations_in


@pytest.fixture
def key():
    return os.urandom(32)


def test_create_then_open_with_the_key(tmp_path, key):
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    db.close()
    db = Database.open_existing(tmp_path / "x.db", key)
    assert db.user_version() == latest_version()
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    assert db.query_one("PRAGMA foreign_keys")[0] == 1
    assert db.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert db.query_one("PRAGMA temp_store")[0] == 2  # MEMORY
    db.close()


def test_wrong_key_is_noticed_at_open(tmp_path, key):
    Database.create_new(tmp_path / "x.db", key).close()
    with pytest.raises(StorageError) as err:
        Database.open_existing(tmp_path / "x.db", os.urandom(32))
    assert err.value.code == "storage.wrong_key"


def test_missing_or_empty_file_is_never_created(tmp_path, key):
    with pytest.raises(StorageError) as err:
        Database.open_existing(tmp_path / "nothing.db", key)
    assert err.value.code == "storage.missing"
    assert not (tmp_path / "nothing.db").exists()
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StorageError) as err:
        Database.open_existing(tmp_path / "empty.db", key)
    assert err.value.code == "storage.empty"
    assert (tmp_path / "empty.db").stat().st_size == 0


def test_create_refuses_an_existing_file(tmp_path, key):
    (tmp_path / "x.db").write_bytes(b"something")
    with pytest.raises(StorageError):
        Database.create_new(tmp_path / "x.db", key)
    assert (tmp_path / "x.db").read_bytes() == b"something"


def test_file_is_encrypted_without_plaintext(tmp_path, key):
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"MARKER-张三-7731\"')")
    db.close()
    for f in tmp_path.glob("x.db*"):
        data = f.read_bytes()
        assert b"MARKER" not in data and "张三".encode() not in data
        assert b"SQLite format 3" not in data
    assert read_salt(tmp_path / "x.db") is not None


def test_transaction_rolls_back_and_after_commit_runs_only_on_commit(tmp_path, key):
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    ran = []
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.execute("INSERT INTO meta VALUES ('a', '1')")
            db.after_commit(lambda: ran.append("rolled"))
            raise RuntimeError
    assert db.query_one("SELECT count(*) FROM meta WHERE key = 'a'")[0] == 0
    with db.transaction():
        db.execute("INSERT INTO meta VALUES ('a', '1')")
        db.after_commit(lambda: ran.append("committed"))
    assert ran == ["committed"]


def test_migration_backs_up_first_and_refuses_newer(tmp_path, key):
    folder = tmp_path / "migs"
    folder.mkdir()
    (folder / "0001_first.sql").write_text("CREATE TABLE a (x INTEGER);")
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(), migrations=migrations_in(folder))
    with db.transaction():
        db.execute("INSERT INTO a VALUES (42)")
    (folder / "0002_second.sql").write_text("ALTER TABLE a ADD COLUMN y TEXT;\nCREATE TABLE b (z);")
    done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(), migrations=migrations_in(folder))
    assert [m.version for m in done] == [2]
    assert db.user_version() == 2
    backups = list((tmp_path / "b").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("pre-migration-v1-")
    old = Database.open_existing(backups[0], key)  # encrypted with the same key
    assert old.user_version() == 1 and old.query_one("SELECT x FROM a")[0] == 42
    old.close()
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError):  # the backup is not plaintext
        sqlcipher3.connect(str(backups[0])).execute("SELECT * FROM sqlite_master").fetchall()
    db.set_user_version(99)
    with pytest.raises(StorageError) as err:
        migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(), migrations=migrations_in(folder))
    assert err.value.code == "storage.too_new" and err.value.params == {"found": 99, "supported": 2}
    db.close()


def test_audit_table_refuses_update_and_delete(tmp_path, key):
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    db.execute("INSERT INTO audit (seq, ts, actor, action, prev_mac, mac) VALUES (1, 't', 'a', 'x', '0', '1')")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute("UPDATE audit SET actor = 'b'")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute("DELETE FROM audit")
    db.close()


def migrations_folder() -> str:
    return str(resources.files("counselroom.storage") / "migrations")


def test_widened_choices_reach_a_database_made_before_them(tmp_path, key):
    """Migration 13 edits two CHECK lists in place: an installation of schema 12 with records
    takes the new referral sources and problem categories, keeps its rows, and still refuses
    values nobody allowed; a second connection (another process) sees the same."""
    bundled = [m for m in migrations_in(Path(migrations_folder())) if m.version <= 12]
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(), migrations=bundled)
    now = "2026-09-01T00:00:00+00:00"
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'li', '李老师', 'counsellor', ?)", (now,))
        db.execute("INSERT INTO clients (id, case_no, name, gender, client_type, referral_source, created_at, "
                   "updated_at) VALUES (1, '2026-0001', '王䶮', 'female', 'student', 'parent', ?, ?)", (now, now))
    done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    assert 13 in [m.version for m in done]
    other = Database.open_existing(tmp_path / "x.db", key)
    for conn in (db, other):
        with conn.transaction():
            conn.execute("UPDATE clients SET referral_source = 'peer_counsellor'")
            conn.execute("UPDATE clients SET referral_source = 'screening'")
            conn.execute("INSERT OR REPLACE INTO cases (id, client_id, number, counsellor_id, opened_on, reason, "
                         "category, created_at, updated_at) VALUES (1, 1, 1, 1, '2026-09-01', '手机', 'internet', "
                         "?, ?)", (now, now))
            conn.execute("UPDATE cases SET category = 'adjustment'")
        for bad in ("UPDATE clients SET referral_source = 'neighbour'", "UPDATE cases SET category = 'weather'"):
            with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
                conn.execute(bad)
    assert db.query_one("SELECT name, referral_source FROM clients")[0] == "王䶮"
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    other.close()
    db.close()
