"""The pipeline: discover -> parse and summarize (parallel, cached) -> link -> propagate -> judge.

This module only wires the stages together; each stage lives in its own module.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from auditor import __version__, ir
from auditor.cache import SummaryCache
from auditor.catalog import Catalog, load_catalog
from auditor.config import Config, git_ignored
from auditor.discover import discover
from auditor.judge import judge
from auditor.link import Program
from auditor.model import Finding, Incomplete, ScanResult, Skipped, SuppressedFinding
from auditor.options import ScanOptions
from auditor.parse import summarize_file
from auditor.propagate import Engine

PARALLEL_MIN_FILES = 24


def _work(batch: Sequence[tuple[str, str, int]]) -> list[ir.Module | Skipped]:
    return [summarize_file(p, rel, mx) for p, rel, mx in batch]


def summarize_all(
    files: Sequence[tuple[Path, str]], options: ScanOptions, cache: SummaryCache | None
) -> list[ir.Module | Skipped]:
    """Per-file facts for every file, from the cache or by parsing (in worker processes)."""
    results: dict[str, ir.Module | Skipped] = {}
    todo: list[tuple[str, str, int]] = []
    keys: dict[str, str] = {}
    for path, rel in files:
        if cache is not None:
            key = cache.key(path, rel)
            if key is not None:
                keys[rel] = key
                hit = cache.get(key)
                if hit is not None:
                    results[rel] = hit
                    continue
        todo.append((str(path), rel, options.max_file_bytes))
    if todo:
        jobs = max(1, options.jobs)
        if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES:
            size = max(1, min(64, len(todo) // (jobs * 4) or 1))
            batches = [todo[i : i + size] for i in range(0, len(todo), size)]
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for batch, out in zip(batches, pool.map(_work, batches), strict=True):
                    for (_p, rel, _m), res in zip(batch, out, strict=True):
                        results[rel] = res
        else:
            for (_p, rel, _m), res in zip(todo, _work(todo), strict=True):
                results[rel] = res
        if cache is not None:
            for _p, rel, _m in todo:
                if rel in keys and isinstance(results[rel], ir.Module):
                    cache.put(keys[rel], results[rel])
    return [results[rel] for _p, rel in files]


def analyse(modules: list[ir.Module], catalog: Catalog) -> tuple[Engine, Program]:
    """Link the program and run the propagation to its fixpoint."""
    program = Program.build(modules, catalog)
    engine = Engine(program, catalog)
    engine.run()
    return engine, program


class _Lines:
    """Reads code lines for snippets, once per file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache: dict[str, list[str]] = {}

    def __call__(self, rel: str, line: int) -> str:
        lines = self.cache.get(rel)
        if lines is None:
            try:
                lines = (self.root / rel).read_bytes().decode("utf-8", "replace").splitlines()
            except OSError:
                lines = []
            self.cache[rel] = lines
        if 1 <= line <= len(lines):
            return lines[line - 1][:400]
        return ""


def run_scan(options: ScanOptions, catalog: Catalog | None = None) -> ScanResult:
    """Scan the given paths and return every finding with its trace."""
    started = time.perf_counter()
    catalog = catalog or load_catalog()
    disc = discover(list(options.paths))
    root = disc.root
    files = [(p, disc.relative(p)) for p in disc.files]
    # --- issue 4: configuration (file filters, custom models and rules) ------------------------
    config = options.config if options.config is not None else Config()
    files = select_files(files, root, config, explicit=[Path(p) for p in options.paths])
    catalog = config.apply_catalog(catalog)
    # -------------------------------------------------------------------------------------------
    cache = None
    if options.use_cache:
        cache = SummaryCache(options.cache_dir or (root / ".auditor_cache"))
    summaries = summarize_all(files, options, cache)
    modules = [m for m in summaries if isinstance(m, ir.Module)]
    skipped = list(disc.skipped) + [s for s in summaries if isinstance(s, Skipped)]
    engine, program = analyse(modules, catalog)
    lines = _Lines(root)
    findings = judge(engine, lines, strict_consent=options.strict_consent, custom_rules=config.rules() or None)
    incomplete = [
        Incomplete(program.modules[program.function_module[q]].path, q, reason)
        for q, reason in sorted(engine.incomplete.items())
        if q in program.function_module
    ]
    # --- issue 4: rule selection, severity overrides, inline suppressions, baseline -------------
    findings, suppressed, extra = postprocess(findings, root, [rel for _p, rel in files], options, config)
    # -------------------------------------------------------------------------------------------
    return ScanResult(
        root=str(root),
        tool_version=__version__,
        files_scanned=len(modules),
        findings=tuple(findings),
        suppressed=tuple(suppressed),
        extra=extra,
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
        incomplete=tuple(incomplete),
        duration_seconds=time.perf_counter() - started,
        fail_on=options.fail_on,  # type: ignore[arg-type]
    )


# --- issue 4 (CI gate) ---------------------------------------------------------------------------


def select_files(
    files: list[tuple[Path, str]], root: Path, config: Config, *, explicit: Sequence[Path] = ()
) -> list[tuple[Path, str]]:
    """Apply the configured include/exclude globs and .gitignore. Files named explicitly are kept."""
    given = {Path(p).resolve() for p in explicit if Path(p).is_file()}
    keep = config.file_filter()
    out = [(p, rel) for p, rel in files if p.resolve() in given or keep(rel)]
    if config.respect_gitignore:
        ignored = git_ignored(root, [rel for p, rel in out if p.resolve() not in given])
        out = [(p, rel) for p, rel in out if rel not in ignored]
    return out


def postprocess(
    findings: list[Finding], root: Path, files: list[str], options: ScanOptions, config: Config
) -> tuple[list[Finding], list[SuppressedFinding], dict[str, str]]:
    """Rule selection and severity overrides, then inline suppressions, then the baseline."""
    from auditor import baseline as baseline_module
    from auditor.suppress import apply_suppressions

    adjusted = [a for a in (config.adjust(f) for f in findings) if a is not None]
    suppressed: list[SuppressedFinding] = []
    extra: dict[str, str] = {}
    if options.apply_suppressions:
        outcome = apply_suppressions(
            adjusted, root, files, require_reason=config.require_suppression_reason, rule_enabled=config.rule_enabled
        )
        problems = [a for a in (config.adjust(f) for f in outcome.problems) if a is not None]
        adjusted = outcome.findings + problems
        suppressed.extend(outcome.suppressed)
    if options.baseline is not None:
        entries = baseline_module.load_baseline(options.baseline)
        adjusted, baselined, stale = baseline_module.apply_baseline(adjusted, entries)
        suppressed.extend(baselined)
        extra["baseline_stale"] = str(len(stale))
    extra["suppressed"] = str(sum(1 for s in suppressed if s.kind == "inline"))
    extra["baselined"] = str(sum(1 for s in suppressed if s.kind == "baseline"))
    adjusted.sort(key=lambda f: (f.location.path, f.location.line, f.location.column, f.rule_id))
    return adjusted, suppressed, extra
