"""The original BUCC 2018 files: ``<data_dir>/bucc2018/[<lang>-en/]<lang>-en.<part>.{<lang>,en,gold}``,
"<id>\\t<sentence>" lines and gold "<id>\\t<id>" pairs; part sample or dev is the validation
corpus (the mining threshold is tuned on it), test or training the scored one (XTREME scores
the BUCC training set). Unlike the hub's BUCC configs they hold distractor sentences, so
mining on them is the real task."""

from __future__ import annotations

from pathlib import Path

from replicate.errors import TaskDataError
from replicate.tasks.base import Example
from replicate.tasks.sources import first_line

_BUCC_PARTS = {"validation": ("sample", "dev"), "test": ("test", "training")}


def _bucc_files(data_dir: Path, lang: str, split: str) -> tuple[Path, Path, Path] | None:
    for folder in (data_dir / "bucc2018" / f"{lang}-en", data_dir / "bucc2018"):
        for part in _BUCC_PARTS[split]:
            stem = folder / f"{lang}-en.{part}"
            files = (Path(f"{stem}.{lang}"), Path(f"{stem}.en"), Path(f"{stem}.gold"))
            if all(f.is_file() for f in files):
                return files
    return None


def _tsv(task: str, path: Path, fields: int) -> list[list[str]]:
    rows = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TaskDataError(f"task {task}: cannot read {path} ({first_line(exc)})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != fields or not cols[0]:
            raise TaskDataError(f"task {task}: {path} line {n} is not {fields} tab-separated fields "
                                f"(BUCC 2018 format: '<id>\\t<sentence>', gold '<id>\\t<id>')")
        rows.append(cols)
    return rows


def _bucc_original(task: str, files: tuple[Path, Path, Path], split: str) -> Example:
    src_rows, tgt_rows, gold_rows = (_tsv(task, f, 2) for f in files)
    src_index = {r[0]: i for i, r in enumerate(src_rows)}
    tgt_index = {r[0]: i for i, r in enumerate(tgt_rows)}
    gold = []
    for a, b in gold_rows:
        if a in tgt_index and b in src_index:  # gold written English id first
            a, b = b, a
        if a not in src_index or b not in tgt_index:
            raise TaskDataError(f"task {task}: {files[2]} pairs {a} with {b}, ids not in {files[0].name} / {files[1].name}")
        gold.append([src_index[a], tgt_index[b]])
    return {"source": [r[1] for r in src_rows], "target": [r[1] for r in tgt_rows], "gold": gold, "split": split}


def originals(task: str, data_dir: Path | None, lang: str) -> list[Example]:
    """The validation and test corpora of one language, or none without the scored test files."""
    if data_dir is None:
        return []
    found = {split: _bucc_files(data_dir, lang, split) for split in _BUCC_PARTS}
    if found["test"] is None:  # without the scored corpus the originals are of no use
        return []
    return [_bucc_original(task, files, split) for split, files in found.items() if files is not None]
