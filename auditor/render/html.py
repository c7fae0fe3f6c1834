"""The HTML compliance report: one self-contained file (inline CSS and JS, no network requests).

render_html(result, meta=...) is deterministic given meta; without meta it reads the clock and the
scan root's git checkout (collect_meta). Templates live in the ``reports`` package so they ship in
the wheel. Everything from scanned code is escaped: autoescape is on, and the only markup built in
Python (highlighted code) escapes every token itself.
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import io
import itertools
import json
import keyword
import re
import token
import tokenize
from collections.abc import Sequence
from functools import lru_cache

import jinja2
from markupsafe import Markup, escape

from auditor.model import ScanResult
from auditor.render._common import SEVERITIES
from auditor.render.html_view import (
    ReportMeta,
    StepView,
    SuppressedFinding,
    build_view,
    collect_meta,
)

__all__ = ["ReportMeta", "highlight_python", "render_html", "script_json", "step_code_lines"]


def render_html(
    result: ScanResult, *, meta: ReportMeta | None = None, suppressed: Sequence[SuppressedFinding] = ()
) -> str:
    """The whole report as one HTML document."""
    if not suppressed and result.suppressed:  # issue 4: the scan's own suppressed/baselined findings
        suppressed = tuple(
            SuppressedFinding(s.finding, "suppressed" if s.kind == "inline" else "baselined", s.justification)
            for s in result.suppressed
        )
    view = build_view(result, meta or collect_meta(result), suppressed=suppressed)
    env = _environment()
    script = env.get_template("report.js").render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return env.get_template("report.html.j2").render(
        view=view,
        severities=SEVERITIES,
        script=Markup(script),  # noqa: S704 - our own static template, no data in it
        script_src=f"'sha256-{digest}'",  # CSP: only this exact inline script may run
    )


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.finalize = _printable
    env.filters["code_lines"] = step_code_lines
    env.filters["script_json"] = script_json
    return env


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _printable(value: object) -> object:
    """Every printed value: control characters from scanned code (ANSI escapes, NUL) become U+FFFD."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("\ufffd", value)
    return value


# ------------------------------------------------------------------------------ JSON in <script>

_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def script_json(value: object) -> Markup:
    """JSON safe to place inside a <script> element: no '</script>', no HTML comment, no line separators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_ESCAPES))  # noqa: S704 - every HTML-significant char is escaped


# --------------------------------------------------------------------------------- highlighting

_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))


def _token_class(tok: tokenize.TokenInfo) -> str:
    if tok.type == tokenize.COMMENT:
        return "c"
    if tok.type == tokenize.STRING or token.tok_name.get(tok.type, "").startswith("FSTRING"):
        return "s"
    if tok.type == tokenize.NUMBER:
        return "m"
    if tok.type == tokenize.NAME:
        if tok.string in _KEYWORDS:
            return "k"
        if tok.string in _BUILTINS:
            return "b"
    return ""


def _paint(
    classes: list[list[str]], start: tuple[int, int], end: tuple[int, int], cls: str, row0: int
) -> None:
    (srow, scol), (erow, ecol) = start, end
    for row in range(srow, erow + 1):
        index = row - 1 + row0
        if not 0 <= index < len(classes):
            continue
        line = classes[index]
        lo = scol if row == srow else 0
        hi = ecol if row == erow else len(line)
        for i in range(lo, min(hi, len(line))):
            line[i] = cls


def _classes(lines: list[str]) -> list[list[str]]:
    """Per character: "" or a highlight class. Tolerates fragments that do not tokenize."""
    classes = [[""] * len(line) for line in lines]
    done = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline):
            cls = _token_class(tok)
            if cls:
                _paint(classes, tok.start, tok.end, cls, 0)
            done = max(done, tok.end[0])
    except (tokenize.TokenError, SyntaxError):
        for row in range(done, len(lines)):  # the rest, line by line
            try:
                for tok in tokenize.generate_tokens(io.StringIO(lines[row].lstrip() + "\n").readline):
                    cls = _token_class(tok)
                    if cls and tok.start[0] == 1:
                        indent = len(lines[row]) - len(lines[row].lstrip())
                        end = (1, tok.end[1] + indent) if tok.end[0] == 1 else (1, len(lines[row]))
                        _paint(classes, (1, tok.start[1] + indent), end, cls, row)
            except (tokenize.TokenError, SyntaxError):
                continue
    return classes


def highlight_python(source: str, marks: Sequence[tuple[int, int, int]] = ()) -> list[Markup]:
    """Highlight source; one Markup per line. marks: (line index, start col, end col) 0-based, end exclusive."""
    lines = _CONTROL.sub("\ufffd", source).split("\n")
    classes = _classes(lines)
    marked = [[False] * len(line) for line in lines]
    for row, lo, hi in marks:
        if 0 <= row < len(lines):
            for i in range(max(lo, 0), min(hi, len(lines[row]))):
                marked[row][i] = True
    out = []
    for line, cls, mark in zip(lines, classes, marked, strict=True):
        parts: list[str] = []
        in_mark = False
        for (is_marked, c), group in itertools.groupby(range(len(line)), key=lambda i: (mark[i], cls[i])):  # noqa: B023
            text = "".join(line[i] for i in group)
            if is_marked != in_mark:
                parts.append('<mark class="taint">' if is_marked else "</mark>")
                in_mark = is_marked
            parts.append(f'<span class="{c}">{escape(text)}</span>' if c else str(escape(text)))
        if in_mark:
            parts.append("</mark>")
        out.append(Markup("".join(parts)))  # noqa: S704 - built from escaped pieces only
    return out


def _marks(lines: list[str], step: StepView) -> list[tuple[int, int, int]]:
    """The tainted expression within the snippet.

    A snippet that keeps its indentation (or starts at column 1) is aligned with the step's columns,
    so the column range is marked. A stripped snippet is not, so all of it is marked.
    """
    if not lines:
        return []
    aligned = step.column <= 1 or lines[0][:1].isspace()
    last_row = len(lines) - 1
    if step.end_line >= step.line:
        last_row = min(step.end_line - step.line, last_row)
    marks = []
    for row in range(last_row + 1):
        text = lines[row]
        start, stop = len(text) - len(text.lstrip()), len(text.rstrip())
        lo = step.column - 1 if aligned and row == 0 else start
        hi = (
            step.end_column - 1
            if aligned and row == last_row and step.end_column > 0 and step.end_line
            else stop
        )
        if lo < 0 or lo >= stop or hi <= lo:  # columns that do not fit this snippet
            lo, hi = start, stop
        marks.append((row, lo, hi))
    return marks


def step_code_lines(step: StepView) -> list[tuple[int, Markup]]:
    """(line number, highlighted line) for the code of one step; the snippet starts at step.line."""
    snippet = step.snippet.rstrip("\n")
    if not snippet.strip():
        return []
    lines = snippet.split("\n")
    return list(
        zip(itertools.count(max(step.line, 1)), _highlight_cached(snippet, tuple(_marks(lines, step))))
    )


@lru_cache(maxsize=4096)
def _highlight_cached(snippet: str, marks: tuple[tuple[int, int, int], ...]) -> tuple[Markup, ...]:
    return tuple(highlight_python(snippet, marks))
