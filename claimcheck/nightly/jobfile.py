"""The job file (``JOB.toml``): what a nightly job reads, where it writes, what fails it.

Relative paths are resolved against the job file's folder, not the working directory, so
a cron line or CI step can run the job from anywhere. Every mistake (unknown key, wrong
type, unknown intake kind) is a :class:`JobFileError` naming the key, before any work.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from claimcheck.model import VerdictLabel
from claimcheck.nightly.errors import JobFileError
from claimcheck.nightly.fields import check_keys, get_bool, get_int, get_number, get_str, get_str_list, resolve
from claimcheck.nightly.intake import Intake
from claimcheck.nightly.registry import intake_from_table

VERDICT_SLUGS = {label.slug: label for label in VerdictLabel}
TOP_KEYS = {"name", "out", "history", "fail_on", "lock_timeout", "sources", "intake"}


@dataclass
class JobConfig:
    path: Path  # the job file
    name: str
    out: Path
    history: Path
    intakes: list[Intake]
    fail_on: frozenset[VerdictLabel] = frozenset()
    lock_timeout: float = 0.0  # seconds to wait for a running job; 0: refuse at once
    sources: dict[str, Any] = field(default_factory=dict)  # SourceSettings overrides

    @property
    def lock_path(self) -> Path:
        return self.history.with_name(self.history.name + ".lock")


def history_path(value: str, base: Path) -> Path:
    """``sqlite:///rel/path``, ``sqlite:////abs/path`` (SQLAlchemy's spelling) or a path."""
    if "://" in value:
        scheme, _, rest = value.partition("://")
        if scheme != "sqlite":
            raise JobFileError(f"history: only sqlite databases are supported, not {scheme!r}")
        if not rest.startswith("/") or rest in ("/", "/:memory:"):
            raise JobFileError(
                f"history: {value!r} names no database file; write sqlite:///relative/path "
                "or sqlite:////absolute/path"
            )
        value = rest[1:]
    return resolve(base, value)


def parse_fail_on(values: list[str]) -> frozenset[VerdictLabel]:
    labels: set[VerdictLabel] = set()
    for value in values:
        slug = value.strip().lower().replace(" ", "-").replace("_", "-")
        if slug not in VERDICT_SLUGS:
            raise JobFileError(
                f"fail_on: unknown verdict {value!r}; choose from {', '.join(sorted(VERDICT_SLUGS))}"
            )
        labels.add(VERDICT_SLUGS[slug])
    return frozenset(labels)


def parse_sources(table: Any, base: Path) -> dict[str, Any]:
    """``[sources]``: any :class:`SourceSettings` field, type-checked against its default."""
    from claimcheck.sources.settings import SourceSettings

    if not isinstance(table, dict):
        raise JobFileError("[sources] must be a table")
    defaults = SourceSettings()
    allowed = {f.name for f in fields(SourceSettings)}
    check_keys(table, allowed, "[sources]")
    out: dict[str, Any] = {}
    # A field that may be unset (papers_dir = None) says by its annotation that it is a path.
    paths = {f.name for f in fields(SourceSettings) if "Path" in str(f.type)}
    for key in table:
        default = getattr(defaults, key)
        if isinstance(default, bool):
            out[key] = get_bool(table, key, "[sources]", default)
        elif isinstance(default, Path) or key in paths:
            out[key] = resolve(base, get_str(table, key, "[sources]"))
        elif isinstance(default, int):
            out[key] = get_int(table, key, "[sources]", default, minimum=0)
        elif isinstance(default, float):
            out[key] = get_number(table, key, "[sources]", default)
        else:
            text = get_str(table, key, "[sources]")
            out[key] = text.rstrip("/") if key.endswith("_url") else text
    return out


def parse_job(data: dict[str, Any], path: Path) -> JobConfig:
    """Validate a parsed job file; pure apart from path arithmetic."""
    base = path.parent
    check_keys(data, TOP_KEYS, "job file")
    out = resolve(base, get_str(data, "out", "job file"))
    history_value = data.get("history")
    history = history_path(get_str(data, "history", "job file"), base) if history_value is not None else out / "history.sqlite"
    raw_intakes = data.get("intake")
    if raw_intakes is None:
        raise JobFileError("job file: no [[intake]] table; say where the reports come from")
    if not isinstance(raw_intakes, list) or not raw_intakes or not all(isinstance(t, dict) for t in raw_intakes):
        raise JobFileError("job file: 'intake' must be one or more [[intake]] tables")
    intakes = [intake_from_table(t, base, f"[[intake]] #{i}") for i, t in enumerate(raw_intakes, 1)]
    names = [i.name for i in intakes]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise JobFileError(f"job file: two intakes are named {duplicates[0]!r}; give each a distinct 'name'")
    return JobConfig(
        path=path,
        name=get_str(data, "name", "job file", default=path.stem),
        out=out,
        history=history,
        intakes=intakes,
        fail_on=parse_fail_on(get_str_list(data, "fail_on", "job file", default=[])),
        lock_timeout=get_number(data, "lock_timeout", "job file", 0.0),
        sources=parse_sources(data.get("sources", {}), base),
    )


def load_job(path: Path) -> JobConfig:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise JobFileError(f"cannot read job file {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise JobFileError(f"job file {path} is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise JobFileError(f"job file {path} is not valid TOML: {exc}") from exc
    try:
        return parse_job(data, path.resolve())
    except JobFileError as exc:
        raise JobFileError(f"{path}: {exc}") from exc
