#!/usr/bin/env python3
"""Builds the real-layout corpus: for every entry of papers.py, one LaTeX source, its PDF
(typeset by pdflatex) and a ground-truth JSON made from the same data, plus manifest.json.

    python data/realpapers/build.py            # rebuild everything (needs pdflatex, pdftotext)
    python data/realpapers/build.py --check    # only re-check truth sentences against the PDFs

Needs TeX Live (Debian: texlive-latex-base texlive-latex-recommended texlive-latex-extra
texlive-fonts-recommended texlive-science) and poppler-utils. CI does not: the PDFs are
committed beside their sources.

The truth is written from the data, never read back from the PDF, so truth and PDF cannot
disagree about content. Only the page of each sentence and table is looked up in the PDF text
(pdftotext), and every truth sentence is checked to occur in that text after normalising
whitespace, hyphenation and ligatures; misses are printed and recorded in the manifest.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from papers import PAPERS  # noqa: E402

# ------------------------------------------------------------------ text → LaTeX
_TEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                "^": r"\textasciicircum{}", "±": r"\ensuremath{\pm}", "|": r"\textbar{}",
                "<": r"\textless{}", ">": r"\textgreater{}"}
_URL = re.compile(r"https?://[^\s)]+[^\s).,;]")


def tex_escape(text: str) -> str:
    out, pos = [], 0
    for m in _URL.finditer(text):
        out.append("".join(_TEX_SPECIAL.get(c, c) for c in text[pos:m.start()]))
        out.append(r"\url{" + m.group(0).replace("%", r"\%").replace("#", r"\#") + "}")
        pos = m.end()
    out.append("".join(_TEX_SPECIAL.get(c, c) for c in text[pos:]))
    s = "".join(out)
    # "[MASK]" after a line break would be read as an optional argument; protect brackets.
    return s.replace("[", "{[}").replace("]", "{]}")


_FOOTNOTE = re.compile(r"\[\^(.+?)\]")
_ITALIC = re.compile(r"\*(?!\*)(.+?)\*")
_MARKER = re.compile("\x00(\\d+)\x00")


def split_footnotes(text: str) -> tuple[str, list[str]]:
    """The body text without footnote marks, and the footnotes' texts."""
    notes = _FOOTNOTE.findall(text)
    return _FOOTNOTE.sub("", text), notes


def inline_tex(text: str) -> str:
    return _ITALIC.sub(r"\\emph{\1}", tex_escape(text))


def para_to_tex(text: str) -> str:
    pieces, pos = [], 0
    for m in _FOOTNOTE.finditer(text):
        pieces.append(inline_tex(text[pos:m.start()]))
        pieces.append(r"\footnote{" + inline_tex(m.group(1)) + "}")
        pos = m.end()
    pieces.append(inline_tex(text[pos:]))
    return "".join(pieces)


# ------------------------------------------------------------------ sentences
_ABBREV = ("et al.", "e.g.", "i.e.", "vs.", "Fig.", "cf.", "approx.", "col.", "Sec.", "No.", "Eq.")


_GAP = re.compile(r"\s+(?=[A-Z0-9“(\[])")
_TRAILING_MARK = re.compile("\x00\\d+\x00$")


def sentences(text: str) -> list[str]:
    """Sentence split for the truth: prose only, so a short abbreviation list suffices. A
    footnote mark after the full stop ("3k.¹ We") still ends the sentence. The truth is the
    text as printed: TeX sets "---" as an em dash and "--" as an en dash."""
    text = text.strip().replace("---", "\u2014").replace("--", "\u2013")
    parts, pos = [], 0
    for m in _GAP.finditer(text):
        if _TRAILING_MARK.sub("", text[pos:m.start()]).endswith((".", "!", "?", "”")):
            parts.append(text[pos:m.start()])
            pos = m.end()
    parts.append(text[pos:])
    out: list[str] = []
    for p in parts:
        if out and out[-1].endswith(_ABBREV):
            out[-1] += " " + p
        else:
            out.append(p)
    return [s.strip() for s in out if s.strip()]


# ------------------------------------------------------------------ tables
_BOLD = re.compile(r"^\*\*(.*)\*\*(\^\w+)?$")
_MARK = re.compile(r"\^(\w+)$")


def parse_cell(cell: str) -> dict:
    """{'text','bold','mark'} of a cell written as '**91.0**^1'."""
    mark = None
    m = _MARK.search(cell)
    if m:
        mark, cell = m.group(1), cell[:m.start()]
    bold = cell.startswith("**") and cell.endswith("**")
    if bold:
        cell = cell[2:-2]
    return {"text": cell, "bold": bold, "mark": mark}


def cell_tex(cell: str) -> str:
    c = parse_cell(cell)
    body = tex_escape(c["text"])
    if c["bold"]:
        body = r"\textbf{" + body + "}"
    if c["mark"]:
        body += r"$^{" + c["mark"] + "}$"
    return body


def column_headers(table: dict) -> list[str]:
    """Per column (all columns, including the row-label ones): header levels joined by ' / '."""
    levels: list[list[str]] = []
    for row in table["header"]:
        flat: list[str] = []
        for text, span in row:
            flat.extend([text] * span)
        levels.append(flat)
    ncols = len(levels[0])
    return [" / ".join(lv[j] for lv in levels if lv[j]) for j in range(ncols)]


def table_rows(table: dict) -> list[tuple[str | None, list[str]]]:
    if "groups" in table:
        return [(g, r) for g, rows in table["groups"] for r in rows]
    return [(None, r) for r in table["rows"]]


def table_to_tex(table: dict, layout: str) -> str:
    kind = table.get("kind", "table")
    grouped = "groups" in table
    ncols = len(column_headers(table))
    # A table may give its own column spec: a paragraph column ("p{4.6cm}c") wraps long row
    # labels onto two lines inside the text column, as papers do for question-like rows.
    spec = table.get("spec") or "l" * (2 if grouped else 1) + "c" * (ncols - (2 if grouped else 1))
    head: list[str] = []
    for li, row in enumerate(table["header"]):
        cells, rules, col = [], [], 1
        for text, span in row:
            t = tex_escape(text)
            if span > 1:
                cells.append(r"\multicolumn{%d}{c}{%s}" % (span, t))
                if li < len(table["header"]) - 1:
                    rules.append(r"\cmidrule(lr){%d-%d}" % (col, col + span - 1))
            else:
                cells.append(t)
                if li < len(table["header"]) - 1 and text and col > 1:
                    rules.append(r"\cmidrule(lr){%d-%d}" % (col, col))
            col += span
        head.append(" & ".join(cells) + r" \\" + (" " + " ".join(rules) if rules else ""))
    body: list[str] = []
    if grouped:
        for gi, (g, rows) in enumerate(table["groups"]):
            if gi:
                body.append(r"\midrule")
            for ri, r in enumerate(rows):
                first = r"\multirow{%d}{*}{%s}" % (len(rows), tex_escape(g)) if ri == 0 else ""
                body.append(first + " & " + " & ".join(cell_tex(c) for c in r) + r" \\")
    else:
        for r in table["rows"]:
            body.append(" & ".join(cell_tex(c) for c in r) + r" \\")
    caption = r"\caption{" + tex_escape(table["caption"]) + "}"
    if isinstance(table.get("number"), str):
        # A paper that numbers its tables by section ("Table 3.3"): the float prints that
        # number (the redefinition stays inside the float's group).
        caption = r"\renewcommand{\thetable}{%s}" % table["number"] + caption
    elif table.get("number"):
        # A table that keeps the paper's number where the corpus leaves out the ones before it.
        caption = r"\setcounter{table}{%d}" % (table["number"] - 1) + caption
    note = ""
    if table.get("footnote"):
        mark, _, rest = table["footnote"].partition(" ")
        note = r"\par\smallskip{\footnotesize $^{" + mark + "}$" + tex_escape(rest) + "}"
    # A table may set its own size, as papers shrink a wide table to fit the page.
    size = table.get("size") or (r"\small" if ncols < 10 else r"\footnotesize\setlength{\tabcolsep}{3pt}")
    if kind == "longtable":
        return "\n".join([
            r"{\small\begin{longtable}{" + spec + "}",
            caption + r"\\", r"\toprule", *head, r"\midrule", r"\endfirsthead",
            r"\multicolumn{%d}{l}{\footnotesize\itshape %s (continued)}\\" % (ncols, table["label"]),
            r"\toprule", *head, r"\midrule", r"\endhead",
            r"\bottomrule", r"\endlastfoot",
            *body, r"\end{longtable}}"])
    tabular = "\n".join([r"\begin{tabular}{" + spec + "}", r"\toprule", *head, r"\midrule",
                         *body, r"\bottomrule", r"\end{tabular}"])
    if kind == "landscape":
        return "\n".join([r"\begin{landscape}", r"\begin{table}[p]\centering", size, tabular,
                          note, caption, r"\end{table}", r"\end{landscape}"])
    env = "table*" if kind == "table*" else "table"
    return "\n".join([r"\begin{%s}[t]\centering" % env, size, tabular, note, caption,
                      r"\end{%s}" % env])


def table_truth(table: dict) -> dict:
    headers = column_headers(table)
    label_cols = 2 if "groups" in table else 1
    cells, rows_out = [], []
    for group, r in table_rows(table):
        row_label = parse_cell(r[0])["text"]
        rec = {"row": row_label, "values": {}}
        if group:
            rec["group"] = group
        for j, raw in enumerate(r[1:], start=label_cols):
            c = parse_cell(raw)
            cell = {"table": table["label"], "row": row_label, "column": headers[j],
                    "value": c["text"], "caption": table["caption"]}
            if group:
                cell["row_group"] = group
            if c["bold"]:
                cell["bold"] = True
            if c["mark"]:
                cell["footnote_mark"] = c["mark"]
            cells.append(cell)
            rec["values"][headers[j]] = c["text"]
        rows_out.append(rec)
    return {"table": table["label"], "caption": table["caption"],
            "kind": table.get("kind", "table"), "header_levels": len(table["header"]),
            "columns": headers, "rows": rows_out, "cells": cells,
            "source": table.get("source"), "note": table.get("note"),
            "reconstructed": bool(table.get("reconstructed"))}


def table_features(table: dict) -> set[str]:
    f = {"booktabs"}
    kind = table.get("kind", "table")
    f.add({"table*": "table*-full-width", "landscape": "landscape-table",
           "longtable": "longtable-two-page"}.get(kind, "table"))
    if len(table["header"]) > 1:
        f.add("two-level-header")
    if any(span > 1 for row in table["header"] for _, span in row):
        f.add("multicolumn-header")
    if "groups" in table:
        f.add("multirow")
    cells = [c for _, r in table_rows(table) for c in r[1:]]
    if any("±" in c for c in cells):
        f.add("plus-minus-values")
    if any(parse_cell(c)["bold"] for c in cells):
        f.add("bold-best")
    if any(parse_cell(c)["mark"] for c in cells):
        f.add("footnote-marks-in-cells")
    if any(len(parse_cell(r[0])["text"].split()) >= 2 for _, r in table_rows(table)):
        f.add("two-word-row-labels")
    return f


# ------------------------------------------------------------------ documents
STAMP = (r"\AddToShipoutPictureBG*{\AtPageLowerLeft{\put(\LenToUnit{0.42in},\LenToUnit{2.9in})"
         r"{\rotatebox{90}{\fontsize{20}{24}\usefont{T1}{ptm}{m}{n}\color[gray]{0.55}%s}}}}")

COMMON = r"""\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{times}
\usepackage{graphicx,xcolor,eso-pic,fancyhdr,booktabs,multirow,longtable,pdflscape,amsmath,amssymb}
\usepackage{algorithm,algorithmic}
\usepackage[hyphens]{url}
\pdftrailerid{}
\urlstyle{same}
"""

PREAMBLES = {
    "acl": r"""\documentclass[10pt,twocolumn]{article}
\usepackage[a4paper,top=2.5cm,bottom=2.5cm,left=2.5cm,right=2.5cm,columnsep=0.6cm]{geometry}
""" + COMMON + r"""\pagestyle{plain}
""",
    "neurips": r"""\documentclass[10pt]{article}
\usepackage[letterpaper,textwidth=5.5in,textheight=9in,centering]{geometry}
""" + COMMON + r"""\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\thepage}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[L]{\small Preprint. Under review.}}
""",
    "iclr": r"""\documentclass[10pt]{article}
\usepackage[letterpaper,textwidth=5.5in,textheight=9in,centering]{geometry}
""" + COMMON + r"""\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\small Under review as a conference paper}
\fancyfoot[C]{\thepage}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyhead[L]{\small Under review as a conference paper}\fancyfoot[C]{\thepage}}
""",
}


def title_block(p: dict) -> str:
    t, a, f = tex_escape(p["title"]), tex_escape(p["authors"]), tex_escape(p["affil"])
    if p["layout"] == "acl":
        return ("\\title{\\Large\\bfseries %s}\n\\author{\\parbox{0.9\\textwidth}{\\centering\\normalsize %s\\\\[4pt]{\\small %s}}}\n\\date{}\n"
                % (t, a, f)) + "\\begin{document}\n\\maketitle\n"
    if p["layout"] == "neurips":
        return ("\\begin{document}\n\\thispagestyle{first}\n\\begin{center}\\rule{\\textwidth}{4pt}\\\\[8pt]"
                "{\\LARGE\\bfseries %s}\\\\[6pt]\\rule{\\textwidth}{1pt}\\\\[14pt]"
                "{\\normalsize %s}\\\\[2pt]{\\small %s}\\end{center}\\vspace{8pt}\n" % (t, a, f))
    return ("\\begin{document}\n\\thispagestyle{first}\n\\noindent{\\Large\\scshape %s}\\\\[12pt]"
            "\\noindent{\\small\\bfseries %s}\\\\\\noindent{\\small %s}\\vspace{14pt}\n" % (t, a, f))


def abstract_tex(p: dict) -> str:
    body = para_to_tex(p["abstract"])
    if p["layout"] == "acl":
        return "\\begin{abstract}\n" + body + "\n\\end{abstract}\n"
    return ("\\begin{center}{\\large\\bfseries Abstract}\\end{center}\n"
            "\\begin{quote}\n" + body + "\n\\end{quote}\n")


def algo_tex(a: dict) -> str:
    lines = [r"\begin{algorithm}[t]", r"\caption{" + tex_escape(a["caption"]) + "}",
             r"\begin{algorithmic}[1]"]
    for kind, text in a["lines"]:
        t = tex_escape(text)
        lines.append({"require": r"\REQUIRE " + t, "state": r"\STATE " + t,
                      "for": r"\FOR{" + t + "}", "endfor": r"\ENDFOR"}[kind])
    lines += [r"\end{algorithmic}", r"\end{algorithm}"]
    return "\n".join(lines)


def stem(p: dict) -> str:
    return f"{p['arxiv']}v{p['version']}"


def build_tex(p: dict) -> str:
    parts = [PREAMBLES[p["layout"]], STAMP % tex_escape(p["stamp"]) + "\n", title_block(p),
             # as in the real classes: no float above the title on page 1
             "" if p["layout"] == "acl" else "\\suppressfloats[t]\n", abstract_tex(p)]
    sections = list(p["sections"])
    if p.get("page1_float"):
        # The hard case of real ACL papers: abstract and the first section in the left
        # column, the table as a [t] float at the top of the right column. Ending the left
        # column first keeps LaTeX from putting the float at the top of the left one.
        first, sections = sections[:1], sections[1:]
        if p.get("page1_split"):
            # A first section too long for the left column: its first blocks there, the
            # rest below the float in the right column, under the same heading.
            title, blocks = first[0]
            first = [(title, blocks[:p["page1_split"]])]
            sections = [(None, blocks[p["page1_split"]:])] + sections
        parts.append(sections_tex(first, p["layout"]))
        parts.append("\\vfill\\null\\newpage\n" + table_to_tex(p["page1_float"], p["layout"]) + "\n")
    parts.append(sections_tex(sections, p["layout"]))
    parts.append("\\end{document}\n")
    return "".join(parts)


def sections_tex(sections: list, layout: str) -> str:
    parts: list[str] = []
    for title, blocks in sections:
        if title is not None:
            parts.append("\\section{" + tex_escape(title) + "}\n")
        for b in blocks:
            if "p" in b:
                parts.append(para_to_tex(b["p"]) + "\n\n")
            elif "table" in b:
                parts.append(table_to_tex(b["table"], layout) + "\n")
            elif "eq" in b:
                parts.append("\\begin{equation}\n" + b["eq"] + "\n\\end{equation}\n")
            elif "algo" in b:
                parts.append(algo_tex(b["algo"]) + "\n")
    return "".join(parts)


def all_tables(p: dict) -> list[dict]:
    out = [p["page1_float"]] if p.get("page1_float") else []
    for _, blocks in p["sections"]:
        out += [b["table"] for b in blocks if "table" in b]
    return out


def features(p: dict) -> list[str]:
    f = {"arxiv-margin-stamp", {"acl": "acl-two-column", "neurips": "neurips-single-column",
                                "iclr": "iclr-single-column"}[p["layout"]]}
    if p["sections"]:
        f.add("numbered-section-headings")
    if p.get("page1_float"):
        f.add("page1-float-top-of-right-column")
    texts = [p["abstract"]] + [b["p"] for _, bl in p["sections"] for b in bl if "p" in b]
    if any(_FOOTNOTE.search(t) for t in texts):
        f.add("footnotes")
    for _, bl in p["sections"]:
        for b in bl:
            if "eq" in b:
                f.add("displayed-equations")
            if "algo" in b:
                f.add("algorithm-block")
    for t in all_tables(p):
        f |= table_features(t)
    return sorted(f)


# ------------------------------------------------------------------ PDF text
_LIG = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "−": "-", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_LIG)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)        # hyphenation at line ends
    return re.sub(r"\s+", " ", text).strip()


def loose(text: str) -> str:
    # compare without spaces/hyphens: line-end hyphens of compound words are ambiguous
    return re.sub(r"[\s\-]", "", normalise(text))


def pdf_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def find_page(needle: str, pages_loose: list[str]) -> int | None:
    n = loose(needle)
    for i, pg in enumerate(pages_loose):
        if n in pg:
            return i + 1
    # A sentence that pdftotext breaks (a float or the page number printed inside it where
    # it crosses a column) is on the page where it starts.
    for i, pg in enumerate(pages_loose):
        if len(n) > 40 and n[:40] in pg:
            return i + 1
    return None


# ------------------------------------------------------------------ truth
def truth_for(p: dict, pages: list[str]) -> tuple[dict, list[str]]:
    pl = [loose(pg) for pg in pages]
    whole = "".join(pl)
    sents, missing = [], []

    n_notes = 0

    def add(text: str, section: str, kind: str) -> None:
        for s in sentences(text):
            # In the PDF a footnote mark is a superscript number glued to the word before it;
            # the truth sentence leaves it out, the check puts it back.
            printed = _ITALIC.sub(r"\1", _MARKER.sub(lambda m: m.group(1), s))
            s_clean = _ITALIC.sub(r"\1", _MARKER.sub("", s))
            rec = {"text": s_clean, "section": section, "kind": kind,
                   "page": find_page(printed, pl)}
            marks = list(_MARKER.finditer(s))
            if marks:
                rec["footnote_marks"] = [m.group(1) for m in marks]
                # the word each mark is printed after, so a reader of the truth can rebuild
                # the printed text ("art1 as of")
                rec["footnote_after"] = [_MARKER.sub("", s[:m.start()]).split()[-1] for m in marks]
            if loose(printed) not in whole:
                missing.append(s_clean)
                rec["found_in_pdftotext"] = False
            sents.append(rec)

    def add_para(text: str, section: str) -> None:
        nonlocal n_notes
        notes = _FOOTNOTE.findall(text)
        body = text
        for n in notes:
            n_notes += 1
            body = body.replace("[^" + n + "]", "\x00%d\x00" % n_notes, 1)
        add(body, section, "body")
        for n in notes:
            add(n, section, "footnote")

    add_para(p["abstract"], "Abstract")
    for title, blocks in p["sections"]:
        for b in blocks:
            if "p" in b:
                add_para(b["p"], title)
    tables = []
    for t in all_tables(p):
        tt = table_truth(t)
        cap = f"{t['label']}: {t['caption']}"
        tt["page"] = find_page(cap, pl)
        add(cap, "caption", "caption")
        tables.append(tt)
    cells = [c for t in tables for c in t["cells"]]
    eqs = [b["eq"] for _, bl in p["sections"] for b in bl if "eq" in b]
    algo = [text for _, bl in p["sections"] for b in bl if "algo" in b
            for _, text in b["algo"]["lines"] if text]
    truth = {"arxiv": p["arxiv"], "arxiv_id": p["arxiv"], "version": p["version"],
             "title": p["title"],
             "pdf": stem(p) + ".pdf", "layout": p["layout"], "pages": len(pages),
             "sentences": sents, "tables": tables, "cells": cells,
             "equations_latex": eqs, "algorithm_lines": algo,
             "stamp": p["stamp"]}
    return truth, missing


# ------------------------------------------------------------------ build
def compile_pdf(tex_src: str, name: str) -> Path:
    work = Path(tempfile.mkdtemp(prefix="realpapers-"))
    (work / f"{name}.tex").write_text(tex_src, encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1577836800", FORCE_SOURCE_DATE="1")
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                            f"{name}.tex"], cwd=work, capture_output=True, text=True, env=env)
        if r.returncode:
            sys.stderr.write(r.stdout[-3000:])
            raise SystemExit(f"pdflatex failed on {name}")
    return work / f"{name}.pdf"


def manifest_entry(p: dict, truth: dict, missing: list[str]) -> dict:
    return {"arxiv": p["arxiv"], "arxiv_id": p["arxiv"], "version": p["version"],
            "title": p["title"], "layout": p["layout"], "features": features(p),
            "synthetic": p["synthetic"], "synthetic_changes": p.get("synthetic_changes"),
            "provenance": p["source"], "note": p.get("note"),
            "tables": [{"table": t["table"], "source": t["source"], "note": t["note"],
                        "reconstructed": t["reconstructed"]} for t in truth["tables"]],
            "written_for_corpus": ["captions", "section titles other than Abstract and "
                                   "Introduction", "Results/Experiments lead-in sentences",
                                   "algorithm block"],
            "files": {"tex": stem(p) + ".tex", "pdf": stem(p) + ".pdf",
                      "truth": stem(p) + ".truth.json"},
            "pages": truth["pages"], "sentences": len(truth["sentences"]),
            "cells": len(truth["cells"]),
            "sentences_not_in_pdftotext": missing}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="do not typeset; re-check only")
    ap.add_argument("--only", help="build only this stem, e.g. 2005.13013v1")
    args = ap.parse_args(argv)
    for tool in (["pdftotext"] if args.check else ["pdflatex", "pdftotext"]):
        if not shutil.which(tool):
            print(f"build.py: {tool} not found (install texlive / poppler-utils)", file=sys.stderr)
            return 2
    entries, total_missing = [], 0
    for p in PAPERS:
        name = stem(p)
        if args.only and name != args.only:
            continue
        pdf = HERE / f"{name}.pdf"
        if not args.check:
            tex_src = build_tex(p)
            (HERE / f"{name}.tex").write_text(tex_src, encoding="utf-8")
            shutil.copyfile(compile_pdf(tex_src, name), pdf)
        truth, missing = truth_for(p, pdf_pages(pdf))
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        entries.append(manifest_entry(p, truth, missing))
        total_missing += len(missing)
        print(f"{name}: {truth['pages']} pages, {len(truth['sentences'])} sentences, "
              f"{len(truth['cells'])} cells, {len(missing)} sentences not found by pdftotext")
        for m in missing:
            print(f"   not found: {m[:100]}")
    if args.only and (HERE / "manifest.json").is_file():
        # Rebuilding one version must not drop the others from the manifest: keep every
        # other entry as it is and put this one where PAPERS has it.
        old = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))["papers"]
        by_stem = {Path(e["files"]["pdf"]).stem: e for e in old}
        by_stem.update({Path(e["files"]["pdf"]).stem: e for e in entries})
        entries = [by_stem[stem(p)] for p in PAPERS if stem(p) in by_stem]
    manifest = {"description": "Real-layout corpus of real ML/NLP papers; see README.md",
                "built_by": "data/realpapers/build.py", "papers": entries}
    (HERE / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} PDFs, {total_missing} truth sentences not found by pdftotext")
    return 0


if __name__ == "__main__":
    sys.exit(main())
