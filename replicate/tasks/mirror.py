"""Mirroring, on a machine with internet: every split ``load_task`` reads, saved in the local
layout of ``replicate.tasks.sources``, and a model saved as ``save_pretrained`` writes it, so
that a machine without the hub reads them with ``--data-dir`` and ``--model-dir``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from replicate.errors import DataUnavailable, TaskDataError
from replicate.spec import TaskSpec
from replicate.tasks.hub import plan
from replicate.tasks.sources import Source, first_line, hub_load

def mirror(spec: TaskSpec, data_dir: Path, *, languages: Sequence[str] | None = None) -> list[Path]:
    """Download every split ``load_task(spec, languages=...)`` reads and save it in the local
    layout (``<data_dir>/<hub_id>/<config>/<split>.parquet``, raw schema); the written paths.
    For a machine with internet; the original BUCC 2018 files and CCGbank must be copied by hand."""
    data_dir = Path(data_dir)
    if spec.licensed:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}: it cannot be mirrored "
                              f"from the hub; copy it to {data_dir / spec.name} by hand")
    the_plan, _ = plan(spec, languages)
    written: list[Path] = []
    done: set[tuple[str, str | None, str, str | None]] = set()
    groups = [[s] for s in the_plan.train + the_plan.dev] + [c for corpora in the_plan.test.values() for c in corpora]
    for cands in groups:
        if cands[0].key in done:
            continue
        path = _mirror_one(spec.name, cands, data_dir)
        done.add(cands[0].key)
        written.append(path)
    return written


def _mirror_one(task: str, cands: list[Source], data_dir: Path) -> Path:
    reason = ""
    for src in cands:  # a fallback split (UD-POS test) only where the primary split does not exist
        try:
            ds = hub_load(src)
        except Exception as exc:
            reason = reason or first_line(exc)
            continue
        folder = src.folder(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{src.split}.parquet"
        ds.to_parquet(str(path))
        return path
    raise DataUnavailable(f"task {task}: could not download {cands[0].describe()} to mirror it ({reason}); "
                          "mirror needs a machine that reaches the Hugging Face hub")


def mirror_model(model: str, model_dir: Path) -> Path:
    """The tokenizer and weights of a hub model under ``model_dir/<hub id>``."""
    from transformers import AutoModel, AutoTokenizer

    target = model_dir / model
    if not target.resolve().is_relative_to(model_dir.resolve()):
        raise TaskDataError(f"model name {model!r} escapes the model folder {model_dir}")
    try:
        AutoTokenizer.from_pretrained(model).save_pretrained(target)
        AutoModel.from_pretrained(model).save_pretrained(target)
    except OSError as exc:
        raise DataUnavailable(str(exc).splitlines()[0]) from None
    return target
