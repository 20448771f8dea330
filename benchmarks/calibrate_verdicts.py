"""Precision and recall of every verdict on the labelled set in data/calibration/.

The thresholds in claimcheck/evidence/judge.py were chosen on the *tuning* half (even
claim ids) and are reported on the *held-out* half (odd ids) too, so the figures are not
only a fit to the data that chose them.

    .venv/bin/python benchmarks/calibrate_verdicts.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from claimcheck.evidence.judge import judge_claims
from claimcheck.model import (
    Claim,
    Mark,
    PaperMetadata,
    Passage,
    Reference,
    Source,
    SourceStatus,
    SourceVersion,
    VerdictLabel,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "calibration"
# Every calibration paper is readable: "unchecked" (no source could be read) cannot occur.
LABELS = [lab.value for lab in VerdictLabel if lab is not VerdictLabel.UNCHECKED]


def load() -> tuple[dict[str, list[SourceVersion]], list[dict]]:
    papers = json.loads((DATA / "papers.json").read_text(encoding="utf-8"))
    versions: dict[str, list[SourceVersion]] = {}
    for p in papers:
        versions[p["arxiv_id"]] = [
            SourceVersion(
                p["arxiv_id"],
                int(v),
                [Passage(s["text"], s["page"], None, "sentence", i) for i, s in enumerate(sents)],
                max(s["page"] for s in sents),
                "calibration",
            )
            for v, sents in sorted(p["versions"].items())
        ]
    claims = [json.loads(line) for line in (DATA / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return versions, claims


def predict(versions: dict[str, list[SourceVersion]], claims: list[dict]) -> list[str]:
    out = []
    for c in claims:
        ref = Reference(f"arXiv:{c['paper']}v{c['version']}", c["paper"], c["version"])
        meta = PaperMetadata(c["paper"], "", [], "", [], None, None, 2)
        source = Source(ref, SourceStatus.OK, meta, versions[c["paper"]])
        claim = Claim(1, c["text"], Mark.UNKNOWN, None, c["truncated"])
        out.append(judge_claims([claim], [source])[0].label.value)
    return out


def scores(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, int]]:
    result = {}
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        result[lab] = (precision, recall, tp + fn)
    return result


def report(name: str, gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, int]]:
    s = scores(gold, pred)
    print(f"\n{name}: {len(gold)} claims, accuracy {sum(g == p for g, p in zip(gold, pred)) / len(gold):.3f}")
    print(f"  {'verdict':<18}{'precision':>10}{'recall':>8}{'n':>5}")
    for lab, (p, r, n) in s.items():
        print(f"  {lab:<18}{p:>10.3f}{r:>8.3f}{n:>5}")
    return s


def main() -> dict[str, dict[str, tuple[float, float, int]]]:
    versions, claims = load()
    pred = predict(versions, claims)
    gold = [c["label"] for c in claims]
    out = {
        "all": report("all", gold, pred),
        "tuning": report("tuning half (even ids)", gold[0::2], pred[0::2]),
        "held-out": report("held-out half (odd ids)", gold[1::2], pred[1::2]),
    }
    confusion = Counter(zip(gold, pred))
    print("\nconfusion (rows: expected, columns: predicted)")
    print("  " + "".join(f"{lab[:12]:>14}" for lab in LABELS))
    for g in LABELS:
        print(f"  {g[:16]:<16}" + "".join(f"{confusion.get((g, p), 0):>14}" for p in LABELS)[2:])
    wrong = [(c, p) for c, p in zip(claims, pred) if c["label"] != p]
    if wrong:
        print(f"\n{len(wrong)} misjudged:")
        for c, p in wrong[:40]:
            print(f"  [{c['kind']}] expected {c['label']}, got {p}: {c['text'][:110]}")
    return out


if __name__ == "__main__":
    main()
