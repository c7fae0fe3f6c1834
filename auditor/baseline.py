"""The baseline: findings a team has accepted, recorded by fingerprint, so a scan reports only new ones.

    auditor baseline create --output .auditor-baseline.json
    auditor scan --baseline .auditor-baseline.json

The file is JSON (sorted, one entry per finding) and meant to be committed and reviewed; each entry
has a `justification` field to fill in (kept when the baseline is re-created).

Matching is two-pass. First by the judge's fingerprint (rule, path, function, normalised sink line,
source catalog ids, occurrence): it survives unrelated edits and line shifts. The fingerprint
includes the path, so for a moved file (or function) a second pass matches the remaining findings
on a location-free key: rule, the function's name inside its module, the normalised sink line and
the source catalog ids; a third pass replaces the sink line by the sink callee, so a reformatted
sink call still matches. Each baseline entry matches at most one finding, so adding a second flow
of the same kind in the same function is still reported. The same matching compares
the head and the merge base in pull-request mode (auditor.diffscan).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import ConfigError
from auditor.model import Finding, SuppressedFinding

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    rule_id: str
    path: str
    function: str
    line: int
    snippet: str
    sources: tuple[str, ...]
    message: str = ""
    justification: str = ""
    sink: str = ""

    @property
    def relaxed_key(self) -> tuple[str, str, str, tuple[str, ...]]:
        """Location-free: survives moving the function to another file."""
        return (self.rule_id, local_function(self.function, self.path), self.snippet, self.sources)

    @property
    def loose_key(self) -> tuple[str, str, str, tuple[str, ...]]:
        """Also free of the sink line's text: survives reformatting the sink call."""
        return (self.rule_id, local_function(self.function, self.path), self.sink, self.sources)


def module_name(path: str) -> str:
    mod = path[:-3] if path.endswith(".py") else path
    mod = mod.replace("/", ".")
    return mod[: -len(".__init__")] if mod.endswith(".__init__") else mod


def local_function(function: str, path: str) -> str:
    """The function's name inside its module (`pkg.mod.Class.f` in pkg/mod.py -> `Class.f`)."""
    mod = module_name(path)
    if function.startswith(mod + "."):
        return function[len(mod) + 1 :]
    return function.rsplit(".", 1)[-1] if function else ""


def entry_for(f: Finding, justification: str = "") -> Entry:
    return Entry(
        fingerprint=f.fingerprint,
        rule_id=f.rule_id,
        path=f.location.path,
        function=f.function,
        line=f.location.line,
        snippet=" ".join(f.location.snippet.split()),
        sources=tuple(sorted({fl.source.catalog_id for fl in f.flows})),
        message=f.message,
        justification=justification,
        sink=f.sink,
    )


def match(findings: Sequence[Finding], entries: Iterable[Entry]) -> tuple[list[tuple[Finding, Entry]], list[Finding], list[Entry]]:
    """(matched pairs, findings not in the baseline, baseline entries no finding matched)."""
    by_fp: dict[str, list[Entry]] = {}
    remaining: list[Entry] = list(entries)
    for e in remaining:
        by_fp.setdefault(e.fingerprint, []).append(e)
    used: set[int] = set()
    matched: list[tuple[Finding, Entry]] = []
    rest: list[Finding] = []
    for f in findings:
        cands = [e for e in by_fp.get(f.fingerprint, ()) if id(e) not in used]
        if cands:
            used.add(id(cands[0]))
            matched.append((f, cands[0]))
        else:
            rest.append(f)
    for attr in ("relaxed_key", "loose_key"):
        by_key: dict[tuple, list[Entry]] = {}
        for e in remaining:
            if id(e) not in used:
                by_key.setdefault(getattr(e, attr), []).append(e)
        unmatched: list[Finding] = []
        for f in rest:
            key = getattr(entry_for(f), attr)
            cands = [e for e in by_key.get(key, ()) if id(e) not in used]
            if cands:
                used.add(id(cands[0]))
                matched.append((f, cands[0]))
            else:
                unmatched.append(f)
        rest = unmatched
    new = rest
    stale = [e for e in remaining if id(e) not in used]
    return matched, new, stale


# ------------------------------------------------------------------------------------------- file


def render_baseline(findings: Sequence[Finding], previous: Sequence[Entry] = (), tool_version: str = "") -> str:
    """The baseline document for `findings`, keeping justifications of entries that still match."""
    matched, _new, _stale = match(findings, previous)
    why = {id(f): e.justification for f, e in matched}
    entries = sorted((entry_for(f, why.get(id(f), "")) for f in findings), key=lambda e: (e.path, e.line, e.rule_id, e.fingerprint))
    doc = {
        "version": BASELINE_VERSION,
        "tool": {"name": "auditor", "version": tool_version},
        "findings": [
            {
                "fingerprint": e.fingerprint,
                "rule_id": e.rule_id,
                "path": e.path,
                "function": e.function,
                "line": e.line,
                "snippet": e.snippet,
                "sources": list(e.sources),
                "message": e.message,
                "sink": e.sink,
                "justification": e.justification,
            }
            for e in entries
        ],
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> list[Entry]:
    """Read a baseline file; a missing or malformed file is a ConfigError (exit 2)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"baseline file not found: {path} (create it with 'auditor baseline create --output {path}')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline {path}: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not a baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not an auditor baseline (expected version {BASELINE_VERSION} and a findings array)")
    out: list[Entry] = []
    for i, d in enumerate(data["findings"]):
        try:
            out.append(
                Entry(
                    fingerprint=str(d["fingerprint"]),
                    rule_id=str(d["rule_id"]),
                    path=str(d.get("path", "")),
                    function=str(d.get("function", "")),
                    line=int(d.get("line", 0)),
                    snippet=str(d.get("snippet", "")),
                    sources=tuple(str(s) for s in d.get("sources", [])),
                    message=str(d.get("message", "")),
                    justification=str(d.get("justification", "") or ""),
                    sink=str(d.get("sink", "")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(f"{path}: findings[{i}]: expected a table with a string fingerprint and rule_id") from None
    return out


def apply_baseline(findings: Sequence[Finding], entries: Sequence[Entry]) -> tuple[list[Finding], list[SuppressedFinding], list[Entry]]:
    """(findings not in the baseline, baselined findings, stale entries)."""
    matched, new, stale = match(findings, entries)
    order = {id(f): i for i, f in enumerate(findings)}
    keep = sorted(new, key=lambda f: order[id(f)])
    baselined = [SuppressedFinding(f, "baseline", e.justification) for f, e in sorted(matched, key=lambda p: order[id(p[0])])]
    return keep, baselined, stale
