"""The optional entailment model (claimcheck/evidence/nli.py): how it moves the rules'
verdicts, loading a tiny randomly initialised model saved by save_pretrained, and the
CLI's --nli errors. Needs transformers (the [nli] extra); skipped cleanly without it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.evidence.judge import Judgement, judge_claims
from claimcheck.evidence.nli import Entailment, NLIError, combine
from claimcheck.model import Claim, Mark, NumberCheck, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

PASSAGE = Passage("Intermediate training on MNLI helps XNLI.", 1, None, "sentence", 0)


@dataclass
class Fixed:
    """An entailment judge that always answers the same: the combination rules alone."""

    result: Entailment
    name: str = "fixed"
    calls: int = 0

    def score(self, premise: str, hypothesis: str) -> Entailment:
        self.calls += 1
        return self.result


def _j(label: VerdictLabel, numbers: list[NumberCheck] | None = None, by_numbers: bool = False) -> Judgement:
    return Judgement(label, 80.0, 0.8, "rules", PASSAGE, numbers or [], decided_by_numbers=by_numbers, text=PASSAGE.text)


def test_a_confident_contradiction_overrides_a_word_only_verdict() -> None:
    nli = Fixed(Entailment(0.05, 0.05, 0.9))
    out = combine("Intermediate training on MNLI hurts XNLI.", _j(VerdictLabel.SUPPORTED), nli)
    assert out.label is VerdictLabel.CONTRADICTED and "fixed" in out.explanation and "0.90" in out.explanation


def test_numbers_and_tables_are_never_moved_and_not_found_stays() -> None:
    nli = Fixed(Entailment(0.0, 0.0, 1.0))
    decided = _j(VerdictLabel.SUPPORTED, [NumberCheck("3.2", "3.2", True)], by_numbers=True)
    assert combine("x", decided, nli) is decided
    absent = Judgement(VerdictLabel.NOT_FOUND, 10.0, 0.1, "nothing")
    assert combine("x", absent, nli) is absent
    assert nli.calls == 0


def test_entailment_completes_a_partly_supported_wording_but_not_a_missing_name() -> None:
    nli = Fixed(Entailment(0.95, 0.03, 0.02))
    assert combine("x", _j(VerdictLabel.PARTLY_SUPPORTED), nli).label is VerdictLabel.SUPPORTED
    lacking = Judgement(VerdictLabel.PARTLY_SUPPORTED, 80.0, 0.8, "p. 1 states the rest but does not mention XQuAD", PASSAGE)
    assert combine("x", lacking, nli).label is VerdictLabel.PARTLY_SUPPORTED
    unsure = Fixed(Entailment(0.5, 0.3, 0.2))
    assert combine("x", _j(VerdictLabel.PARTLY_SUPPORTED), unsure).label is VerdictLabel.PARTLY_SUPPORTED


def _tiny_model(path: Path, id2label: dict[int, str]) -> Path:
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("torch")
    words = "intermediate training on mnli helps hurts xnli the a . results accuracy improves".split()
    path.mkdir(parents=True, exist_ok=True)
    (path / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(str(path / "vocab.txt"))
    config = transformers.BertConfig(vocab_size=len(words) + 5, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=64, num_labels=len(id2label),
                                     id2label=id2label, label2id={v: k for k, v in id2label.items()})
    model = transformers.BertForSequenceClassification(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_a_tiny_saved_model_scores_pairs_and_runs_inside_judge_claims(tmp_path: Path) -> None:
    path = _tiny_model(tmp_path / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"})
    from claimcheck.evidence.nli import load

    nli = load(str(path))
    s = nli.score("Intermediate training on MNLI helps XNLI.", "Intermediate training hurts XNLI.")
    assert abs(s.entailment + s.neutral + s.contradiction - 1.0) < 1e-5
    version = SourceVersion("2005.13013", 1, [PASSAGE, Passage("Results: accuracy improves by 2.9 points.", 1, None, "sentence", 1)], 1, "test")
    source = Source(Reference("x", "2005.13013", 1), SourceStatus.OK, None, [version])
    claims = [Claim(1, "Intermediate training on MNLI helps XNLI.", Mark.VERIFIED, None, False),
              Claim(2, "Accuracy improves by 3.4 points.", Mark.VERIFIED, None, False)]
    with_model = judge_claims(claims, [source], nli)
    without = judge_claims(claims, [source])
    # Whatever a random model says, a number's verdict is the rules' verdict.
    assert with_model[1].label is without[1].label is VerdictLabel.CONTRADICTED
    assert with_model[0].label in (VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED)


def test_a_model_whose_labels_name_nothing_is_refused(tmp_path: Path) -> None:
    path = _tiny_model(tmp_path / "unnamed", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    from claimcheck.evidence.nli import load

    with pytest.raises(NLIError, match="entailment and contradiction"):
        load(str(path))


def test_cli_names_a_model_that_cannot_be_loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a name that is no local folder must not reach the hub
    from claimcheck.cli import main

    report = Path(__file__).parent.parent / "data" / "reports"
    first = sorted(p for p in report.iterdir() if p.suffix in (".md", ".txt"))[0]
    code = main([str(first), "--offline", "--cache-dir", str(tmp_path / "cache"), "--out", str(tmp_path / "out"),
                 "--nli", str(tmp_path / "no-such-model")])
    err = capsys.readouterr().err
    assert code == 2 and "could not load the NLI model" in err and "Traceback" not in err
