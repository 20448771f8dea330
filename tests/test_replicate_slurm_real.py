"""`replicate run --executor slurm` against a real single-node Slurm (slurmctld + slurmd on
127.0.0.1, started by tests/slurmcluster.py): the cells of a reduced micro tier run as real
Slurm jobs on CPU, the driver is killed (SIGKILL) right after an sbatch, before it saved the
job's id, and resumed; the resumed driver is killed part-way and resumed again; the stored
results must equal those of the local executor, with no encoder trained twice and exactly
one job per key run by Slurm.

The reduction (so that the test takes about two minutes on 2 cores): the micro tier's shape
— a pretrained and a random-init encoder, the pretrained one MLM-trained per seed, the
random one under the "none" intermediate only — on the synthetic benchmark's "tiny" size,
1 seed, intermediates none/syn-nli/syn-mc, targets syn-topic/syn-pos, a 2-layer 32-wide
encoder and tens of steps per phase: 8 cells in 5 jobs (one encoder job, then four
(encoder, intermediate, seed) jobs that wait for it).

Skips, with the reason, where Slurm cannot start (not root, binaries missing); .ci/run
installs the packages so that CI runs it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("submitit")

from tests.slurmcluster import ClusterUnavailable, slurm_cluster  # noqa: E402
from tests.specfiles import spec_with_tier  # noqa: E402

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent

TIER = """
[tiers.slurmtest]
description = "test tier: the micro tier's shape at the synthetic benchmark's smallest size"
model = "slurmtest"
seeds = [1]
encoders = ["pretrained", "random"]
intermediates = ["none", "syn-nli", "syn-mc"]
control_intermediates = ["none"]
targets = ["syn-topic", "syn-pos"]
stand_ins = { mnli = "syn-nli", hellaswag = "syn-mc" }
mean_over = "zero-shot"
threads = 1
[tiers.slurmtest.phases.pretrain]
learning_rate = 3e-3
batch_size = 16
max_length = 24
max_steps = 120
[tiers.slurmtest.phases.intermediate]
learning_rate = 3e-3
batch_size = 16
max_length = 64
max_steps = 20
[tiers.slurmtest.phases.target]
learning_rate = 3e-3
batch_size = 16
max_length = 64
max_steps = 20
[tiers.slurmtest.pretraining]
benchmark = "tiny"
[tiers.slurmtest.model_size]
hidden = 32
layers = 2
heads = 2
ffn = 64
"""


# The driver, dying by SIGKILL the moment its n-th sbatch returns: Slurm has the job,
# jobs.json has its name and not its id.
DIE_AFTER_SBATCH = """
import os, signal, sys
import replicate.slurm as slurm
submit, made = slurm.SubmititClient.submit, []
def submit_then_die(self, fn, job, parameters, after):
    made.append(submit(self, fn, job, parameters, after))
    if len(made) == int(os.environ["DIE_AFTER_SBATCH"]):
        os.kill(os.getpid(), signal.SIGKILL)
    return made[-1]
slurm.SubmititClient.submit = submit_then_die
from replicate.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _spec(tmp: Path) -> Path:
    return spec_with_tier(tmp / "slurmtest.toml", TIER)


def _results(run: Path) -> dict[str, tuple[str, dict[str, float], float | None]]:
    out = {}
    for p in sorted(run.glob("cells/**/*.json")):
        raw = json.loads(p.read_text())
        out[str(p.relative_to(run))] = (raw["metric"], raw["scores"], raw["dev_score"])
    return out


def _trained(run: Path) -> Counter[str]:
    """Encoders trained, counted from what the jobs record: an encoder job that trained
    (steps > 0), and each stored cell whose intermediate phase took steps."""
    counts: Counter[str] = Counter()
    for p in run.glob("slurm/done/*.json"):
        for key in json.loads(p.read_text())["trained"]:
            counts[key] += 1
    for p in run.glob("cells/**/*.json"):
        raw = json.loads(p.read_text())
        c = raw["cell"]
        if raw["steps"].get("intermediate", 0) > 0:
            counts[f"intermediate/{c['model']}/{c['intermediate']}/seed{c['seed']}"] += 1
        if raw["steps"].get("pretrain", 0) > 0:  # a cell that pretrained for itself: the encoder job did not share
            counts[f"encoder/{c['model']}/seed{c['seed']}"] += 1
    return counts


def test_micro_cells_as_real_slurm_jobs_driver_killed_and_resumed(tmp_path: Path) -> None:
    try:
        cluster_cm = slurm_cluster(tmp_path)
        cluster = cluster_cm.__enter__()
    except ClusterUnavailable as exc:
        print(f"skipped: Slurm cannot start here: {exc}")
        pytest.skip(f"Slurm cannot start here: {exc}")
    try:
        _run(tmp_path, cluster)
    except BaseException:
        print(cluster.logs())
        raise
    finally:
        cluster_cm.__exit__(None, None, None)


def _run(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    spec, run, out = _spec(tmp_path), tmp_path / "run", tmp_path / "out"
    env = dict(cluster.env, PYTHONPATH=str(REPO), REPLICATE_SLURM_POLL="1")
    env.pop("COLUMNS", None)  # output piped, no terminal width
    base = [sys.executable, "-m", "replicate.cli", "--spec", str(spec)]
    args = ["--spec", str(spec), "run", "--tier", "slurmtest", "--executor", "slurm", "--run-dir", str(run),
            "--out", str(out), "-q"]
    dying = subprocess.run([sys.executable, "-c", DIE_AFTER_SBATCH, *args], env=dict(env, DIE_AFTER_SBATCH="2"),
                           capture_output=True, text=True, timeout=120)
    assert dying.returncode == -signal.SIGKILL, dying.stdout + dying.stderr
    unsaved = {k: v["name"] for k, v in json.loads((run / "slurm" / "jobs.json").read_text())["jobs"].items()
               if not v["job_id"]}
    assert len(unsaved) == 1, unsaved  # the second job: its name recorded, its id not
    [(unsaved_key, unsaved_name)] = unsaved.items()
    named = [line.split("|")[0] for line in cluster.run("squeue", "-h", "-o", "%i|%j").stdout.split()
             if line.split("|")[1] == unsaved_name]
    assert len(named) == 1, named  # ... and Slurm has that job

    cmd = [*base, "run", "--tier", "slurmtest", "--resume", str(run), "--out", str(out), "-q"]
    driver = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not list(run.glob("cells/**/*.json")) and driver.poll() is None:
        time.sleep(0.2)
    assert driver.poll() is None, driver.communicate()
    driver.send_signal(signal.SIGKILL)  # halfway: the encoder job has run, cells are being stored
    driver.wait()
    record = json.loads((run / "slurm" / "jobs.json").read_text())
    assert len(record["jobs"]) == 5  # every job was submitted before the first cell was stored
    assert record["jobs"][unsaved_key]["job_id"] == named[0]  # reattached, not submitted again
    first = {p: p.stat().st_mtime_ns for p in run.glob("cells/**/*.json")}
    assert 1 <= len(first) < 8, "the driver should have been killed part-way"

    # While the driver is dead, Slurm loses one of the run's jobs that has not finished.
    cells_jobs = {k: v["job_id"] for k, v in record["jobs"].items() if k.startswith("cells/")}
    unfinished = [jid for k, jid in cells_jobs.items()
                  if not list(run.glob(f"slurm/done/{k.replace('/', '-')}.{jid}.json"))]
    queue = dict(line.split("|") for line in cluster.run("squeue", "-h", "-o", "%i|%T").stdout.split())
    pending = [j for j in unfinished if queue.get(j) == "PENDING"]  # not started: cancelling it loses no training
    lost = pending[-1] if pending else None
    print(f"driver killed with {len(first)} of 8 cells stored; job lost behind its back: {lost}")
    if lost:
        cluster.run("scancel", lost)
        time.sleep(1)
        if list(run.glob(f"slurm/done/*.{lost}.json")):  # it finished before the cancel reached it
            lost = None

    st = subprocess.run([*base, "status", str(run)], env=env, capture_output=True, text=True, timeout=60)
    print(st.stdout)
    assert st.returncode == 0, st.stderr
    assert "running" in st.stdout or "queued" in st.stdout or "ended" in st.stdout
    assert "of 8 cells" in st.stdout and "Traceback" not in st.stderr

    resumed = subprocess.run([*base, "run", "--tier", "slurmtest", "--resume", str(run), "--out", str(out), "-q"], env=env,
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    after = json.loads((run / "slurm" / "jobs.json").read_text())
    assert after["parameters"] == record["parameters"]  # resumed on Slurm with the run's settings
    for key, rec in after["jobs"].items():  # only the lost job was submitted again
        if lost and rec["earlier"] == [lost]:
            continue
        assert rec["job_id"] == record["jobs"][key]["job_id"], key
    if lost:
        assert any(rec["earlier"] == [lost] for rec in after["jobs"].values())
    stored = {p: p.stat().st_mtime_ns for p in run.glob("cells/**/*.json")}
    assert len(stored) == 8 and all(stored[p] == t for p, t in first.items())  # no finished cell recomputed
    trained = _trained(run)
    assert trained, "the jobs recorded no training at all"
    assert max(trained.values()) == 1, trained  # no encoder trained twice
    assert trained["encoder/pretrained/seed1"] == 1
    assert sum(1 for k in trained if k.startswith("intermediate/")) == 2  # syn-nli and syn-mc, once each
    # The same from the jobs' logs: every training phase that started, whether or not it finished.
    phases = Counter(line.split(" ", 2)[2] for p in (run / "slurm" / "logs").glob("*_log.err")
                     for line in p.read_text().splitlines() if " phase 1: " in line or " phase 2: " in line)
    assert phases == {"phase 1: MLM pretraining, seed 1": 1, "phase 2: syn-nli on the pretrained encoder, seed 1": 1,
                      "phase 2: syn-mc on the pretrained encoder, seed 1": 1}, phases

    # Slurm ran one job per key (MinJobAge keeps ended jobs in squeue): the lost one's aside, cancelled.
    ran = Counter(line.split("|")[1].rsplit(".", 2)[0] for line in
                  cluster.run("squeue", "-h", "--states=all", "-o", "%i|%j|%T").stdout.split()
                  if not line.endswith("|CANCELLED"))
    assert sorted(ran.values()) == [1] * 5, ran

    st = subprocess.run([*base, "status", str(run), "--all"], env=env, capture_output=True, text=True, timeout=60)
    assert st.returncode == 0 and "8 done of 8 cells" in st.stdout, st.stdout + st.stderr
    logs = list((run / "slurm" / "logs").glob("*_log.out"))
    assert len(logs) >= 5

    # The same cells on the local executor give the same results.
    local = tmp_path / "local"
    here = subprocess.run([*base, "run", "--tier", "slurmtest", "--jobs", "1", "--run-dir", str(local),
                           "--out", str(tmp_path / "out-local"), "-q"], env=env, capture_output=True, text=True,
                          timeout=600)
    assert here.returncode == 0, here.stderr
    assert _results(run) == _results(local)


@pytest.mark.skipif(os.name != "posix", reason="Slurm runs on Linux")
def test_cluster_helper_says_why_it_cannot_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Slurm binaries on this PATH
    with pytest.raises(ClusterUnavailable, match="not installed|needs root"):
        with slurm_cluster(tmp_path):
            pass
