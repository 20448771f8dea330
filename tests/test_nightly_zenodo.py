"""Zenodo intake against a fake Zenodo: listing, downloads once, checksums, fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.nightly.intake import IntakeContext
from claimcheck.nightly.zenodo import ZenodoFailure, ZenodoIntake, parse_records
from claimcheck.sources.settings import SourceSettings
from tests.fakezenodo import FakeZenodo

FAST = SourceSettings(retries=1, backoff_base=0.0, api_min_interval=0.0)


def ctx(tmp_path: Path, offline: bool = False) -> IntakeContext:
    return IntakeContext(tmp_path / "cache", FAST, offline=offline)


def intake(zen: FakeZenodo, **kw: object) -> ZenodoIntake:
    args: dict[str, object] = {"name": "zen", "query": "synthesis", "api": zen.api_url, "files": ("*.pdf", "*.txt"), "min_interval": 0.0}
    args.update(kw)
    return ZenodoIntake(**args)  # type: ignore[arg-type]


def test_lists_newest_matching_records_and_downloads_each_file_once(tmp_path: Path) -> None:
    with FakeZenodo() as zen:
        a = zen.add_record("Literature synthesis A", {"a.pdf": b"%PDF-a", "data.csv": b"1,2"})
        b = zen.add_record("Literature synthesis B", {"b.txt": b"report b"})
        zen.add_record("Unrelated", {"c.pdf": b"%PDF-c"})
        first = intake(zen, page_size=1).collect(ctx(tmp_path))
        assert first.problems == [] and first.reachable
        assert [i.origin for i in first.items] == [f"zenodo:{b}/b.txt", f"zenodo:{a}/a.pdf"]  # newest first
        assert [i.path.read_bytes() for i in first.items] == [b"report b", b"%PDF-a"]
        assert first.items[0].url == f"{zen.base_url}/records/{b}"
        assert zen.count("search") == 3  # page size 1: two pages with a hit, one empty
        assert zen.count("file") == 2  # the csv is not a report
        second = intake(zen).collect(ctx(tmp_path))
        assert [i.origin for i in second.items] == [i.origin for i in first.items]
        assert zen.count("file") == 2  # already downloaded, checksum matches: not fetched again


def test_max_records_bounds_the_listing(tmp_path: Path) -> None:
    with FakeZenodo() as zen:
        for n in range(5):
            zen.add_record(f"synthesis {n}", {f"r{n}.txt": b"x%d" % n})
        result = intake(zen, max_records=3, page_size=2).collect(ctx(tmp_path))
        assert [i.origin.split("/")[1] for i in result.items] == ["r4.txt", "r3.txt", "r2.txt"]


def test_a_corrupt_download_is_refused_and_retried_next_time(tmp_path: Path) -> None:
    with FakeZenodo() as zen:
        rid = zen.add_record("synthesis", {"a.pdf": b"%PDF-good"})
        path = tmp_path / "cache" / "records" / str(rid) / "a.pdf"
        path.parent.mkdir(parents=True)
        path.write_bytes(b"%PDF-half")  # a partial file from an earlier crash
        result = intake(zen).collect(ctx(tmp_path))
        assert path.read_bytes() == b"%PDF-good" and len(result.items) == 1
        zen.records[0].files["a.pdf"] = b"%PDF-changed"  # served bytes no longer match the listing
        zen.fail("file", 500, times=5)
        path.write_bytes(b"junk")
        failed = intake(zen).collect(ctx(tmp_path))
        assert failed.items == [] and "cannot download" in failed.problems[0]


def test_unreachable_zenodo_falls_back_to_the_last_listing(tmp_path: Path) -> None:
    with FakeZenodo() as zen:
        rid = zen.add_record("synthesis", {"a.txt": b"A"})
        intake(zen).collect(ctx(tmp_path))
        zen.fail("search", 503, times=10)
        result = intake(zen).collect(ctx(tmp_path))
        assert not result.reachable
        assert [i.origin for i in result.items] == [f"zenodo:{rid}/a.txt"]
        assert "search failed" in result.problems[0] and "503" in result.problems[0]
        assert "using the last listing (1 file(s))" in result.problems[0]
        searches = zen.count("search")
        offline = intake(zen).collect(ctx(tmp_path, offline=True))
        assert [i.origin for i in offline.items] == [f"zenodo:{rid}/a.txt"]
        assert offline.problems == [] and zen.count("search") == searches  # offline asks nothing
        never = intake(zen).collect(ctx(tmp_path / "elsewhere", offline=True))
        assert never.items == [] and "offline; no earlier listing cached" in never.problems[0]


def test_no_listing_ever_and_unreachable(tmp_path: Path) -> None:
    with FakeZenodo() as zen:
        zen.fail("search", 500, times=10)
        result = intake(zen).collect(ctx(tmp_path))
        assert result.items == [] and "no earlier listing cached" in result.problems[0]


def test_parse_records_rejects_unexpected_payloads() -> None:
    with pytest.raises(ZenodoFailure, match="no 'hits'"):
        parse_records({"records": []}, ["*.pdf"])
    files, count = parse_records(
        {"hits": {"hits": [{"id": 7, "files": [{"key": "R.PDF", "links": {"content": "u"}, "checksum": "sha1:x"}]}]}},
        ["*.pdf"],
    )
    assert count == ["7"] and files[0].origin == "zenodo:7/R.PDF" and files[0].md5 is None
