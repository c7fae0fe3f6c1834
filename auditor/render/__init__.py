"""Output formats: turn a ScanResult into text, JSON or SARIF (markdown/HTML are registered elsewhere).

`render(result, fmt)` looks the format up in `RENDERERS`, a plain registry dict. A renderer is any
callable `(result, *, color) -> str`; add one with `register("name", fn)` or by setting
`RENDERERS["name"] = fn`. Renderers never analyse and never read the clock, so the same result always
renders to the same string.
"""

from __future__ import annotations

from collections.abc import Callable

from auditor.model import ScanResult
from auditor.render.json_out import load_result, render_json
from auditor.render.sarif import render_sarif
from auditor.render.text import render_text

Renderer = Callable[..., str]  # (result: ScanResult, *, color: bool) -> str


def _json(result: ScanResult, *, color: bool = False) -> str:
    return render_json(result)


def _sarif(result: ScanResult, *, color: bool = False) -> str:
    return render_sarif(result)


def _html(result: ScanResult, *, color: bool = False) -> str:
    """The HTML report. It shows the date of the scan: set SOURCE_DATE_EPOCH for a fixed one."""
    import os
    from dataclasses import replace
    from datetime import UTC, datetime

    from auditor.render.html import render_html
    from auditor.render.html_view import collect_meta

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    now = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else None
    meta = collect_meta(result, now=now)
    meta = replace(meta, duration_seconds=result.duration_seconds or None)
    return render_html(result, meta=meta)


RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": _json,
    "sarif": _sarif,
    "html": _html,
}


def register(fmt: str, renderer: Renderer) -> None:
    """Add (or replace) an output format."""
    RENDERERS[fmt.lower()] = renderer


def formats() -> tuple[str, ...]:
    """The valid format names, sorted."""
    return tuple(sorted(RENDERERS))


def render(result: ScanResult, fmt: str, *, color: bool = False) -> str:
    """Render `result` in format `fmt` ("text", "json", "sarif", ...). `color` only affects text."""
    renderer = RENDERERS.get(fmt.strip().lower()) if isinstance(fmt, str) else None
    if renderer is None:
        raise ValueError(f"unknown output format {fmt!r}; valid formats: {', '.join(formats())}")
    return renderer(result, color=color)


__all__ = [
    "RENDERERS",
    "Renderer",
    "formats",
    "load_result",
    "register",
    "render",
    "render_json",
    "render_sarif",
    "render_text",
]

# issue 4: `--format markdown` (registers itself; imported last, it needs `register` above)
from auditor.render import markdown as _markdown  # noqa: E402,F401
