"""Helpers to run the analysis on source text: the suite's `audit(...)` and the catalog examples.

`audit("code")` or `audit({"pkg/a.py": "...", "pkg/b.py": "..."})` returns findings without
touching the disk; `expected_markers(text)` reads `# expect: AMZ00n` comments, the same labels
the fixtures corpus uses.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from auditor import ir
from auditor.catalog import Catalog, load_catalog
from auditor.judge import judge
from auditor.model import Finding, Skipped
from auditor.parse import summarize_text
from auditor.scan import analyse

EXPECT_RE = re.compile(r"#\s*expect:\s*((?:[A-Z][A-Z0-9_-]*\d+[\s,]*)+)")
OK_RE = re.compile(r"#\s*ok:\s*((?:[A-Z][A-Z0-9_-]*\d+[\s,]*)+)")


def audit(sources: str | dict[str, str], *, catalog: Catalog | None = None, strict_consent: bool = False) -> list[Finding]:
    """Findings for in-memory source text (one snippet, or several files by relative path)."""
    files = {"snippet.py": sources} if isinstance(sources, str) else dict(sources)
    files = {k: textwrap.dedent(v).lstrip("\n") if isinstance(sources, str) else v for k, v in files.items()}
    modules: list[ir.Module] = []
    for rel in sorted(files):
        m = summarize_text(files[rel], rel)
        if isinstance(m, Skipped):
            raise ValueError(f"{rel}: {m.reason}")
        modules.append(m)
    engine, _ = analyse(modules, catalog or load_catalog())
    lines = {rel: text.splitlines() for rel, text in files.items()}

    def line_of(rel: str, line: int) -> str:
        ls = lines.get(rel, [])
        return ls[line - 1] if 1 <= line <= len(ls) else ""

    return judge(engine, line_of, strict_consent=strict_consent)


def rule_lines(findings: list[Finding]) -> set[tuple[str, int]]:
    """(rule, line) of each finding: what tests compare."""
    return {(f.rule_id, f.location.line) for f in findings}


def expected_markers(text: str) -> set[tuple[str, int]]:
    """(rule, line) for each `# expect: RULE ...` comment in the text."""
    out: set[tuple[str, int]] = set()
    for i, line in enumerate(textwrap.dedent(text).lstrip("\n").splitlines(), start=1):
        m = EXPECT_RE.search(line)
        if m:
            for rule in re.findall(r"[A-Z][A-Z0-9_-]*\d+", m.group(1)):
                out.add((rule, i))
    return out


@dataclass(frozen=True)
class Score:
    """Accuracy of the scanner on a labelled corpus."""

    true_positives: int
    false_positives: int
    false_negatives: int
    traps: int
    traps_hit: int
    per_rule: dict[str, tuple[int, int, int]]  # rule -> (tp, fp, fn)
    misses: tuple[str, ...]
    false_alarms: tuple[str, ...]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        exp = self.true_positives + self.false_negatives
        return self.true_positives / exp if exp else 1.0

    def table(self) -> str:
        lines = [f"{'rule':8} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for rule in sorted(self.per_rule):
            tp, fp, fn = self.per_rule[rule]
            lines.append(f"{rule:8} {tp:>4} {fp:>4} {fn:>4}")
        lines.append(
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives}; "
            f"traps {self.traps}, traps hit {self.traps_hit})"
        )
        return "\n".join(lines)


def corpus_labels(project: Path) -> tuple[set[tuple[str, str, int]], set[tuple[str, str, int]]]:
    """(expected, traps) as (rule, relative path, line) from `# expect:` and `# ok:` comments."""
    expected: set[tuple[str, str, int]] = set()
    traps: set[tuple[str, str, int]] = set()
    for path in sorted(project.rglob("*.py")):
        rel = path.relative_to(project).as_posix()
        for i, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            for rx, bucket in ((EXPECT_RE, expected), (OK_RE, traps)):
                m = rx.search(line)
                if m:
                    for rule in re.findall(r"[A-Z][A-Z0-9_-]*\d+", m.group(1)):
                        bucket.add((rule, rel, i))
    return expected, traps


def score_corpus(corpus: Path) -> Score:
    """Scan each project folder under `corpus` on its own and compare with its labels."""
    from auditor.options import ScanOptions
    from auditor.scan import run_scan

    tp = fp = fn = traps = traps_hit = 0
    per_rule: dict[str, list[int]] = {}
    misses: list[str] = []
    alarms: list[str] = []
    for project in sorted(p for p in corpus.iterdir() if p.is_dir()):
        expected, trap_set = corpus_labels(project)
        result = run_scan(ScanOptions(paths=(project,), jobs=1, use_cache=False))
        got = {(f.rule_id, f.location.path, f.location.line) for f in result.findings}
        for item in sorted(got | expected):
            row = per_rule.setdefault(item[0], [0, 0, 0])
            if item in got and item in expected:
                tp += 1
                row[0] += 1
            elif item in got:
                fp += 1
                row[1] += 1
                alarms.append(f"{project.name}/{item[1]}:{item[2]} {item[0]}")
            else:
                fn += 1
                row[2] += 1
                misses.append(f"{project.name}/{item[1]}:{item[2]} {item[0]}")
        traps += len(trap_set)
        traps_hit += len(trap_set & got)
    return Score(tp, fp, fn, traps, traps_hit, {k: (v[0], v[1], v[2]) for k, v in per_rule.items()}, tuple(misses), tuple(alarms))


def check(source: str, **kwargs: object) -> list[Finding]:
    """Assert that a snippet's findings are exactly its `# expect:` markers; return them."""
    findings = audit(source, **kwargs)  # type: ignore[arg-type]
    assert rule_lines(findings) == expected_markers(source)
    return findings


def check_files(files: dict[str, str], **kwargs: object) -> list[Finding]:
    """Assert that a multi-file project's (rule, path, line) findings are exactly its markers."""
    files = {path: textwrap.dedent(text).lstrip("\n") for path, text in files.items()}
    findings = audit(files, **kwargs)  # type: ignore[arg-type]
    got = {(f.rule_id, f.location.path, f.location.line) for f in findings}
    want = {(rule, path, line) for path, text in files.items() for rule, line in expected_markers(text)}
    assert got == want
    return findings
