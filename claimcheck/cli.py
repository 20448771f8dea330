"""claim-audit: arguments, console output, exit codes. The work happens in claimcheck.audit.

Exit codes (stable; scripts and nightly jobs rely on them):
  0  every input was audited and no claim matched --fail-on
  1  some claim's verdict is in --fail-on
  2  nothing could be audited, bad arguments, or the output could not be written
  3  some inputs could not be audited (the others were, and their files are written)
  130 interrupted
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimcheck import __version__
from claimcheck.audit import AuditOptions, AuditRun, audit_paths, now_iso
from claimcheck.console import make_console
from claimcheck.errors import ClaimcheckError
from claimcheck.model import VerdictLabel, worst_first

EXIT_OK, EXIT_POLICY, EXIT_FAILED, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
VERDICT_SLUGS = {label.slug: label for label in VerdictLabel}


def parse_fail_on(value: str) -> set[VerdictLabel]:
    labels: set[VerdictLabel] = set()
    for part in filter(None, (p.strip().lower() for p in value.split(","))):
        part = part.replace(" ", "-").replace("_", "-")
        if part not in VERDICT_SLUGS:
            raise argparse.ArgumentTypeError(
                f"unknown verdict {part!r}; choose from {', '.join(sorted(VERDICT_SLUGS))}"
            )
        labels.add(VERDICT_SLUGS[part])
    return labels


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claim-audit",
        description="Audit machine-generated literature reports against their cited arXiv sources. "
        "Also: 'claim-audit nightly JOB.toml' runs an unattended nightly job.",
        epilog="Exit codes: 0 all audited, 1 a verdict matched --fail-on, 2 nothing audited or "
        "bad arguments, 3 some inputs could not be audited. Environment: CLAIMCHECK_ARXIV_API, "
        "CLAIMCHECK_ARXIV_PDF, CLAIMCHECK_CACHE_DIR, CLAIMCHECK_OFFLINE, CLAIMCHECK_PAPERS_DIR.",
    )
    p.add_argument("inputs", nargs="+", type=Path, metavar="REPORT_OR_DIR",
                   help="report files (.txt, .md, .pdf) or folders holding them")
    p.add_argument("--out", type=Path, default=Path("reports"),
                   help="folder for the markdown and JSON audits (default: reports/)")
    p.add_argument("--offline", action="store_true",
                   help="read sources from the cache only; say which are missing")
    p.add_argument("--no-fetch", action="store_true",
                   help="report-level checks only: do not look sources up, give no verdicts")
    p.add_argument("--cache-dir", type=Path, help="source cache (default: ~/.cache/claimcheck)")
    p.add_argument("--arxiv-api", metavar="URL", help="arXiv API endpoint (a mirror or proxy)")
    p.add_argument("--arxiv-pdf", metavar="URL", help="base URL of arXiv PDFs (a mirror or proxy)")
    p.add_argument("--papers", type=Path, metavar="DIR",
                   help="a folder of the cited papers' PDFs named <arXiv id>v<N>.pdf (e.g. 2005.13013v2.pdf); "
                   "papers found there are read from it and arXiv is not asked about them")
    p.add_argument("--fail-on", type=parse_fail_on, default=set(), metavar="VERDICTS",
                   help="comma-separated verdicts that make the exit code 1, "
                   "e.g. contradicted,not-found; 'unchecked' (no cited source could be read) "
                   "counts only when named")
    p.add_argument("--nli", metavar="MODEL",
                   help="also score claim-passage pairs with this NLI model (Hugging Face id or local path; "
                   "needs pip install 'claimcheck[nli]'); numbers and tables still decide numeric claims")
    p.add_argument("--quiet", "-q", action="store_true", help="print problems only")
    p.add_argument("--version", action="version", version=f"claim-audit {__version__}")
    return p


def source_settings(args: argparse.Namespace) -> object:
    from claimcheck.sources.settings import SourceSettings

    overrides: dict[str, object] = {}
    if args.offline:
        overrides["offline"] = True
    if args.cache_dir:
        overrides["cache_dir"] = args.cache_dir
    if args.arxiv_api:
        overrides["api_url"] = args.arxiv_api
    if args.arxiv_pdf:
        overrides["pdf_base_url"] = args.arxiv_pdf
    if args.papers:
        overrides["papers_dir"] = args.papers
    return SourceSettings.from_env(**overrides)


def _progress_callback(progress: Progress):  # type: ignore[no-untyped-def]
    task_id = None

    def update(done: int, total: int, label: str) -> None:
        nonlocal task_id
        if task_id is None:
            task_id = progress.add_task("fetching sources", total=total)
        progress.update(task_id, completed=done, total=total, description=escape(label)[:60])

    return update


def readable_summary(run: AuditRun) -> str | None:
    """How many cited papers of the whole run could be read; None when none were looked up."""
    from claimcheck.render.readable import readable_line

    fetched = [a for a in run.audits if a.fetched]
    if not fetched:
        return None
    return readable_line([s for a in fetched for s in a.sources])


def print_summary(console: Console, run: AuditRun, out_dir: Path, written: int) -> None:
    line = readable_summary(run)
    if line is not None:
        console.print(escape(line), highlight=False)
    t = Table(title=f"claim-audit: {written} report(s) → {escape(str(out_dir))}", title_justify="left")
    t.add_column("report", no_wrap=True, max_width=28)
    for col in ("claims", "✓/×/?", "cut", "sup/con/part/nf/unch", "err", "warn"):
        t.add_column(col, justify="right", no_wrap=True)
    for audit in run.audits:
        r = audit.report
        marks = [sum(c.mark.value == m for c in r.claims) for m in ("verified", "rejected", "unknown")]
        verdicts = "/".join(str(sum(v.label is lab for v in audit.verdicts)) for lab in VerdictLabel)
        t.add_row(
            escape(Path(r.path).name),
            str(len(r.claims)),
            "/".join(map(str, marks)),
            str(sum(c.truncated for c in r.claims)),
            verdicts if audit.fetched else "not fetched",
            str(sum(f.severity.value == "error" for f in audit.findings)),
            str(sum(f.severity.value == "warning" for f in audit.findings)),
        )
    console.print(t)
    # Each problem once, though a cross-report finding belongs to several reports.
    seen: set[str] = set()
    worst = []
    for a in run.audits:
        for f in a.findings:
            if f.severity.value == "error" and f.message not in seen:
                seen.add(f.message)
                worst.append((a, f))
    worst.sort(key=lambda af: worst_first(af[1]))
    for a, f in worst[:10]:
        where = "" if f.code.startswith("cross-report") else f"{Path(a.report.path).name}: "
        console.print(f"[red]error[/red] {escape(where + f.message)}", highlight=False)
    if len(worst) > 10:
        console.print(f"… and {len(worst) - 10} more errors: see the markdown files")


def run_audit(args: argparse.Namespace, console: Console, err: Console) -> int:
    from claimcheck.render.files import check_output_dir, write_audits

    # Before any fetching: a run of minutes must not end in "cannot write".
    check_output_dir(args.out)
    options = AuditOptions(fetch=not args.no_fetch, offline=args.offline, nli=args.nli)
    if options.fetch:
        options.source_settings = source_settings(args)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=args.quiet or not err.is_terminal,
    ) as progress:
        run = audit_paths(args.inputs, options, _progress_callback(progress))
    errors = [(e.path, e.message) for e in run.errors]
    written, failures = write_audits(
        run.audits, args.out, errors, run.run_findings, now_iso(), __version__
    )
    for path, message in errors + failures:
        err.print(f"[red]claim-audit:[/red] {escape(path)}: {escape(message)}", highlight=False)
    if not args.quiet and written:
        print_summary(console, AuditRun(audits=[a for a, _ in written]), args.out, len(written))
    elif written and any(v.label is VerdictLabel.UNCHECKED for a, _ in written for v in a.verdicts):
        # --quiet prints problems only; claims nobody could check are one.
        line = readable_summary(AuditRun(audits=[a for a, _ in written]))
        err.print(f"claim-audit: {escape(line or '')}", highlight=False)
    if not written:
        err.print("[red]claim-audit:[/red] nothing could be audited", highlight=False)
        return EXIT_FAILED
    matched = [
        (a.report.path, v.claim_index, v.label)
        for a, _ in written
        for v in a.verdicts
        if v.label in args.fail_on
    ]
    if matched:
        err.print(
            f"claim-audit: {len(matched)} claim(s) with a verdict in --fail-on "
            f"({', '.join(sorted(label.slug for label in args.fail_on))})",
            highlight=False,
        )
        return EXIT_POLICY
    return EXIT_PARTIAL if (errors or failures) else EXIT_OK


def run_nightly(argv: Sequence[str]) -> int:
    from claimcheck.nightly.__main__ import main as nightly_main

    return nightly_main(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    console = make_console()
    err = make_console(stderr=True)
    try:
        if argv and argv[0] == "nightly":
            return run_nightly(argv[1:])
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.papers is not None and not args.papers.is_dir():
            parser.error(f"--papers {args.papers}: not a folder (it should hold PDFs named like 2005.13013v2.pdf)")
        if args.papers is not None and args.no_fetch:
            parser.error("--papers and --no-fetch cannot be used together: --no-fetch reads no source at all")
        if args.offline and args.no_fetch:
            parser.error(
                "--offline and --no-fetch cannot be used together: --no-fetch looks up no "
                "source at all, --offline reads sources from the cache only; choose one"
            )
        return run_audit(args, console, err)
    except ClaimcheckError as exc:
        err.print(f"[red]claim-audit:[/red] {escape(str(exc))}", highlight=False)
        return EXIT_FAILED
    except KeyboardInterrupt:
        err.print("claim-audit: interrupted; files already written are complete", highlight=False)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line, not a traceback, unless asked for
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        err.print(
            f"[red]claim-audit: internal error:[/red] {escape(type(exc).__name__)}: {escape(str(exc))} "
            "(set CLAIMCHECK_DEBUG=1 for the traceback)",
            highlight=False,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
