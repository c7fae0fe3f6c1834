"""A short Markdown summary for a pull-request comment or the GitHub job summary (`--format markdown`).

Verdict first (pass or fail at the result's `fail_on`), then counts, then one collapsed
`<details>` block per finding with its trace. Text from scanned code is escaped so a snippet cannot
inject Markdown or HTML into the comment.
"""

from __future__ import annotations

import html

from auditor.model import SEVERITY_ORDER, Finding, ScanResult
from auditor.render import register
from auditor.render._common import counts_by_severity, sorted_findings

MAX_FINDINGS = 50  # a PR comment stays readable; the SARIF/JSON reports hold everything


def _esc(text: str) -> str:
    """Escape for Markdown and HTML: HTML entities, and the characters Markdown reacts to."""
    # Numeric entities work both in Markdown paragraphs and inside HTML blocks (<summary>), where a
    # backslash escape would show literally.
    out = html.escape(" ".join(str(text).split()), quote=False)
    return "".join(f"&#{ord(ch)};" if ch in "\\`*_[]|#!~" else ch for ch in out)


def _code(text: str) -> str:
    """Inline code that cannot be broken out of (backticks are replaced)."""
    cleaned = " ".join(str(text).split()).replace("`", "'")
    return f"<code>{html.escape(cleaned)}</code>" if cleaned else ""


def failed(result: ScanResult) -> bool:
    fail_on = result.fail_on
    if fail_on == "never":
        return False
    threshold = SEVERITY_ORDER.get(fail_on, 0)
    return any(
        f.level != "note" and SEVERITY_ORDER.get(f.severity, 4) >= threshold for f in result.findings
    )


def _finding(f: Finding) -> list[str]:
    loc = f.location
    summary = f"<b>{_esc(f.rule_id)}</b> {_esc(f.severity)} · <code>{html.escape(loc.path)}:{loc.line}</code> · {_esc(f.message)}"
    out = ["<details>", f"<summary>{summary}</summary>", ""]
    if loc.snippet.strip():
        out.append(f"Sink: {_code(loc.snippet.strip())}")
        out.append("")
    for n, flow in enumerate(f.flows, 1):
        out.append(f"Flow {n}: {_esc(flow.source.data)} from {_esc(flow.source.origin)}")
        out.append("")
        for i, step in enumerate(flow.steps, 1):
            where = f"{html.escape(step.location.path)}:{step.location.line}"
            snippet = _code(step.location.snippet.strip())
            out.append(f"{i}. <code>{where}</code> {_esc(step.kind)}: {_esc(step.message)} {snippet}".rstrip())
        out.append("")
    if f.consent_guarded:
        out.append("_Consent-gated: reported as a note unless strict consent is on._")
        out.append("")
    out.append(f"<sub>fingerprint <code>{html.escape(f.fingerprint)}</code></sub>")
    out += ["", "</details>"]
    return out


def render_markdown(result: ScanResult, *, color: bool = False) -> str:
    findings = sorted_findings(result)
    is_diff = "diff_base" in result.extra
    verdict = "❌ **auditor: failed**" if failed(result) else "✅ **auditor: passed**"
    noun = "new finding" if is_diff else "finding"
    lines = [f"### {verdict} — {len(findings)} {noun}{'' if len(findings) == 1 else 's'}", ""]
    if is_diff:
        lines.append(
            f"Compared with `{_esc(result.extra['diff_base'])}` (merge base "
            f"`{_esc(result.extra.get('merge_base', '')[:12])}`): {len(findings)} new, "
            f"{_esc(result.extra.get('preexisting', '0'))} already there."
        )
        lines.append("")
    inline = sum(1 for s in result.suppressed if s.kind == "inline")
    baselined = sum(1 for s in result.suppressed if s.kind == "baseline")
    sev = ", ".join(f"{n} {s}" for s, n in counts_by_severity(findings).items() if n) or "none"
    lines += [
        "| files scanned | findings | by severity | suppressed inline | baselined | fail on |",
        "|---:|---:|---|---:|---:|---|",
        f"| {result.files_scanned} | {len(findings)} | {sev} | {inline} | {baselined} | {_esc(result.fail_on)} |",
        "",
    ]
    for f in findings[:MAX_FINDINGS]:
        lines += _finding(f)
        lines.append("")
    if len(findings) > MAX_FINDINGS:
        lines.append(f"…and {len(findings) - MAX_FINDINGS} more (see the SARIF or JSON report).")
        lines.append("")
    if result.skipped:
        lines.append(f"<sub>{len(result.skipped)} file(s) could not be analysed; run with --verbose to list them.</sub>")
    return "\n".join(lines).rstrip() + "\n"


register("markdown", render_markdown)
