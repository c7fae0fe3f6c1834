"""Parsing one file into facts, safely: the per-file stage that runs in worker processes.

Reads the bytes (auditor.source), parses with libcst, lowers to auditor.ir. Any problem becomes
a Skipped record with a reason a user can act on; nothing here raises past `summarize_file`.
"""

from __future__ import annotations

import re
import sys

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
    re.compile(r"(?<![\w.])0[0-7]+L?\b"),
)


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
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError as exc:
            return Skipped(relpath, _syntax_reason(exc, text))
        except RecursionError:
            return Skipped(relpath, "expressions nested too deeply to parse")
        except (ValueError, TypeError, MemoryError) as exc:
            return Skipped(relpath, f"could not be parsed: {type(exc).__name__}: {str(exc)[:200]}")
        try:
            return lower_module(module, relpath)
        except RecursionError:
            return Skipped(relpath, "expressions nested too deeply to analyse")
    except Exception as exc:  # noqa: BLE001 - one bad file must never end the scan
        return Skipped(relpath, f"internal error while reading this file ({type(exc).__name__}: {str(exc)[:200]})")
    finally:
        sys.setrecursionlimit(old_limit)


def _syntax_reason(exc: cst.ParserSyntaxError, text: str) -> str:
    msg = str(exc.message).strip().splitlines()[0] if exc.message else "invalid syntax"
    reason = f"syntax error at line {exc.raw_line}, column {exc.raw_column + 1}: {msg}"
    if any(p.search(text) for p in _PY2_HINTS):
        reason += " (this looks like Python 2 code; the auditor reads Python 3)"
    return reason
