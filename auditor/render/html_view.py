"""What goes into the HTML report: plain data computed from a ScanResult and a ReportMeta.

Nothing here produces HTML; the template (reports/templates/) turns this into markup with autoescape
on. Everything is deterministic given the result and the meta: the clock and the git checkout are
read only by ``collect_meta``.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from auditor.model import SEVERITY_ORDER, Finding, Incomplete, ScanResult, Skipped
from auditor.render._common import SEVERITIES, plural
from auditor.rules import RULES, RULES_BY_ID, PolicyClause

DEFAULT_EDITOR_URL = "vscode://file/{abs_path}:{line}:{column}"
OPEN_FINDINGS_UP_TO = 20  # findings start expanded when there are at most this many

_UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript", "file", "about", "blob"})

# Per rule: how one place / several places break it, in words a compliance owner reads.
_VERDICT_PHRASES: dict[str, tuple[str, str]] = {
    "AMZ001": ("sends Amazon buyer data to marketing tools", "send Amazon buyer data to marketing tools"),
    "AMZ002": (
        "contacts buyers directly, outside Buyer-Seller Messaging",
        "contact buyers directly, outside Buyer-Seller Messaging",
    ),
    "AMZ003": ("stores Amazon buyer data unencrypted", "store Amazon buyer data unencrypted"),
    "AMZ004": ("sends Amazon buyer data to outside services", "send Amazon buyer data to outside services"),
    "AMZ005": ("writes Amazon buyer data to logs", "write Amazon buyer data to logs"),
    "AMZ006": (
        "sends buyer messages that lead buyers off Amazon",
        "send buyer messages that lead buyers off Amazon",
    ),
}


# --------------------------------------------------------------------------------------------- meta


@dataclass(frozen=True, slots=True)
class GitInfo:
    """The checkout the scan root belongs to. commit is "" on a branch with no commits yet."""

    commit: str = ""
    branch: str = ""  # "" when HEAD is detached


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """Everything about one report that does not come from the scan itself."""

    generated_at: datetime
    git: GitInfo | None = None
    duration_seconds: float | None = None  # None: the result's own duration
    editor_url: str = DEFAULT_EDITOR_URL  # placeholders: {abs_path} {path} {root} {line} {column}
    project_name: str = ""  # "": the scan root's directory name


def collect_meta(
    result: ScanResult, *, now: datetime | None = None, editor_url: str = DEFAULT_EDITOR_URL
) -> ReportMeta:
    """Read the clock and the git checkout (if any) of the scan root."""
    return ReportMeta(
        generated_at=now or datetime.now(UTC),
        git=read_git_info(result.root),
        editor_url=editor_url,
    )


def read_git_info(root: str | Path) -> GitInfo | None:
    """Commit and branch of the git checkout holding root, read from .git without running git."""
    try:
        start = Path(root).absolute()
        for directory in (start, *start.parents):
            dot_git = directory / ".git"
            if dot_git.is_dir():
                return _read_head(dot_git)
            if dot_git.is_file():  # worktree or submodule: "gitdir: <path>"
                text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
                if text.startswith("gitdir:"):
                    gitdir = Path(text[len("gitdir:") :].strip())
                    return _read_head(gitdir if gitdir.is_absolute() else directory / gitdir)
                return None
    except OSError:
        return None
    return None


def _read_head(gitdir: Path) -> GitInfo | None:
    head_file = gitdir / "HEAD"
    if not head_file.is_file():
        return None
    head = head_file.read_text(encoding="utf-8", errors="replace").strip()
    if not head.startswith("ref:"):
        return GitInfo(commit=head if re.fullmatch(r"[0-9a-f]{40,64}", head) else "", branch="")
    ref = head[len("ref:") :].strip()
    branch = ref.removeprefix("refs/heads/")
    common = gitdir
    commondir_file = gitdir / "commondir"
    if commondir_file.is_file():
        common_text = commondir_file.read_text(encoding="utf-8").strip()
        common = Path(common_text) if Path(common_text).is_absolute() else gitdir / common_text
    for base in (gitdir, common):
        ref_file = base / ref
        if ref_file.is_file():
            return GitInfo(commit=ref_file.read_text(encoding="utf-8").strip(), branch=branch)
    packed = common / "packed-refs"
    if packed.is_file():
        for line in packed.read_text(encoding="utf-8", errors="replace").splitlines():
            sha, _, name = line.partition(" ")
            if name.strip() == ref and not line.startswith(("#", "^")):
                return GitInfo(commit=sha, branch=branch)
    return GitInfo(commit="", branch=branch)


# ------------------------------------------------------------------------------------- view shapes


@dataclass(frozen=True, slots=True)
class Header:
    project: str
    root: str
    commit: str
    branch: str
    generated: str
    version: str
    files_scanned: int
    files_skipped: int
    incomplete: int
    duration: str
    fail_on: str
    passed: bool
    failing: int  # violations at or above fail_on


@dataclass(frozen=True, slots=True)
class RuleCount:
    rule_id: str
    title: str
    by_severity: tuple[int, ...]  # aligned with SEVERITIES
    total: int


@dataclass(frozen=True, slots=True)
class Place:
    path: str
    function: str
    count: int


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    notes: int
    by_rule: tuple[RuleCount, ...]
    severity_totals: tuple[int, ...]  # aligned with SEVERITIES
    top_places: tuple[Place, ...]
    headline: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PolicyView:
    rule_id: str
    name: str
    title: str
    severity: str
    summary: str
    why: str
    remediation: str
    clauses: tuple[PolicyClause, ...]
    findings: int
    notes: int


@dataclass(frozen=True, slots=True)
class StepView:
    number: int
    kind: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    snippet: str
    editor_url: str  # "" when no safe link can be built
    role: str  # "source" | "sink" | ""


@dataclass(frozen=True, slots=True)
class FlowView:
    data: str
    origin: str
    catalog_id: str
    steps: tuple[StepView, ...]


@dataclass(frozen=True, slots=True)
class FindingView:
    anchor: str
    rule_id: str
    rule_title: str
    severity: str
    level: str
    message: str
    path: str
    line: int
    function: str
    sink: str
    destination: str
    consent_guarded: bool
    remediation: str
    sources: tuple[str, ...]
    flows: tuple[FlowView, ...]
    editor_url: str
    search_text: str  # lower-case haystack for the free-text search


@dataclass(frozen=True, slots=True)
class SuppressedFinding:
    """Input hook for the CI-gate issue: a finding kept out of the verdict, and why."""

    finding: Finding
    status: str  # "suppressed" (inline comment) | "baselined"
    justification: str


@dataclass(frozen=True, slots=True)
class SuppressedView:
    finding: FindingView
    status: str
    justification: str


@dataclass(frozen=True, slots=True)
class DataMapRow:
    data: str
    origin: str
    destination: str
    rule_id: str
    rule_title: str
    places: int
    consent_gated: bool


@dataclass(frozen=True, slots=True)
class DiagramNode:
    column: int  # 0 sources, 1 modules, 2 destinations
    key: str
    label: str  # truncated for display
    x: float
    y: float
    width: float
    height: float
    weight: int


@dataclass(frozen=True, slots=True)
class DiagramEdge:
    d: str  # SVG path data: numbers and commands only
    width: float
    severity: str
    title: str


@dataclass(frozen=True, slots=True)
class Diagram:
    width: int
    height: int
    headings: tuple[tuple[float, str], ...]
    nodes: tuple[DiagramNode, ...]
    edges: tuple[DiagramEdge, ...]


@dataclass(frozen=True, slots=True)
class ReportView:
    header: Header
    summary: Summary
    policies: tuple[PolicyView, ...]
    findings: tuple[FindingView, ...]  # violations (level error/warning)
    notes: tuple[FindingView, ...]  # consent-gated (level note)
    data_map: tuple[DataMapRow, ...]
    diagram: Diagram
    skipped: tuple[Skipped, ...]
    incomplete: tuple[Incomplete, ...]
    suppressed: tuple[SuppressedView, ...] = ()
    suppressed_count: int = 0  # from result.extra when the list itself is not available
    filter_rules: tuple[tuple[str, str], ...] = ()  # (rule id, label)
    filter_files: tuple[str, ...] = ()
    open_by_default: bool = True
    summary_json: dict[str, object] = field(default_factory=dict)

    @property
    def show_suppressed(self) -> bool:
        return bool(self.suppressed) or self.suppressed_count > 0


# ------------------------------------------------------------------------------------------ build


def build_view(
    result: ScanResult, meta: ReportMeta, *, suppressed: Sequence[SuppressedFinding] = ()
) -> ReportView:
    """Compute everything the template shows."""
    ordered = sorted(result.findings, key=_finding_order)
    violations = [f for f in ordered if f.level != "note"]
    notes = [f for f in ordered if f.level == "note"]
    finding_views = tuple(_finding_view(f, f"f{i}", result.root, meta) for i, f in enumerate(violations, 1))
    note_views = tuple(_finding_view(f, f"n{i}", result.root, meta) for i, f in enumerate(notes, 1))
    suppressed_views = tuple(
        SuppressedView(_finding_view(s.finding, f"s{i}", result.root, meta), s.status, s.justification)
        for i, s in enumerate(suppressed, 1)
    )
    header = _header(result, meta, violations)
    summary = _summary(violations, notes)
    rule_ids = sorted({f.rule_id for f in ordered}, key=_rule_sort_key)
    return ReportView(
        header=header,
        summary=summary,
        policies=_policies(violations, notes),
        findings=finding_views,
        notes=note_views,
        data_map=data_map_rows(ordered),
        diagram=build_diagram(ordered),
        skipped=tuple(sorted(result.skipped, key=lambda s: s.path)),
        incomplete=tuple(sorted(result.incomplete, key=lambda i: (i.path, i.function))),
        suppressed=suppressed_views,
        suppressed_count=max(len(suppressed_views), _suppressed_count(result.extra)),
        filter_rules=tuple((r, f"{r} {_rule_title(r)}") for r in rule_ids),
        filter_files=tuple(sorted({f.location.path for f in ordered})),
        open_by_default=len(ordered) <= OPEN_FINDINGS_UP_TO,
        summary_json={
            "project": header.project,
            "commit": header.commit,
            "passed": header.passed,
            "fail_on": header.fail_on,
            "violations": summary.total,
            "consent_gated": summary.notes,
            "by_rule": {rc.rule_id: rc.total for rc in summary.by_rule},
        },
    )


def _finding_order(f: Finding) -> tuple[object, ...]:
    return (
        -SEVERITY_ORDER.get(f.severity, 0),
        f.location.path,
        f.location.line,
        f.location.column,
        f.rule_id,
    )


def _rule_sort_key(rule_id: str) -> tuple[int, str]:
    ids = [r.id for r in RULES]
    return (ids.index(rule_id) if rule_id in ids else len(ids), rule_id)


def _rule_title(rule_id: str) -> str:
    rule = RULES_BY_ID.get(rule_id)
    return rule.title if rule else rule_id


def fails_gate(finding: Finding, fail_on: str) -> bool:
    """A violation (not a consent-gated note) at or above the fail-on severity."""
    return finding.level != "note" and SEVERITY_ORDER.get(finding.severity, 0) >= SEVERITY_ORDER.get(
        fail_on, 0
    )


def _header(result: ScanResult, meta: ReportMeta, violations: Sequence[Finding]) -> Header:
    failing = sum(1 for f in violations if fails_gate(f, result.fail_on))
    duration = meta.duration_seconds if meta.duration_seconds is not None else result.duration_seconds
    git = meta.git or GitInfo()
    return Header(
        project=meta.project_name or posixpath.basename(result.root.rstrip("/\\")) or result.root,
        root=result.root,
        commit=git.commit,
        branch=git.branch,
        generated=meta.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip(),
        version=result.tool_version,
        files_scanned=result.files_scanned,
        files_skipped=len(result.skipped),
        incomplete=len(result.incomplete),
        duration=format_duration(duration),
        fail_on=result.fail_on,
        passed=failing == 0,
        failing=failing,
    )


def format_duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.1f} s"
    return f"{int(seconds // 60)} min {int(seconds % 60)} s"


def verdict_lines(violations: Sequence[Finding]) -> tuple[str, ...]:
    """One plain sentence per rule broken, e.g. "3 places send Amazon buyer data to marketing tools"."""
    counts = Counter(f.rule_id for f in violations)
    lines = []
    for rule_id in sorted(counts, key=_rule_sort_key):
        n = counts[rule_id]
        one, many = _VERDICT_PHRASES.get(
            rule_id,
            (
                f"breaks rule {rule_id} ({_rule_title(rule_id)})",
                f"break rule {rule_id} ({_rule_title(rule_id)})",
            ),
        )
        lines.append(f"{plural(n, 'place')} {one if n == 1 else many}")
    return tuple(lines)


def _summary(violations: Sequence[Finding], notes: Sequence[Finding]) -> Summary:
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for f in violations:
        by_rule[f.rule_id][f.severity] += 1
    rule_counts = tuple(
        RuleCount(
            rule_id=r,
            title=_rule_title(r),
            by_severity=tuple(by_rule[r][s] for s in SEVERITIES),
            total=sum(by_rule[r].values()),
        )
        for r in sorted(by_rule, key=_rule_sort_key)
    )
    severity_totals = tuple(sum(rc.by_severity[i] for rc in rule_counts) for i in range(len(SEVERITIES)))
    files = {f.location.path for f in violations}
    if violations:
        headline = (
            f"{plural(len(violations), 'violation')} of Amazon's buyer-data policies "
            f"in {plural(len(files), 'file')}."
        )
    else:
        headline = "No violations found."
    lines = verdict_lines(violations)
    if notes:
        lines += (
            f"{plural(len(notes), 'more place')} {'uses' if len(notes) == 1 else 'use'} buyer data behind a "
            "consent check; they are listed apart for review",
        )
    return Summary(
        total=len(violations),
        notes=len(notes),
        by_rule=rule_counts,
        severity_totals=severity_totals,
        top_places=top_places(violations),
        headline=headline,
        lines=lines,
    )


def top_places(findings: Iterable[Finding], limit: int = 3) -> tuple[Place, ...]:
    """The files/functions with the most findings, most first, ties by path then function."""
    counts = Counter((f.location.path, f.function) for f in findings)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))
    return tuple(Place(path, function, n) for (path, function), n in ranked[:limit])


def _policies(violations: Sequence[Finding], notes: Sequence[Finding]) -> tuple[PolicyView, ...]:
    found = Counter(f.rule_id for f in violations)
    noted = Counter(f.rule_id for f in notes)
    views = [
        PolicyView(
            r.id,
            r.name,
            r.title,
            r.severity,
            r.summary,
            r.why,
            r.remediation,
            r.clauses,
            found[r.id],
            noted[r.id],
        )
        for r in RULES
    ]
    for rule_id in sorted((set(found) | set(noted)) - set(RULES_BY_ID)):  # custom rules: no clauses
        sample = next(f for f in (*violations, *notes) if f.rule_id == rule_id)
        views.append(
            PolicyView(
                rule_id, sample.rule_name, rule_id, sample.severity, "Custom rule.", "", "", (),
                found[rule_id], noted[rule_id],
            )
        )  # fmt: skip
    return tuple(views)


def editor_url(template: str, root: str, path: str, line: int, column: int) -> str:
    """Build an editor link; "" if the result would not be a harmless editor URL.

    The path is percent-encoded, so a hostile file name cannot break out of the template, and the
    finished URL is refused if its scheme is one a browser would execute or load (javascript:, data:).
    """
    if not template:
        return ""
    abs_path = path if path.startswith("/") else posixpath.join(root.replace("\\", "/"), path)
    abs_path = posixpath.normpath(abs_path) if abs_path else abs_path
    encoded = quote(abs_path, safe="/")
    if "/{abs_path}" in template and encoded.startswith("/"):
        encoded = encoded[1:]  # vscode://file/{abs_path} with /home/... -> vscode://file/home/...
    url = (
        template.replace("{abs_path}", encoded)
        .replace("{path}", quote(path, safe="/"))
        .replace("{root}", quote(root, safe="/"))
        .replace("{line}", str(max(int(line), 1)))
        .replace("{column}", str(max(int(column), 1)))
    )
    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.\-]*):", url)
    cleaned = re.sub(r"[\x00-\x20]", "", url).lower()
    if scheme is None or scheme.group(1).lower() in _UNSAFE_SCHEMES:
        return ""
    if any(cleaned.startswith(s + ":") for s in _UNSAFE_SCHEMES):
        return ""
    return url


def _finding_view(f: Finding, anchor: str, root: str, meta: ReportMeta) -> FindingView:
    rule = RULES_BY_ID.get(f.rule_id)
    flows = []
    for flow in f.flows:
        steps = []
        last = len(flow.steps)
        for n, step in enumerate(flow.steps, 1):
            loc = step.location
            role = (
                "source"
                if step.kind == "source" or n == 1
                else ("sink" if step.kind == "sink" or n == last else "")
            )
            steps.append(
                StepView(
                    number=n,
                    kind=step.kind,
                    message=step.message,
                    path=loc.path,
                    line=loc.line,
                    column=loc.column,
                    end_line=loc.end_line,
                    end_column=loc.end_column,
                    snippet=loc.snippet,
                    editor_url=editor_url(meta.editor_url, root, loc.path, loc.line, loc.column),
                    role=role,
                )
            )
        flows.append(FlowView(flow.source.data, flow.source.origin, flow.source.catalog_id, tuple(steps)))
    sources = tuple(dict.fromkeys(f"{fl.source.data} ({fl.source.origin})" for fl in f.flows))
    haystack = " ".join(
        (
            f.rule_id,
            f.rule_name,
            f.severity,
            f.message,
            f.location.path,
            f.function,
            f.sink,
            f.destination,
            *sources,
        )
    )
    return FindingView(
        anchor=anchor,
        rule_id=f.rule_id,
        rule_title=rule.title if rule else f.rule_name or f.rule_id,
        severity=f.severity,
        level=f.level,
        message=f.message,
        path=f.location.path,
        line=f.location.line,
        function=f.function,
        sink=f.sink,
        destination=f.destination,
        consent_guarded=f.consent_guarded,
        remediation=rule.remediation if rule else "",
        sources=sources,
        flows=tuple(flows),
        editor_url=editor_url(meta.editor_url, root, f.location.path, f.location.line, f.location.column),
        search_text=haystack.lower(),
    )


def _suppressed_count(extra: dict[str, str]) -> int:
    total = 0
    for key in ("suppressed", "baselined"):
        try:
            total += int(extra.get(key, "0") or 0)
        except ValueError:
            continue
    return total


# --------------------------------------------------------------------------------------- data map


def data_map_rows(findings: Iterable[Finding]) -> tuple[DataMapRow, ...]:
    """Personal-data kind by source origin -> destination and rule, with how many places."""
    places: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    gated: dict[tuple[str, str, str, str], bool] = {}
    for f in findings:
        for flow in f.flows:
            key = (flow.source.data, flow.source.origin, f.destination or f.sink, f.rule_id)
            places[key].add(f.fingerprint or f"{f.location.path}:{f.location.line}:{f.location.column}")
            gated[key] = gated.get(key, True) and f.level == "note"
    return tuple(
        DataMapRow(data, origin, dest, rule_id, _rule_title(rule_id), len(places[key]), gated[key])
        for key in sorted(places)
        for data, origin, dest, rule_id in (key,)
    )


_DIAGRAM_WIDTH = 960
_NODE_WIDTH = 250
_NODE_HEIGHT = 26
_NODE_GAP = 10
_TOP = 40
_MAX_NODES = 18
_LABEL_CHARS = 28


def _module_of(path: str) -> str:
    return posixpath.dirname(path) or "(project root)"


def _truncate(label: str, keep_end: bool) -> str:
    if len(label) <= _LABEL_CHARS:
        return label
    return "…" + label[-(_LABEL_CHARS - 1) :] if keep_end else label[: _LABEL_CHARS - 1] + "…"


def build_diagram(findings: Sequence[Finding]) -> Diagram:
    """Sources -> modules -> destinations in three columns, laid out deterministically.

    Each column keeps its heaviest nodes (at most _MAX_NODES); the rest fold into "(others)".
    """
    source_w: Counter[str] = Counter()
    module_w: Counter[str] = Counter()
    dest_w: Counter[str] = Counter()
    for f in findings:
        module_w[_module_of(f.location.path)] += 1
        dest_w[f.destination or f.sink] += 1
        for flow in f.flows:
            source_w[flow.source.origin] += 1
    sources, modules, dests = _keep_top(source_w), _keep_top(module_w), _keep_top(dest_w)

    def kept(weights: Counter[str], key: str) -> str:
        return key if key in weights else _OTHERS

    left: Counter[tuple[str, str]] = Counter()  # (origin, module) -> flows
    right: Counter[tuple[str, str]] = Counter()  # (module, destination) -> findings
    worst: dict[tuple[int, str, str], int] = defaultdict(int)
    for f in findings:
        module, dest = kept(modules, _module_of(f.location.path)), kept(dests, f.destination or f.sink)
        sev = SEVERITY_ORDER.get(f.severity, 0)
        right[(module, dest)] += 1
        worst[(1, module, dest)] = max(worst[(1, module, dest)], sev)
        for flow in f.flows:
            origin = kept(sources, flow.source.origin)
            left[(origin, module)] += 1
            worst[(0, origin, module)] = max(worst[(0, origin, module)], sev)
    # Order: modules by weight, then sources and destinations by the mean position of their modules.
    module_order = sorted(modules, key=lambda m: (m == _OTHERS, -modules[m], m))
    pos = {m: i for i, m in enumerate(module_order)}
    columns = (
        _barycentric(sources, left, pos, side=0),
        module_order,
        _barycentric(dests, right, pos, side=1),
    )
    weight_of = (sources, modules, dests)
    rows = max((len(c) for c in columns), default=0)
    step = _NODE_HEIGHT + _NODE_GAP
    height = _TOP + max(rows, 1) * step + 10
    xs = (10.0, (_DIAGRAM_WIDTH - _NODE_WIDTH) / 2, float(_DIAGRAM_WIDTH - _NODE_WIDTH - 10))
    nodes: list[DiagramNode] = []
    where: dict[tuple[int, str], DiagramNode] = {}
    for col, keys in enumerate(columns):
        offset = _TOP + (rows - len(keys)) * step / 2
        for i, key in enumerate(keys):
            node = DiagramNode(
                column=col,
                key=key,
                label=_truncate(key, keep_end=col == 1),
                x=xs[col],
                y=round(offset + i * step, 1),
                width=_NODE_WIDTH,
                height=_NODE_HEIGHT,
                weight=weight_of[col][key],
            )
            nodes.append(node)
            where[(col, key)] = node
    edges: list[DiagramEdge] = []
    for col, pairs in ((0, left), (1, right)):
        for (a, b), n in sorted(pairs.items()):
            start, end = where[(col, a)], where[(col + 1, b)]
            x1, y1 = start.x + start.width, start.y + start.height / 2
            x2, y2 = end.x, end.y + end.height / 2
            mid = (x1 + x2) / 2
            edges.append(
                DiagramEdge(
                    d=f"M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}",
                    width=round(min(1.5 + 1.5 * math.log2(n), 9.0), 1),
                    severity=_SEVERITY_NAME[worst[(col, a, b)]],
                    title=f"{a} → {b}: {plural(n, 'flow' if col == 0 else 'finding')}",
                )
            )
    headings = ((xs[0], "Sources (API)"), (xs[1], "Modules"), (xs[2], "Destinations"))
    return Diagram(_DIAGRAM_WIDTH, int(height), headings, tuple(nodes), tuple(edges))


_SEVERITY_NAME = {n: name for name, n in SEVERITY_ORDER.items()}
_OTHERS = "(others)"


def _keep_top(weights: Counter[str]) -> Counter[str]:
    if len(weights) <= _MAX_NODES:
        return weights
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    kept: Counter[str] = Counter(dict(ranked[: _MAX_NODES - 1]))
    kept[_OTHERS] = sum(n for _, n in ranked[_MAX_NODES - 1 :])
    return kept


def _barycentric(
    keys: Counter[str], pairs: Counter[tuple[str, str]], pos: dict[str, int], side: int
) -> list[str]:
    sums: dict[str, float] = defaultdict(float)
    totals: dict[str, int] = defaultdict(int)
    for pair, n in pairs.items():
        key, module = (pair[0], pair[1]) if side == 0 else (pair[1], pair[0])
        sums[key] += pos.get(module, 0) * n
        totals[key] += n
    return sorted(keys, key=lambda k: (k == _OTHERS, sums[k] / totals[k] if totals[k] else 0.0, -keys[k], k))
