"""The import graph of the ``interleave`` package, read from its source (every import, those
inside functions included: a lazy import still ties two modules together; imports under
``if TYPE_CHECKING:`` never run and are left out)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "interleave"


def modules(root: Path = PACKAGE) -> dict:
    """Dotted module name -> source path, for every module of the package."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = ("interleave",) + path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "tests" in parts:
            continue
        found[".".join(parts)] = path
    return found


def _with_parents(name: str, known) -> set:
    """Importing a.b.c imports a and a.b first."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)} & known


def _type_checking_only(node) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def _executed_nodes(tree):
    """Every node of ``tree`` except those inside ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if _type_checking_only(node):
            stack.extend(node.orelse)  # type: ignore[attr-defined]
            continue
        stack.extend(ast.iter_child_nodes(node))


def imports_of(name: str, path: Path, known) -> set:
    """The package's modules that module ``name`` imports."""
    is_package = path.name == "__init__.py"
    base = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in _executed_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found |= _with_parents(alias.name, known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - node.level + 1]
                target = ".".join(anchor + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found |= _with_parents(target, known)
            for alias in node.names:
                found |= _with_parents(f"{target}.{alias.name}", known)
    found.discard(name)
    # a module's own parent packages are imported before it: not an edge of its making
    return found - _with_parents(name, known)


def graph(root: Path = PACKAGE) -> dict:
    mods = modules(root)
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def cycles(edges: dict) -> list:
    """Every elementary cycle found by a depth-first search, as lists of module names."""
    found = []
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found
