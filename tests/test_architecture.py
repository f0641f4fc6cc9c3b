"""The package's shape, checked on its source (docs/ARCHITECTURE.md):

- stages import only themselves and earlier stages (every import, function-local ones too);
- only newsevents/settings.py reads the environment;
- only newsevents/store/ holds SQL (and only Store.transaction() writes BEGIN / COMMIT / ROLLBACK).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsevents"

# bottom to top: a module may import its own stage and the stages before it
STAGES = ["records", "ids", "data", "settings", "read", "repair", "nlp", "actors", "events", "extract",
          "store", "corpus", "analysis", "engine", "web", "evaluate", "cli"]
ENTRY_POINTS = {"newsevents", "newsevents.__main__"}  # the package itself and `python -m newsevents`


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append((".".join(parts), path))
    return out


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "newsevents" and len(parts) > 1 else None


def imports_of(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file, wherever it stands."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            found += [(node.lineno, f"{base}.{alias.name}" if base == "newsevents" else base) for alias in node.names]
    return found


def test_every_module_belongs_to_a_stage():
    unknown = [m for m, _ in modules() if m not in ENTRY_POINTS and stage_of(m) not in STAGES]
    assert not unknown, f"add these to STAGES in tests/test_architecture.py and docs/ARCHITECTURE.md: {unknown}"


def test_no_stage_imports_a_later_stage():
    backward = []
    for module, path in modules():
        if module in ENTRY_POINTS:
            continue
        own = STAGES.index(stage_of(module))
        for line, target in imports_of(module, path):
            other = stage_of(target)
            if other in STAGES and STAGES.index(other) > own:
                backward.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({stage_of(module)}) imports {target}")
    assert not backward, "imports of a later stage:\n" + "\n".join(backward)


def test_the_import_walk_sees_function_local_and_relative_imports(tmp_path):
    """The checker itself: an import inside a function and a relative one are both seen."""
    pkg = tmp_path / "newsevents" / "read"
    pkg.mkdir(parents=True)
    source = pkg / "x.py"
    source.write_text("def f():\n    from newsevents.cli import app\n    from ..store import Store\n")
    assert [t for _, t in imports_of("newsevents.read.x", source)] == ["newsevents.cli", "newsevents.store"]


ENVIRON = re.compile(r"\bos\.environ\b|\bgetenv\s*\(|\benviron\s*\[|from os import .*\benviron\b")


def test_only_settings_reads_the_environment():
    readers = [f"{path.relative_to(PACKAGE.parent)}:{n}" for module, path in modules() if module != "newsevents.settings"
               for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if ENVIRON.search(line)]
    assert not readers, "read settings.current() instead of the environment: " + ", ".join(readers)


SQL = re.compile(r"""\.(execute|sql|query)\(|["'](?:\s*)(SELECT|INSERT|UPDATE|DELETE|BEGIN|COMMIT|ROLLBACK|CREATE)\b""")
SQL_FREE = ["cli", "web", "analysis", "engine", "corpus", "read", "repair", "nlp", "actors", "events", "extract", "evaluate"]


def sql_lines(stage: str) -> list[str]:
    root = PACKAGE / stage
    files = sorted(root.rglob("*.py")) if root.is_dir() else [PACKAGE / f"{stage}.py"]
    return [f"{p.relative_to(PACKAGE.parent)}:{n}" for p in files if p.exists()
            for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if SQL.search(line)]


@pytest.mark.parametrize("stage", SQL_FREE)
def test_no_sql_outside_store(stage):
    assert not sql_lines(stage), f"move these queries into newsevents/store/: {sql_lines(stage)}"


def test_only_the_store_transaction_writes_begin_commit_rollback():
    found = [f"{path.relative_to(PACKAGE.parent)}:{n}" for _, path in modules()
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if re.search(r"[\"'](BEGIN|COMMIT|ROLLBACK)\b", line)]
    assert found == ["newsevents/store/db.py:" + str(n) for n in _transaction_lines()], found


def _transaction_lines() -> list[int]:
    lines = (PACKAGE / "store" / "db.py").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "def transaction(" in line)
    return [i + 1 for i, line in enumerate(lines) if i > start and re.search(r"[\"'](BEGIN|COMMIT|ROLLBACK)\b", line)][:3]
