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
from auditor.discover import discover
from auditor.judge import judge
from auditor.link import Program
from auditor.model import Incomplete, ScanResult, Skipped
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
    cache = None
    if options.use_cache:
        cache = SummaryCache(options.cache_dir or (root / ".auditor_cache"))
    summaries = summarize_all(files, options, cache)
    modules = [m for m in summaries if isinstance(m, ir.Module)]
    skipped = list(disc.skipped) + [s for s in summaries if isinstance(s, Skipped)]
    engine, program = analyse(modules, catalog)
    lines = _Lines(root)
    findings = judge(engine, lines, strict_consent=options.strict_consent)
    incomplete = [
        Incomplete(program.modules[program.function_module[q]].path, q, reason)
        for q, reason in sorted(engine.incomplete.items())
        if q in program.function_module
    ]
    return ScanResult(
        root=str(root),
        tool_version=__version__,
        files_scanned=len(modules),
        findings=tuple(findings),
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
        incomplete=tuple(incomplete),
        duration_seconds=time.perf_counter() - started,
        fail_on=options.fail_on,  # type: ignore[arg-type]
    )
