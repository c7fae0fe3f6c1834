"""Judging: from the engine's hits to findings a person can act on.

One finding per (rule, sink location), listing every source that reaches it with its best
trace; consent-gated flows become SARIF `note`s unless strict consent is on; each finding gets a
fingerprint that survives unrelated edits and line moves.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from auditor import ir
from auditor.model import Finding, Flow, Location, SourceRef, Step
from auditor.propagate import Engine, Hit, SourceInfo
from auditor.rules import RULES_BY_ID, Rule

LEVEL_BY_SEVERITY = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
CONSENT_NOTE = (
    " The call sits behind a consent check, but Amazon's policies give no consent exception for "
    "buyer data that came from Amazon: collect consent and contact data yourself, off Amazon."
)

LineReader = Callable[[str, int], str]


def judge(engine: Engine, line_of: LineReader, *, strict_consent: bool = False, custom_rules: dict[str, Rule] | None = None) -> list[Finding]:
    """Group hits into findings, deterministically ordered."""
    rules = dict(RULES_BY_ID)
    if custom_rules:
        rules.update(custom_rules)
    groups: dict[tuple[str, str, ir.Loc], list[Hit]] = {}
    for q in sorted(engine.hits):
        for h in engine.hits[q]:
            groups.setdefault((h.site.rule, h.site.path, h.site.loc), []).append(h)
    findings: list[Finding] = []
    occurrences: dict[str, int] = {}
    for key in sorted(groups, key=lambda k: (k[1], k[2], k[0])):
        rule_id, path, loc = key
        rule = rules.get(rule_id)
        if rule is None:
            continue
        hits = groups[key]
        flows = _flows(hits, engine.sources, line_of)
        if not flows:
            continue
        consent = all(h.consent for h in hits)
        site = min((h.site for h in hits), key=lambda s: (s.callee, s.destination, s.function))
        level = LEVEL_BY_SEVERITY[rule.severity]
        if consent and not strict_consent:
            level = "note"
        message = _message(rule, flows, site.destination, site.callee)
        if consent:
            message += CONSENT_NOTE
        snippet = line_of(path, loc[0])
        fp_base = "|".join(
            [rule_id, path, site.function, re.sub(r"\s+", " ", snippet.strip()), ",".join(sorted({f.source.catalog_id for f in flows}))]
        )
        n = occurrences.get(fp_base, 0)
        occurrences[fp_base] = n + 1
        fingerprint = hashlib.sha256(f"{fp_base}|{n}".encode()).hexdigest()[:32]
        findings.append(
            Finding(
                rule_id=rule_id,
                rule_name=rule.name,
                severity=rule.severity,
                level=level,  # type: ignore[arg-type]
                message=message,
                location=Location(path, loc[0], loc[1], loc[2], loc[3], snippet),
                sink=site.callee,
                destination=site.destination,
                flows=tuple(flows),
                fingerprint=fingerprint,
                consent_guarded=consent,
                function="" if site.function.endswith(".<module>") else site.function,
            )
        )
    return findings


def _flows(hits: list[Hit], sources: dict[str, SourceInfo], line_of: LineReader) -> list[Flow]:
    best: dict[tuple[str, str], Hit] = {}
    for h in hits:
        k = (h.label.origin, h.label.data)
        old = best.get(k)
        if old is None or (len(h.trace), h.trace) < (len(old.trace), old.trace):
            best[k] = h
    flows: list[Flow] = []
    for (origin, data), h in sorted(best.items()):
        info = sources.get(origin)
        if info is None:
            continue
        src_loc = Location(info.path, info.loc[0], info.loc[1], info.loc[2], info.loc[3], line_of(info.path, info.loc[0]))
        steps = tuple(
            Step(kind, message, Location(p, line, col, 0, 0, line_of(p, line))) for (p, line, col, kind, message) in h.trace
        )
        flows.append(Flow(SourceRef(info.catalog_id, data, info.origin, src_loc), steps))
    return flows


def _message(rule: Rule, flows: list[Flow], destination: str, callee: str) -> str:
    short = ".".join(callee.split(".")[-2:])
    first = flows[0].source
    more = len(flows) - 1
    if rule.id == "AMZ006":
        what = first.data
        extra = f" and {more} more problem{'s' if more > 1 else ''}" if more else ""
        return f"{destination[0].upper()}{destination[1:]} contains {what}{extra}, which leads the buyer off Amazon ({short})."
    what = f"{first.data} from {first.origin}"
    extra = f" and {more} more source{'s' if more > 1 else ''}" if more else ""
    verb = "reach" if more else "reaches"
    return f"{what[0].upper()}{what[1:]}{extra} {verb} {destination} ({short})."
