"""A quarter's records, read from the live database for the archive (R12).

Which rows belong to a quarter is said once, in :data:`QUARTER_TABLES`: each
entry names a table, the SQL condition that picks the quarter's rows, and the
rows of other tables those rows point at and must come along (the case of a
visit, the client of a case). Tables are read in the order listed, so a table is
listed after every table that points at it. A table a migration has not created
(yet) is skipped. Adding a table to the archive is one line here.

Condition parameters: ``:first`` / ``:last`` the quarter's first and last local
day ('YYYY-MM-DD'), ``:through`` the last day followed by "~" (after any time of that day in
text), ``:start`` / ``:end`` the same days' local midnights in UTC
as stored timestamps are (``[start, end)``). ``{table}`` stands for the keys of
that (earlier) table's chosen rows.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from counselroom.domain.archive import Quarter
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db_required, to_db


@dataclass(frozen=True)
class TableRule:
    table: str
    where: str
    #: (SQL expression over the table's rows, table whose key it names): rows that must come along.
    refs: tuple[tuple[str, str], ...] = ()
    key: str = "id"
    #: Only these columns (None: all of them).
    columns: tuple[str, ...] | None = None


def _time(col: str) -> str:
    return f"({col} >= :start AND {col} < :end)"


def _day(col: str) -> str:
    """A wall-clock day or 'YYYY-MM-DDTHH:MM' text column falls on one of the quarter's days.

    Compared as the column's own text, so an index on it is used ("substr(col, 1, 10) BETWEEN"
    scanned every visit of a big school: issue 15): "~" sorts after every character of a day and
    time, so 'YYYY-MM-DD…' BETWEEN first AND last + "~" is the same test as its first ten characters
    BETWEEN first AND last."""
    return f"({col} BETWEEN :first AND :through)"


#: When an interview (约谈) falls in the quarter; ``{t}`` is the table's alias with its dot, or "".
_INTERVIEW_DAYS = (f"{_day('{t}invited_on')} OR {_day('{t}interviewed_on')} OR {_time('{t}updated_at')}")

QUARTER_TABLES: tuple[TableRule, ...] = (
    # The quarter's visits, and earlier visits that received a late addendum (补记) in the quarter:
    # the addendum comes with the record it supplements, so the archive that holds it can show it.
    TableRule("visits", f"{_day('visit_date')} OR (visit_date IS NULL AND {_time('created_at')}) OR id IN "
                        "(SELECT a.visit_id FROM visit_addenda a JOIN late_addenda l ON l.addendum_id = a.id "
                        f"WHERE {_time('a.signed_at')})",
              refs=(("case_id", "cases"),)),
    TableRule("visit_participants", "visit_id IN {visits}", key="visit_id", refs=(("client_id", "clients"),)),
    # The visits' addenda, and late ones (补记) signed in the quarter for visits archived before.
    TableRule("visit_addenda", "visit_id IN {visits} OR (id IN (SELECT addendum_id FROM late_addenda) "
                               f"AND {_time('signed_at')})",
              refs=(("(SELECT case_id FROM visits WHERE visits.id = visit_addenda.visit_id)", "cases"),)),
    TableRule("late_addenda", "addendum_id IN {visit_addenda}", key="addendum_id"),
    TableRule("test_administrations", _day("administered_on"),
              refs=(("case_id", "cases"), ("client_id", "clients"), ("scale_id", "scales"),
                    ("consent_id", "consents"))),
    # A contact with a parent or teacher belongs to the quarter of its day, with what it belongs to.
    TableRule("contacts", _day("contacted_at"),
              refs=(("client_id", "clients"), ("case_id", "cases"), ("crisis_id", "crises"),
                    ("register_entry_id", "register_entries"))),
    # A crisis belongs to every quarter it was open in.
    TableRule("crises", "opened_at < :end AND (closed_at IS NULL OR closed_at >= :start)",
              refs=(("case_id", "cases"),)),
    TableRule("crisis_steps", "crisis_id IN {crises}", key="crisis_id"),
    # A referral belongs to the quarters it was made, answered (feedback) and changed (closed) in.
    TableRule("referrals", f"{_day('referred_on')} OR {_day('feedback_on')} OR {_time('updated_at')}",
              refs=(("case_id", "cases"),)),
    TableRule("appointments", _day("starts_at"), refs=(("case_id", "cases"), ("client_id", "clients"))),
    # A consent belongs to the quarter it was given in and to the one it was withdrawn in
    # (withdrawing stays possible after the first was archived).
    TableRule("consents", f"{_day('given_on')} OR {_day('withdrawn_on')}",
              refs=(("case_id", "cases"), ("client_id", "clients"))),
    TableRule("consent_attachments", "consent_id IN {consents}", key="consent_id"),
    # An interview (约谈) belongs to the quarters it was arranged, held and settled in.
    TableRule("screening_interviews", _INTERVIEW_DAYS.format(t=""),
              refs=(("campaign_id", "screening_campaigns"), ("client_id", "clients"), ("case_id", "cases"),
                    ("register_entry_id", "register_entries"))),
    # A sheet belongs to the quarter it was entered in, and comes along with its student's interview,
    # which is read against it.
    TableRule("screening_sheets", f"{_time('entered_at')} OR EXISTS (SELECT 1 FROM screening_interviews i "
                                  "WHERE i.campaign_id = screening_sheets.campaign_id "
                                  "AND i.client_id = screening_sheets.client_id "
                                  f"AND ({_INTERVIEW_DAYS.format(t='i.')}))",
              refs=(("campaign_id", "screening_campaigns"), ("client_id", "clients"), ("scale_id", "scales"))),
    # A register change belongs to the quarter it was made in and to the one of the review it records.
    TableRule("register_changes", f"{_time('at')} OR {_day('reviewed_on')}",
              refs=(("entry_id", "register_entries"),)),
    # An entry of the 重点关注 register belongs to every quarter the student was on it, as a crisis does.
    TableRule("register_entries", "entered_at < :end AND (exited_at IS NULL OR exited_at >= :start)",
              refs=(("client_id", "clients"),)),
    TableRule("cases", f"{_day('opened_on')} OR {_day('closed_on')}", refs=(("client_id", "clients"),)),
    # A campaign belongs to the quarters its window overlaps and those it was set up or changed in.
    TableRule("screening_campaigns", f"(starts_on <= :last AND ends_on >= :first) OR {_time('created_at')} "
                                     f"OR {_time('updated_at')}"),
    TableRule("screening_campaign_scales", "campaign_id IN {screening_campaigns}", key="campaign_id",
              refs=(("scale_id", "scales"),)),
    TableRule("screening_campaign_scope", "campaign_id IN {screening_campaigns}", key="campaign_id"),
    TableRule("screening_campaign_left_out", "campaign_id IN {screening_campaigns}", key="campaign_id",
              refs=(("client_id", "clients"),)),
    TableRule("screening_campaign_roll", "campaign_id IN {screening_campaigns}", key="campaign_id",
              refs=(("client_id", "clients"),)),
    TableRule("clients", _time("created_at")),
    TableRule("scales", "0"),
    # A shift belongs to the quarter of its day, and to the quarters it was changed in (one left open
    # in an archived quarter may still be ended or withdrawn).
    TableRule("duty_shifts", f"{_day('started_at')} OR {_time('updated_at')}"),
    TableRule("closing_items", "1"),
    TableRule("closings", _day("day")),
    TableRule("users", "1", columns=("id", "username", "display_name", "role", "active", "created_at")),
    TableRule("audit", _time("ts"), key="seq"),
)

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_STRICT = re.compile(r"\)\s*STRICT\s*$", re.IGNORECASE)


@dataclass
class TableRows:
    """The quarter's rows of one table, as stored."""
    table: str
    create_sql: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    #: Keys of the rows chosen by the table's own condition, where some others were brought along by
    #: another table's rows (None: every row is its own); only when read with rows.
    own: set[Any] | None = None
    #: The keys each earlier table's rows brought along (table -> keys).
    brought_by: dict[str, set[Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class UnsettledRecord:
    """A record of the quarter that is not finished: an unsigned visit or test, an open crisis."""
    kind: str          # 'visit', 'test', 'crisis'
    record_id: int
    day: date | None
    counsellor_id: int | None


@dataclass(frozen=True)
class ArchivedExport:
    id: int
    quarter: Quarter
    exported_at: datetime
    exported_by: int
    exported_by_name: str
    file_name: str
    size: int
    sha256: str
    counts: dict[str, int]
    audit_seq: int
    audit_mac: str
    #: The manifest's seal (HMAC-SHA256, hex) as printed on the receipt; "" for an archive made
    #: before manifests were sealed.
    seal: str = ""


#: Keys of the ``meta`` table: an export under way (see :class:`PendingExport`), and the seal of a
#: recorded export (``archived_quarters`` is append-only and has no column for it).
PENDING_PREFIX = "archive.pending."
SEAL_PREFIX = "archive.seal."


@dataclass(frozen=True)
class PendingExport:
    """An export that has started and is not finished: noted in the live database before anything is
    written to the drive, and removed in the same transaction that records (or fails) the export.
    One left behind means the exporting process died; what it left on the drive is then recognised
    by its SHA-256 and seal (known once the archive was built and checked: ``sha256`` set)."""
    token: str
    quarter: Quarter
    target_dir: str
    file_name: str
    exported_at: datetime
    exported_by: int
    audit_seq: int
    audit_mac: str
    #: The lock file the exporting process holds while it runs.
    lock: str
    size: int | None = None
    sha256: str | None = None
    seal: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    fingerprint: str = ""
    case_files: int = 0

    def to_json(self) -> str:
        return json.dumps({
            "quarter": str(self.quarter), "target_dir": self.target_dir, "file_name": self.file_name,
            "exported_at": to_db(self.exported_at), "exported_by": self.exported_by, "audit_seq": self.audit_seq,
            "audit_mac": self.audit_mac, "lock": self.lock, "size": self.size, "sha256": self.sha256,
            "seal": self.seal, "counts": self.counts, "fingerprint": self.fingerprint,
            "case_files": self.case_files}, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, token: str, text: str) -> "PendingExport":
        d = json.loads(text)
        return cls(token=token, quarter=Quarter.parse(d["quarter"]), target_dir=d["target_dir"],
                   file_name=d["file_name"], exported_at=from_db_required(d["exported_at"]),
                   exported_by=int(d["exported_by"]), audit_seq=int(d["audit_seq"]), audit_mac=d["audit_mac"],
                   lock=d["lock"], size=d.get("size"),
                   sha256=d.get("sha256"), seal=d.get("seal") or "", counts=dict(d.get("counts") or {}),
                   fingerprint=d.get("fingerprint") or "", case_files=int(d.get("case_files") or 0))


class QuarterRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- what is there -----------------------------------------------------------
    def existing_tables(self) -> set[str]:
        return {r[0] for r in self._db.query_all("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def rules(self) -> list[TableRule]:
        present = self.existing_tables()
        return [r for r in QUARTER_TABLES if r.table in present]

    @staticmethod
    def _params(quarter: Quarter) -> dict[str, str]:
        start, end = quarter.local_bounds()
        return {"first": quarter.first_day.isoformat(), "last": quarter.last_day.isoformat(),
                "through": quarter.last_day.isoformat() + "~", "start": to_db(start), "end": to_db(end)}

    def _columns(self, rule: TableRule) -> list[str]:
        names = [r[1] for r in self._db.query_all(f"PRAGMA table_info({rule.table})")]
        return [c for c in names if rule.columns is None or c in rule.columns]

    def _create_sql(self, table: str) -> str:
        sql = str(self._db.query_value("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                       (table,)))
        # Plain (non-STRICT) tables: any SQLite tool of the coming decades reads them.
        return _STRICT.sub(")", sql.strip())


    def _condition(self, rule: TableRule, keys: dict[str, list[Any]],
                   referenced: dict[str, set[Any]]) -> tuple[str, str, dict[str, str]]:
        """The table's own condition, and that or-ed with the keys other tables brought along."""
        params: dict[str, str] = {}

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            params[f"keys_{name}"] = json.dumps(sorted(keys.get(name, [])))
            return f"(SELECT value FROM json_each(:keys_{name}))"

        own = where = f"({_PLACEHOLDER.sub(sub, rule.where)})"
        wanted = referenced.get(rule.table)
        if wanted:
            params["referenced"] = json.dumps(sorted(wanted))
            where += f" OR {rule.key} IN (SELECT value FROM json_each(:referenced))"
        return own, where, params

    # -- reading -------------------------------------------------------------------
    def iter_tables(self, quarter: Quarter, *, rows: bool = True) -> Iterator[TableRows]:
        """Each archived table with the quarter's rows (or, ``rows=False``, only their keys).

        Call inside :meth:`snapshot` so every table is read from the same state.
        """
        base = self._params(quarter)
        keys: dict[str, list[Any]] = {}
        referenced: dict[str, set[Any]] = {}
        brought: dict[str, dict[str, set[Any]]] = {}
        for rule in self.rules():
            own_where, where, params = self._condition(rule, keys, referenced)
            params.update(base)
            columns = self._columns(rule)
            select = ", ".join(columns) if rows else rule.key
            found = self._db.query_all(f"SELECT {select} FROM {rule.table} WHERE {where} ORDER BY {rule.key}",
                                       params)
            key_index = columns.index(rule.key) if rows else 0
            keys[rule.table] = [r[key_index] for r in found]
            for expr, target in rule.refs:
                refs = {r[0] for r in self._db.query_all(
                    f"SELECT DISTINCT {expr} FROM {rule.table} WHERE {where}", params) if r[0] is not None}
                referenced.setdefault(target, set()).update(refs)
                brought.setdefault(target, {})[rule.table] = refs
            own = None
            if rows and referenced.get(rule.table):
                own = {r[0] for r in self._db.query_all(f"SELECT {rule.key} FROM {rule.table} WHERE {own_where}",
                                                        params)}
            yield TableRows(rule.table, self._create_sql(rule.table), columns if rows else [rule.key], found,
                            own=own, brought_by=brought.get(rule.table, {}))

    def counts(self, quarter: Quarter) -> dict[str, int]:
        """Rows per table the archive of ``quarter`` would hold now."""
        with self.snapshot():
            return {t.table: len(t.rows) for t in self.iter_tables(quarter, rows=False)}

    def has_rows(self, quarter: Quarter, table: str) -> bool:
        """Whether the archive of ``quarter`` would hold any row of ``table`` (``counts()[table] > 0``).

        Today asks this of every start; :meth:`counts` reads every row of the quarter (a big
        school's 476k visits: issue 15). Here each table's own rows are asked, in
        :data:`QUARTER_TABLES` order, whether one of them would bring a row of ``table`` along
        (through the same references as :meth:`iter_tables`), and the first yes ends it."""
        rules = self.rules()
        order = {r.table: i for i, r in enumerate(rules)}
        if table not in order:
            return False
        pulled_in = {target for r in rules for _expr, target in r.refs if order.get(target, -1) > order[r.table]}
        params = self._params(quarter)
        with self.snapshot():
            for rule in rules:
                reach = _reach(rule, table, rules, order)
                if reach is None:
                    continue
                own = _own_rows(rule, rules, order, pulled_in)
                if own is None:     # its rows depend on rows pulled into another table: count them
                    return self.counts(quarter).get(table, 0) > 0
                if self._db.query_value(f"SELECT EXISTS (SELECT 1 FROM {rule.table} WHERE ({own}) AND {reach})",
                                        params):
                    return True
        return False

    def snapshot(self) -> _ReadSnapshot:
        """One read transaction: the tables are read as of one moment while others write (WAL)."""
        return _ReadSnapshot(self._db)

    def schema_version(self) -> int:
        return self._db.user_version()

    def fingerprint(self, quarter: Quarter) -> str:
        """Of the quarter's records that become read-only (see :func:`fingerprint_of`), as they are now."""
        with self.snapshot():
            return fingerprint_of(self.iter_tables(quarter))

    def unsettled(self, quarter: Quarter) -> list[UnsettledRecord]:
        """Unsigned visit records and tests dated in the quarter; crises of the quarter still open."""
        p = self._params(quarter)
        found = [UnsettledRecord("visit", r[0], date.fromisoformat(r[1]) if r[1] else None, r[2])
                 for r in self._db.query_all(
                     "SELECT id, visit_date, counsellor_id FROM visits WHERE status = 'draft' AND "
                     f"({_day('visit_date')} OR (visit_date IS NULL AND {_time('created_at')})) ORDER BY id", p)]
        found += [UnsettledRecord("test", r[0], date.fromisoformat(r[1]), r[2])
                  for r in self._db.query_all(
                      "SELECT id, administered_on, administered_by FROM test_administrations "
                      f"WHERE status = 'draft' AND {_day('administered_on')} ORDER BY id", p)]
        found += [UnsettledRecord("crisis", r[0], from_db_required(r[1]).astimezone().date(), r[2])
                  for r in self._db.query_all(
                      "SELECT k.id, k.opened_at, c.counsellor_id FROM crises k JOIN cases c ON c.id = k.case_id "
                      "WHERE k.status = 'open' AND k.opened_at < :end ORDER BY k.id", p)]
        return found

    # -- the archived quarters -------------------------------------------------------
    def record_export(self, *, quarter: Quarter, exported_at: datetime, exported_by: int, file_name: str,
                      size: int, sha256: str, counts: dict[str, int], audit_seq: int, audit_mac: str,
                      seal: str = "") -> int:
        cur = self._db.execute(
            "INSERT INTO archived_quarters (quarter, first_day, last_day, exported_at, exported_by, file_name, "
            "size, sha256, counts, audit_seq, audit_mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(quarter), quarter.first_day.isoformat(), quarter.last_day.isoformat(), to_db(exported_at),
             exported_by, file_name, size, sha256, json.dumps(counts, sort_keys=True), audit_seq, audit_mac))
        export_id = int(cur.lastrowid)
        if seal:
            self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"{SEAL_PREFIX}{export_id}", seal))
        return export_id

    # -- exports under way (see PendingExport) -------------------------------------------------
    def note_pending(self, pending: PendingExport) -> None:
        """Note (or update) an export under way."""
        self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (f"{PENDING_PREFIX}{pending.token}", pending.to_json()))

    def pending_exports(self) -> list[PendingExport]:
        rows = self._db.query_all("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key",
                                  (len(PENDING_PREFIX), PENDING_PREFIX))
        found = []
        for key, value in rows:
            token = key[len(PENDING_PREFIX):]
            if not re.fullmatch(r"[0-9a-f]{8,64}", token):
                continue  # not one of ours (tokens are hex: they name a lock file)
            try:
                found.append(PendingExport.from_json(token, value))
            except (ValueError, KeyError, TypeError):
                continue  # unreadable: never blocks anything, and is not acted upon
        return sorted(found, key=lambda p: p.exported_at)

    def drop_pending(self, token: str) -> None:
        self._db.execute("DELETE FROM meta WHERE key = ?", (f"{PENDING_PREFIX}{token}",))

    def is_archived(self, quarter: Quarter) -> bool:
        return self._db.query_one("SELECT 1 FROM archived_quarters WHERE quarter = ? LIMIT 1",
                                  (str(quarter),)) is not None

    def archived_quarters(self) -> set[Quarter]:
        return {Quarter.parse(r[0]) for r in self._db.query_all("SELECT DISTINCT quarter FROM archived_quarters")}

    def exports(self) -> list[ArchivedExport]:
        rows = self._db.query_all(
            "SELECT a.id, a.quarter, a.exported_at, a.exported_by, coalesce(u.display_name, ''), a.file_name, "
            "a.size, a.sha256, a.counts, a.audit_seq, a.audit_mac, coalesce(m.value, '') FROM archived_quarters a "
            "LEFT JOIN users u ON u.id = a.exported_by "
            "LEFT JOIN meta m ON m.key = ? || a.id ORDER BY a.id DESC", (SEAL_PREFIX,))
        return [ArchivedExport(r[0], Quarter.parse(r[1]), from_db_required(r[2]), r[3], r[4], r[5], r[6],
                               r[7], json.loads(r[8]), r[9], r[10], r[11]) for r in rows]

    def mark_late_addendum(self, addendum_id: int, visit_quarter: Quarter) -> None:
        self._db.execute("INSERT INTO late_addenda (addendum_id, visit_quarter) VALUES (?, ?)",
                         (addendum_id, str(visit_quarter)))

    def late_addenda(self) -> dict[int, Quarter]:
        return {r[0]: Quarter.parse(r[1])
                for r in self._db.query_all("SELECT addendum_id, visit_quarter FROM late_addenda")}


def _reach(rule: TableRule, target: str, rules: list[TableRule], order: dict[str, int]) -> str | None:
    """A condition on one row of ``rule.table`` (named by its table, unaliased): true when that row,
    archived, brings a row of ``target`` along (itself, or through its references as
    :meth:`QuarterRepository.iter_tables` follows them: only to tables read later). None: never."""
    if rule.table == target:
        return "1"
    terms = []
    for expr, table in rule.refs:
        if order.get(table, -1) <= order[rule.table]:
            continue
        further = _reach(rules[order[table]], target, rules, order)
        if further is None:
            continue
        # A bare column is qualified: inside the subquery it would name the referenced table's own.
        value = f"{rule.table}.{expr}" if re.fullmatch(r"[a-z_]+", expr) else expr
        key = rules[order[table]].key
        terms.append(f"EXISTS (SELECT 1 FROM {table} WHERE {table}.{key} = {value} AND {further})")
    return "(" + " OR ".join(terms) + ")" if terms else None


def _own_rows(rule: TableRule, rules: list[TableRule], order: dict[str, int], pulled_in: set[str]) -> str | None:
    """``rule.where`` with each ``{table}`` replaced by a subquery of that table's own rows; None when
    that table also holds rows pulled in by references (only iterating finds those)."""
    missing = False

    def sub(m: re.Match[str]) -> str:
        nonlocal missing
        name = m.group(1)
        if order.get(name, len(rules)) >= order[rule.table]:
            return "(SELECT NULL WHERE 0)"     # not read (yet) when this table is: no keys
        inner = _own_rows(rules[order[name]], rules, order, pulled_in)
        if name in pulled_in or inner is None:
            missing = True
            return "NULL"
        return f"(SELECT {rules[order[name]].key} FROM {name} WHERE {inner})"

    where = _PLACEHOLDER.sub(sub, rule.where)
    return None if missing else where


#: The tables whose rows the archive freezes: the quarter's visit records and tests, appointments,
#: consents, contacts, screening sheets and register changes (see :mod:`counselroom.services.archived`).
#: Crises, referrals, duty shifts, register entries and interviews are not among them: a change to one
#: while the export runs goes into the next quarter's archive.
FROZEN_TABLES = ("visits", "visit_participants", "visit_addenda", "test_administrations", "appointments",
                 "consents", "consent_attachments", "contacts", "screening_sheets", "register_changes")


def fingerprint_of(tables: Iterable[TableRows]) -> str:
    """A digest of the frozen tables' rows; compared just before the quarter is marked archived,
    so a record edited while a long export ran is noticed instead of silently left out."""
    digest = hashlib.sha256()
    for table in tables:
        if table.table in FROZEN_TABLES:
            digest.update(table.table.encode())
            for row in table.rows:
                # A scanned form is hashed as it is, not through its (four times longer) repr.
                digest.update(repr(tuple(hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v
                                         for v in row)).encode("utf-8"))
    return digest.hexdigest()


class _ReadSnapshot:
    """BEGIN … COMMIT around reads, unless a transaction is already open."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._began = False

    def __enter__(self) -> Database:
        if not self._db.in_transaction and not self._db.conn.in_transaction:
            self._db.execute("BEGIN")
            self._began = True
        return self._db

    def __exit__(self, *exc: object) -> None:
        if self._began:
            self._db.execute("COMMIT")
