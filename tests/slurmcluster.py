"""A real single-node Slurm cluster for tests: Debian's slurmctld and slurmd on 127.0.0.1,
with its configuration, state, spool and logs in a short temporary folder (removed after).

``slurm_cluster(tmp)`` starts munged (if it is not already answering), slurmctld and slurmd
in the foreground as child processes of this one (so that their ids are ours to stop), waits
for the node to be idle, and on the way out — whatever happened — cancels the cluster's
jobs, asks ``scontrol shutdown``, and kills by id whatever is left: the two daemons and any
process whose environment names this cluster's configuration file (job steps).

Where Slurm cannot start (not root, binaries missing) it raises ``ClusterUnavailable`` with
the reason, which the tests turn into a skip.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BINARIES = ("slurmctld", "slurmd", "sbatch", "squeue", "scontrol", "scancel", "munged", "munge", "unmunge")
MUNGE_KEY = Path("/etc/munge/munge.key")


class ClusterUnavailable(RuntimeError):
    """Slurm cannot be started on this machine (and why)."""


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def slurm_conf(root: Path, ctld_port: int, slurmd_port: int, node: str, cpus: int) -> str:
    """The smallest configuration that runs jobs as root on this one node: Linux process
    tracking (no cgroups, no systemd here), no accounting database."""
    return f"""ClusterName=ccheck{ctld_port}
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort={ctld_port}
SlurmdPort={slurmd_port}
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation={root}/state
SlurmdSpoolDir={root}/spool
SlurmctldPidFile={root}/slurmctld.pid
SlurmdPidFile={root}/slurmd.pid
SlurmctldLogFile={root}/log/slurmctld.log
SlurmdLogFile={root}/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MinJobAge=600
NodeName={node} NodeAddr=127.0.0.1 CPUs={cpus} State=UNKNOWN
PartitionName=debug Nodes={node} Default=YES MaxTime=INFINITE State=UP
"""


@dataclass
class Cluster:
    root: Path
    conf: Path
    node: str
    procs: list[subprocess.Popen] = field(default_factory=list)  # type: ignore[type-arg]

    @property
    def env(self) -> dict[str, str]:
        """The environment that points Slurm's commands (and submitit) at this cluster."""
        return dict(os.environ, SLURM_CONF=str(self.conf))

    def run(self, *cmd: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(cmd), env=self.env, capture_output=True, text=True, timeout=timeout)

    def logs(self) -> str:
        """The daemons' logs, for a failure message."""
        out = []
        for p in sorted((self.root / "log").glob("*.log")):
            out.append(f"--- {p.name}\n" + "\n".join(p.read_text(errors="replace").splitlines()[-30:]))
        return "\n".join(out)


def _check_can_start() -> None:
    if os.name != "posix" or os.geteuid() != 0:
        raise ClusterUnavailable("starting slurmctld and slurmd needs root (SlurmUser=root)")
    missing = [b for b in BINARIES if shutil.which(b) is None]
    if missing:
        raise ClusterUnavailable(f"not installed: {', '.join(missing)} "
                                 "(apt-get install slurmctld slurmd slurm-client munge)")


def _munge_works() -> bool:
    try:
        cred = subprocess.run(["munge", "-n"], capture_output=True, timeout=10)
        return cred.returncode == 0 and subprocess.run(["unmunge"], input=cred.stdout, capture_output=True,
                                                       timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _ensure_munge() -> None:
    """munged is shared by every Slurm on the machine: started when none answers, and left
    running (another cluster may be using it)."""
    if _munge_works():
        return
    if not MUNGE_KEY.exists():
        MUNGE_KEY.parent.mkdir(parents=True, exist_ok=True)
        MUNGE_KEY.write_bytes(os.urandom(1024))
        MUNGE_KEY.chmod(0o400)
    Path("/run/munge").mkdir(parents=True, exist_ok=True)
    started = subprocess.run(["munged", "--force"], capture_output=True, text=True, timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if _munge_works():
            return
        time.sleep(0.2)
    raise ClusterUnavailable(f"munged does not answer: {started.stderr.strip() or started.stdout.strip()}")


def _wait_idle(c: Cluster, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    state = ""
    while time.monotonic() < deadline:
        for p in c.procs:
            if p.poll() is not None:
                raise ClusterUnavailable(f"{p.args[0]} exited with {p.returncode}\n{c.logs()}")
        out = c.run("sinfo", "-h", "-N", "-o", "%t", timeout=10)
        state = out.stdout.strip()
        if out.returncode == 0 and state == "idle":
            return
        time.sleep(0.3)
    raise ClusterUnavailable(f"the node did not become idle in {timeout:.0f} s (state {state!r})\n{c.logs()}")


def _pids_using(conf: Path) -> list[int]:
    """Processes whose environment names this configuration file: the jobs' steps."""
    needle = f"SLURM_CONF={conf}".encode()
    pids = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if needle in (d / "environ").read_bytes().split(b"\0"):
                pids.append(int(d.name))
        except OSError:
            continue
    return pids


def _stop(c: Cluster) -> None:
    try:
        c.run("scancel", "--full", "-u", "root", timeout=15)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and c.run("squeue", "-h", timeout=10).stdout.strip():
            time.sleep(0.3)
        c.run("scontrol", "shutdown", timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        pass
    deadline = time.monotonic() + 15
    for p in c.procs:
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    for pid in _pids_using(c.conf):  # job steps the daemons left behind
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@contextmanager
def slurm_cluster(tmp: Path, cpus: int = 2, timeout: float = 60) -> Iterator[Cluster]:
    """A running single-node cluster for the duration of the block; see the module docstring.
    ``tmp`` is the test's folder; the cluster's own files go to a short one it removes."""
    _check_can_start()
    _ensure_munge()
    # slurmd's spool holds the job steps' unix sockets, whose paths may not pass 108 bytes:
    # the cluster lives in a short folder of its own, whatever the length of ``tmp``.
    root = Path(tempfile.mkdtemp(prefix="ccslurm", dir="/tmp" if Path("/tmp").is_dir() else None))
    (tmp / "slurm-cluster").write_text(str(root))  # where to look after a failed test
    for sub in ("state", "spool", "log"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    node = socket.gethostname().split(".")[0]
    ctld_port, slurmd_port = _free_ports(2)
    conf = root / "slurm.conf"
    conf.write_text(slurm_conf(root, ctld_port, slurmd_port, node, cpus))
    c = Cluster(root, conf, node)
    try:
        for daemon in ("slurmctld", "slurmd"):
            extra = ["-N", node] if daemon == "slurmd" else ["-i"]  # -i: ignore state left by an earlier cluster
            log = open(root / "log" / f"{daemon}.out", "wb")  # noqa: SIM115  # kept open while the daemon runs
            c.procs.append(subprocess.Popen([daemon, "-D", "-f", str(conf), *extra], env=c.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True))
            if daemon == "slurmctld":
                time.sleep(0.5)
        _wait_idle(c, timeout)
        yield c
    finally:
        _stop(c)
        shutil.rmtree(root, ignore_errors=True)
