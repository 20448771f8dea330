"""Write the sample reports in data/realclaims/reports/ from held-out claims of the set.

    .venv/bin/python data/realclaims/make_reports.py

Each report has the shape of the machine-generated literature syntheses in data/reports/
(title, research question, methodology, counts, a tab-separated Claim/Verified/Confidence
table, arXiv references with versions), but every claim row is a held-out claim of
claims.jsonl citing one of the report's references, so an end-to-end audit of these
reports can be scored against the labels. The report's own ✓/× marks imitate a careless
verifier: mostly ✓ for supported claims, with some contradicted claims marked ✓ and some
supported ones marked ×, chosen by a fixed hash so the files are reproducible.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "realpapers"

REPORTS = [
    {
        "name": "r1_intermediate_crosslingual",
        "title": "English Intermediate-Task Training and Zero-Shot Cross-Lingual Transfer on XTREME",
        "question": "Does English intermediate-task training improve zero-shot cross-lingual transfer of multilingual encoders, and by how much on XTREME?",
        "refs": [("2005.13013", 2), ("1911.02116", 2), ("2003.11080", 1)],
        "claims": 22,
        "papers_found": 11,
    },
    {
        "name": "r2_encoders_benchmarks",
        "title": "Benchmark Saturation and Encoder Improvements after BERT: DeBERTa, GLUE and SuperGLUE",
        "question": "How have encoder architectures such as DeBERTa changed results on GLUE and SuperGLUE, and do these benchmarks still leave headroom?",
        "refs": [("2006.03654", 6), ("1905.00537", 3), ("1804.07461", 1)],
        "claims": 19,
        "papers_found": 9,
    },
    {
        "name": "r3_multilingual_representations",
        "title": "Multilingual Representations for Zero-Shot Transfer: mBERT, XLM-R and Intermediate Tasks",
        "question": "What makes multilingual pretrained encoders transfer across languages, and which early results on XLM-R and intermediate-task training hold?",
        "refs": [("1906.01502", 1), ("1911.02116", 1), ("2005.13013", 1)],
        "claims": 16,
        "papers_found": 10,
    },
]


def _h(text: str, mod: int) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % mod


def _mark(claim: dict) -> str:
    if claim["label"] == "supported":
        return "×" if _h(claim["text"], 5) == 0 else "✓"
    return "✓" if _h(claim["text"], 3) == 0 else "×"


def _confidence(claim: dict) -> str:
    return f"{0.05 + _h('c' + claim['text'], 40) / 100:.2f}"


def _first_sentence(paper: str, version: int) -> str:
    truth = json.loads((CORPUS / f"{paper}v{version}.truth.json").read_text(encoding="utf-8"))
    text = " ".join(s["text"] for s in truth["sentences"] if s.get("section") == "Abstract")
    # Generated reports cut the cited abstract off mid-word at a fixed length.
    return text[:400]


def pick(claims: list[dict], refs: list[tuple[str, int]], n: int) -> list[dict]:
    """Claims citing the references, taken round-robin over papers: cut-off claims, then
    one claim of each kind per paper, then the rest, so that a report mixes kinds."""
    pools = []
    for paper, version in refs:
        pool = [c for c in claims if c["split"] == "heldout" and c["paper"] == paper and c["version"] == version]
        seen: set[str] = set()
        # Cut-off claims first: generated reports always have some.
        first = [c for c in pool if c["truncated"]]
        first += [c for c in pool if c not in first and not (c["kind"] in seen or seen.add(c["kind"]))]
        pools.append(first + [c for c in pool if c not in first])
    out: list[dict] = []
    while len(out) < n and any(pools):
        for pool in pools:
            if pool and len(out) < n:
                out.append(pool.pop(0))
    return out


def render(spec: dict, rows: list[dict]) -> str:
    verified = sum(_mark(c) == "✓" for c in rows)
    lines = [
        "",
        "",
        f"# {spec['title']}",
        "",
        "Assignee Research",
        "",
        "December 1, 2026",
        "",
        "## Abstract",
        "",
        _first_sentence(*spec["refs"][0]),
        "",
        "## 1 Introduction",
        "",
        f"This report synthesises the literature on the question below. Research question: {spec['question']}",
        "",
        "## 2 Methodology",
        "",
        f"Systematic literature search across multiple databases yielded {spec['papers_found']} papers. Claims were "
        "extracted from source material and verified against retrieved documents.",
        "",
        "## 3 Results",
        "",
        f"{spec['papers_found']} papers retrieved. {len(rows)} claims extracted; {verified} independently verified.",
        "",
        "## 4 Limitations",
        "",
        "This report is a machine-generated literature synthesis and does not constitute original research. "
        "Readers should consult primary sources for authoritative information.",
        "",
        "## 5 Extracted Claims",
        "",
        "Claim\tVerified\tConfidence",
    ]
    lines += [f"{c['text']}\t{_mark(c)}\t{_confidence(c)}" for c in rows]
    lines += ["", "## References", ""]
    lines += [f"- <http://arxiv.org/abs/{paper}v{version}>" for paper, version in spec["refs"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    claims = [json.loads(line) for line in (HERE / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    out = HERE / "reports"
    out.mkdir(exist_ok=True)
    for spec in REPORTS:
        rows = pick(claims, spec["refs"], spec["claims"])
        (out / f"{spec['name']}.txt").write_text(render(spec, rows), encoding="utf-8")
        labels = {lab: sum(c["label"] == lab for c in rows) for lab in sorted({c["label"] for c in rows})}
        print(f"{spec['name']}: {len(rows)} claims {labels}")


if __name__ == "__main__":
    main()
