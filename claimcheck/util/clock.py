"""The one timestamp format of claimcheck's outputs."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    """Now, in UTC, to the second: ``2026-12-01T22:30:00+00:00``."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
