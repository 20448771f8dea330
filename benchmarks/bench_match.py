"""Matching stage speed: a report of 20 claims against a cached 20-page paper in two
versions (target: under 1 second for judge_claims, index building included).

    .venv/bin/python benchmarks/bench_match.py
"""

from __future__ import annotations

import random
import time

from claimcheck.evidence import memo
from claimcheck.evidence.judge import judge_claims
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion

TOPICS = ["intent detection", "entity recognition", "question answering", "translation", "summarisation"]
VERBS = ["improves", "reduces", "stabilises", "accelerates", "degrades"]
NOUNS = ["accuracy", "F1", "exact match", "BLEU", "latency", "loss", "calibration error"]


def paper(version: int, rng: random.Random, pages: int = 20, per_page: int = 40) -> SourceVersion:
    passages = []
    for page in range(1, pages + 1):
        for i in range(per_page):
            topic, verb, noun = rng.choice(TOPICS), rng.choice(VERBS), rng.choice(NOUNS)
            value = round(rng.uniform(0.5, 12.0) + (0.3 if version == 2 and i == 7 else 0), 1)
            text = (f"On {topic} with setting {page}-{i}, the proposed sampler {verb} {noun} by {value} points "
                    f"over the baseline across {rng.randint(3, 12)} languages.")
            passages.append(Passage(text, page, None, "sentence", len(passages)))
        for r in range(6):
            passages.append(Passage(f"Lang{r}: Uniform {rng.uniform(60, 90):.1f}; TCS {rng.uniform(60, 90):.1f}",
                                    page, None, "table-row", len(passages), table=f"Table {page}", row=f"Lang{r}"))
    return SourceVersion("2699.99999", version, passages, pages, "bench")


def main() -> None:
    rng = random.Random(7)
    versions = [paper(1, random.Random(1)), paper(2, random.Random(1))]
    source = Source(Reference("x", "2699.99999", 2), SourceStatus.OK, None, versions)
    sample = [p for p in versions[1].passages if p.kind == "sentence"]
    claims = []
    for i in range(20):
        p = rng.choice(sample)
        text = p.text.replace("On ", "The study finds that on ") if i % 3 == 0 else p.text
        if i % 4 == 1:
            text = text[:110]  # cut off mid-word, as reports do
        claims.append(Claim(i + 1, text, Mark.VERIFIED, 0.3, i % 4 == 1))
    passages = sum(len(v.passages) for v in versions)
    memo.clear()  # every per-version index and table, so the first call is cold
    t0 = time.perf_counter()
    verdicts = judge_claims(claims, [source])
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    judge_claims(claims, [source])
    warm = time.perf_counter() - t0
    labels = {}
    for v in verdicts:
        labels[v.label.value] = labels.get(v.label.value, 0) + 1
    print(f"{len(claims)} claims × 2 versions × {versions[0].pages} pages ({passages} passages)")
    print(f"judge_claims, first call (builds the per-version index): {cold * 1000:.0f} ms (target < 1000 ms)")
    print(f"judge_claims, index reused: {warm * 1000:.0f} ms")
    print(f"verdicts: {labels}")


if __name__ == "__main__":
    main()
