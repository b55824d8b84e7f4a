"""Mutation testing of the storming and trust rules: does tests/core notice each small change?

Usage: .venv/bin/python scripts/mutation.py [MODULE ...] [--list] [--only N] [--timeout S]

MODULE is a file under xsector_desktop/core (default: measures.py signals.py trust.py). Each
mutant is one change to the module's syntax tree (a comparison, an arithmetic or boolean
operator, a number, a True/False, a `not`) and runs the tests/core files that import the module
(directly or through another core module; no other test can see the change) in a forked child,
so the parent pays for importing pytest and hypothesis once. A mutant is killed when the suite
fails or runs past the time limit; it survives when the suite passes. The survivors are printed
with their line and change; docs/testing.md lists them and why each cannot change behaviour.

This is a tool, not part of the default test run: it takes minutes.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib.util
import io
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "xsector_desktop" / "core"
DEFAULT_MODULES = ("measures.py", "signals.py", "trust.py")
# The rules' own tests first, so that -x stops a killed mutant early.
FIRST_TESTS = ("test_measures.py", "test_signals.py", "test_trust.py", "test_signal_settings.py")

COMPARE_SWAPS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.GtE),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}
BINOP_SWAPS: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div,),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div, ast.Mult),
    ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,),
}
BOOLOP_SWAPS: dict[type[ast.boolop], type[ast.boolop]] = {ast.And: ast.Or, ast.Or: ast.And}


@dataclass(frozen=True)
class Mutant:
    module: str
    index: int  # position of the changed node in ast.walk order
    line: int
    change: str
    apply: Callable[[ast.AST], ast.AST | None]  # returns a replacement node, or None in place


def _annotation_nodes(tree: ast.AST) -> set[int]:
    """ids of nodes inside annotations: with postponed evaluation they never run."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        annotations: list[ast.expr | None] = []
        if isinstance(node, ast.arg):
            annotations.append(node.annotation)
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            annotations.append(node.returns)
        for annotation in annotations:
            if annotation is not None:
                skipped.update(id(n) for n in ast.walk(annotation))
    return skipped


def _op_name(op: ast.AST) -> str:
    symbols = {
        ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
        ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
        ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
        ast.Mod: "%", ast.Pow: "**", ast.And: "and", ast.Or: "or",
    }  # fmt: skip
    return symbols[type(op)]


def _set_compare(position: int, new: type[ast.cmpop]) -> Callable[[ast.AST], None]:
    def apply(node: ast.AST) -> None:
        assert isinstance(node, ast.Compare)
        node.ops[position] = new()

    return apply


def _set_op(new: type[ast.AST]) -> Callable[[ast.AST], None]:
    def apply(node: ast.AST) -> None:
        node.op = new()  # type: ignore[attr-defined]

    return apply


def _set_value(new: object) -> Callable[[ast.AST], None]:
    def apply(node: ast.AST) -> None:
        assert isinstance(node, ast.Constant)
        node.value = new

    return apply


def _drop_unary(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.UnaryOp)
    return node.operand


def _mutations_of(node: ast.AST) -> Iterator[tuple[str, Callable[[ast.AST], ast.AST | None]]]:
    if isinstance(node, ast.Compare):
        for position, op in enumerate(node.ops):
            for new in COMPARE_SWAPS.get(type(op), ()):
                yield f"{_op_name(op)} -> {_op_name(new())}", _set_compare(position, new)
    elif isinstance(node, ast.BinOp | ast.AugAssign):
        for new in BINOP_SWAPS.get(type(node.op), ()):
            yield f"{_op_name(node.op)} -> {_op_name(new())}", _set_op(new)
    elif isinstance(node, ast.BoolOp):
        new_bool = BOOLOP_SWAPS[type(node.op)]
        yield f"{_op_name(node.op)} -> {_op_name(new_bool())}", _set_op(new_bool)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
        yield ("not x -> x" if isinstance(node.op, ast.Not) else "-x -> x"), _drop_unary
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield f"{value} -> {not value}", _set_value(not value)
        elif isinstance(value, int | float):
            yield f"{value!r} -> {value + 1!r}", _set_value(value + 1)
            yield f"{value!r} -> {value - 1!r}", _set_value(value - 1)


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            found.add(id(body[0].value))
    return found


def mutants_of(path: Path) -> list[Mutant]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _annotation_nodes(tree) | _docstrings(tree)
    found: list[Mutant] = []
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skipped:
            continue
        for change, apply in _mutations_of(node):
            found.append(Mutant(path.name, index, getattr(node, "lineno", 0), change, apply))
    return sorted(found, key=lambda m: (m.line, m.index))


class _Replace(ast.NodeTransformer):
    def __init__(self, target: ast.AST, replacement: ast.AST) -> None:
        self.target, self.replacement = target, replacement

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return self.replacement
        return super().visit(node)


def mutated_source(path: Path, mutant: Mutant) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    node = next(n for i, n in enumerate(ast.walk(tree)) if i == mutant.index)
    replacement = mutant.apply(node)
    if replacement is not None:
        tree = _Replace(node, copy.deepcopy(replacement)).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


def _core_modules_imported(path: Path) -> set[str]:
    """The xsector_desktop.core modules a file imports by name (relative or absolute)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
            if node.level == 1 or module.startswith("xsector_desktop.core."):
                found.add(module.rsplit(".", 1)[-1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("xsector_desktop.core."):
                    found.add(alias.name.rsplit(".", 1)[-1])
    return found


def _reaches(start: set[str], target: str) -> bool:
    """Whether importing the core modules in `start` imports `target`, directly or not."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name == target:
            return True
        if name in seen or not (CORE / f"{name}.py").exists():
            continue
        seen.add(name)
        todo.extend(_core_modules_imported(CORE / f"{name}.py"))
    return False


def _test_files(module: str) -> list[str]:
    """The tests/core files that import the mutated module (no other test can see a mutant)."""
    tests = ROOT / "tests" / "core"
    rest = sorted(p.name for p in tests.glob("test_*.py") if p.name not in FIRST_TESTS)
    target = module.removesuffix(".py")
    return [
        str(tests / name)
        for name in (*FIRST_TESTS, *rest)
        if (tests / name).exists() and _reaches(_core_modules_imported(tests / name), target)
    ]


def _run_suite_in_child(module: str, source: str) -> None:
    """In the forked child: install the mutated module, run the suite, exit with its code."""
    import pytest

    name = f"xsector_desktop.core.{module.removesuffix('.py')}"
    spec = importlib.util.spec_from_file_location(name, CORE / module)
    assert spec is not None
    mutated = importlib.util.module_from_spec(spec)
    sys.modules[name] = mutated
    exec(compile(source, str(CORE / module), "exec"), mutated.__dict__)
    args = ["-x", "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-W",
            "ignore::pytest.PytestConfigWarning", *_test_files(module or "")]  # fmt: skip
    sink = io.StringIO()
    with redirect_stdout(sink), redirect_stderr(sink):
        try:
            code = int(pytest.main(args))
        except BaseException:  # a mutant may break the module at import: that is a kill
            code = 99
    os._exit(code)


def run_once(module: str, source: str, timeout: float) -> str:
    """'passed', 'failed' or 'timeout' for the suite against one version of a module."""
    pid = os.fork()
    if pid == 0:
        try:
            _run_suite_in_child(module, source)
        finally:
            os._exit(98)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return "passed" if os.waitstatus_to_exitcode(status) == 0 else "failed"
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", default=list(DEFAULT_MODULES))
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--only", type=int, action="append", help="run mutant number N only")
    parser.add_argument("--verbose", action="store_true", help="print every mutant's outcome")
    parser.add_argument("--timeout", type=float, default=0, help="seconds (default 5x baseline)")
    args = parser.parse_args(argv)
    os.environ["CI"] = "1"  # conftest's derandomised hypothesis profile: the same run each time
    os.environ.pop("XSECTOR_PERF", None)
    sys.path.insert(0, str(ROOT / "tests"))
    import hypothesis  # noqa: F401  (imported once here, inherited by every child)
    import pytest  # noqa: F401

    for name in ("model", "scales", "signal_settings"):
        importlib.import_module(f"xsector_desktop.core.{name}")

    all_mutants = [m for module in args.modules for m in mutants_of(CORE / module)]
    numbered = list(enumerate(all_mutants, start=1))
    if args.only:
        numbered = [(n, m) for n, m in numbered if n in args.only]
    if args.list:
        for number, m in numbered:
            print(f"{number:4} {m.module}:{m.line} {m.change}")
        return 0
    started = time.monotonic()
    # The baseline goes through the same install-and-run path as a mutant, with each module's
    # source unchanged, so a fault in this runner cannot pass for a killed mutant.
    for module in args.modules:
        unchanged = ast.unparse(ast.parse((CORE / module).read_text(encoding="utf-8")))
        if run_once(module, unchanged, 600) != "passed":
            print(f"the suite fails with {module} unchanged: fix that first", file=sys.stderr)
            return 1
    baseline = (time.monotonic() - started) / len(args.modules)
    timeout = args.timeout or max(20.0, 3 * baseline)
    print(f"baseline suite {baseline:.1f} s; time limit per mutant {timeout:.0f} s", flush=True)
    totals: dict[str, list[int]] = {}
    survivors: list[str] = []
    for number, m in numbered:
        began = time.monotonic()
        outcome = run_once(m.module, mutated_source(CORE / m.module, m), timeout)
        if args.verbose:
            took = time.monotonic() - began
            print(f"{outcome:8} {number:4} {m.module}:{m.line} {m.change} ({took:.1f} s)")
        counts = totals.setdefault(m.module, [0, 0])
        counts[1] += 1
        if outcome == "passed":
            survivors.append(f"{number:4} {m.module}:{m.line} {m.change}")
            print(f"SURVIVED {survivors[-1]}", flush=True)
        else:
            counts[0] += 1
    killed = sum(k for k, _ in totals.values())
    total = sum(t for _, t in totals.values())
    for module, (k, t) in totals.items():
        print(f"{module}: {k} of {t} killed ({100 * k / t:.1f}%)")
    if total:
        print(f"overall: {killed} of {total} killed ({100 * killed / total:.1f}%)")
    print(f"{len(survivors)} survivors; {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
