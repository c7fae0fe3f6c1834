"""The versioned JSON output (documented in docs/json-schema.md) and its reader.

`render_json` is deterministic: findings, skipped files and incomplete analyses are sorted, keys are
sorted, and nothing time-dependent (timestamps, durations) is written, so the same scan renders to the
same bytes. `load_result` reads the document back into the model dataclasses (the HTML report renders
from a saved JSON file).
"""

from __future__ import annotations

import json
from typing import Any

from auditor.model import (
    JSON_SCHEMA_VERSION,
    Finding,
    Flow,
    Incomplete,
    Location,
    ScanResult,
    Skipped,
    SourceRef,
    Step,
    SuppressedFinding,
)
from auditor.render._common import (
    counts_by_rule,
    counts_by_severity,
    finding_sort_key,
    sorted_findings,
    sorted_incomplete,
    sorted_skipped,
)

TOOL_NAME = "auditor"


# --------------------------------------------------------------------------- writing


def location_dict(loc: Location) -> dict[str, Any]:
    return {
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "snippet": loc.snippet,
    }


def _step_dict(step: Step) -> dict[str, Any]:
    return {"kind": step.kind, "message": step.message, "location": location_dict(step.location)}


def _flow_dict(flow: Flow) -> dict[str, Any]:
    src = flow.source
    return {
        "source": {
            "catalog_id": src.catalog_id,
            "data": src.data,
            "origin": src.origin,
            "location": location_dict(src.location),
        },
        "steps": [_step_dict(s) for s in flow.steps],
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule_id": f.rule_id,
        "rule_name": f.rule_name,
        "severity": f.severity,
        "level": f.level,
        "message": f.message,
        "location": location_dict(f.location),
        "sink": f.sink,
        "destination": f.destination,
        "flows": [_flow_dict(fl) for fl in f.flows],
        "fingerprint": f.fingerprint,
        "consent_guarded": f.consent_guarded,
        "function": f.function,
    }


def result_dict(result: ScanResult) -> dict[str, Any]:
    """The JSON document as a dict (schema_version JSON_SCHEMA_VERSION)."""
    findings = sorted_findings(result)
    skipped = sorted_skipped(result)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": result.tool_version},
        "root": result.root,
        "fail_on": result.fail_on,
        "summary": {
            "files_scanned": result.files_scanned,
            "files_skipped": len(skipped),
            "files_excluded": int(result.extra.get("excluded", "0")),
            "findings": len(findings),
            "by_rule": counts_by_rule(findings),
            "by_severity": counts_by_severity(findings),
            **(
                {
                    "suppressed": sum(1 for s in result.suppressed if s.kind == "inline"),
                    "baselined": sum(1 for s in result.suppressed if s.kind == "baseline"),
                }
                if result.suppressed
                else {}
            ),
        },
        "findings": [finding_dict(f) for f in findings],
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
        "incomplete": [
            {"path": i.path, "function": i.function, "reason": i.reason} for i in sorted_incomplete(result)
        ],
        **_suppression_fields(result),
    }


def _suppression_fields(result: ScanResult) -> dict[str, Any]:
    """Suppressed/baselined findings (issue 4). Absent when there are none and no diff base, so the
    document of a plain scan is unchanged."""
    out: dict[str, Any] = {}
    if result.suppressed:
        items = sorted(result.suppressed, key=lambda s: (finding_sort_key(s.finding), s.kind))
        out["suppressed"] = [
            {"kind": s.kind, "justification": s.justification, "finding": finding_dict(s.finding)} for s in items
        ]
    extra = {k: result.extra[k] for k in ("diff_base", "merge_base", "preexisting", "baseline_stale") if k in result.extra}
    if extra:
        out["gate"] = extra
    return out


def render_json(result: ScanResult) -> str:
    """The JSON document: 2-space indent, sorted keys, UTF-8 (not ASCII-escaped), trailing newline."""
    return json.dumps(result_dict(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- reading


def _location(d: dict[str, Any]) -> Location:
    return Location(
        path=str(d["path"]),
        line=int(d["line"]),
        column=int(d["column"]),
        end_line=int(d.get("end_line", 0)),
        end_column=int(d.get("end_column", 0)),
        snippet=str(d.get("snippet", "")),
    )


def _flow(d: dict[str, Any]) -> Flow:
    src = d["source"]
    return Flow(
        source=SourceRef(
            catalog_id=str(src["catalog_id"]),
            data=str(src["data"]),
            origin=str(src["origin"]),
            location=_location(src["location"]),
        ),
        steps=tuple(
            Step(kind=str(s["kind"]), message=str(s["message"]), location=_location(s["location"]))
            for s in d.get("steps", [])
        ),
    )


def _finding(d: dict[str, Any]) -> Finding:
    return Finding(
        rule_id=str(d["rule_id"]),
        rule_name=str(d["rule_name"]),
        severity=d["severity"],
        level=d["level"],
        message=str(d["message"]),
        location=_location(d["location"]),
        sink=str(d["sink"]),
        destination=str(d["destination"]),
        flows=tuple(_flow(fl) for fl in d.get("flows", [])),
        fingerprint=str(d["fingerprint"]),
        consent_guarded=bool(d.get("consent_guarded", False)),
        function=str(d.get("function", "")),
    )


def _check_version(version: object) -> None:
    supported_major = JSON_SCHEMA_VERSION.split(".")[0]
    if not isinstance(version, str) or version.split(".")[0] != supported_major:
        raise ValueError(
            f"unsupported auditor JSON schema_version {version!r}; this reader handles {supported_major}.x"
        )


def load_result(text: str) -> ScanResult:
    """Read a document written by `render_json` back into a ScanResult.

    Accepts any schema_version with the same major version (unknown fields are ignored, as the
    versioning policy promises); raises ValueError for anything else. Durations are not stored, so
    `duration_seconds` is 0.0 and `extra` holds only the count of excluded files.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not an auditor JSON report: {exc}") from exc
    if not isinstance(data, dict) or "schema_version" not in data:
        raise ValueError("not an auditor JSON report: no schema_version")
    _check_version(data["schema_version"])
    try:
        return ScanResult(
            root=str(data["root"]),
            tool_version=str(data.get("tool", {}).get("version", "")),
            files_scanned=int(data.get("summary", {}).get("files_scanned", 0)),
            findings=tuple(_finding(f) for f in data.get("findings", [])),
            skipped=tuple(
                Skipped(path=str(s["path"]), reason=str(s["reason"])) for s in data.get("skipped", [])
            ),
            incomplete=tuple(
                Incomplete(path=str(i["path"]), function=str(i.get("function", "")), reason=str(i["reason"]))
                for i in data.get("incomplete", [])
            ),
            fail_on=data.get("fail_on", "low"),
            extra={"excluded": str(n)} if (n := int(data.get("summary", {}).get("files_excluded", 0))) else {},
            suppressed=tuple(
                SuppressedFinding(_finding(s["finding"]), s.get("kind", "inline"), str(s.get("justification", "")))
                for s in data.get("suppressed", [])
            ),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed auditor JSON report: missing or invalid {exc}") from exc
