"""Precision and recall of every verdict: real papers (tuning and held-out halves) beside
the template set.

* **real text** — ``data/realclaims/claims.jsonl``, labelled by reading the papers of
  ``data/realpapers/``. The real pipeline runs: every corpus PDF is extracted with
  ``claimcheck.sources.extract.extract_pdf`` into a ``SourceVersion`` and the claims are
  judged with ``judge_claims`` against every version of their paper, citing the version
  the claim names. The rules were first tuned on ``split == "tune"``; after one clean run
  of ``heldout`` both halves became development data (rules were changed in view of the
  held-out errors), so neither is an independent measure. ``fresh`` and ``fresh2`` were
  blind splits written later by someone else, each measured before being read; since the
  fourth round of issue 13 they are development data too and run by default. Any other
  split named ``fresh*`` (``fresh15``) is independent: kept out of every run unless
  ``--sets`` names it, and never run while the rules are being changed.
* **stress** — ``data/realclaims/paraphrase_stress.jsonl``: hand-written report-style
  paraphrases of the development papers' sentences, labelled before running; development
  data, but worded unlike the sentences the rules were tuned on.
* **template** — ``data/calibration`` (``make_calibration_set.py``): fictional papers
  written from templates. The rules were once tuned on it, so it says little alone.

Printed per set: accuracy, macro-F1, precision/recall per verdict, the number of
contradicted claims judged *supported*, and, for claims whose truth differs between two
versions of their paper, the share of (claim, version) verdicts that are right. Beside
them, checks without labels on the development papers' own sentences (``sanity``):
verbatim, against another paper, with a number changed, with a listed item replaced and
with listed items reordered, each with the verdict it should get.

    .venv/bin/python benchmarks/calibrate_verdicts.py              # tune, heldout, stress, fresh … fresh14, template
    .venv/bin/python benchmarks/calibrate_verdicts.py --sets tune  # one half
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass, field
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

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "calibration"
REAL_PAPERS = ROOT / "data" / "realpapers"
REAL_CLAIMS = ROOT / "data" / "realclaims" / "claims.jsonl"
# Hand-written paraphrases of the development papers' sentences (split "stress"): a check of
# generalisation to report-style wording that needs no unseen papers.
STRESS_CLAIMS = ROOT / "data" / "realclaims" / "paraphrase_stress.jsonl"
LABELS = [lab.value for lab in VerdictLabel if lab is not VerdictLabel.UNCHECKED]
# The blind splits measured once and then read while the rules changed (fresh and fresh2
# in the fourth round of issue 13, fresh3 in the fifth, fresh4 and fresh5 in the sixth, fresh6
# in the seventh, fresh7 and fresh8 in the eighth, fresh9 to fresh11 in the ninth, fresh12 to fresh14 in the tenth):
# development data like tune and heldout, so they run by default.
DEVELOPMENT_FRESH = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14")
SETS = ("tune", "heldout", "stress", *DEVELOPMENT_FRESH, "template")  # run by default
# Any split of the claims files may be named; any other split whose name starts with
# "fresh" (fresh15, ...) is an independent set, never tuned on, so it runs only when named.
REAL_SPLITS = ("tune", "heldout", "stress", *DEVELOPMENT_FRESH)


def is_independent(split: str) -> bool:
    return split.startswith("fresh") and split not in DEVELOPMENT_FRESH


@dataclass
class Result:
    name: str
    gold: list[str]
    pred: list[str]
    # (claim, version) pairs of claims whose truth differs between versions: (gold, predicted)
    drift_pairs: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[dict, str]] = field(default_factory=list)

    @property
    def per_label(self) -> dict[str, tuple[float, float, int]]:
        out = {}
        for lab in LABELS:
            tp = sum(g == lab and p == lab for g, p in zip(self.gold, self.pred))
            fp = sum(g != lab and p == lab for g, p in zip(self.gold, self.pred))
            fn = sum(g == lab and p != lab for g, p in zip(self.gold, self.pred))
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            out[lab] = (precision, recall, tp + fn)
        return out

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in zip(self.gold, self.pred)) / max(1, len(self.gold))

    @property
    def macro_f1(self) -> float:
        f1s = []
        for lab, (p, r, n) in self.per_label.items():
            if n:
                f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        return sum(f1s) / max(1, len(f1s))

    @property
    def contradicted_called_supported(self) -> int:
        return sum(g == "contradicted" and p == "supported" for g, p in zip(self.gold, self.pred))

    @property
    def drift_contradicted_called_supported(self) -> int:
        return sum(g == "contradicted" and p == "supported" for g, p in self.drift_pairs)

    @property
    def drift_accuracy(self) -> float | None:
        if not self.drift_pairs:
            return None
        return sum(g == p for g, p in self.drift_pairs) / len(self.drift_pairs)


# --------------------------------------------------------------------------- template set


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
    return [v.label.value for v in _verdicts(versions, claims)]


# --cited N: each claim is judged as in a report that cites its paper and N others, so that
# the paper whose passage matches best decides, as in an audit (0: its own paper only).
CO_CITED = 0


def _source(versions: dict[str, list[SourceVersion]], paper: str, version: int | None) -> Source:
    known = versions[paper]
    ref = Reference(f"arXiv:{paper}" + (f"v{version}" if version else ""), paper, version)
    meta = PaperMetadata(paper, "", [], "", [], None, None, max(v.version for v in known))
    return Source(ref, SourceStatus.OK, meta, known)


def _co_cited(versions: dict[str, list[SourceVersion]], paper: str, n: int) -> list[str]:
    """``n`` other papers, the same for every claim of ``paper``: the next ones in ID order."""
    keys = sorted(versions)
    i = keys.index(paper)
    return [keys[(i + k) % len(keys)] for k in range(1, min(n, len(keys) - 1) + 1)]


def _verdicts(versions: dict[str, list[SourceVersion]], claims: list[dict]) -> list:  # list[Verdict]
    out = []
    for c in claims:
        sources = [_source(versions, c["paper"], c["version"])]
        sources += [_source(versions, other, None) for other in _co_cited(versions, c["paper"], CO_CITED)]
        claim = Claim(1, c["text"], Mark.UNKNOWN, None, bool(c.get("truncated", False)))
        out.append(judge_claims([claim], sources)[0])
    return out


def template_result() -> Result:
    versions, claims = load()
    pred = predict(versions, claims)
    gold = [c["label"] for c in claims]
    return Result("template", gold, pred, wrong=[(c, p) for c, p in zip(claims, pred) if c["label"] != p])


# --------------------------------------------------------------------------- real text


def load_real() -> tuple[dict[str, list[SourceVersion]], list[dict]]:
    """Every corpus PDF extracted by the real extractor, and the labelled claims."""
    from claimcheck.sources.extract import extract_pdf

    if not REAL_CLAIMS.exists():
        raise FileNotFoundError(f"{REAL_CLAIMS.relative_to(ROOT)} is missing: the real-text labelled set is not built")
    manifest = json.loads((REAL_PAPERS / "manifest.json").read_text(encoding="utf-8"))
    versions: dict[str, list[SourceVersion]] = {}
    for entry in manifest["papers"]:
        arxiv_id, n = entry["arxiv_id"], int(entry["version"])
        pdf = REAL_PAPERS / entry["files"]["pdf"]
        doc = extract_pdf(pdf)
        versions.setdefault(arxiv_id, []).append(SourceVersion(arxiv_id, n, doc.passages, doc.pages, doc.extractor))
    for vs in versions.values():
        vs.sort(key=lambda v: v.version)
    claims = [json.loads(line) for line in REAL_CLAIMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if STRESS_CLAIMS.exists():
        claims += [json.loads(line) for line in STRESS_CLAIMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return versions, claims


def real_result(name: str, versions: dict[str, list[SourceVersion]], claims: list[dict]) -> Result:
    verdicts = _verdicts(versions, claims)
    gold = [c["label"] for c in claims]
    pred = [v.label.value for v in verdicts]
    drift: list[tuple[str, str]] = []
    for c, v in zip(claims, verdicts):
        truth = c.get("per_version") or {}
        if len(set(truth.values())) < 2:
            continue
        for n, label in truth.items():
            got = v.per_version.get(f"{c['paper']}v{n}")
            drift.append((label, got.value if got else "missing"))
    return Result(name, gold, pred, drift, [(c, p) for c, p in zip(claims, pred) if c["label"] != p])


# --------------------------------------------------------------------------- unlabelled checks


def _swap(text: str, old: str, new: str, start: int = 0) -> str | None:
    m = re.compile(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])").search(text, start)
    return None if m is None else text[: m.start()] + new + text[m.end() :]


SANITY_EXPECTED = {"verbatim": "supported", "unrelated": "not found", "number changed": "contradicted",
                   "item replaced": "partly supported", "items reordered": "supported",
                   "word reversed": "contradicted", "verb negated": "contradicted"}
# A word of a sentence and one that reverses it (the first of these a sentence has).
_REVERSE = {"improves": "hurts", "improve": "hurt", "outperforms": "underperforms", "better": "worse",
            "higher": "lower", "increases": "reduces", "large": "small", "larger": "smaller", "simple": "complex",
            "easy": "difficult", "well": "poorly", "more": "less", "best": "worst", "strong": "weak"}


def sanity(versions: dict[str, list[SourceVersion]], papers: set[str], per_version: int = 12) -> dict[str, Counter[str]]:
    """Checks that need no labels, on the papers of the development halves only, each from
    a paper's own prose sentences (the expected verdict in brackets):

    * *verbatim* — every ``k``-th sentence as a claim [supported];
    * *unrelated* — the same against a version of another paper [not found];
    * *number changed* — the first number of a sentence with its last digit changed
      [contradicted];
    * *item replaced* — the last item of a coordinated set replaced by an invented one
      [partly supported];
    * *items reordered* — its first and last items swapped [supported];
    * *word reversed* — its first word of ``_REVERSE`` replaced by the opposite
      [contradicted];
    * *verb negated* — "not" after its first is/are/can/does/do, in a sentence with no
      negation [contradicted]."""
    from claimcheck.evidence.conjuncts import groups
    from claimcheck.evidence.judge import judge_version
    from claimcheck.evidence.quantities import extract_quantities

    keys = sorted(papers)
    out: dict[str, Counter[str]] = {k: Counter() for k in SANITY_EXPECTED}

    def judge(name: str, text: str | None, v: SourceVersion) -> None:
        if text is not None:
            out[name][judge_version(Claim(1, text, Mark.UNKNOWN, None, False), v).label.value] += 1

    for n, pid in enumerate(keys):
        other = versions[keys[(n + 1) % len(keys)]][-1]
        for v in versions[pid]:
            prose = [p for p in v.passages if p.kind in ("sentence", "abstract") and 60 < len(p.text) < 250]
            step = max(1, len(prose) // per_version)
            for p in prose[::step][:per_version]:
                judge("verbatim", p.text, v)
                judge("unrelated", p.text, other)
            for p in prose:
                qs = [q for q in extract_quantities(p.text) if q.upper is None and q.text[:1].isdigit()
                      and not 1900 <= q.value <= 2100]
                if qs:
                    q = qs[0]
                    last = max(i for i, ch in enumerate(q.text) if ch.isdigit())
                    changed = q.text[:last] + str((int(q.text[last]) + 3) % 10) + q.text[last + 1 :]
                    judge("number changed", p.text[: q.start] + changed + p.text[q.start + len(q.text) :], v)
                sets = groups(p.text)
                if sets:
                    first, last_item = sets[0][0].text, sets[0][-1].text
                    judge("item replaced", _swap(p.text, last_item, "Quorvex" if last_item[:1].isupper() else "zebra farming"), v)
                    i = p.text.find(first)
                    once = _swap(p.text, last_item, "\x00", i + len(first)) if i >= 0 else None
                    once = _swap(once, first, last_item) if once else None
                    judge("items reordered", once.replace("\x00", first) if once else None, v)
                word = next((w for w in _REVERSE if re.search(r"\b" + w + r"\b", p.text)), None)
                if word:
                    judge("word reversed", _swap(p.text, word, _REVERSE[word]), v)
                verb = re.search(r"\b(?:is|are|can|does|do)\b", p.text)
                if verb and not re.search(r"\b(?:not|no|never|without)\b|n't", p.text):
                    judge("verb negated", p.text[: verb.end()] + " not" + p.text[verb.end() :], v)
    return out


# --------------------------------------------------------------------------- printing


def print_side_by_side(results: list[Result]) -> None:
    width = 20
    head = f"{'':<26}" + "".join(f"{r.name + f' ({len(r.gold)})':>{width}}" for r in results)
    print(head)
    print(f"{'accuracy':<26}" + "".join(f"{r.accuracy:>{width}.3f}" for r in results))
    print(f"{'macro-F1':<26}" + "".join(f"{r.macro_f1:>{width}.3f}" for r in results))
    print(f"{'contradicted → supported':<26}" + "".join(f"{r.contradicted_called_supported:>{width}}" for r in results))
    print(f"{'per-version (drift claims)':<26}" + "".join(
        f"{(f'{r.drift_accuracy:.3f} of {len(r.drift_pairs)}' if r.drift_accuracy is not None else '—'):>{width}}" for r in results))
    print(f"{'per-version contr. → sup.':<26}" + "".join(
        f"{(r.drift_contradicted_called_supported if r.drift_pairs else '—'):>{width}}" for r in results))
    for lab in LABELS:
        cells = []
        for r in results:
            p, rec, n = r.per_label[lab]
            cells.append(f"P {p:.2f} R {rec:.2f} n {n}")
        print(f"{lab:<26}" + "".join(f"{c:>{width}}" for c in cells))


def print_details(r: Result, show: int) -> None:
    confusion = Counter(zip(r.gold, r.pred))
    preds = LABELS + [VerdictLabel.UNCHECKED.value]
    print(f"\n{r.name}: confusion (rows: expected, columns: predicted)")
    print(f"  {'':<18}" + "".join(f"{lab[:12]:>14}" for lab in preds))
    for g in LABELS:
        print(f"  {g[:16]:<18}" + "".join(f"{confusion.get((g, p), 0):>14}" for p in preds))
    if r.wrong and show:
        print(f"  {len(r.wrong)} misjudged:")
        for c, p in r.wrong[:show]:
            print(f"    #{c.get('id', '?')} [{c.get('kind')}] {c['paper']}v{c['version']} expected {c['label']}, got {p}: {c['text'][:120]}")


def main(sets: tuple[str, ...] = SETS, show: int = 0) -> dict[str, Result]:
    out: dict[str, Result] = {}
    checks = None
    if any(s != "template" for s in sets):
        versions, claims = load_real()
        present = dict.fromkeys(c["split"] for c in claims)
        missing = [s for s in sets if s != "template" and s not in present]
        if missing:
            raise SystemExit(f"no claims of split(s) {', '.join(missing)}; the claims files have {', '.join(present)}")
        for split in sets:
            if split != "template":
                out[split] = real_result(f"real {split}", versions, [c for c in claims if c["split"] == split])
        dev = {c["paper"] for c in claims if c["split"] in ("tune", "heldout") and c["split"] in sets}
        if dev:
            checks = sanity(versions, dev)
    if "template" in sets:
        out["template"] = template_result()
    print_side_by_side(list(out.values()))
    if checks:
        print("unlabelled checks on the development papers' own sentences (expected verdict):")
        for name, counts in checks.items():
            print(f"  {name:<16} [{SANITY_EXPECTED[name]}] " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    for r in out.values():
        print_details(r, show)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS),
                        help=f"comma-separated: template or any split of the claims files (default {','.join(SETS)}); "
                             "a split named fresh* other than fresh and fresh2 is an independent set: never while tuning")
    parser.add_argument("--show", type=int, default=40, help="misjudged claims to list per set")
    parser.add_argument("--claims", type=Path, default=REAL_CLAIMS, help="the real-text labelled claims (JSON lines)")
    parser.add_argument("--cited", type=int, default=0, metavar="N",
                        help="judge each real-text claim against its paper and N other corpus papers, as a report "
                        "citing several papers is audited (default 0: its own paper only)")
    args = parser.parse_args()
    REAL_CLAIMS = args.claims
    CO_CITED = max(0, args.cited)
    chosen = tuple(s.strip() for s in args.sets.split(",") if s.strip())
    main(chosen, args.show)
