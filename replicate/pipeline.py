"""The phases of one cell: encoder → (intermediate task) → target task → zero-shot
evaluation in every language.

The encoder is carried from phase to phase; every phase puts a *fresh* head on it (the
paper's recipe: the intermediate head is discarded). Multi-task intermediate training
(``multi:<a>,<b>,…``) trains one encoder under one head per task, tasks drawn in
proportion to their size. Phase outputs that several cells share — the pretrained encoder
per seed, the intermediate-trained encoder per (encoder, task, seed) — are written once
under ``<run>/artifacts`` and reused, atomically, so a killed run never leaves half an
artifact behind.

Where the encoder, tokenizer and data come from is a *backend*, the one thing that differs
between tiers: ``SyntheticBackend`` (micro, mini) builds the synthetic benchmark, a
word-level tokenizer and a tiny XLM-R, and pretrains it with masked language modelling
(phase 1, which the real tiers take from a published checkpoint); ``HubBackend`` (paper,
base) loads the model and tokenizer with ``from_pretrained`` and the tasks through
``replicate.tasks.hub``, from the Hugging Face hub or local copies.
"""

from __future__ import annotations

import copy
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

import torch
from transformers import (
    AutoConfig,
    AutoModel,
    AutoModelForMaskedLM,
    AutoTokenizer,
    DataCollatorForLanguageModeling,
    PretrainedConfig,
    PreTrainedModel,
    PreTrainedTokenizerFast,
    XLMRobertaConfig,
)

from replicate import heldout
from replicate.errors import FatalCellError, NotAvailableOffline
from replicate.model import NO_INTERMEDIATE, Cell, CellResult, PhaseConfig, multi_tasks, safe_component
from replicate.spec import MlmPretraining, ModelSize, PaperSpec, TierSpec, load_spec
from replicate.store import atomic_replace
from replicate.synthetic import SyntheticBenchmark, build_benchmark
from replicate.tasks import families
from replicate.tasks.base import TaskData
from replicate.train import Stream, TrainConfig, device, set_seed, steps_for, train, train_streams

log = logging.getLogger("replicate")
T = TypeVar("T")
SPECIAL = ["<pad>", "<unk>", "<s>", "</s>", "<mask>"]


# ----------------------------------------------------------------------------- backends


class Backend(Protocol):
    def tokenizer(self) -> PreTrainedTokenizerFast: ...

    def config(self) -> PretrainedConfig: ...

    def encoder(self, name: str, seed: int, workdir: Path) -> tuple[dict, int]:
        """The starting encoder's state (and the optimiser steps it cost in this call)."""
        ...

    def task(self, name: str) -> TaskData: ...


@functools.lru_cache(maxsize=4)
def benchmark(size: str, data_seed: int) -> SyntheticBenchmark:
    return build_benchmark(data_seed, size)


@functools.lru_cache(maxsize=4)
def synthetic_tokenizer(size: str, data_seed: int) -> PreTrainedTokenizerFast:
    """A word-level tokenizer trained with ``tokenizers`` on the synthetic corpus."""
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import WhitespaceSplit
    from tokenizers.processors import TemplateProcessing
    from tokenizers.trainers import WordLevelTrainer

    bench = benchmark(size, data_seed)
    tok = Tokenizer(WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = WhitespaceSplit()
    lines = [line for lines in bench.corpus.values() for line in lines] + [" ".join(bench.vocabulary())]
    tok.train_from_iterator(lines, WordLevelTrainer(special_tokens=SPECIAL, min_frequency=1))
    tok.post_processor = TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", tok.token_to_id("<s>")), ("</s>", tok.token_to_id("</s>"))],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", unk_token="<unk>", bos_token="<s>", eos_token="</s>",
        cls_token="<s>", sep_token="</s>", mask_token="<mask>",
    )


def _save(state: dict[str, torch.Tensor], path: Path) -> None:
    cpu = {k: v.detach().cpu() for k, v in state.items()}
    atomic_replace(path, lambda fh: torch.save(cpu, fh))


def _without_pooler(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """An encoder's state without its pooler: the pooler belongs to a head (multiple choice
    has one, tagging has none), so it is never carried from phase to phase."""
    return {k: v for k, v in state.items() if not k.startswith("pooler.")}


def _load(path: Path) -> dict[str, torch.Tensor] | None:
    """A stored artifact, or None when there is none (or it is unreadable: recomputed)."""
    if not path.exists():
        return None
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception:  # a torn or foreign file: recompute rather than fail the cell
        return None


def _phase_cfg(phase: PhaseConfig, n_examples: int, seed: int) -> TrainConfig:
    steps = steps_for(n_examples, phase.batch_size, phase.epochs, phase.max_steps)
    return TrainConfig(steps=steps, batch_size=phase.batch_size, learning_rate=phase.learning_rate,
                       warmup_ratio=phase.warmup_ratio, weight_decay=phase.weight_decay, seed=seed)


class SyntheticBackend:
    """The micro and mini tiers: everything built here, nothing downloaded."""

    def __init__(self, tier: TierSpec) -> None:
        if tier.pretraining is None or tier.model_size is None:
            raise ValueError(f"tier {tier.name} is not synthetic: it has no [pretraining] and [model_size]")
        self.tier = tier
        self.pretraining: MlmPretraining = tier.pretraining
        self.shape: ModelSize = tier.model_size
        self.size = tier.pretraining.benchmark
        self.data_seed = tier.pretraining.data_seed

    def tokenizer(self) -> PreTrainedTokenizerFast:
        return synthetic_tokenizer(self.size, self.data_seed)

    def config(self) -> PretrainedConfig:
        m, tok = self.shape, self.tokenizer()
        return XLMRobertaConfig(
            vocab_size=len(tok), hidden_size=m.hidden, num_hidden_layers=m.layers,
            num_attention_heads=m.heads, intermediate_size=m.ffn,
            max_position_embeddings=m.max_positions + 2,
            pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
            type_vocab_size=1, hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1,
        )

    def task(self, name: str) -> TaskData:
        bench = benchmark(self.size, self.data_seed)
        if name not in bench.tasks:
            raise KeyError(f"the synthetic benchmark has no task {name!r} (it has {', '.join(bench.tasks)})")
        return bench.tasks[name]

    def encoder(self, name: str, seed: int, workdir: Path) -> tuple[dict, int]:
        if name == "random":
            set_seed(seed)
            return families.encoder_of(families.get("retrieval").head(self.config(), 0)).state_dict(), 0
        if name != "pretrained":
            raise KeyError(f"unknown synthetic encoder {name!r} (pretrained or random)")
        path = workdir / "artifacts" / f"pretrain-seed{seed}.pt"
        if (state := _load(path)) is not None:
            return state, 0
        log.info("phase 1: MLM pretraining, seed %s", seed)
        bench, tok = benchmark(self.size, self.data_seed), self.tokenizer()
        set_seed(seed)
        model = AutoModelForMaskedLM.from_config(self.config())
        phase = self.tier.phases["pretrain"]
        rows = [{"input_ids": tok(line, truncation=True, max_length=phase.max_length)["input_ids"]}
                for lines in bench.corpus.values() for line in lines]
        rows += [{"input_ids": tok(a, b, truncation=True, max_length=2 * phase.max_length)["input_ids"]} for a, b in bench.parallel]
        mlm = DataCollatorForLanguageModeling(tok, mlm_probability=self.pretraining.mask_probability)
        result = train(model, rows, lambda batch: mlm(list(batch)), _phase_cfg(phase, len(rows), seed))
        state = _without_pooler(families.encoder_of(model).state_dict())
        _save(state, path)
        return state, result.steps


class HubBackend:
    """The paper and base tiers: a published checkpoint and the real data sets, from the
    Hugging Face hub or from local copies (``model_dir``/``data_dir`` mirror the hub ids)."""

    def __init__(self, spec: PaperSpec, tier: TierSpec, *, data_dir: Path | None = None, model_dir: Path | None = None) -> None:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()  # per-load reports would drown the run's progress bar
        self.spec, self.tier, self.data_dir = spec, tier, data_dir
        local = (model_dir / tier.model) if model_dir else None
        if model_dir is not None and local is not None and not local.resolve().is_relative_to(model_dir.resolve()):
            raise NotAvailableOffline(f"model name {tier.model!r} escapes the model folder {model_dir}")
        self.model = str(local) if local is not None and local.exists() else tier.model
        self._tok: PreTrainedTokenizerFast | None = None
        self._config: PretrainedConfig | None = None
        self._pretrained: dict[str, torch.Tensor] | None = None
        self._tasks: dict[str, TaskData] = {}

    @property
    def offline(self) -> bool:
        """HF_HUB_OFFLINE read now, not when huggingface_hub was imported: a test or a job that
        sets it later must still keep every load off the network."""
        from replicate.tasks.sources import offline

        return offline()

    def _from_pretrained(self, what: str, load: Callable[[], T]) -> T:
        try:
            return load()
        except OSError as exc:
            raise NotAvailableOffline(
                f"cannot load the {what} of {self.model!r}: {str(exc).splitlines()[0]} — on a machine without the "
                "Hugging Face hub, give a local copy (--model-dir DIR holding DIR/<hub id>, or a path as the model)"
            ) from exc

    def tokenizer(self) -> PreTrainedTokenizerFast:
        if self._tok is None:
            self._tok = self._from_pretrained(
                "tokenizer", lambda: AutoTokenizer.from_pretrained(self.model, local_files_only=self.offline))
        return self._tok

    def config(self) -> PretrainedConfig:
        if self._config is None:
            self._config = self._from_pretrained(
                "configuration", lambda: AutoConfig.from_pretrained(self.model, local_files_only=self.offline))
        return copy.deepcopy(self._config)  # heads set num_labels on their copy

    def task(self, name: str) -> TaskData:
        if name not in self._tasks:
            from replicate.tasks import hub

            limits = self.tier.limits
            self._tasks[name] = hub.load_task(
                self.spec.tasks[name], data_dir=self.data_dir, languages=list(limits.languages) or None,
                max_train=limits.max_train_examples, max_eval=limits.max_eval_examples,
            )
        return self._tasks[name]

    def encoder(self, name: str, seed: int, workdir: Path) -> tuple[dict, int]:
        set_seed(seed)
        if name == "random":  # a control without pretraining, same architecture
            model = AutoModel.from_config(self.config(), add_pooling_layer=False)
            return _without_pooler(model.state_dict()), 0
        if self._pretrained is None:  # loaded once per process: XLM-R Large is 2.2 GB to read per cell otherwise
            model = self._from_pretrained("weights", lambda: AutoModel.from_pretrained(self.model, add_pooling_layer=False,
                                                                                  local_files_only=self.offline))
            self._pretrained = _without_pooler(model.state_dict())
        return self._pretrained, 0


def backend_for(spec: PaperSpec, tier: TierSpec, *, data_dir: Path | None = None, model_dir: Path | None = None) -> Backend:
    if tier.synthetic:
        return SyntheticBackend(tier)
    return HubBackend(spec, tier, data_dir=data_dir, model_dir=model_dir)


# ----------------------------------------------------------------------------- phases


def with_head(backend: Backend, family: str, num_labels: int, encoder: dict, seed: int) -> PreTrainedModel:
    """A model of the family's head class whose encoder is ``encoder`` and whose head is new."""
    set_seed(seed + 1000)  # the head's initialisation differs from the encoder's
    model = families.get(family).head(backend.config(), num_labels)
    missing, unexpected = families.encoder_of(model).load_state_dict(_without_pooler(encoder), strict=False)
    if unexpected or any(not k.startswith("pooler.") for k in missing):
        raise RuntimeError(f"encoder hand-off mismatch: missing {missing}, unexpected {unexpected}")
    return model


def _stream(backend: Backend, tier: TierSpec, data: TaskData, phase: PhaseConfig, encoder: dict, seed: int) -> Stream:
    tok, family = backend.tokenizer(), families.get(data.family)
    model = with_head(backend, data.family, data.num_labels, encoder, seed)
    rows = family.features(data, data.train, tok, tier.encoding(data.name, phase), training=True)
    return Stream(model, rows, family.collate(tok.pad_token_id))


def _share_encoder(streams: list[Stream]) -> torch.nn.Module:
    """Multi-task: every head reads one encoder module. It is taken from a head that has a
    pooler (multiple choice), since heads without one simply ignore it."""
    owner = next((s for s in streams if getattr(families.encoder_of(s.model), "pooler", None) is not None), streams[0])
    shared = families.encoder_of(owner.model)
    for s in streams:
        setattr(s.model, s.model.base_model_prefix, shared)
    return shared


def intermediate_encoder(backend: Backend, tier: TierSpec, cell: Cell, encoder: dict, workdir: Path) -> tuple[dict, int]:
    """Phase 2, once per (encoder, intermediate task or task mix, seed)."""
    path = workdir / "artifacts" / f"inter-{safe_component(cell.model)}-{safe_component(cell.intermediate)}-seed{cell.seed}.pt"
    if (state := _load(path)) is not None:
        return state, 0
    log.info("phase 2: %s on the %s encoder, seed %s", cell.intermediate, cell.model, cell.seed)
    phase = tier.phase("intermediate", cell.intermediate)
    streams = [_stream(backend, tier, backend.task(t), phase, encoder, cell.seed) for t in multi_tasks(cell.intermediate)]
    shared = _share_encoder(streams)
    n = sum(len(s.examples) for s in streams)
    result = train_streams(streams, _phase_cfg(phase, n, cell.seed))
    state = _without_pooler(shared.state_dict())
    _save(state, path)
    return state, result.steps


def _retrieval_scores(backend: Backend, tier: TierSpec, data: TaskData, encoder: dict) -> dict[str, float]:
    """A family that trains nothing (retrieval) scores the encoder as it is."""
    family = families.get(data.family)
    model = family.head(backend.config(), 0)
    model.load_state_dict(encoder, strict=False)
    model.to(device())
    enc = tier.encoding(data.name, tier.phase("target", data.name))
    tok = backend.tokenizer()
    return {lang: family.score(model, data, corpora, tok, enc, layer=tier.retrieval_layer) for lang, corpora in data.test.items()}


def _retrieval_parts(backend: Backend, tier: TierSpec, data: TaskData, encoder: dict) -> dict[str, dict[str, float]]:
    """The retrieval scores on each half of the scored corpus's sources (replicate.heldout)."""
    return {part: _retrieval_scores(backend, tier, replace(data, test={lang: heldout.half_corpora(c, part)
                                                                         for lang, c in data.test.items()}), encoder)
            for part in (heldout.SELECT, heldout.REPORT)}


def run_cell(cell: Cell, tier: TierSpec, workdir: Path, *,
             backend: Backend | None = None, spec: PaperSpec | None = None) -> CellResult:
    """Run one cell; see the module docstring. ``scores`` hold every evaluation language,
    English included (XTREME averages over all of them); ``zero_shot_mean`` leaves it out."""
    if backend is None:
        if spec is not None:
            backend = backend_for(spec, tier)
        elif tier.synthetic:
            backend = SyntheticBackend(tier)
        else:
            raise NotAvailableOffline(f"tier {tier.name!r} needs its paper spec and the Hugging Face hub (or local copies)")
    t0 = time.perf_counter()
    steps: dict[str, int] = {}
    encoder, steps["pretrain"] = backend.encoder(cell.model, cell.seed, workdir)
    if cell.intermediate != NO_INTERMEDIATE:
        encoder, steps["intermediate"] = intermediate_encoder(backend, tier, cell, encoder, workdir)
    data = backend.task(cell.target)
    extra: dict[str, object] = {"data": data.source, "notes": list(data.notes)}
    family = families.get(data.family)
    if data.metric == "bucc_f1" and not data.has_distractors:  # compare.py leaves it out of every aggregate
        extra["not_comparable"] = ("BUCC from the hub's gold-only copies, without distractor sentences: mining is far "
                                   "easier than BUCC 2018 and the F1 cannot be compared with the paper's")
    if not family.trains:
        scores = _retrieval_scores(backend, tier, data, encoder)
        extra["parts"] = _retrieval_parts(backend, tier, data, encoder)
        extra["layer"] = "mean-pooled middle layer"
        return CellResult(cell, data.metric, scores, None, tier.fingerprint, time.perf_counter() - t0, steps, extra)
    log.info("phase 3: %s (%s encoder, intermediate %s, seed %s)", cell.target, cell.model, cell.intermediate, cell.seed)
    tok = backend.tokenizer()
    phase = tier.phase("target", cell.target)
    enc = tier.encoding(cell.target, phase)
    model = with_head(backend, data.family, data.num_labels, encoder, cell.seed)
    rows = family.features(data, data.train, tok, enc, training=True)
    allow_null = family.allows_null(data)
    dev = data.dev[: phase.early_stopping_examples] if phase.early_stopping_examples else data.dev

    def dev_score() -> float:
        return family.score(model, data, dev, tok, enc, allow_null=allow_null)

    early = bool(phase.early_stopping_examples and dev)
    cfg = _phase_cfg(phase, len(rows), cell.seed)
    if early:
        every = tier.early_stopping.eval_every or max(1, cfg.steps // 10)
        cfg = replace(cfg, eval_every=every, patience=tier.early_stopping.patience)
    result = train(model, rows, family.collate(tok.pad_token_id), cfg, evaluate=dev_score if early else None)
    steps["target"] = result.steps
    if early:  # the best checkpoint is reloaded, and its dev score is the one already measured
        extra["best_step"] = result.best_step
        dev_value = result.best_score
    else:
        dev_value = dev_score() if dev else None
    scores = {lang: family.score(model, data, rows_, tok, enc, allow_null=allow_null, lang=lang)
              for lang, rows_ in data.test.items()}
    # the same model scored on two disjoint halves: compare.py chooses on one, reports on the other
    split = {lang: heldout.halves(rows_) for lang, rows_ in data.test.items() if len(rows_) > 1}
    extra["parts"] = {part: {lang: family.score(model, data, h[part], tok, enc, allow_null=allow_null, lang=lang)
                             for lang, h in split.items()} for part in (heldout.SELECT, heldout.REPORT)}
    return CellResult(cell, data.metric, scores, dev_value, tier.fingerprint, time.perf_counter() - t0, steps, extra)


@functools.lru_cache(maxsize=2)
def _backend(paper: str, spec_path: str | None, tier: str, data_dir: str | None, model_dir: str | None) -> tuple[PaperSpec, Backend]:
    spec = load_spec(paper, Path(spec_path) if spec_path else None)
    return spec, backend_for(spec, spec.tier(tier), data_dir=Path(data_dir) if data_dir else None,
                             model_dir=Path(model_dir) if model_dir else None)


@dataclass(frozen=True)
class CellRunner:
    """The cell function an executor calls: plain, picklable settings, so that it runs the
    same in this process, in a worker process or in a Slurm job."""

    paper: str
    tier: str
    run_dir: str
    spec_path: str | None = None
    data_dir: str | None = None
    model_dir: str | None = None
    threads: int | None = None  # torch threads; default: the tier's ``threads``

    def __call__(self, cell: Cell) -> CellResult:
        spec, backend = _backend(self.paper, self.spec_path, self.tier, self.data_dir, self.model_dir)
        tier = spec.tier(self.tier)
        threads = self.threads or tier.threads
        if threads:
            torch.set_num_threads(threads)
        try:
            return run_cell(cell, tier, Path(self.run_dir), backend=backend)
        except NotAvailableOffline as exc:
            raise FatalCellError(str(exc)) from exc

    def encoder(self, model: str, seed: int) -> int:
        """The starting encoder ``model`` for ``seed``, trained and stored where the cells
        will read it (a Slurm job that runs before them); the optimiser steps it cost."""
        spec, backend = _backend(self.paper, self.spec_path, self.tier, self.data_dir, self.model_dir)
        threads = self.threads or spec.tier(self.tier).threads
        if threads:
            torch.set_num_threads(threads)
        try:
            return backend.encoder(model, seed, Path(self.run_dir))[1]
        except NotAvailableOffline as exc:
            raise FatalCellError(str(exc)) from exc
