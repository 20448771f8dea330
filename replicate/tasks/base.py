"""The one shape task data takes between a data source and the pipeline.

Every source (the synthetic benchmark, the Hugging Face datasets, local copies of them)
turns its rows into these plain dicts, one format per task family, so the pipeline never
knows where data came from. Text is untokenised: the tokenizer of the model at hand turns
it into ids (and character offsets, which span QA needs).

Family formats (``TaskData.family``):

* ``classification``: ``{"text": str, "label": int}``
* ``pair-classification``: ``{"text": str, "text_pair": str, "label": int}``
* ``multiple-choice``: ``{"context": str, "choices": list[str], "label": int}``; each
  choice is encoded as the pair (context, choice)
* ``span-qa``: SQuAD's format, ``{"id": str, "question": str, "context": str,
  "answers": {"text": list[str], "answer_start": list[int]}}``; empty lists mean the
  question has no answer in the context (SQuAD v2.0)
* ``tagging``: ``{"tokens": list[str], "tags": list[int]}``, tags indexing
  ``TaskData.labels`` (BIO names such as ``B-PER`` where the metric is entity F1)
* ``retrieval``: one corpus per row, ``{"source": list[str], "target": list[str],
  "gold": list[list[int]], "split": str}`` with gold (source index, target index) pairs;
  Tatoeba-like tasks score nearest-neighbour accuracy on the ``"test"`` corpus,
  BUCC-like tasks tune the mining threshold on the ``"validation"`` corpus and score F1 on
  ``"test"``. ``has_distractors`` is False where every source sentence has a gold
  translation (the hub's BUCC configs): mining is then far easier than the real task.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from replicate.errors import TaskDataError

FAMILIES = ("classification", "pair-classification", "multiple-choice", "span-qa", "tagging", "retrieval")
METRICS = ("accuracy", "token_accuracy", "entity_f1", "tag_f1", "qa", "mlqa_qa", "retrieval_accuracy", "bucc_f1")

Example = dict[str, object]


@dataclass
class TaskData:
    name: str
    family: str
    metric: str
    labels: tuple[str, ...] = ()  # class or tag names; empty for multiple choice, QA, retrieval
    train: list[Example] = field(default_factory=list)  # English training data (empty for retrieval)
    dev: list[Example] = field(default_factory=list)  # English development data: model selection
    test: dict[str, list[Example]] = field(default_factory=dict)  # language → zero-shot evaluation data
    has_distractors: bool = True  # retrieval only: see the module docstring
    source: str = ""  # where the data came from: "synthetic micro (seed 0)", "hub google/xtreme", a path
    notes: tuple[str, ...] = ()  # caveats the report must repeat (filters applied, comparability)

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise TaskDataError(f"task {self.name}: unknown family {self.family!r} (one of {', '.join(FAMILIES)})")
        if self.metric not in METRICS:
            raise TaskDataError(f"task {self.name}: unknown metric {self.metric!r} (one of {', '.join(METRICS)})")

    @property
    def num_labels(self) -> int:
        return len(self.labels)


_REQUIRED = {
    "classification": ("text", "label"),
    "pair-classification": ("text", "text_pair", "label"),
    "multiple-choice": ("context", "choices", "label"),
    "span-qa": ("id", "question", "context", "answers"),
    "tagging": ("tokens", "tags"),
    "retrieval": ("source", "target", "gold", "split"),
}


def check_examples(task: str, family: str, rows: list[Example], where: str) -> None:
    """Fail with the first malformed row named, before hours of training start on it."""
    keys = _REQUIRED[family]
    for i, row in enumerate(rows):
        missing = [k for k in keys if k not in row]
        if missing:
            raise TaskDataError(f"task {task}, {where} row {i}: missing {', '.join(missing)} for a {family} task")
        if family == "tagging" and len(row["tokens"]) != len(row["tags"]):  # type: ignore[arg-type]
            raise TaskDataError(f"task {task}, {where} row {i}: {len(row['tokens'])} tokens but {len(row['tags'])} tags")  # type: ignore[arg-type]
