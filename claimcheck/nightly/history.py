"""The history database: every run, report, verdict, source version and reachability check.

SQLite (stdlib), WAL mode, one transaction per unit of work: a run row, then one commit per
audited report, then the run is marked finished only at the very end. A run killed at any
point (``kill -9`` included) leaves whole transactions only; the next run marks the dead
run ``abandoned`` and reuses every audit it had committed.

Schema versions live in ``PRAGMA user_version`` and move forward through :data:`MIGRATIONS`
(ordered; each runs in its own transaction together with the version bump). An older
database is upgraded in place after a backup copy is written beside it; a newer one is
refused, never touched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.model import Audit, Claim, Mark, Reference, Report, StatedFigures
from claimcheck.nightly.errors import HistoryError
from claimcheck.nightly.state import ClaimState, ReportState, RunInfo, Snapshot, SourceState
from claimcheck.util.clock import now_iso

if TYPE_CHECKING:
    from claimcheck.render.json import SharedDetails

APPLICATION_ID = 0x43434B48  # "CCKH": tells our databases from any other SQLite file


_now = now_iso  # the one timestamp format of claimcheck (claimcheck.util.clock)


# --------------------------------------------------------------------------- migrations
# Never edit a released migration: add a new one. Each gets a connection inside a transaction.


def _m1_initial(db: sqlite3.Connection) -> None:
    for sql in (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            job TEXT NOT NULL,
            night TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            exit_code INTEGER,
            digest_json TEXT
        )""",
        """CREATE TABLE reports (
            sha256 TEXT PRIMARY KEY,
            title TEXT,
            date TEXT,
            format TEXT NOT NULL,
            claims_json TEXT NOT NULL,
            references_json TEXT NOT NULL,
            first_run INTEGER NOT NULL
        )""",
        """CREATE TABLE audits (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            summary_json TEXT NOT NULL,
            findings_json TEXT NOT NULL,
            UNIQUE (sha256, fingerprint)
        )""",
        """CREATE TABLE verdicts (
            audit_id INTEGER NOT NULL,
            claim_index INTEGER NOT NULL,
            label TEXT NOT NULL,
            explanation TEXT NOT NULL,
            score REAL NOT NULL,
            drift TEXT,
            evidence_paper TEXT,
            detail_json TEXT NOT NULL,
            PRIMARY KEY (audit_id, claim_index)
        )""",
        """CREATE TABLE source_versions (
            arxiv_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            pdf_sha256 TEXT NOT NULL,
            first_run INTEGER NOT NULL,
            PRIMARY KEY (arxiv_id, version, pdf_sha256)
        )""",
        """CREATE TABLE audit_sources (
            audit_id INTEGER NOT NULL,
            arxiv_id TEXT NOT NULL,
            status TEXT NOT NULL,
            cited_version INTEGER,
            versions TEXT NOT NULL,
            error TEXT,
            PRIMARY KEY (audit_id, arxiv_id)
        )""",
        """CREATE TABLE run_reports (
            run_id INTEGER NOT NULL,
            origin TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            audit_id INTEGER,
            PRIMARY KEY (run_id, origin)
        )""",
        "CREATE INDEX runs_by_job ON runs (job, status, id)",
    ):
        db.execute(sql)


def _m2_reachability(db: sqlite3.Connection) -> None:
    # Version 2 records, per run, whether each cited paper answered and its latest version:
    # what "new arXiv version" and "source unreachable / back" are computed from.
    db.execute(
        """CREATE TABLE source_checks (
            run_id INTEGER NOT NULL,
            arxiv_id TEXT NOT NULL,
            reachable INTEGER NOT NULL,
            latest_version INTEGER,
            error TEXT,
            PRIMARY KEY (run_id, arxiv_id)
        )"""
    )
    db.execute("CREATE INDEX source_checks_by_paper ON source_checks (arxiv_id, run_id)")
    db.execute("ALTER TABLE reports ADD COLUMN origin TEXT")
    # Version 1 kept only the first origin nowhere; fill it from the runs that saw it.
    db.execute(
        "UPDATE reports SET origin = (SELECT origin FROM run_reports rr "
        "WHERE rr.sha256 = reports.sha256 ORDER BY run_id LIMIT 1)"
    )


def _m3_run_files(db: sqlite3.Connection) -> None:
    # Version 3: every run keeps its own digest (runs.digest_name, the files' stem), each
    # audit its own file (audits.audit_file, relative to the job's out folder), and each
    # report its claims' marks, so that tonight's claims can be compared with every claim
    # of earlier nights. Reports stored before have no marks (NULL): they compare as unmarked.
    db.execute("ALTER TABLE runs ADD COLUMN digest_name TEXT")
    db.execute("ALTER TABLE audits ADD COLUMN audit_file TEXT")
    db.execute("ALTER TABLE reports ADD COLUMN marks_json TEXT")


def _m4_run_findings(db: sqlite3.Connection) -> None:
    # Version 4: each run keeps its findings across reports once, whole (runs.findings_json),
    # since an audit keeps only its own part of each group. Runs stored before have none
    # (NULL): their audits still hold the whole groups.
    db.execute("ALTER TABLE runs ADD COLUMN findings_json TEXT")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m1_initial, _m2_reachability, _m3_run_files, _m4_run_findings,
]
SCHEMA_VERSION = len(MIGRATIONS)


# --------------------------------------------------------------------------- values


@dataclass
class StoredReport:
    sha256: str
    title: str | None
    claims: list[str]
    references: list[Reference]

    @property
    def cites(self) -> list[str]:
        return list(dict.fromkeys(r.arxiv_id for r in self.references if r.arxiv_id))


@dataclass
class StoredRun:
    """One run as the history keeps it (``--list`` / ``--show``)."""

    info: RunInfo
    exit_code: int | None
    digest: dict[str, Any] | None  # None: the run did not finish
    digest_name: str | None  # the stem of its digest files in the job's out folder


def _marks_to_json(claims: Sequence[Claim]) -> str:
    return json.dumps([[c.mark.value, c.confidence, c.truncated] for c in claims])


def _claims_from_json(texts_json: str, marks_json: str | None) -> list[Claim]:
    texts = json.loads(texts_json)
    marks = json.loads(marks_json) if marks_json else []
    claims: list[Claim] = []
    for index, text in enumerate(texts, 1):
        mark, confidence, truncated = marks[index - 1] if index <= len(marks) else (Mark.UNKNOWN.value, None, False)
        claims.append(Claim(index, text, Mark(mark), confidence, bool(truncated)))
    return claims


def _refs_to_json(refs: Sequence[Reference]) -> str:
    return json.dumps([[r.raw, r.arxiv_id, r.version] for r in refs])


def _refs_from_json(text: str) -> list[Reference]:
    return [Reference(raw, aid, version) for raw, aid, version in json.loads(text)]


# --------------------------------------------------------------------------- the database


def connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing commits implicitly.
        db = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except (OSError, sqlite3.Error) as exc:
        raise HistoryError(f"cannot open the history database {path}: {exc}") from exc
    return db


def migrate(db: sqlite3.Connection, path: Path, upto: int = SCHEMA_VERSION, backup: bool = True) -> int:
    """Bring the schema to ``upto``; returns the version found. Refuses foreign or newer files."""
    try:
        found = db.execute("PRAGMA user_version").fetchone()[0]
        app = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise HistoryError(f"{path} is not a readable SQLite database ({exc})") from exc
    if found == 0 and tables:
        raise HistoryError(f"{path} is an SQLite database, but not a claimcheck history; refusing to touch it")
    if found and app != APPLICATION_ID:
        raise HistoryError(f"{path} is not a claimcheck history database (application id {app:#x})")
    if found > SCHEMA_VERSION:
        raise HistoryError(
            f"{path} has history schema version {found}, newer than this claimcheck "
            f"understands ({SCHEMA_VERSION}); upgrade claimcheck or use another history file"
        )
    if 0 < found < upto and backup:
        target = path.with_name(f"{path.name}.v{found}.bak")
        try:
            with sqlite3.connect(target) as copy:
                db.backup(copy)
            copy.close()
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"cannot back up {path} to {target} before upgrading it: {exc}") from exc
    for version in range(found + 1, upto + 1):
        try:
            db.execute("BEGIN IMMEDIATE")
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise HistoryError(f"cannot upgrade {path} to history schema {version}: {exc}") from exc
    return found


class History:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path) -> History:
        db = connect(path)
        try:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise HistoryError(f"cannot put {path} in WAL mode (got {mode!r})")
            # NORMAL is crash-safe in WAL mode: a killed process never corrupts, at worst
            # the last commit before a power cut is lost (and redone by the next run).
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise HistoryError(f"{path} is not a usable SQLite database ({exc})") from exc
        except HistoryError:
            db.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot write the history database {self.path}: {exc}") from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise HistoryError(f"cannot write the history database {self.path}: {exc}") from exc
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot read the history database {self.path}: {exc}") from exc

    # ------------------------------------------------------------------ runs

    def start_run(self, job: str, night: str, tool_version: str) -> int:
        """A new run; any run of this job still 'running' died (we hold the lock)."""
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET status = 'abandoned' WHERE job = ? AND status = 'running'", (job,)
            )
            cur = db.execute(
                "INSERT INTO runs (job, night, started_at, status, tool_version) VALUES (?, ?, ?, 'running', ?)",
                (job, night, _now(), tool_version),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, exit_code: int, digest: dict[str, Any], digest_name: str | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET status = 'finished', finished_at = ?, exit_code = ?, digest_json = ?, "
                "digest_name = ? WHERE id = ?",
                (_now(), exit_code, json.dumps(digest), digest_name, run_id),
            )

    def record_run_findings(self, run_id: int, findings_json: str) -> None:
        """The run's findings across reports (a JSON list, as
        :func:`claimcheck.render.json.findings_json` writes it), each group whole and once;
        stored before the audits that show parts of them, so a run killed later keeps them."""
        with self.transaction() as db:
            db.execute("UPDATE runs SET findings_json = ? WHERE id = ?", (findings_json, run_id))

    def run_findings(self, job: str, after: int, upto: int) -> list[dict[str, Any]]:
        """The findings across reports of the runs of ``job`` after run ``after`` up to run
        ``upto``, oldest first (a killed run's included: its committed audits are reused)."""
        found: list[dict[str, Any]] = []
        for (text,) in self._query(
            "SELECT findings_json FROM runs WHERE job = ? AND id > ? AND id <= ? AND findings_json IS NOT NULL "
            "ORDER BY id",
            (job, after, upto),
        ):
            try:
                value = json.loads(text)
            except ValueError:
                continue
            if isinstance(value, list):
                found.extend(f for f in value if isinstance(f, dict))
        return found

    def stored_runs(self, job: str) -> list[StoredRun]:
        """Every run of ``job``, oldest first, with its digest when it finished."""
        rows = self._query(
            "SELECT id, job, night, started_at, finished_at, status, exit_code, digest_json, digest_name "
            "FROM runs WHERE job = ? ORDER BY id",
            (job,),
        )
        runs: list[StoredRun] = []
        for row in rows:
            try:
                digest = json.loads(row[7]) if row[7] else None
            except ValueError:
                digest = None
            runs.append(StoredRun(self._run(row[:6]), row[6], digest, row[8]))
        return runs

    def _run(self, row: tuple[Any, ...]) -> RunInfo:
        return RunInfo(id=row[0], job=row[1], night=row[2], started_at=row[3], finished_at=row[4], status=row[5])

    def run(self, run_id: int) -> RunInfo:
        rows = self._query("SELECT id, job, night, started_at, finished_at, status FROM runs WHERE id = ?", (run_id,))
        if not rows:
            raise HistoryError(f"no run {run_id} in {self.path}")
        return self._run(rows[0])

    def last_finished_run(self, job: str, before: int | None = None) -> RunInfo | None:
        rows = self._query(
            "SELECT id, job, night, started_at, finished_at, status FROM runs "
            "WHERE job = ? AND status = 'finished' AND id < ? ORDER BY id DESC LIMIT 1",
            (job, before if before is not None else 1 << 62),
        )
        return self._run(rows[0]) if rows else None

    def runs(self, job: str | None = None) -> list[RunInfo]:
        sql = "SELECT id, job, night, started_at, finished_at, status FROM runs"
        rows = self._query(sql + (" WHERE job = ? ORDER BY id" if job else " ORDER BY id"), (job,) if job else ())
        return [self._run(r) for r in rows]

    # ------------------------------------------------------------------ reports and audits

    def stored_reports(self, shas: Iterable[str]) -> dict[str, StoredReport]:
        wanted = list(dict.fromkeys(shas))
        found: dict[str, StoredReport] = {}
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for sha, title, claims, refs in self._query(
                f"SELECT sha256, title, claims_json, references_json FROM reports WHERE sha256 IN ({marks})", chunk
            ):
                found[sha] = StoredReport(sha, title, json.loads(claims), _refs_from_json(refs))
        return found

    def find_audits(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Audit IDs for (report sha256, fingerprint) pairs already audited."""
        wanted = set(keys)
        shas = sorted({sha for sha, _ in wanted})
        found: dict[tuple[str, str], int] = {}
        for start in range(0, len(shas), 500):
            chunk = shas[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for audit_id, sha, fingerprint in self._query(
                f"SELECT id, sha256, fingerprint FROM audits WHERE sha256 IN ({marks})", chunk
            ):
                if (sha, fingerprint) in wanted:
                    found[(sha, fingerprint)] = audit_id
        return found

    def record_audit(
        self,
        run_id: int,
        origin: str,
        report: Report,
        audit: Audit,
        fingerprint: str,
        audit_file: str | None = None,
        shared: SharedDetails | None = None,
    ) -> int:
        """Everything about one audited report, in one transaction. ``audit_file``: its
        markdown audit, relative to the job's out folder. ``shared``: the memo the run's
        audits were written with, so that findings common to many reports are converted once."""
        from claimcheck.render.json import SharedDetails, findings_json, summary, verdict_dict

        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO reports (sha256, title, date, format, claims_json, references_json, first_run, "
                "origin, marks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    report.sha256,
                    report.title,
                    report.date,
                    report.format,
                    json.dumps([c.text for c in report.claims]),
                    _refs_to_json(report.references),
                    run_id,
                    origin,
                    _marks_to_json(report.claims),
                ),
            )
            # A report stored before marks were kept gets them now.
            db.execute(
                "UPDATE reports SET marks_json = ? WHERE sha256 = ? AND marks_json IS NULL",
                (_marks_to_json(report.claims), report.sha256),
            )
            values = (
                run_id,
                _now(),
                audit.tool_version,
                json.dumps(summary(audit)),
                findings_json(audit.findings, shared or SharedDetails()),
                audit_file,
            )
            old = db.execute(
                "SELECT id FROM audits WHERE sha256 = ? AND fingerprint = ?", (report.sha256, fingerprint)
            ).fetchone()
            if old:
                # Redone with the same inputs: replace it under the same ID, so that the
                # runs already pointing at it (run_reports) stay valid.
                audit_id = int(old[0])
                db.execute(
                    "UPDATE audits SET run_id = ?, created_at = ?, tool_version = ?, summary_json = ?, "
                    "findings_json = ?, audit_file = ? WHERE id = ?",
                    (*values, audit_id),
                )
                for table in ("verdicts", "audit_sources"):
                    db.execute(f"DELETE FROM {table} WHERE audit_id = ?", (audit_id,))
            else:
                audit_id = int(
                    db.execute(
                        "INSERT INTO audits (run_id, sha256, fingerprint, created_at, tool_version, summary_json, "
                        "findings_json, audit_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (values[0], report.sha256, fingerprint, *values[1:]),
                    ).lastrowid
                    or 0
                )
            db.executemany(
                "INSERT INTO verdicts (audit_id, claim_index, label, explanation, score, drift, evidence_paper, detail_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        audit_id,
                        v.claim_index,
                        v.label.value,
                        v.explanation,
                        float(v.score),
                        v.drift,
                        f"{v.evidence.arxiv_id}v{v.evidence.version}" if v.evidence else None,
                        json.dumps(verdict_dict(v)),
                    )
                    for v in audit.verdicts
                ],
            )
            for source in audit.sources:
                if source.reference.arxiv_id is None:
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO audit_sources (audit_id, arxiv_id, status, cited_version, versions, error) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        audit_id,
                        source.reference.arxiv_id,
                        source.status.value,
                        source.cited_version,
                        ",".join(str(v.version) for v in source.versions if v.error is None),
                        source.error,
                    ),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO source_versions (arxiv_id, version, pdf_sha256, first_run) VALUES (?, ?, ?, ?)",
                    [(v.arxiv_id, v.version, v.pdf_sha256 or "", run_id) for v in source.versions if v.error is None],
                )
            self._link(db, run_id, origin, report.sha256, audit_id)
            return audit_id

    def _link(self, db: sqlite3.Connection, run_id: int, origin: str, sha: str, audit_id: int | None) -> None:
        db.execute(
            "INSERT OR REPLACE INTO run_reports (run_id, origin, sha256, audit_id) VALUES (?, ?, ?, ?)",
            (run_id, origin, sha, audit_id),
        )

    def link_reports(self, run_id: int, rows: Sequence[tuple[str, str, int | None]]) -> None:
        """(origin, sha256, audit_id) seen by this run and needing no new audit, in one commit."""
        with self.transaction() as db:
            for origin, sha, audit_id in rows:
                self._link(db, run_id, origin, sha, audit_id)

    def known_reports(self, exclude_shas: Iterable[str] = (), exclude_origins: Iterable[str] = ()) -> list[Report]:
        """Every report the history holds, as far as the cross-report checks need it (its
        origin as path, its claims with their marks); nothing else is filled in."""
        shas, origins = set(exclude_shas), set(exclude_origins)
        reports: list[Report] = []
        for sha, title, date, fmt, claims_json, marks_json, origin in self._query(
            "SELECT sha256, title, date, format, claims_json, marks_json, origin FROM reports ORDER BY first_run, sha256"
        ):
            if sha in shas or (origin or sha) in origins:
                continue
            reports.append(
                Report(
                    path=origin or sha,
                    format=fmt,
                    sha256=sha,
                    title=title,
                    date=date,
                    research_question=None,
                    abstract=None,
                    examined_title=None,
                    figures=StatedFigures(),
                    claims=_claims_from_json(claims_json, marks_json),
                    references=[],
                    columns=[],
                )
            )
        return reports

    # ------------------------------------------------------------------ sources

    def record_source_checks(self, run_id: int, checks: Sequence[SourceState]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO source_checks (run_id, arxiv_id, reachable, latest_version, error) "
                "VALUES (?, ?, ?, ?, ?)",
                [(run_id, c.arxiv_id, int(c.reachable), c.latest_version, c.error) for c in checks],
            )

    def last_known_versions(self, arxiv_ids: Iterable[str]) -> dict[str, int]:
        """The latest version each paper was last seen at, from any run."""
        wanted = set(arxiv_ids)
        rows = self._query(
            "SELECT arxiv_id, latest_version FROM source_checks sc WHERE latest_version IS NOT NULL "
            "AND run_id = (SELECT MAX(run_id) FROM source_checks WHERE arxiv_id = sc.arxiv_id "
            "AND latest_version IS NOT NULL)"
        )
        return {aid: v for aid, v in rows if aid in wanted}

    def source_versions(self) -> list[tuple[str, int, str, int]]:
        return [tuple(r) for r in self._query(  # type: ignore[misc]
            "SELECT arxiv_id, version, pdf_sha256, first_run FROM source_versions ORDER BY arxiv_id, version"
        )]

    # ------------------------------------------------------------------ snapshots

    def snapshot(
        self,
        run_id: int,
        findings_after: int | None = None,
        findings: Mapping[int, list[dict[str, Any]]] | None = None,
        run_findings: Sequence[dict[str, Any]] | None = None,
    ) -> Snapshot:
        """What run ``run_id`` saw. The stored findings are read only for audits made by a
        run after ``findings_after`` (None: none), the digest's "since the last run"; so
        are the findings across reports of those runs (``run_findings``: this run's,
        already in memory, instead of decoding them again).
        ``findings``: audits' findings already in memory, by audit ID, as
        :func:`claimcheck.render.json.finding_dict` makes them (equal to their stored JSON,
        decoded): used instead of decoding it, since every audit of a night repeats its
        cross-report groups, which name every report of the night."""
        in_memory = findings or {}
        snap = Snapshot(run=self.run(run_id))
        if findings_after is not None:
            earlier = self.run_findings(snap.run.job, findings_after, run_id - 1)
            tonight = list(run_findings) if run_findings is not None else self.run_findings(snap.run.job, run_id - 1, run_id)
            snap.run_findings = earlier + tonight
        rows = self._query(
            "SELECT rr.origin, rr.sha256, rr.audit_id, a.run_id, r.title, r.claims_json, r.references_json, "
            "a.audit_file, CASE WHEN a.run_id > ? THEN a.findings_json END "
            "FROM run_reports rr LEFT JOIN audits a ON a.id = rr.audit_id "
            "LEFT JOIN reports r ON r.sha256 = rr.sha256 WHERE rr.run_id = ? ORDER BY rr.origin",
            (1 << 62 if findings_after is None else findings_after, run_id),
        )
        texts: dict[int, list[str]] = {}
        for origin, sha, audit_id, audit_run, title, claims_json, refs_json, audit_file, findings_json in rows:
            refs = _refs_from_json(refs_json) if refs_json else []
            snap.reports[origin] = ReportState(
                origin=origin,
                sha256=sha,
                title=title,
                cites=list(dict.fromkeys(r.arxiv_id for r in refs if r.arxiv_id)),
                audit_id=audit_id,
                audit_run=audit_run,
                audit_file=audit_file,
                findings=(in_memory[audit_id] if audit_id in in_memory else json.loads(findings_json))
                if findings_json
                else [],
            )
            if audit_id is not None:
                texts[audit_id] = json.loads(claims_json) if claims_json else []
        by_audit: dict[int, list[ReportState]] = {}
        for state in snap.reports.values():
            if state.audit_id is not None:
                by_audit.setdefault(state.audit_id, []).append(state)
        ids = sorted(by_audit)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for audit_id, index, label, drift in self._query(
                f"SELECT audit_id, claim_index, label, drift FROM verdicts WHERE audit_id IN ({marks})", chunk
            ):
                claim_texts = texts.get(audit_id, [])
                text = claim_texts[index - 1] if 0 < index <= len(claim_texts) else ""
                for state in by_audit[audit_id]:
                    state.claims[index] = ClaimState(index, text, label, drift)
        for aid, reachable, latest, error in self._query(
            "SELECT arxiv_id, reachable, latest_version, error FROM source_checks WHERE run_id = ?", (run_id,)
        ):
            snap.sources[aid] = SourceState(aid, bool(reachable), latest, error)
        return snap
