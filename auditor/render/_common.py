"""Helpers shared by the renderers: deterministic ordering and summary counts.

Every renderer orders its output with these functions so that the same ScanResult always renders
to the same bytes, whatever order the engine produced findings in.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.model import SEVERITY_ORDER, Finding, Incomplete, ScanResult, Skipped
from auditor.rules import RULES

# Severities from most to least severe, as shown in summaries.
SEVERITIES: tuple[str, ...] = tuple(sorted(SEVERITY_ORDER, key=lambda s: -SEVERITY_ORDER[s]))


def finding_sort_key(f: Finding) -> tuple:
    """(path, line, column, rule_id), then tie-breakers so that the order is total."""
    loc = f.location
    return (
        loc.path,
        loc.line,
        loc.column,
        f.rule_id,
        loc.end_line,
        loc.end_column,
        f.fingerprint,
        f.message,
        f.sink,
    )


def sorted_findings(result: ScanResult) -> list[Finding]:
    return sorted(result.findings, key=finding_sort_key)


def sorted_skipped(result: ScanResult) -> list[Skipped]:
    return sorted(result.skipped, key=lambda s: (s.path, s.reason))


def sorted_incomplete(result: ScanResult) -> list[Incomplete]:
    return sorted(result.incomplete, key=lambda i: (i.path, i.function, i.reason))


def counts_by_rule(findings: Iterable[Finding]) -> dict[str, int]:
    """Finding count per rule id: every public rule (0 when absent) plus any custom rule seen."""
    counts = {rule.id: 0 for rule in RULES}
    for f in findings:
        counts[f.rule_id] = counts.get(f.rule_id, 0) + 1
    return counts


def counts_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    """Finding count per severity, every severity present (0 when absent), most severe first."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def plural(n: int, word: str, words: str | None = None) -> str:
    """`1 file`, `2 files` (or `words` when adding an s is wrong)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"
