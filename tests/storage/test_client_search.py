"""The client filter through the trigram index (3+ characters) and the narrow index (1-2) finds
exactly the clients, in exactly the order, that comparing every row did (the filter before
issue 15), and the index follows every change to the clients."""

from __future__ import annotations

import os
import random
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType
from counselroom.domain.clock import utc_now
from counselroom.domain.pinyin_keys import pinyin_keys
from counselroom.storage.clients_repo import ClientRepository, escape_like
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in

#: Rare name characters (䶮 is in CJK extension A, 𠮷 outside the BMP), heteronyms (单, 曾),
#: letters whose case only ASCII folds for LIKE (É/é, Σ/σ, the Kelvin sign), full-width
#: letters, and the characters LIKE and FTS5 give a meaning to.
ALPHABET = ("王李张单曾欧阳司马子涵䶮𠮷堃喆赟初高一二三班级" "abcxyzABCXYZ" "ÉéΣσKＡａ" "0123456789-" "%_\\\"' *")
NAMES = ["王䶮", "欧阳子涵", "李子涵", "张三", "单田芳", "曾小明", "司马𠮷", "王子涵", "Émile", "émile", "ΣΙΣΥΦΟΣ",
         "Ａnna", "anna", "O'Brien", "50%折", "a_b", 'say "hi"', "back\\slash", "王 子涵", "KELVIN"]
CLASSES = [("初二", "3班"), ("高一", "1班"), ("初一", "5班"), ("", ""), ("高三", "12班"), ("", "国际部A班")]


def _reference(db: Database, query: ClientQuery) -> list[int]:
    """The filter as it was: six LIKE comparisons on every row (ties broken by id, as now)."""
    where, params = [], []
    if not query.include_inactive:
        where.append("active = 1")
    if query.client_type is not None:
        where.append("client_type = ?")
        params.append(query.client_type.value)
    text = query.text.strip()
    if text:
        like = f"%{escape_like(text)}%"
        where.append("(name LIKE ? ESCAPE '\\' OR case_no LIKE ? ESCAPE '\\' "
                     "OR (grade || class_name) LIKE ? ESCAPE '\\' OR class_name LIKE ? ESCAPE '\\' "
                     "OR student_no LIKE ? ESCAPE '\\' OR pinyin_keys LIKE ? ESCAPE '\\')")
        params += [like, like, like, like, like, f"%{escape_like(text.lower())}%"]
    sort = {"case_no": "case_no", "name": "name", "created_at": "created_at", "class": "grade, class_name"}
    direction = " DESC" if query.descending else ""
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.query_all(f"SELECT id FROM clients NOT INDEXED {clause} "
                        f"ORDER BY {sort.get(query.sort, 'case_no')}{direction}, id{direction} LIMIT ?",
                        (*params, query.limit))
    return [r[0] for r in rows]


def _new_db(folder: Path, *, upto: int | None = None) -> tuple[Database, bytes]:
    key = os.urandom(32)
    db = Database.create_new(folder / "x.db", key)
    folder_of = Path(str(resources.files("counselroom.storage") / "migrations"))
    migrations = [m for m in migrations_in(folder_of) if upto is None or m.version <= upto]
    migrate(db, key=key, backup_dir=folder / "b", now=utc_now(), migrations=migrations)
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'li', '李老师', 'counsellor', '2026-09-01T00:00:00+00:00')")
    return db, key


def _add(db: Database, rng: random.Random, n: int, start: int = 1) -> None:
    repo = ClientRepository(db)
    with db.transaction():
        for i in range(start, start + n):
            name = rng.choice(NAMES) if rng.random() < 0.6 else "".join(rng.choice(ALPHABET) for _ in range(3))
            grade, class_name = rng.choice(CLASSES)
            draft = ClientDraft(name=name, grade=grade, class_name=class_name,
                                student_no=rng.choice(["", f"S2026{i:04d}", f"s-{i % 7}%"]),
                                client_type=rng.choice(list(ClientType)), notes="不在筛选里的备注")
            client_id = repo.add(draft, case_no=f"{2024 + i % 3}-{i:04d}", pinyin_keys=pinyin_keys(name),
                                 created_by=1, now=utc_now())
            if rng.random() < 0.2:
                repo.set_active(client_id, False, utc_now())
    # Equal names and registration moments: the order of ties must be the same too.
    with db.transaction():
        db.execute("UPDATE clients SET created_at = '2026-09-01T00:00:00+00:00' WHERE id % 5 = 0")


@pytest.fixture(scope="module")
def clients_db(tmp_path_factory):
    db, _ = _new_db(tmp_path_factory.mktemp("clients"))
    _add(db, random.Random(15), 400)
    yield db
    db.close()


def _queries(db: Database, rng: random.Random) -> list[str]:
    """Pieces of what is stored (1-5 characters, also in the other case) and a few strings nobody has."""
    texts = [t for r in db.query_all("SELECT name, case_no, grade || class_name, student_no, pinyin_keys "
                                     "FROM clients") for t in r if t]
    found = []
    for _ in range(300):
        t = rng.choice(texts)
        a = rng.randrange(len(t))
        piece = t[a:a + rng.randint(1, 5)]
        found += [piece, piece.swapcase()]
    return found + ["xq", "nomatch", "zzz", "%", "_", "\\", '"', "王", "䶮", "子涵", "欧阳䶮", "zs", "zhangsan",
                    "wy", "wangyan", "dtf", "shantianfang", "2025-0", "初二3", "3班", "S2026", "É", "σ", "KEL"]


@pytest.mark.parametrize("sort,descending", [("case_no", True), ("case_no", False), ("name", False),
                                             ("name", True), ("created_at", True), ("class", False),
                                             ("class", True)])
def test_every_query_finds_what_comparing_every_row_found(clients_db, sort, descending):
    repo = ClientRepository(clients_db)
    rng = random.Random(sort + str(descending))
    for text in _queries(clients_db, rng):
        for limit, inactive in ((200, False), (7, True)):
            query = ClientQuery(text=text, sort=sort, descending=descending, limit=limit, include_inactive=inactive)
            assert [c.id for c in repo.search(query)] == _reference(clients_db, query), (text, limit, inactive)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=6),
       client_type=st.sampled_from([None, *ClientType]), limit=st.sampled_from([1, 5, 200]),
       sort=st.sampled_from(["case_no", "name", "created_at", "class"]), descending=st.booleans())
def test_any_text_finds_what_comparing_every_row_found(clients_db, text, client_type, limit, sort, descending):
    query = ClientQuery(text=text, client_type=client_type, limit=limit, sort=sort, descending=descending)
    assert [c.id for c in ClientRepository(clients_db).search(query)] == _reference(clients_db, query)


def test_a_table_of_cases(clients_db):
    """The searches people type, with what each must find."""
    repo = ClientRepository(clients_db)
    for text in ["王", "䶮", "王䶮", "子涵", "欧阳子涵", "𠮷", "司马𠮷", "zs", "ZS", "zhangsan", "wy", "dtf", "zxm",
                 "cengxiaoming", "2025-", "2025-0042", "初二", "初二3班", "3班", "国际部", "S2026", "s-3%", "50%",
                 "a_b", '"hi"', "back\\", "王 子", "ANNA", "émile", "ÉMILE", "Σ", "Kelvin"]:
        query = ClientQuery(text=text, include_inactive=True, limit=1000)
        assert [c.id for c in repo.search(query)] == _reference(clients_db, query), text
    assert repo.search(ClientQuery(text="䶮", include_inactive=True, limit=1000))
    assert all("子涵" in c.name for c in repo.search(ClientQuery(text="子涵", include_inactive=True)))


def test_texts_with_many_candidates_walk_the_list_and_find_the_same(clients_db, monkeypatch):
    from counselroom.storage import clients_repo

    repo = ClientRepository(clients_db)
    queries = [q for q in _queries(clients_db, random.Random(5)) if len(q.strip()) >= 3]
    for many in (clients_repo._MANY_CANDIDATES, 1):
        monkeypatch.setattr(clients_repo, "_MANY_CANDIDATES", many)
        for text in queries[:120]:
            for sort in ("case_no", "name"):
                query = ClientQuery(text=text, sort=sort, limit=9)
                assert [c.id for c in repo.search(query)] == _reference(clients_db, query), (text, many)


def test_three_characters_use_the_trigram_index(clients_db):
    def statements(text: str) -> str:
        found: list[str] = []
        clients_db.conn.set_trace_callback(found.append)
        try:
            ClientRepository(clients_db).search(ClientQuery(text=text))
        finally:
            clients_db.conn.set_trace_callback(None)
        return "\n".join(found)

    assert "clients_fts MATCH" in statements("欧阳子") and "INDEXED BY clients_filter" in statements("子涵")


def test_the_index_follows_changes(clients_db, tmp_path):
    db, _ = _new_db(tmp_path)
    try:
        repo = ClientRepository(db)
        with db.transaction():
            first = repo.add(ClientDraft(name="王䶮", grade="初二", class_name="3班"), case_no="2026-0001",
                             pinyin_keys=pinyin_keys("王䶮"), created_by=1, now=utc_now())
        assert [c.id for c in repo.search(ClientQuery(text="wangyan"))] == [first]
        with db.transaction():
            repo.update(first, ClientDraft(name="欧阳子涵", grade="高一", class_name="1班"),
                        pinyin_keys=pinyin_keys("欧阳子涵"), now=utc_now())
        assert repo.search(ClientQuery(text="wangyan")) == [] and repo.search(ClientQuery(text="初二3")) == []
        assert [c.id for c in repo.search(ClientQuery(text="ouyang"))] == [first]
        assert [c.id for c in repo.search(ClientQuery(text="高一1班"))] == [first]
        with db.transaction():
            db.execute("DELETE FROM clients WHERE id = ?", (first,))
        assert db.query_value("SELECT count(*) FROM clients_fts") == 0
        db.execute("INSERT INTO clients_fts (clients_fts) VALUES ('integrity-check')")   # raises if out of step
    finally:
        db.close()


def test_a_database_made_before_the_index_gets_it_for_every_client(tmp_path):
    """Migration 14 on an installation of schema 13 with clients: each is found, nothing is lost."""
    db, key = _new_db(tmp_path, upto=13)
    try:
        _add(db, random.Random(7), 120)
        before = db.query_all("SELECT * FROM clients ORDER BY id")
        assert 14 in [m.version for m in migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())]
        assert db.query_all("SELECT * FROM clients ORDER BY id") == before
        assert db.query_value("SELECT count(*) FROM clients_fts") == len(before)
        repo = ClientRepository(db)
        for text in _queries(db, random.Random(3))[:150]:
            query = ClientQuery(text=text, include_inactive=True)
            assert [c.id for c in repo.search(query)] == _reference(db, query), text
        assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    finally:
        db.close()
