"""The results of a scan: what every renderer, the baseline and the tests consume.

These are the public, versioned shapes behind the JSON output (see docs/json-schema.md). The
analysis never formats text; renderers never analyse. Everything here is frozen and picklable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["critical", "high", "medium", "low", "info"]
Level = Literal["error", "warning", "note"]

SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
JSON_SCHEMA_VERSION = "1.1"


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a scanned file: path is POSIX and relative to the scan root; line/column 1-based."""

    path: str
    line: int
    column: int
    end_line: int = 0
    end_column: int = 0
    snippet: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a trace: the source, an assignment, a call into a function, a return, the sink."""

    kind: str  # "source" | "assign" | "call" | "param" | "return" | "attribute" | "store" | "load" | "sink" | ...
    message: str
    location: Location


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where customer data (or, for AMZ006, off-Amazon text) first enters the program."""

    catalog_id: str  # the catalog entry that matched, e.g. "sp_api.orders.get_order_buyer_info"
    data: str  # what it is, in words: "buyer email", "order (whole)", "off-Amazon link"
    origin: str  # where it came from, in words: "Orders.get_order_buyer_info"
    location: Location


@dataclass(frozen=True, slots=True)
class Flow:
    """One source reaching the sink, with its ordered trace (source first, sink last)."""

    source: SourceRef
    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """One violation: one rule at one sink location, with every source that reaches it."""

    rule_id: str  # "AMZ001".."AMZ006" or a custom rule id
    rule_name: str  # "pii-to-marketing"
    severity: Severity
    level: Level  # SARIF level: "note" for consent-gated flows unless strict consent
    message: str
    location: Location  # the sink call
    sink: str  # the resolved callee, e.g. "mailchimp_marketing.Client.lists.add_list_member"
    destination: str  # in words: "a Mailchimp list"
    flows: tuple[Flow, ...]
    fingerprint: str  # stable across unrelated edits and line shifts
    consent_guarded: bool = False
    function: str = ""  # qualified name of the enclosing function ("" at module level)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that could not be analysed, and why (in words a user can act on)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Incomplete:
    """A file or function whose analysis a bound cut short, so flows through it may be missing."""

    path: str
    function: str
    reason: str


@dataclass(frozen=True, slots=True)
class SuppressedFinding:
    """A finding kept out of the verdict but still reported: by an inline comment or the baseline."""

    finding: Finding
    kind: Literal["inline", "baseline"]
    justification: str = ""


@dataclass(frozen=True, slots=True)
class ScanStats:
    """What the cache saved and where a scan's time went, for `--verbose` on stderr. Never part of
    a report: timings differ from run to run, and reports are the same bytes for the same input."""

    parsed: int = 0  # files parsed by this scan
    cached: int = 0  # files whose facts came from the cache
    outcome_cached: bool = False  # the whole analysis came from the cache (nothing had changed)
    seconds: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in pipeline order


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything one scan produced; renderers turn this into text, JSON, SARIF or HTML."""

    root: str  # absolute scan root
    tool_version: str
    files_scanned: int
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()
    incomplete: tuple[Incomplete, ...] = ()
    duration_seconds: float = 0.0
    fail_on: Severity = "low"
    # Findings an inline `# auditor: ignore[...]` comment or the baseline accepted (issue 4): not in
    # `findings`, never failing the gate, but counted and listed by every renderer.
    suppressed: tuple[SuppressedFinding, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    stats: ScanStats = field(default_factory=ScanStats, hash=False, compare=False)
