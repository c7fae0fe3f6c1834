"""Human-readable terminal output, grouped by file, with traces, snippets and a summary.

Everything that comes from scanned code or the file system (paths, messages, snippets, reasons) goes
through `neutralize()` first, so a string in a scanned file cannot move the cursor, clear the screen,
recolour the terminal or reorder text: control characters become visible escapes such as `\\x1b`.
Colour codes are added by this module only, and only when `color=True`.
"""

from __future__ import annotations

import textwrap
from itertools import groupby

from auditor.model import Finding, Location, ScanResult, Step
from auditor.render._common import (
    counts_by_rule,
    counts_by_severity,
    sorted_findings,
    sorted_incomplete,
    sorted_skipped,
)
from auditor.rules import RULES_BY_ID


def _build_escape_table() -> dict[int, str]:
    table: dict[int, str] = {}
    named = {0x0A: "\\n", 0x0D: "\\r"}
    for code in range(0x20):
        if code != 0x09:  # tab is harmless
            table[code] = named.get(code, f"\\x{code:02x}")
    table[0x7F] = "\\x7f"
    for code in range(0x80, 0xA0):  # C1 controls: 0x9b is a one-byte CSI, 0x9d an OSC
        table[code] = f"\\x{code:02x}"
    # Bidirectional overrides/isolates and line/paragraph separators ("Trojan Source" reordering).
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C, 0x2028, 0x2029):
        table[code] = f"\\u{code:04x}"
    for code in range(0xD800, 0xE000):  # lone surrogates (undecodable file names) cannot be printed
        table[code] = f"\\u{code:04x}"
    return table


_ESCAPES = _build_escape_table()


def neutralize(text: str) -> str:
    """Make untrusted text safe to print: every control character becomes a visible escape.

    ESC (0x1b) becomes the four characters `\\x1b`, so an ANSI/OSC sequence is shown as inert text.
    Tab is kept; newlines become `\\n` (callers split multi-line snippets before calling this).
    """
    return text.translate(_ESCAPES)


_SEVERITY_STYLE = {
    "critical": "1;31",  # bold red
    "high": "31",  # red
    "medium": "33",  # yellow
    "low": "36",  # cyan
    "info": "2",  # dim
}


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not style:
            return text
        return f"\x1b[{style}m{text}\x1b[0m"

    def severity(self, severity: str) -> str:
        return self(severity, _SEVERITY_STYLE.get(severity, ""))


def _where(loc: Location, *, column: bool) -> str:
    path = neutralize(loc.path)
    if column:
        return f"{path}:{loc.line}:{loc.column}"
    return f"{path}:{loc.line}"


def _snippet_lines(snippet: str) -> list[str]:
    if not snippet.strip():
        return []
    lines = textwrap.dedent(snippet.expandtabs(4)).strip("\n").splitlines()
    return [neutralize(line.rstrip()) for line in lines]


def _render_step(index: int, step: Step, paint: _Painter, indent: str) -> list[str]:
    head = f"{indent}{index}. {paint(_where(step.location, column=False), '1')}  "
    head += f"{paint(neutralize(step.kind), '35')}: {neutralize(step.message)}"
    out = [head]
    pad = indent + " " * (len(str(index)) + 2) + "  "
    out.extend(f"{pad}{paint('|', '2')} {line}" for line in _snippet_lines(step.location.snippet))
    return out


def _render_finding(f: Finding, paint: _Painter) -> list[str]:
    loc = f.location
    out = [
        f"  {paint(_where(loc, column=True), '1')}  {paint(neutralize(f.rule_id), '1')} "
        f"{paint.severity(f.severity)}  {neutralize(f.message)}"
    ]
    detail = f"rule {neutralize(f.rule_name)}; sink {neutralize(f.sink)} -> {neutralize(f.destination)}"
    out.append(f"      {paint(detail, '2')}")
    if f.function:
        out.append(f"      {paint('in ' + neutralize(f.function), '2')}")
    if f.consent_guarded:
        out.append(f"      {paint(f'consent-gated: reported at level {neutralize(f.level)}', '2')}")
    rule = RULES_BY_ID.get(f.rule_id)
    if rule is not None:
        out.append(f"      {paint('help: ' + rule.help_uri, '2')}")
    out.extend(f"      {paint('|', '2')} {line}" for line in _snippet_lines(loc.snippet))
    total = len(f.flows)
    for n, flow in enumerate(f.flows, 1):
        src = flow.source
        label = f"flow {n} of {total}" if total > 1 else "flow"
        out.append(f"      {label}: {neutralize(src.data)} from {neutralize(src.origin)}")
        for i, step in enumerate(flow.steps, 1):
            out.extend(_render_step(i, step, paint, "        "))
    return out


def _excluded_note(result: ScanResult) -> str:
    """'N more left out by ...' when file filters left files out ('' when none): tests are excluded
    by default, and a user who scanned a test_*.py file's folder must not wonder why it is silent."""
    excluded = result.extra.get("excluded")
    if not excluded:
        return ""
    return f"{neutralize(excluded)} more left out by the exclude globs or .gitignore; tests are excluded by default"


def _render_skipped(result: ScanResult, paint: _Painter) -> list[str]:
    out: list[str] = []
    skipped = sorted_skipped(result)
    if skipped:
        out.append(f"Skipped files ({len(skipped)}):")
        out.extend(f"  {paint(neutralize(s.path), '33')}: {neutralize(s.reason)}" for s in skipped)
    else:
        out.append("Skipped files: none")
    incomplete = sorted_incomplete(result)
    if incomplete:
        out.append(f"Incomplete analyses ({len(incomplete)}); flows through these may be missing:")
        for inc in incomplete:
            where = neutralize(inc.path) + (f" ({neutralize(inc.function)})" if inc.function else "")
            out.append(f"  {paint(where, '33')}: {neutralize(inc.reason)}")
    return out


def _render_suppressed(result: ScanResult, paint: _Painter) -> list[str]:
    """Suppressed and baselined findings (issue 4): counted and listed, one line each; nothing when
    there are none, so the report of a plain scan is unchanged."""
    out: list[str] = []
    if "diff_base" in result.extra:
        out.append(
            f"Compared with {neutralize(result.extra['diff_base'])} "
            f"(merge base {neutralize(result.extra.get('merge_base', '?')[:12])}): "
            f"{len(result.findings)} new, {neutralize(result.extra.get('preexisting', '0'))} already there"
        )
    if not result.suppressed:
        return out
    inline = [s for s in result.suppressed if s.kind == "inline"]
    baselined = [s for s in result.suppressed if s.kind == "baseline"]
    out.append(f"Suppressed: {len(inline)} inline, {len(baselined)} baselined (not failing the gate):")
    for s in sorted(result.suppressed, key=lambda s: (s.finding.location.path, s.finding.location.line, s.finding.rule_id)):
        f = s.finding
        why = f" - {neutralize(s.justification)}" if s.justification else ""
        out.append(
            f"  {paint(_where(f.location, column=False), '2')}  {neutralize(f.rule_id)} "
            f"[{'inline' if s.kind == 'inline' else 'baseline'}]{why}"
        )
    return out


def render_text(result: ScanResult, *, color: bool = False) -> str:
    """Render a scan for a terminal. ANSI colour only when `color` is true."""
    paint = _Painter(color)
    findings = sorted_findings(result)
    lines: list[str] = []
    plural = "" if result.files_scanned == 1 else "s"
    excluded = _excluded_note(result)

    if not findings:
        lines.append(
            paint("No violations found", "1;32") + f" ({result.files_scanned} file{plural} scanned{'; ' + excluded if excluded else ''})."
        )
        lines.extend(_render_suppressed(result, paint))
        lines.extend(_render_skipped(result, paint))
        return "\n".join(lines) + "\n"

    for path, group in groupby(findings, key=lambda f: f.location.path):
        lines.append(paint(neutralize(path), "1;4"))
        for f in group:
            lines.extend(_render_finding(f, paint))
            lines.append("")

    files_with = len({f.location.path for f in findings})
    lines.append(paint("Summary", "1"))
    lines.append(
        f"  {len(findings)} finding{'' if len(findings) == 1 else 's'} in "
        f"{files_with} file{'' if files_with == 1 else 's'}"
    )
    lines.append("  By rule:")
    for rule_id, count in counts_by_rule(findings).items():
        if count:
            rule = RULES_BY_ID.get(rule_id)
            name = rule.name if rule else next(f.rule_name for f in findings if f.rule_id == rule_id)
            lines.append(f"    {neutralize(rule_id)} {neutralize(name)}: {count}")
    lines.append("  By severity:")
    for severity, count in counts_by_severity(findings).items():
        if count:
            lines.append(f"    {paint.severity(severity)}: {count}")
    lines.append(f"Files scanned: {result.files_scanned}" + (f" ({excluded})" if excluded else ""))
    lines.extend(_render_suppressed(result, paint))
    lines.extend(_render_skipped(result, paint))
    return "\n".join(lines) + "\n"
