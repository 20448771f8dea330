"""Builds the labelled calibration set for the verdict rules (data/calibration/).

Fictional papers, each in two versions that differ in one number, are written from
templates of realistic paper sentences; claims about them are derived the ways the
synthesis reports derive theirs — paraphrased, cut off mid-word, merged from two
sentences — and then broken the ways reports break: a number changed, a negation flipped,
a scope changed, a detail added that the paper never states, or a topic the paper never
covers. Every claim carries the verdict it must get.

    .venv/bin/python benchmarks/make_calibration_set.py   # rewrites data/calibration/
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "calibration"

# (topic, method, dataset, metric, other model, unit noun)
PAPERS = [
    ("intent detection", "tiered curriculum sampling", "MASSIVE", "accuracy", "uniform sampling", "languages"),
    ("named entity recognition", "span-aware distillation", "WikiANN", "F1", "token-level distillation", "languages"),
    ("question answering", "retrieval-augmented pretraining", "Natural Questions", "exact match", "dense retrieval", "domains"),
    ("machine translation", "back-translation with noise", "WMT14", "BLEU", "plain back-translation", "language pairs"),
    ("speech recognition", "self-training with pseudo-labels", "LibriSpeech", "word error rate", "supervised training", "accents"),
    ("summarisation", "contrastive reranking", "CNN/DailyMail", "ROUGE-L", "beam search", "domains"),
    ("code generation", "execution-guided decoding", "HumanEval", "pass rate", "greedy decoding", "programming languages"),
    ("sentiment analysis", "adapter fusion", "SST-2", "accuracy", "full fine-tuning", "review domains"),
    ("relation extraction", "prompt-based tuning", "TACRED", "F1", "standard fine-tuning", "relation types"),
    ("dialogue state tracking", "schema-guided augmentation", "MultiWOZ", "joint goal accuracy", "vanilla training", "services"),
]

WORDS = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def facts(p: tuple[str, ...], rng: random.Random) -> list[dict]:
    topic, method, data, metric, other, units = p
    gain = round(rng.uniform(1.2, 9.5), 1)
    n_units = rng.randint(5, 12)
    size = rng.randint(12_000, 990_000)
    steps = rng.choice([1200, 2400, 3600, 5000, 8000])
    batch = rng.choice([16, 32, 64])
    lr = rng.choice(["1", "2", "3", "5"])
    largest = round(gain + rng.uniform(1.0, 4.0), 1)
    pct = rng.randint(35, 85)
    return [
        {"id": "gain", "num": gain,
         "src": f"Across {WORDS[n_units]} {units}, {method} improves {metric} by {{n}} points on average over {other}.",
         "claim": f"The study finds that {method} raises average {metric} by {{n}} points compared with {other}."},
        {"id": "units", "num": n_units, "word": True,
         "src": f"We evaluate on {data} in {{n}} {units}, each with a held-out test set.",
         "claim": f"The evaluation covers {{n}} {units} of {data}."},
        {"id": "size", "num": size, "thousands": True,
         "src": f"The English training set of {data} contains {{n}} examples after deduplication.",
         "claim": f"The {data} English training data has {{n}} examples."},
        {"id": "steps", "num": steps, "thousands": True, "num2": batch,
         "src": f"All models are trained for {{n}} steps with a batch size of {{n2}}.",
         "claim": f"Models are trained for {{n}} steps using a batch size of {{n2}}."},
        {"id": "lr", "num": None,
         "src": f"The learning rate is {lr} × 10^-5 with linear decay after a warm-up of 10% of the steps.",
         "claim": None},
        {"id": "largest", "num": largest,
         "src": f"The largest gain ({{n}} points) is obtained for the most distant of the {units}, where {other} performs worst.",
         "claim": f"The biggest improvement, {{n}} points, appears for the most distant of the {units}."},
        {"id": "neg", "num": None,
         "src": f"Unlike earlier work, {method} does not require any labelled data in the target {units}.",
         "claim": f"{method[0].upper() + method[1:]} does not require labelled target data in the {units}.",
         "negated": f"{method[0].upper() + method[1:]} requires labelled data in the target {units}."},
        {"id": "errors", "num": pct,
         "src": f"An error analysis shows that {{n}}% of the remaining errors involve rare entities.",
         "claim": f"According to the error analysis, {{n}}% of remaining errors concern rare entities."},
        {"id": "pos", "num": None,
         "src": f"We find that {method} is complementary to scaling the encoder, since gains persist for every model size.",
         "claim": f"The gains of {method} persist for every model size, making it complementary to scaling the encoder.",
         "negated": f"The gains of {method} do not persist for every model size."},
    ]


def fmt(n: float | int | None, fact: dict) -> str:
    if n is None:
        return ""
    if fact.get("word") and int(n) in WORDS:
        return WORDS[int(n)]
    if fact.get("thousands"):
        return f"{int(n):,}"
    return f"{n}" if isinstance(n, float) else str(n)


def changed(n: float | int, rng: random.Random) -> float | int:
    if isinstance(n, float):
        return round(n + rng.choice([-1, 1]) * rng.choice([0.3, 0.6, 1.1, 2.4]), 1)
    return n + rng.choice([-1, 1]) * max(1, int(abs(n) * rng.choice([0.1, 0.25, 0.4])))


FILLER = [
    "Table 2 lists the hyper-parameters of every run.",
    "The remainder of this paper is organised as follows.",
    "We release our code and the official data splits.",
    "Section 6 discusses limitations and ethical considerations.",
    "Related work on this problem dates back to the early 2000s.",
    "Results are averaged over five random seeds.",
]


def paper_text(p: tuple[str, ...], fs: list[dict], drift_fact: str, v: int, drift_value: float | int) -> list[dict]:
    topic, method, data, metric, other, units = p
    sentences = [f"We study {topic} and propose {method}.", f"Experiments use {data} and compare against {other}."]
    for f in fs:
        n = drift_value if (f["id"] == drift_fact and v == 2) else f["num"]
        s = f["src"].replace("{n}", fmt(n, f)).replace("{n2}", str(f.get("num2", "")))
        sentences.append(s)
    sentences[2:2] = FILLER[:3]
    sentences += FILLER[3:]
    return [{"text": s, "page": 1 + i // 6} for i, s in enumerate(sentences)]


def cut(text: str, rng: random.Random) -> str:
    """Cut mid-word the way the report generator does, keeping most of the claim."""
    at = rng.randint(int(len(text) * 0.7), len(text) - 3)
    while at < len(text) and text[at] == " ":
        at += 1
    return text[: at + 1].rstrip()


def main() -> None:
    rng = random.Random(20261124)
    OUT.mkdir(parents=True, exist_ok=True)
    papers, claims = [], []
    for pi, p in enumerate(PAPERS):
        arxiv_id = f"2699.{10001 + pi:05d}"
        fs = facts(p, rng)
        numeric = [f for f in fs if f["num"] is not None]
        drift = rng.choice([f for f in numeric if isinstance(f["num"], float)])
        drift_value = changed(drift["num"], rng)
        papers.append({"arxiv_id": arxiv_id, "title": f"{p[1].title()} for {p[0].title()}",
                       "versions": {str(v): paper_text(p, fs, drift["id"], v, drift_value) for v in (1, 2)}})

        def add(text: str, label: str, kind: str, version: int = 2, truncated: bool = False) -> None:
            claims.append({"paper": arxiv_id, "version": version, "text": text, "truncated": truncated,
                           "label": label, "kind": kind})

        for f in fs:
            if f["claim"] is None:
                continue
            n = drift_value if f is drift else f["num"]
            text = f["claim"].replace("{n}", fmt(n, f)).replace("{n2}", str(f.get("num2", "")))
            add(text, "supported", "paraphrase")
            if len(text) > 60:
                add(cut(text, rng), "supported", "truncated", truncated=True)
            if f["num"] is not None:
                wrong = changed(n, rng)
                add(f["claim"].replace("{n}", fmt(wrong, f)).replace("{n2}", str(f.get("num2", ""))), "contradicted", "number-changed")
                # A detail the paper never states, beside a true number: partly supported.
                add(text.rstrip(".") + f", and it also cuts inference latency by {rng.randint(12, 60)}%.", "partly supported", "extra-number")
            if "negated" in f:
                add(f["negated"], "contradicted", "negated")
            if f is drift:
                old = f["claim"].replace("{n}", fmt(f["num"], f))
                add(old, "contradicted", "version-drift", version=2)
                add(old, "supported", "version-drift", version=1)
        topic, method, data, metric, other, units = p
        total = [f for f in fs if f["id"] == "units"][0]["num"]
        add(f"{method[0].upper() + method[1:]} improves {metric} in all {total + rng.randint(2, 5)} {units} evaluated.", "contradicted", "scope")
        gain = [f for f in fs if f["id"] == "gain"][0]
        size = [f for f in fs if f["id"] == "size"][0]
        gain_n = drift_value if gain is drift else gain["num"]
        add(f"{method[0].upper() + method[1:]} improves {metric} by {gain_n} points on average over {other}, "
            f"and the {data} English training set contains {size['num']:,} examples.", "supported", "merged")
        for absent in (
            f"The authors report that {method} reduces training cost by {rng.randint(20, 70)}% on {data}.",
            f"{method[0].upper() + method[1:]} is evaluated on a held-out set of medical transcripts in {rng.randint(3, 9)} hospitals.",
            f"Human annotators preferred the outputs of {method} in a blind study with {rng.randint(40, 200)} participants.",
            f"The paper shows that {method} transfers to low-resource {topic} in Swahili and Yoruba.",
        ):
            add(absent, "not found", "absent")
    for i, c in enumerate(claims):
        c["id"] = i
    (OUT / "papers.json").write_text(json.dumps(papers, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with (OUT / "claims.jsonl").open("w", encoding="utf-8") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["label"]] = counts.get(c["label"], 0) + 1
    print(f"{len(papers)} papers, {len(claims)} labelled claims: {counts}")


if __name__ == "__main__":
    main()
