"""Inline suppressions: `# auditor: ignore[AMZ003] reason`, and the reports that keep them honest.

Syntax (a comment, never text inside a string):

    save(order)  # auditor: ignore[AMZ003] stored encrypted by the DB layer, ticket SEC-12
    # auditor: ignore[AMZ003,AMZ005] -- reason on the line above the reported line
    save(order)

- The comment applies to the finding reported on its own line (any line of a multi-line sink call)
  or, when the comment stands alone on its line, to the finding on the next line.
- `ignore[...]` names rule ids; a bare `# auditor: ignore reason` applies to every rule.
- A reason is required by default (`require-suppression-reason = true`). A suppression without one
  does not suppress anything and is itself reported as rule AUD101 (severity high, level error), so
  the gate fails (exit 1) until a reason is written. Exit 2 stays reserved for configuration and
  usage errors, as with ruff and semgrep, where a suppression problem is a lint result too.
- A suppression that matches no finding is reported as rule AUD100 (like ruff's RUF100
  unused-noqa; severity low, level warning), so suppressions don't rot. Disable it with
  `[rules] disable = ["AUD100"]`.
"""

from __future__ import annotations

import hashlib
import io
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from auditor.model import Finding, Location, SuppressedFinding

SUPPRESS_RE = re.compile(
    r"#\s*auditor\s*:\s*ignore\b(?:\[(?P<rules>[^\]]*)\])?(?P<reason>.*)$", re.IGNORECASE
)
RULE_UNUSED = "AUD100"
RULE_NO_REASON = "AUD101"


@dataclass
class Suppression:
    path: str
    line: int  # the comment's line
    column: int
    own_line: bool  # the comment stands alone, so it covers the next line
    rules: tuple[str, ...]  # () = every rule
    reason: str
    text: str  # the comment
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        if finding.location.path != self.path:
            return False
        if self.rules and finding.rule_id.upper() not in self.rules:
            return False
        loc = finding.location
        last = max(loc.end_line, loc.line)
        if loc.line <= self.line <= last:
            return True
        return self.own_line and self.line == loc.line - 1


@dataclass
class SuppressionOutcome:
    findings: list[Finding]
    suppressed: list[SuppressedFinding]
    problems: list[Finding] = field(default_factory=list)  # AUD100 / AUD101


def parse_suppressions(text: str, path: str) -> list[Suppression]:
    """Every `# auditor: ignore` comment in one file's source text."""
    if "auditor" not in text:
        return []
    out: list[Suppression] = []
    lines = text.splitlines()
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        tokens = []
    comments = [(t.start[0], t.start[1], t.string) for t in tokens if t.type == tokenize.COMMENT]
    for line, col, comment in comments:
        m = SUPPRESS_RE.search(comment)
        if m is None:
            continue
        rules = tuple(r.strip().upper() for r in (m.group("rules") or "").split(",") if r.strip())
        reason = m.group("reason").strip().lstrip(":-–— ").strip()
        before = lines[line - 1][:col] if line - 1 < len(lines) else ""
        out.append(Suppression(path, line, col + 1, not before.strip(), rules, reason, comment.strip()))
    return out


def _problem(rule_id: str, name: str, severity: str, level: str, message: str, s: Suppression, snippet: str, seen: dict[str, int]) -> Finding:
    base = "|".join([rule_id, s.path, " ".join(snippet.split()), ",".join(s.rules)])
    n = seen.get(base, 0)
    seen[base] = n + 1
    fp = hashlib.sha256(f"{base}|{n}".encode()).hexdigest()[:32]
    return Finding(
        rule_id=rule_id,
        rule_name=name,
        severity=severity,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        message=message,
        location=Location(s.path, s.line, s.column, s.line, s.column + len(s.text), snippet),
        sink="",
        destination="a suppression comment",
        flows=(),
        fingerprint=fp,
    )


def apply_suppressions(
    findings: list[Finding],
    root: Path,
    files: list[str],
    *,
    require_reason: bool = True,
    rule_enabled=lambda rule_id: True,
    read=None,
) -> SuppressionOutcome:
    """Split findings into kept and suppressed; report suppressions without a reason or without use.

    `files` are the scanned files (relative to `root`); `read(rel)` returns a file's text (default:
    read it from disk under `root`).
    """

    def _read(rel: str) -> str:
        try:
            return (root / rel).read_bytes().decode("utf-8", "replace")
        except OSError:
            return ""

    reader = read or _read
    by_path: dict[str, list[Suppression]] = {}
    texts: dict[str, list[str]] = {}
    for rel in files:
        text = reader(rel)
        sups = parse_suppressions(text, rel)
        if sups:
            by_path[rel] = sups
            texts[rel] = text.splitlines()

    kept: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    for f in findings:
        match = None
        for s in by_path.get(f.location.path, ()):
            if s.covers(f):
                if s.reason or not require_reason:
                    match = s
                    break
                s.used = True  # it did aim at this finding; AUD101 reports it instead
        if match is None:
            kept.append(f)
        else:
            match.used = True
            suppressed.append(SuppressedFinding(f, "inline", match.reason))

    problems: list[Finding] = []
    seen: dict[str, int] = {}
    for rel in sorted(by_path):
        for s in by_path[rel]:
            snippet = texts[rel][s.line - 1] if s.line - 1 < len(texts[rel]) else s.text
            what = ",".join(s.rules) or "every rule"
            if not s.reason and require_reason:
                problems.append(
                    _problem(
                        RULE_NO_REASON,
                        "suppression-without-reason",
                        "high",
                        "error",
                        f"Suppression of {what} has no reason, so it does not suppress anything: "
                        f"write why after it, e.g. '# auditor: ignore[{s.rules[0] if s.rules else 'AMZ003'}] encrypted at rest, see SEC-12'.",
                        s,
                        snippet,
                        seen,
                    )
                )
            elif not s.used and (not s.rules or any(rule_enabled(r) for r in s.rules)):
                where = "this line" if not s.own_line else "this line or the next"
                problems.append(
                    _problem(
                        RULE_UNUSED,
                        "unused-suppression",
                        "low",
                        "warning",
                        f"Unused suppression: no {what} finding on {where}; remove the comment.",
                        s,
                        snippet,
                        seen,
                    )
                )
    return SuppressionOutcome(kept, suppressed, problems)
