"""Nightly verification jobs: unattended audits with history, diffs and a digest.

``run_job(Path("jobs/nightly.example.toml"))`` reads the job file, takes the lock, lists
the reports from every intake, audits only what changed since the last run, stores
everything in the history database and writes the run's own digest
(``<out>/nightly-<night>T<HHMMSS>Z-<run id>.md`` / ``.json``).
See README.md beside this file.
"""
