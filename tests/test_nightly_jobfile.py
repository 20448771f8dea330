"""The job file: every mistake is a clear JobFileError; intakes are pluggable by kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import VerdictLabel
from claimcheck.nightly.errors import JobFileError
from claimcheck.nightly.folder import FolderIntake
from claimcheck.nightly.intake import IntakeContext, IntakeResult
from claimcheck.nightly.registry import register_intake
from claimcheck.nightly.jobfile import load_job
from claimcheck.nightly.zenodo import ZenodoIntake
from claimcheck.sources.settings import SourceSettings

GOOD = """
name = "sample"
out = "out"
history = "sqlite:///state/history.sqlite"
fail_on = ["contradicted", "not found"]
lock_timeout = 2.5

[sources]
api_url = "http://127.0.0.1:9/api/query/"
cache_dir = "cache"
offline = false
api_min_interval = 0
papers_dir = "papers"

[[intake]]
kind = "folder"
paths = ["reports", "more/*.txt"]

[[intake]]
kind = "zenodo"
query = "literature synthesis"
api = "http://127.0.0.1:9/api"
files = ["*.pdf", "*.txt"]
max_records = 10
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "job.toml"
    path.write_text(text)
    return path


def test_a_full_job_file_is_read_with_paths_relative_to_it(tmp_path: Path) -> None:
    job = load_job(write(tmp_path, GOOD))
    assert job.name == "sample"
    assert job.out == tmp_path.resolve() / "out"
    assert job.history == tmp_path.resolve() / "state" / "history.sqlite"
    assert job.lock_path == tmp_path.resolve() / "state" / "history.sqlite.lock"
    assert job.fail_on == {VerdictLabel.CONTRADICTED, VerdictLabel.NOT_FOUND}
    assert job.lock_timeout == 2.5
    assert job.sources["cache_dir"] == tmp_path.resolve() / "cache"
    assert job.sources["api_url"] == "http://127.0.0.1:9/api/query"  # trailing slash dropped
    assert SourceSettings.from_env(**job.sources).api_min_interval == 0
    assert SourceSettings.from_env(**job.sources).papers_dir == tmp_path.resolve() / "papers"
    folder, zen = job.intakes
    assert isinstance(folder, FolderIntake) and folder.paths == ["reports", "more/*.txt"]
    assert isinstance(zen, ZenodoIntake)
    assert (zen.query, zen.api, zen.files, zen.max_records) == (
        "literature synthesis", "http://127.0.0.1:9/api", ("*.pdf", "*.txt"), 10,
    )


def test_defaults(tmp_path: Path) -> None:
    job = load_job(write(tmp_path, 'out = "o"\n[[intake]]\nkind = "folder"\npaths = "r"\n'))
    assert job.name == "job"
    assert job.history == tmp_path.resolve() / "o" / "history.sqlite"
    assert job.fail_on == frozenset() and job.lock_timeout == 0
    assert job.sources == {}


def test_absolute_sqlite_url(tmp_path: Path) -> None:
    text = GOOD.replace("sqlite:///state/history.sqlite", f"sqlite:///{tmp_path}/abs.db")
    assert load_job(write(tmp_path, text)).history == tmp_path / "abs.db"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('name = "sample"', 'nmae = "sample"'), "unknown key 'nmae'"),
        (('lock_timeout = 2.5', 'lock_timeout = "soon"'), "'lock_timeout' must be a number"),
        (('lock_timeout = 2.5', 'lock_timeout = true'), "'lock_timeout' must be a number"),
        (('fail_on = ["contradicted", "not found"]', 'fail_on = ["wrong"]'), "unknown verdict 'wrong'"),
        (('out = "out"', 'out = 3'), "'out' must be a non-empty string"),
        (('out = "out"\n', ''), "missing required key 'out'"),
        (('kind = "folder"', 'kind = "ftp"'), "unknown kind 'ftp'; choose from folder, zenodo"),
        (('paths = ["reports", "more/*.txt"]', 'paths = [1]'), "'paths' must be a list of strings"),
        (('max_records = 10', 'max_records = 0'), "'max_records' must be an integer >= 1"),
        (('query = "literature synthesis"', 'querry = "x"'), "unknown key 'querry'"),
        (('api = "http://127.0.0.1:9/api"', 'api = "ftp://x"'), "'api' must be an http(s) URL"),
        (('offline = false', 'offline = "no"'), "'offline' must be true or false"),
        (('offline = false', 'proxy = "x"'), "[sources]: unknown key 'proxy'"),
        (('history = "sqlite:///state/history.sqlite"', 'history = "postgres://db/x"'), "only sqlite"),
        (('history = "sqlite:///state/history.sqlite"', 'history = "sqlite://"'), "names no database file"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert change[0] in GOOD
    with pytest.raises(JobFileError) as err:
        load_job(write(tmp_path, GOOD.replace(change[0], change[1], 1)))
    assert message in str(err.value)
    assert str(tmp_path / "job.toml") in str(err.value)


def test_not_toml_missing_file_and_no_intake(tmp_path: Path) -> None:
    with pytest.raises(JobFileError, match="not valid TOML"):
        load_job(write(tmp_path, "out = [unclosed"))
    with pytest.raises(JobFileError, match="cannot read job file"):
        load_job(tmp_path / "absent.toml")
    with pytest.raises(JobFileError, match=r"no \[\[intake\]\] table"):
        load_job(write(tmp_path, 'out = "o"\n'))
    with pytest.raises(JobFileError, match="two intakes are named"):
        load_job(write(tmp_path, 'out = "o"\n' + '[[intake]]\nkind = "folder"\npaths = "r"\n' * 2))


@dataclass
class ListIntake:
    name: str
    files: list[str]
    kind: str = "list"

    def collect(self, ctx: IntakeContext) -> IntakeResult:
        return IntakeResult(problems=[f"{len(self.files)} listed"])


def _list_factory(table: dict[str, Any], base: Path, where: str) -> ListIntake:
    return ListIntake(name=table.get("name", "list"), files=list(table["files"]))


def test_a_new_kind_plugs_in_without_touching_the_runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.nightly import registry

    # The registry is process-wide: a copy keeps "list" out of the tests that run after this.
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    register_intake("list", _list_factory)
    job = load_job(write(tmp_path, 'out = "o"\n[[intake]]\nkind = "list"\nfiles = ["a", "b"]\n'))
    (intake,) = job.intakes
    assert isinstance(intake, ListIntake) and intake.files == ["a", "b"]


def test_folder_intake_lists_reports_once_with_stable_origins(tmp_path: Path) -> None:
    (tmp_path / "reports" / "sub").mkdir(parents=True)
    for name in ("reports/a.txt", "reports/sub/b.md", "reports/c.pdf", "reports/skip.csv", "reports/.hidden.txt"):
        (tmp_path / name).write_text("x")
    intake = FolderIntake("f", ["reports", "reports/*.txt", "missing/*.txt"], tmp_path)
    result = intake.collect(IntakeContext(tmp_path / "cache", SourceSettings()))
    assert [i.origin for i in result.items] == ["reports/a.txt", "reports/c.pdf", "reports/sub/b.md"]
    assert result.problems == ["f: 'missing/*.txt' matches no file or folder"]


def test_the_shipped_example_job_is_valid() -> None:
    root = Path(__file__).resolve().parent.parent
    job = load_job(root / "jobs" / "nightly.example.toml")
    assert job.out == root / ".cache" / "nightly" / "out"
    assert [i.kind for i in job.intakes] == ["folder", "zenodo"]
    assert job.fail_on == {VerdictLabel.CONTRADICTED}
    workflow = (root / ".github" / "workflows" / "nightly.yml").read_text()
    assert "claim-audit nightly jobs/nightly.example.toml" in workflow
    # The workflow caches and uploads exactly the folders the example job writes.
    assert ".cache/nightly" in workflow and ".cache/claimcheck" in workflow
    assert job.history.is_relative_to(root / ".cache" / "nightly")
    assert job.sources["cache_dir"] == root / ".cache" / "claimcheck"


def test_the_workflow_is_valid_yaml_with_a_schedule_cache_and_artifact() -> None:
    yaml = pytest.importorskip("yaml")
    root = Path(__file__).resolve().parent.parent
    flow = yaml.safe_load((root / ".github" / "workflows" / "nightly.yml").read_text())
    triggers = flow.get("on", flow.get(True))  # PyYAML reads the bare key `on` as True
    assert triggers["schedule"][0]["cron"].count(" ") == 4
    uses = [step.get("uses", "") for step in flow["jobs"]["nightly"]["steps"]]
    assert any(u.startswith("actions/cache/restore@") for u in uses)
    assert any(u.startswith("actions/cache/save@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
