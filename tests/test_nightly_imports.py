"""The nightly package's modules import each other without a cycle, not even one hidden
behind an import inside a function (which only postpones the failure to a rename)."""

from __future__ import annotations

import ast
from pathlib import Path

import claimcheck.nightly

PACKAGE = Path(claimcheck.nightly.__file__).parent
PREFIX = "claimcheck.nightly."


def imports_of(path: Path) -> set[str]:
    """Sibling modules ``path`` imports anywhere in its body (functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if name.startswith(PREFIX):
                module = name[len(PREFIX):].split(".")[0]
                if (PACKAGE / f"{module}.py").is_file():
                    found.add(module)
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_in_the_nightly_package() -> None:
    graph = {p.stem: imports_of(p) - {p.stem} for p in PACKAGE.glob("*.py")}
    assert {"intake", "jobfile", "zenodo", "folder", "registry", "fields"} <= set(graph)
    assert find_cycle(graph) is None, f"import cycle: {' -> '.join(find_cycle(graph) or [])}"
    assert graph["fields"] <= {"errors"}  # the TOML field helpers are a leaf
    assert graph["intake"] <= {"errors"}  # the intake types know no intake


def test_intakes_are_registered_in_one_place() -> None:
    from claimcheck.nightly import registry

    registering = [p.stem for p in PACKAGE.glob("*.py") if "register_intake(" in p.read_text("utf-8")]
    assert registering == ["registry"]
    assert registry.registered_kinds() == ["folder", "zenodo"]
