"""Finds import circles among the project's own modules: `python -m tools.import_cycles`.

Every import counts, at the top of a file or inside a function: an import inside a
function still ties the two modules together, it only hides the circle until run time.
Exits 1 and names each circle when there is one (tests/unit/test_import_cycles.py).
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

PACKAGES = ("bot", "actions", "tools")


def module_name(path: Path, root: Path = PROJECT_ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(name: str, known: set[str]) -> str | None:
    """The project module an import names (`bot.staff.audit`, or `bot.staff` for a
    package), or None for one outside the project."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def graph(root: Path = PROJECT_ROOT) -> dict[str, set[str]]:
    files = {module_name(path, root): path for package in PACKAGES for path in (root / package).rglob("*.py")}
    known = set(files)
    edges: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{parent}.{base}" if base else parent
                targets = [f"{base}.{alias.name}" for alias in node.names] or [base]
            for target in targets:
                found = _resolve(target, known)
                if found and found != name and not name.startswith(found + "."):  # a package's own __init__
                    edges[name].add(found)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(edges.get(node, ())):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def main() -> int:
    found = cycles(graph())
    for group in found:
        print("Import circle: " + " -> ".join(group))
    if not found:
        print(f"No import circles among the modules of {', '.join(PACKAGES)}.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
