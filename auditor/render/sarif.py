"""SARIF 2.1.0 output for GitHub code scanning and other SARIF consumers.

One run; the driver lists all public rules (plus any custom rule a finding uses) with help text that
cites the Amazon policy clauses. Each finding becomes a result whose locations are relative to the
`%SRCROOT%` base id (declared in `originalUriBaseIds` as the scan root), one codeFlow per data flow
(a single threadFlow with every step), the sources as relatedLocations, and the engine's fingerprint
as `partialFingerprints.primaryLocationLineHash`. Skipped files and incomplete analyses are tool
execution notifications. No timestamps: the same result always renders to the same bytes.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from auditor.model import Finding, Flow, Location, ScanResult, SuppressedFinding
from auditor.render._common import finding_sort_key, sorted_findings, sorted_incomplete, sorted_skipped
from auditor.rules import RULES, Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/amazon-data-auditor/auditor"
SRCROOT = "%SRCROOT%"

_LEVEL_BY_SEVERITY = {
    "critical": "error",
    "high": "error",
    "medium": "warning",
    "low": "note",
    "info": "note",
}


def level_for_severity(severity: str) -> str:
    """SARIF level for a rule severity: critical/high -> error, medium -> warning, low/info -> note."""
    return _LEVEL_BY_SEVERITY.get(severity, "warning")


def root_uri(root: str) -> str:
    """file:// URI of the scan root, with a trailing slash (as SARIF requires for a base URI)."""
    if PureWindowsPath(root).drive and not root.startswith("/"):
        uri = PureWindowsPath(root).as_uri()
    elif root.startswith("/"):
        uri = PurePosixPath(root).as_uri()
    else:  # relative root: keep it relative, percent-encoded
        uri = quote(root.replace("\\", "/"), safe="/")
    return uri if uri.endswith("/") else uri + "/"


def artifact_uri(path: str) -> str:
    """A scan-relative POSIX path as a relative URI reference (percent-encoded)."""
    return quote(path.replace("\\", "/").lstrip("/"), safe="/")


# --------------------------------------------------------------------------- rules


def _help_text(rule: Rule) -> str:
    lines = [rule.title, "", rule.description, "", f"Why: {rule.why}", "", f"Remediation: {rule.remediation}"]
    if rule.clauses:
        lines += ["", "Amazon policy cited:"]
        for c in rule.clauses:
            lines.append(f"- {c.ref} {c.title} ({c.section}): {c.paraphrase} {c.url}")
    lines += ["", f"Documentation: {rule.help_uri}"]
    return "\n".join(lines)


def _help_markdown(rule: Rule) -> str:
    lines = [
        f"**{rule.title}** ({rule.id}, severity {rule.severity})",
        "",
        rule.description,
        "",
        f"**Why it matters.** {rule.why}",
        "",
        f"**Remediation.** {rule.remediation}",
    ]
    if rule.clauses:
        lines += ["", "**Amazon policy cited**", ""]
        for c in rule.clauses:
            lines.append(f"- **{c.ref}: {c.title}** ({c.section}). {c.paraphrase} [Source]({c.url})")
    lines += ["", f"[Rule documentation]({rule.help_uri})"]
    return "\n".join(lines)


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description},
        "help": {"text": _help_text(rule), "markdown": _help_markdown(rule)},
        "helpUri": rule.help_uri,
        "defaultConfiguration": {"level": level_for_severity(rule.severity)},
        "properties": {
            "security-severity": rule.security_severity,
            "tags": ["security", "privacy", rule.cwe],
            "precision": "high",
        },
    }


def _custom_descriptor(f: Finding) -> dict[str, Any]:
    """A minimal descriptor for a rule id that is not one of the public RULES."""
    return {
        "id": f.rule_id,
        "name": f.rule_name,
        "shortDescription": {"text": f.rule_name or f.rule_id},
        "defaultConfiguration": {"level": level_for_severity(f.severity)},
        "properties": {"tags": ["security", "privacy"], "precision": "high"},
    }


# --------------------------------------------------------------------------- locations


def _region(loc: Location) -> dict[str, Any] | None:
    if loc.line < 1:
        return None
    region: dict[str, Any] = {"startLine": loc.line}
    if loc.column > 0:
        region["startColumn"] = loc.column
    if loc.end_line > 0:
        region["endLine"] = loc.end_line
    if loc.end_column > 0:
        region["endColumn"] = loc.end_column
    if loc.snippet:
        region["snippet"] = {"text": loc.snippet}
    return region


def physical_location(loc: Location) -> dict[str, Any]:
    phys: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.path), "uriBaseId": SRCROOT}}
    region = _region(loc)
    if region is not None:
        phys["region"] = region
    return phys


def _location(loc: Location, message: str | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = dict(extra)
    out["physicalLocation"] = physical_location(loc)
    if message is not None:
        out["message"] = {"text": message}
    return out


def _source_text(flow: Flow) -> str:
    return f"{flow.source.data} from {flow.source.origin}"


def _code_flow(flow: Flow) -> dict[str, Any]:
    return {
        "message": {"text": _source_text(flow)},
        "threadFlows": [
            {
                "locations": [
                    {
                        "location": _location(step.location, step.message),
                        "kinds": [step.kind],
                        "executionOrder": n,
                    }
                    for n, step in enumerate(flow.steps, 1)
                ]
            }
        ],
    }


def _related_locations(f: Finding) -> list[dict[str, Any]]:
    related: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    for flow in f.flows:
        src = flow.source
        key = (src.location, src.catalog_id, src.data, src.origin)
        if key in seen:
            continue
        seen.add(key)
        related.append(
            _location(
                src.location,
                f"source: {_source_text(flow)}",
                id=len(related) + 1,
                properties={"catalog_id": src.catalog_id},
            )
        )
    return related


def _result(f: Finding, rule_index: int) -> dict[str, Any]:
    primary = _location(f.location)
    if f.function:
        primary["logicalLocations"] = [{"fullyQualifiedName": f.function, "kind": "function"}]
    out: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": rule_index,
        "level": f.level,
        "message": {"text": f.message},
        "locations": [primary],
        "partialFingerprints": {"primaryLocationLineHash": f.fingerprint},
        "properties": {
            "severity": f.severity,
            "destination": f.destination,
            "sink": f.sink,
            "consent_guarded": f.consent_guarded,
        },
    }
    if f.flows:
        out["codeFlows"] = [_code_flow(flow) for flow in f.flows]
        out["relatedLocations"] = _related_locations(f)
    return out


def _suppressed_result(s: SuppressedFinding, rule_index: int) -> dict[str, Any]:
    """A suppressed or baselined finding: still a result, with SARIF `suppressions` (issue 4)."""
    out = _result(s.finding, rule_index)
    suppression: dict[str, Any] = {"kind": "inSource" if s.kind == "inline" else "external", "status": "accepted"}
    if s.justification:
        suppression["justification"] = s.justification
    out["suppressions"] = [suppression]
    return out


# --------------------------------------------------------------------------- document


def _notifications(result: ScanResult) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = []
    for s in sorted_skipped(result):
        notes.append(
            {
                "level": "warning",
                "message": {"text": f"skipped: {s.reason}"},
                "descriptor": {"id": "skipped-file"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": artifact_uri(s.path), "uriBaseId": SRCROOT}
                        }
                    }
                ],
            }
        )
    for inc in sorted_incomplete(result):
        where = f" in {inc.function}" if inc.function else ""
        location: dict[str, Any] = {
            "physicalLocation": {"artifactLocation": {"uri": artifact_uri(inc.path), "uriBaseId": SRCROOT}}
        }
        if inc.function:
            location["logicalLocations"] = [{"fullyQualifiedName": inc.function, "kind": "function"}]
        notes.append(
            {
                "level": "note",
                "message": {"text": f"incomplete analysis{where}: {inc.reason}"},
                "descriptor": {"id": "incomplete-analysis"},
                "locations": [location],
            }
        )
    return notes


def sarif_dict(result: ScanResult) -> dict[str, Any]:
    findings = sorted_findings(result)
    rules = [rule_descriptor(r) for r in RULES]
    index = {r.id: i for i, r in enumerate(RULES)}
    suppressed = sorted(result.suppressed, key=lambda s: (finding_sort_key(s.finding), s.kind))
    for f in findings + [s.finding for s in suppressed]:  # custom rules, in first-seen (deterministic) order
        if f.rule_id not in index:
            index[f.rule_id] = len(rules)
            rules.append(_custom_descriptor(f))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "auditor",
                "version": result.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": root_uri(result.root)}},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": _notifications(result)}],
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule_id]) for f in findings]
        + [_suppressed_result(s, index[s.finding.rule_id]) for s in suppressed],
        "properties": {"files_scanned": result.files_scanned},
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(result: ScanResult) -> str:
    """The SARIF 2.1.0 log as JSON text (sorted keys, 2-space indent, trailing newline)."""
    return json.dumps(sarif_dict(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
