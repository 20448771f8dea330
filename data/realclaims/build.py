"""Write data/realclaims/claims.jsonl from the hand-written labels in claims_src.py.

    .venv/bin/python data/realclaims/build.py          # write claims.jsonl, check evidence
    .venv/bin/python data/realclaims/build.py --check  # only check, write nothing

The labels were written by a person reading the corpus sources (data/realpapers/*.truth.json),
never by running the verdict engine. This script only numbers the claims, gives each the
split of its paper, fills in the per-version labels a claim leaves implicit (the same in
every version) and refuses to write a set whose quoted evidence is not, word for word, in
the truth file of the version it names -- so a corpus rebuild that changes a sentence shows
up here instead of as a silently wrong label.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "realpapers"
sys.path.insert(0, str(HERE))

import claims_src  # noqa: E402


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def _versions() -> dict[str, dict[int, Path]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["papers"] if isinstance(manifest, dict) else manifest
    out: dict[str, dict[int, Path]] = {}
    for e in entries:
        version = int(e["version"])
        files = e.get("files") if isinstance(e.get("files"), dict) else {}
        truth = files.get("truth") or e.get("truth") or f"{e['arxiv_id']}v{version}.truth.json"
        out.setdefault(e["arxiv_id"], {})[version] = CORPUS / truth
    return out


def _truth(path: Path) -> tuple[list[str], list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = [_norm(s["text"] if isinstance(s, dict) else s) for s in data["sentences"]]
    cells = data.get("cells")
    if cells is None:
        cells = [c for t in data.get("tables", []) for c in t.get("cells", [])]
    return sentences, cells


def problems(claims: list[dict], versions: dict[str, dict[int, Path]]) -> list[str]:
    """Every way a claim's bookkeeping disagrees with the corpus, as readable lines."""
    out = []
    cache: dict[Path, tuple[list[str], list[dict]]] = {}
    for c in claims:
        where = f"claim {c['id']} ({c['paper']}v{c['version']})"
        if c["paper"] not in versions or c["version"] not in versions[c["paper"]]:
            out.append(f"{where}: not in the corpus manifest")
            continue
        for item in c["evidence"]:
            v = item.get("version", c["version"])
            path = versions[c["paper"]].get(v)
            if path is None:
                out.append(f"{where}: evidence names v{v}, which the corpus lacks")
                continue
            if path not in cache:
                cache[path] = _truth(path)
            sentences, cells = cache[path]
            if "sentence" in item:
                quote = _norm(item["sentence"])
                if not any(quote in s for s in sentences):
                    out.append(f"{where}: sentence not in v{v}: {quote[:90]!r}")
            elif not any(
                all(_norm(str(item[k])) == _norm(str(cell.get(k, ""))) for k in ("table", "row", "column", "value"))
                for cell in cells
            ):
                out.append(f"{where}: cell not in v{v}: {item}")
    return out


def unread_versions(versions: dict[str, dict[int, Path]]) -> list[str]:
    """Papers whose corpus versions differ from the ones the labels were written against."""
    return [
        f"{paper}: corpus has versions {sorted(versions.get(paper, {}))}, labels were read in {list(read)}"
        for paper, read in sorted(claims_src.VERSIONS.items())
        if sorted(versions.get(paper, {})) != sorted(read)
    ]


def build() -> list[dict]:
    versions = _versions()
    claims = []
    for i, raw in enumerate(claims_src.CLAIMS):
        c = dict(raw)
        c["id"] = i
        c["split"] = claims_src.SPLIT[c["paper"]]
        known = sorted(versions.get(c["paper"], {}))
        if len(known) > 1:
            per = {str(v): c["label"] for v in known}
            per.update({str(k): lab for k, lab in c.pop("per_version", {}).items()})
            per[str(c["version"])] = c["label"]
            c["per_version"] = per
        else:
            c.pop("per_version", None)
        claims.append(c)
    return claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    args = parser.parse_args()
    stale = unread_versions(_versions())
    if stale:
        for line in stale:
            print(line, file=sys.stderr)
        print("read the new versions and update claims_src.py (VERSIONS and each claim's per)", file=sys.stderr)
        return 1
    claims = build()
    bad = problems(claims, _versions())
    for line in bad:
        print(line, file=sys.stderr)
    order = ["id", "paper", "version", "text", "truncated", "label", "per_version", "kind", "evidence", "why", "split"]
    if not args.check and not bad:
        with open(HERE / "claims.jsonl", "w", encoding="utf-8") as fh:
            for c in claims:
                fh.write(json.dumps({k: c[k] for k in order if k in c}, ensure_ascii=False) + "\n")
    for split in ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15"):
        part = [c for c in claims if c["split"] == split]
        print(f"{split}: {len(part)} claims, papers {sorted({c['paper'] for c in part})}")
        print("  labels:", dict(Counter(c["label"] for c in part)))
        print("  kinds: ", dict(sorted(Counter(c["kind"] for c in part).items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
