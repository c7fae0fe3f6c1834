"""Parsing one file into facts, safely: the per-file stage that runs in worker processes.

Reads the bytes (auditor.source), parses with libcst, lowers to auditor.ir. Any problem becomes
a Skipped record with a reason a user can act on; nothing here raises past `summarize_file`.
"""

from __future__ import annotations

import ast
import re
import sys
import warnings

import libcst as cst

from auditor import ir
from auditor.errors import EmptySourceError, SourceError
from auditor.lower import lower_module
from auditor.model import Skipped
from auditor.source import read_source

_PY2_HINTS = (
    re.compile(r"^\s*print\s+[\"'\w]", re.M),
    re.compile(r"^\s*except\s+[\w.]+\s*,\s*\w+\s*:", re.M),
    re.compile(r"^\s*exec\s+[\"']", re.M),
    re.compile(r"\bur[\"']"),
)
# a Python 2 octal (0777) only on the line in error: dates and ids in strings ('2020-05-05') match
_PY2_OCTAL = re.compile(r"(?<![\w.])0[0-7]+L?\b")


# Deeper nesting than this (expressions or blocks, counted in Python AST levels) is refused before
# libcst sees the file: libcst's native parser overflows the C stack (a segfault that would end the
# whole scan) on brackets nested ~1500 deep, and its parse time grows quadratically with depth.
# Hand-written code stays far below 100; CPython itself refuses brackets nested over 200 deep.
MAX_NESTING = 1000


def summarize_file(path: str, relpath: str, max_bytes: int) -> ir.Module | Skipped:
    """The IR of one file, or why it could not be read."""
    try:
        text = read_source(__import__("pathlib").Path(path), max_bytes)
    except EmptySourceError:
        text = ""
    except SourceError as exc:
        return Skipped(relpath, exc.reason)
    except OSError as exc:  # anything the reader did not anticipate
        return Skipped(relpath, f"could not read the file: {exc.strerror or exc}")
    return summarize_text(text, relpath)


def summarize_text(text: str, relpath: str) -> ir.Module | Skipped:
    """Parse and lower source text; syntax errors and pathological nesting become Skipped."""
    old_limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(max(old_limit, 6000))
        too_deep, cpython_error = _precheck(text)
        if too_deep is not None:
            return Skipped(relpath, too_deep)
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError as exc:
            return Skipped(relpath, _syntax_reason(exc, text, cpython_error))
        except cst.CSTValidationError as exc:
            # code CPython accepts that libcst's parser builds no tree for (`for x in* xs:`, no
            # space after `in` before a starred iterable): a limit of the parser, named as such
            return Skipped(relpath, f"libcst cannot parse this file ({' '.join(str(exc).split())[:200]})")
        except RecursionError:
            return Skipped(relpath, "expressions nested too deeply to parse")
        except (ValueError, TypeError, MemoryError) as exc:
            return Skipped(relpath, f"could not be parsed: {type(exc).__name__}: {str(exc)[:200]}")
        try:
            return lower_module(module, relpath)
        except RecursionError:
            return Skipped(relpath, "expressions nested too deeply to analyse")
        except SyntaxError as exc:  # a string libcst accepts and CPython rejects (`'\x'` as a match key)
            err = cpython_error or exc
            msg = " ".join(str(err.msg or "invalid syntax").split())
            return Skipped(relpath, f"syntax error at line {err.lineno or 1}, column {max(1, err.offset or 1)}: {msg[:300]}")
    except Exception as exc:  # noqa: BLE001 - one bad file must never end the scan
        return Skipped(relpath, f"internal error while reading this file ({type(exc).__name__}: {str(exc)[:200]})")
    finally:
        sys.setrecursionlimit(old_limit)


def _precheck(text: str) -> tuple[str | None, SyntaxError | None]:
    """(why `text` is nested too deeply to hand to libcst safely, or None; CPython's syntax error).

    Uses CPython's own parser (`ast.parse`: parsing only, nothing is compiled or executed), which
    guards its C stack, then measures the tree's depth without recursion. Other syntax problems are
    left to libcst (which may accept newer syntax than the running Python); CPython's error is
    returned so that a libcst failure can be reported with CPython's clearer message and position.
    """
    problem: str | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except SyntaxError as exc:
        if "too many nested parentheses" in str(exc.msg or ""):
            problem = f"brackets nested too deeply to parse at line {exc.lineno} (Python allows at most 200 levels)"
        return problem, exc
    except RecursionError:
        return "expressions nested too deeply to parse (Python's own parser gives up on this file)", None
    except MemoryError:
        return "expressions nested too deeply to parse (Python's own parser runs out of stack on this file)", None
    except (ValueError, TypeError):
        return None, None
    depth = _ast_depth(tree)
    if depth > MAX_NESTING:
        problem = f"code nested {depth} levels deep, over the limit of {MAX_NESTING}: not analysed"
    return problem, None


def _ast_depth(tree: ast.AST) -> int:
    """The depth of the deepest node, without recursion. `ast.iter_child_nodes` inlined (a
    generator per node made this 5% of a generated file's facts; this is 2.2x faster, and equal
    on Django's whole tree)."""
    best = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    pop, push, node_type = stack.pop, stack.append, ast.AST
    while stack:
        node, depth = pop()
        if depth > best:
            best = depth
        depth += 1
        for name in node._fields:
            child = getattr(node, name, None)
            if isinstance(child, node_type):
                push((child, depth))
            elif child.__class__ is list:
                for item in child:
                    if isinstance(item, node_type):
                        push((item, depth))
    return best


_LIBCST_AT_RE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def _syntax_reason(exc: cst.ParserSyntaxError, text: str, cpython: SyntaxError | None = None) -> str:
    """'syntax error at line L, column C: what', with CPython's message and position when it has one
    (libcst's tokenizer errors all point at 1:1), and a hint when the file looks like Python 2."""
    raw = " ".join(str(exc.message or "invalid syntax").split())
    line, column, explicit = exc.raw_line, exc.raw_column + 1, False
    m = _LIBCST_AT_RE.search(raw)
    if m:
        line, column, raw, explicit = int(m.group(1)), int(m.group(2)) + 1, m.group(3), True
    msg = _shorten_expected(raw.replace("parser error: ", "").replace("tokenizer error: ", ""))
    # CPython's message wins unless libcst located an earlier error (CPython sometimes reports a
    # later tokenizer error first, e.g. a Python 2 octal literal after a Python 2 print).
    if cpython is not None and cpython.lineno and (not explicit or cpython.lineno <= line):
        line, column = cpython.lineno, max(1, cpython.offset or 1)
        msg = " ".join(str(cpython.msg or "invalid syntax").split())
    reason = f"syntax error at line {line}, column {column}: {msg[:300]}"
    lines = text.splitlines()
    bad_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if any(p.search(text) for p in _PY2_HINTS) or _PY2_OCTAL.search(bad_line):
        reason += " (this looks like Python 2 code; the auditor reads Python 3)"
    return reason


def _shorten_expected(msg: str, keep: int = 8) -> str:
    head, sep, tail = msg.partition("expected one of ")
    if not sep:
        return msg
    options = tail.split(", ")
    if len(options) <= keep:
        return msg
    return f"{head}expected one of {', '.join(options[:keep])}, ... ({len(options) - keep} more)"
