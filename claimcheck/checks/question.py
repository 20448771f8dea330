"""Does anything address the report's research question?

The key terms of a question are found by shape, not from a word list: names with inner
capitals, digits or symbols (``HumanEval-X``, ``Pass@1``, ``XTREME-R``, ``CodeBERT``), and
runs of content words between stop words (``code generation``, ``adversarial noise``).
A term is *addressed* when it occurs (case-, hyphen- and plural-tolerant) in a claim, in
the abstract, or, for the source-based check, in a cited paper.
"""

from __future__ import annotations

import re

from claimcheck.model import Finding, Report, Severity

STOP = set(
    """a an the of on in for to and or by as at with from into via vs versus than then that this these those
    is are be been being was were do does did can could should would will may might must has have had
    what which who whom whose how why when where whether if than more most less least such e.g i.e eg ie
    its their our your his her it they we you them there here both either neither nor not no any all each
    other another some many much very also using use used measured evaluated compared comparing when
    impact effect effects role choice influence improve improves improving improvement improvements
    affect affects performance capabilities ability task tasks based under over between among across
    useful helpful effective beneficial worthwhile better worse good bad keep keeps preserve preserves
    maintain maintains help helps hurt hurts benefit benefits matter matters hold holds remain remains
    lead leads yield yields still really actually""".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9@+#.\-/]*[A-Za-z0-9+#]|[A-Za-z0-9]")


def _is_name(token: str) -> bool:
    """A named thing rather than an English word: inner capitals, digits or symbols."""
    inner_caps = any(c.isupper() for c in token[1:])
    return inner_caps or bool(re.search(r"[0-9@+#]", token)) and bool(re.search(r"[A-Za-z]", token))


def question_terms(question: str) -> list[str]:
    """Key terms of a research question, most specific first, without duplicates."""
    names: list[str] = []
    phrases: list[str] = []
    run: list[str] = []

    def close() -> None:
        words = [w for w in run if not _is_name(w)]
        if len(words) >= 2:
            phrases.append(" ".join(words[-3:]))
        run.clear()

    for m in re.finditer(_TOKEN.pattern + r"|[,;:()?!]", question):
        tok = m.group(0).rstrip(".")
        if not tok or tok in ",;:()?!":
            close()
            continue
        if _is_name(tok):
            names.append(tok)
            close()
        elif tok.lower() in STOP or tok.isdigit():
            close()
        else:
            run.append(tok.lower())
    close()
    seen: set[str] = set()
    out = []
    for t in names + phrases:
        key = normalise(t)
        if key and key not in seen:
            seen.add(key)
            out.append(t)
    return out


def normalise(text: str) -> str:
    words = re.sub(r"[-_/]", " ", text.lower())
    words = re.sub(r"[^\w@+# ]", " ", words)
    return " ".join(_singular(w) for w in words.split())


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def term_found(term: str, text: str) -> bool:
    """A name must occur as written (modulo case, hyphens, plurals); a phrase is found when
    each of its words is, in any order, since sources rephrase ("zero-shot cross-lingual
    setting" addresses "zero-shot cross-lingual transfer" only if "transfer" occurs too)."""
    t = normalise(term)
    if not t:
        return False
    norm = f" {normalise(text)} "
    if f" {t} " in norm:
        return True
    words = t.split()
    if len(words) < 2 or any(_is_name(w) for w in term.split()):
        return False
    return all(f" {w} " in norm for w in words)


def check_question_vs_claims(report: Report) -> list[Finding]:
    q = report.research_question
    if not q:
        return []
    terms = question_terms(q)
    if not terms:
        return []
    corpus = " ".join(c.text for c in report.claims) + " " + (report.abstract or "")
    missing = [t for t in terms if not term_found(t, corpus)]
    findings: list[Finding] = []
    if missing:
        share = len(missing) / len(terms)
        severity = Severity.ERROR if share >= 0.5 else Severity.WARNING
        findings.append(
            Finding(
                code="question.unaddressed-by-claims",
                severity=severity,
                message=(
                    f"the research question names {', '.join(repr(t) for t in missing[:6])}"
                    f"{' …' if len(missing) > 6 else ''}, which no claim and not the report's abstract mention"
                ),
                report=report.path,
                details={"terms": terms, "missing": missing, "question": q},
            )
        )
    if report.examined_title:
        in_title = [t for t in terms if term_found(t, report.examined_title)]
        named_missing = [t for t in missing if _is_name(t.split()[0]) or " " in t]
        if not in_title and named_missing:
            findings.append(
                Finding(
                    code="question.paper-mismatch",
                    severity=Severity.WARNING,
                    message=(
                        f"the report examines '{report.examined_title}', but its research question "
                        f"is about {', '.join(repr(t) for t in named_missing[:4])}"
                    ),
                    report=report.path,
                    details={"examined_title": report.examined_title, "terms": terms},
                )
            )
    return findings
