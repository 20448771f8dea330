"""Reading values out of a job file's TOML tables, each mistake a :class:`JobFileError`
naming the key. A leaf: the job file, the intakes and any plugin use it, it uses none of them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from claimcheck.nightly.errors import JobFileError


def check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise JobFileError(
            f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}"
        )


def get_str(table: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if value is None:
        raise JobFileError(f"{where}: missing required key {key!r}")
    if not isinstance(value, str) or not value.strip():
        raise JobFileError(f"{where}: {key!r} must be a non-empty string, not {value!r}")
    return value


def get_str_list(table: dict[str, Any], key: str, where: str, default: list[str] | None = None) -> list[str]:
    value = table.get(key, default)
    if value is None:
        raise JobFileError(f"{where}: missing required key {key!r}")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise JobFileError(f"{where}: {key!r} must be a list of strings, not {value!r}")
    return list(value)


def get_number(table: dict[str, Any], key: str, where: str, default: float) -> float:
    value = table.get(key, default)
    # bool is an int in Python; "lock_timeout = true" is a mistake, not 1 second.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise JobFileError(f"{where}: {key!r} must be a number >= 0, not {value!r}")
    return float(value)


def get_int(table: dict[str, Any], key: str, where: str, default: int, minimum: int = 1) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise JobFileError(f"{where}: {key!r} must be an integer >= {minimum}, not {value!r}")
    return value


def get_bool(table: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise JobFileError(f"{where}: {key!r} must be true or false, not {value!r}")
    return value


def resolve(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    # normpath, not resolve(): "../x" reads better in messages, and symlinks stay as given.
    return Path(os.path.normpath(path if path.is_absolute() else base / path))
