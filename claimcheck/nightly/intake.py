"""Where reports come from: the values every intake source shares.

An intake lists report files and makes each available as a local file. Adding a
repository means writing a class with ``from_table`` and ``collect`` and registering it
(:func:`claimcheck.nightly.registry.register_intake`); the job runner never changes. Built
in: ``folder`` (:mod:`claimcheck.nightly.folder`) and ``zenodo``
(:mod:`claimcheck.nightly.zenodo`), registered in :mod:`claimcheck.nightly.registry`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from claimcheck.sources.settings import SourceSettings


@dataclass(frozen=True)
class IntakeItem:
    path: Path  # a local, readable copy of the report
    origin: str  # stable name across nights: "data/reports/x.txt", "zenodo:123/x.pdf"
    url: str | None = None  # where a person can see the published report


@dataclass
class IntakeContext:
    cache_dir: Path  # this intake's own cache folder (downloads, last listing)
    settings: SourceSettings  # timeouts, retries, user agent: the same rules as arXiv
    offline: bool = False


@dataclass
class IntakeResult:
    items: list[IntakeItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, shown in the digest
    reachable: bool = True  # False: the listing came from the cache or not at all


class Intake(Protocol):
    kind: str
    name: str  # distinct within a job; names the cache folder and the digest rows

    def collect(self, ctx: IntakeContext) -> IntakeResult: ...


# factory(table, base_dir, where) -> Intake: validates its [[intake]] table, raising
# JobFileError naming ``where`` on mistakes.
IntakeFactory = Callable[[dict[str, Any], Path, str], Intake]
