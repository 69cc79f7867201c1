"""Core's modules import only downward: each layer may use the layers below it, never above.

The check reads the source (no import) of every module in `kttt_desktop/core`, module-level
imports and imports inside functions alike, so a dependency cannot hide in a function body.
Imports under `if TYPE_CHECKING:` are left out: they name a type for an annotation (the
registry handed to a report, say) and create no dependency when the program runs.
The layers are described in docs/architecture.md; a new module belongs to one of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "kttt_desktop" / "core"
PREFIX = "kttt_desktop.core"

# Lowest first. A module belongs to the longest name listed that it starts with.
LAYERS: list[tuple[str, ...]] = [
    ("",  # the package itself
     "errors", "messages", "catalogues", "text", "catalogs", "files", "progress", "clock",
     "canonical_json", "resources", "paths", "collation", "changes", "formats", "units", "locks"),
    ("records",),
    ("db",),
    ("plan", "duplicates"),
    ("sync",),
    ("backup",),
    ("xlsx",),
    ("reports",),
    ("registry",),
    ("mirror",),
    ("demo",),
]


def _name(path: Path) -> str:
    parts = list(path.relative_to(CORE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PREFIX, *parts])


MODULES = {_name(path): path for path in sorted(CORE.rglob("*.py"))}


def layer_of(module: str) -> int:
    """The layer of a core module; a module no layer names fails the test."""
    inside = module[len(PREFIX):].lstrip(".")
    best: tuple[int, int] | None = None
    for level, names in enumerate(LAYERS):
        for name in names:
            if inside == name or (name and inside.startswith(name + ".")) or (not name and not inside):
                if best is None or len(name) > best[1]:
                    best = (level, len(name))
    assert best is not None, f"{module} is in no layer: add it to LAYERS and docs/architecture.md"
    return best[0]


def _typing_only(tree: ast.Module) -> set[int]:
    """ids of the import nodes under `if TYPE_CHECKING:`."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                skipped.update(id(n) for n in ast.walk(inner))
    return skipped


def imports_of(module: str) -> list[tuple[int, str]]:
    """(line, core module) of every import the module runs, wherever it stands."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    skipped = _typing_only(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith(PREFIX)]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            if not base.startswith(PREFIX):
                continue
            for alias in node.names:  # `from package import module` names the module
                target = f"{base}.{alias.name}"
                found.append((node.lineno, target if target in MODULES else base))
    return found


def test_every_core_module_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def test_core_imports_only_downward() -> None:
    upward = [f"{MODULES[module].relative_to(CORE.parent)}:{line} imports {target} "
              f"(layer {layer_of(target)}) from layer {layer_of(module)}"
              for module in MODULES for line, target in imports_of(module)
              if target in MODULES and layer_of(target) > layer_of(module)]
    assert not upward, "core imports upward:\n" + "\n".join(upward)


def test_core_imports_have_no_cycle() -> None:
    graph = {module: sorted({t for _, t in imports_of(module) if t in MODULES and t != module})
             for module in MODULES}
    done: set[str] = set()
    cycles: list[str] = []

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append(" -> ".join(path[path.index(module):] + [module]))
            return
        if module in done:
            return
        for target in graph[module]:
            visit(target, path + [module])
        done.add(module)

    for module in graph:
        visit(module, [])
    assert not cycles, "core modules import each other in a cycle:\n" + "\n".join(cycles)


def test_an_upward_import_is_caught(tmp_path: Path) -> None:
    """The check itself: a records module importing the registry inside a function fails."""
    source = "def f():\n    from kttt_desktop.core.registry import Registry\n    return Registry\n"
    module = f"{PREFIX}.records.probe"
    MODULES[module] = tmp_path / "probe.py"
    MODULES[module].write_text(source, encoding="utf-8")
    try:
        [(line, target)] = imports_of(module)
        assert (line, target) == (2, f"{PREFIX}.registry")
        assert layer_of(target) > layer_of(module)
    finally:
        del MODULES[module]
