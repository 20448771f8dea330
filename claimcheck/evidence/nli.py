"""An optional entailment model beside the verdict rules (``claim-audit --nli MODEL``).

The rules find the passage and decide every number and table cell; a sequence-
classification NLI model (premise = the passage, hypothesis = the claim) may then move a
verdict that only words decided:

* *supported* or *partly supported* → *contradicted* when the model gives contradiction
  at least ``CONTRADICT_AT``;
* *partly supported* → *supported* when it gives entailment at least ``ENTAIL_AT`` and the
  rules found no missing number or name.

*not found* stays (the model is not asked to search), and so does any verdict a number or
a table decided. Off by default: the accuracy of any particular model on this task was
not measured here. Needs ``pip install 'claimcheck[nli]'`` (transformers and torch).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from claimcheck.errors import ClaimcheckError
from claimcheck.model import VerdictLabel

if TYPE_CHECKING:
    from claimcheck.evidence.judge import Judgement

CONTRADICT_AT = 0.8
ENTAIL_AT = 0.8


@dataclass(frozen=True)
class Entailment:
    entailment: float
    neutral: float
    contradiction: float


class EntailmentJudge(Protocol):
    name: str

    def score(self, premise: str, hypothesis: str) -> Entailment: ...


class NLIError(ClaimcheckError):
    """The entailment model could not be loaded or does not look like an NLI model."""


def _label_index(id2label: dict[int, str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in id2label.items():
        n = str(name).lower()
        for key in ("entail", "neutral", "contradict"):
            if key in n:
                found[key] = int(i)
    if "entail" not in found or "contradict" not in found:
        raise NLIError(
            f"the model's labels {sorted(id2label.values())} do not name entailment and contradiction; "
            "an NLI model's config must say which output is which (id2label)"
        )
    return found


class TransformersNLI:
    """A Hugging Face sequence-classification NLI model, by hub id or local path."""

    def __init__(self, model: str, max_length: int = 256) -> None:
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as e:
            raise NLIError(f"--nli needs transformers and torch: pip install 'claimcheck[nli]' ({e})") from e
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model)
            self.model = AutoModelForSequenceClassification.from_pretrained(model)
        except (OSError, ValueError) as e:
            raise NLIError(f"could not load the NLI model {model!r}: {str(e).splitlines()[0]}") from e
        self.model.eval()
        self.index = _label_index(self.model.config.id2label)
        self.name = model
        self.max_length = max_length
        self._torch = torch
        self._cache: dict[tuple[str, str], Entailment] = {}

    def score(self, premise: str, hypothesis: str) -> Entailment:
        key = (premise, hypothesis)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        enc: Any = self.tokenizer(premise, hypothesis, truncation=True, max_length=self.max_length, return_tensors="pt")
        with self._torch.no_grad():
            probs = self._torch.softmax(self.model(**enc).logits[0], dim=-1).tolist()
        out = Entailment(
            probs[self.index["entail"]],
            probs[self.index["neutral"]] if "neutral" in self.index else 0.0,
            probs[self.index["contradict"]],
        )
        self._cache[key] = out
        return out


def combine(claim_text: str, j: Judgement, nli: EntailmentJudge) -> Judgement:
    """The rules' judgement, moved by the model where the module docstring allows it."""
    if j.decided_by_numbers or j.passage is None or j.label not in (VerdictLabel.SUPPORTED, VerdictLabel.PARTLY_SUPPORTED):
        return j
    s = nli.score(j.text or j.passage.text, claim_text)
    if s.contradiction >= CONTRADICT_AT:
        return dataclasses.replace(
            j, label=VerdictLabel.CONTRADICTED,
            explanation=f"the entailment model {nli.name} finds the passage contradicts the claim "
                        f"(p = {s.contradiction:.2f}); the rules said {j.label.value}: {j.explanation}")
    if j.label is VerdictLabel.PARTLY_SUPPORTED and s.entailment >= ENTAIL_AT and "not mention" not in j.explanation \
            and not j.numbers:
        return dataclasses.replace(
            j, label=VerdictLabel.SUPPORTED,
            explanation=f"the entailment model {nli.name} finds the passage entails the claim "
                        f"(p = {s.entailment:.2f}); the rules said: {j.explanation}")
    return j


def load(model: str) -> TransformersNLI:
    """The model behind ``--nli MODEL``; raises :class:`NLIError` with the reason."""
    return TransformersNLI(model)
