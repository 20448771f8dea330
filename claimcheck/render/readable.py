"""The line that says how many cited papers could be read, and why the others could not.

It comes first in the terminal summary, the markdown audit and the run index: without it,
a run with no network looks like a report whose claims no paper states.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.model import Source, SourceStatus

READABLE = (SourceStatus.OK, SourceStatus.PARTIAL)
SHOWN = 3  # papers named per reason; the rest are counted
_STATUS_WORDS = {
    SourceStatus.UNAVAILABLE: "unavailable",
    SourceStatus.UNKNOWN_ID: "unknown to arXiv",
    SourceStatus.WITHDRAWN: "withdrawn",
    SourceStatus.NOT_ARXIV: "not on arXiv",
    SourceStatus.NOT_FETCHED: "not looked up",
}


def distinct(sources: Sequence[Source]) -> list[Source]:
    """One source per paper: several reports of a run may cite the same one."""
    seen: dict[str, Source] = {}
    for s in sources:
        seen.setdefault(s.reference.arxiv_id or s.reference.raw, s)
    return list(seen.values())


def readable_line(sources: Sequence[Source]) -> str:
    """``0 of 9 cited papers could be read: 9 unavailable (2005.13013, 1907.11692, 2003.11080
    and 6 more — offline, and 2005.13013 is not in the cache); their claims are unchecked.``
    Plain text: the caller escapes it for its medium."""
    papers = distinct(sources)
    readable = [s for s in papers if s.status in READABLE]
    head = f"{len(readable)} of {len(papers)} cited papers could be read"
    unreadable = [s for s in papers if s.status not in READABLE]
    if not papers:
        return "The report cites no arXiv paper, so no claim could be checked."
    if not unreadable:
        return head + "."
    groups: dict[SourceStatus, list[Source]] = {}
    for s in unreadable:
        groups.setdefault(s.status, []).append(s)
    parts = []
    for status, members in groups.items():
        keys = ", ".join(m.reference.key for m in members[:SHOWN])
        if len(members) > SHOWN:
            keys += f" and {len(members) - SHOWN} more"
        # One reason, the first one's: they are nearly always alike (offline, no network).
        why = f" — {members[0].error}" if members[0].error else ""
        parts.append(f"{len(members)} {_STATUS_WORDS.get(status, status.value)} ({keys}{why})")
    tail = "their claims are unchecked" if not readable else "claims are judged against the others only"
    return f"{head}: {'; '.join(parts)}; {tail}."
