"""Where and how sources are fetched: one dataclass, filled from defaults, the environment
and (through the CLI) flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from claimcheck import __version__
from claimcheck.errors import SourceError


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimcheck"


@dataclass(frozen=True)
class SourceSettings:
    api_url: str = "https://export.arxiv.org/api/query"
    pdf_base_url: str = "https://arxiv.org/pdf"
    cache_dir: Path = field(default_factory=default_cache_dir)
    offline: bool = False
    user_agent: str = f"claimcheck/{__version__} (+https://github.com/claimcheck/claimcheck)"
    connect_timeout: float = 10.0
    read_timeout: float = 60.0  # per read; arXiv PDFs of 30 MB arrive in well under this per chunk
    api_min_interval: float = 3.0  # arXiv API terms of use: one request every three seconds
    max_concurrent_downloads: int = 4
    retries: int = 4  # further attempts after the first
    backoff_base: float = 2.0  # seconds; doubled each retry (when no Retry-After is given)
    backoff_max: float = 120.0  # never wait longer than this for one retry (Retry-After included)
    max_pdf_bytes: int = 100 * 1024 * 1024
    metadata_ttl: float = 24 * 3600.0  # seconds a cached metadata answer is trusted
    unknown_ttl: float = 24 * 3600.0  # seconds "arXiv has no such paper" is trusted (not asked again)
    papers_dir: Path | None = None  # PDFs named <id>v<N>.pdf, read instead of asking arXiv (sources/local.py)

    @classmethod
    def from_env(cls, **overrides: object) -> SourceSettings:
        """Defaults, then ``CLAIMCHECK_ARXIV_API``, ``CLAIMCHECK_ARXIV_PDF``,
        ``CLAIMCHECK_CACHE_DIR``, ``CLAIMCHECK_OFFLINE``, ``CLAIMCHECK_PAPERS_DIR``, then ``overrides`` (None = not given)."""
        env: dict[str, object] = {}
        if v := os.environ.get("CLAIMCHECK_ARXIV_API"):
            env["api_url"] = v
        if v := os.environ.get("CLAIMCHECK_ARXIV_PDF"):
            env["pdf_base_url"] = v
        if v := os.environ.get("CLAIMCHECK_CACHE_DIR"):
            env["cache_dir"] = Path(v).expanduser()
        if v := os.environ.get("CLAIMCHECK_OFFLINE"):
            env["offline"] = _parse_bool("CLAIMCHECK_OFFLINE", v)
        if v := os.environ.get("CLAIMCHECK_PAPERS_DIR"):
            env["papers_dir"] = Path(v).expanduser()
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise SourceError(f"unknown source setting(s): {', '.join(sorted(unknown))}")
        env.update({k: v for k, v in overrides.items() if v is not None})
        if "cache_dir" in env:
            env["cache_dir"] = Path(str(env["cache_dir"])).expanduser()
        if env.get("papers_dir") is not None:
            env["papers_dir"] = Path(str(env["papers_dir"])).expanduser()
        return replace(cls(), **env)  # type: ignore[arg-type]


def _parse_bool(name: str, value: str) -> bool:
    v = value.strip().lower()
    if v in {"1", "true", "yes", "on"}:
        return True
    if v in {"0", "false", "no", "off", ""}:
        return False
    raise SourceError(f"{name}={value!r}: expected 1/0, true/false, yes/no")
