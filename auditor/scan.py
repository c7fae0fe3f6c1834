"""The pipeline: discover -> parse and summarize (parallel, cached) -> link -> propagate -> judge.

This module only wires the stages together; each stage lives in its own module.
"""

from __future__ import annotations

import gc
import os
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path

from auditor import __version__, ir
from auditor.cache import SummaryCache
from auditor.catalog import Catalog, load_catalog
from auditor.config import Config, git_ignored
from auditor.discover import discover
from auditor.judge import judge
from auditor.link import Program
from auditor.model import Finding, Incomplete, ScanResult, ScanStats, Skipped, SuppressedFinding
from auditor.options import ScanOptions
from auditor.parse import summarize_file
from auditor.propagate import Engine, original

PARALLEL_MIN_FILES = 24
STAGES = ("discover", "read", "parse", "analyse", "judge")  # as `--verbose` reports their times

# progress(stage, done, total): stage is "read", "parse", "analyse" or "report"; total 0 when unknown.
Progress = Callable[[str, int, int], None]


Item = tuple[str, str, int, str | None]  # path, path relative to the root, size limit, cache key


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a block (and back on after it if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _work(batch: Sequence[Item], cache_dir: str | None = None) -> list[bytes | Skipped]:
    """One batch in a worker: each summary pickled once, written to the cache here (in parallel)
    and sent back as those bytes, rather than pickled again for the trip to the main process.
    libcst trees are large and acyclic (freed by reference counting), so the cyclic collector
    only re-walks them: paused for the batch, it saves ~13% of the time."""
    enabled = gc.isenabled()
    gc.disable()
    cache = SummaryCache(Path(cache_dir)) if cache_dir is not None else None
    try:
        out: list[bytes | Skipped] = []
        for p, rel, mx, key in batch:
            res = summarize_file(p, rel, mx)
            if isinstance(res, Skipped):
                out.append(res)
                continue
            data = pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)
            if cache is not None and key is not None:
                cache.put_pickled(key, data)
            out.append(data)
        return out
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def _unpack(res: bytes | Skipped) -> ir.Module | Skipped:
    return pickle.loads(res) if isinstance(res, bytes) else res


def _batches(todo: list[Item], jobs: int) -> list[list[Item]]:
    """Work units for the pool: largest files first (so no worker is left with one big file at the
    end), in small batches (one pickled round trip per batch, enough batches to balance)."""
    def size(item: Item) -> int:
        try:
            return os.stat(item[0]).st_size
        except OSError:
            return 0

    ordered = sorted(todo, key=lambda it: (-size(it), it[1]))
    n = max(1, min(16, len(ordered) // (jobs * 8) or 1))
    return [ordered[i : i + n] for i in range(0, len(ordered), n)]


def file_keys(files: Sequence[tuple[Path, str]], cache: SummaryCache | None) -> dict[str, str]:
    """The cache key of every readable file (by relative path)."""
    if cache is None:
        return {}
    keys: dict[str, str] = {}
    for path, rel in files:
        key = cache.key(path, rel)
        if key is not None:
            keys[rel] = key
    return keys


def summarize_all(
    files: Sequence[tuple[Path, str]],
    options: ScanOptions,
    cache: SummaryCache | None,
    *,
    keys: dict[str, str] | None = None,
    progress: Progress | None = None,
    counts: dict[str, float] | None = None,
) -> list[ir.Module | Skipped]:
    """Per-file facts for every file, from the cache or by parsing (in worker processes).
    `counts`, if given, gets how many files were "parsed" and how many were "cached".

    The cyclic garbage collector is paused meanwhile: loading summaries creates hundreds of
    thousands of small acyclic records, and each collection would walk all of them again."""
    with paused_gc():
        return _summarize_all(files, options, cache, keys=keys, progress=progress, counts=counts)


def _summarize_all(
    files: Sequence[tuple[Path, str]],
    options: ScanOptions,
    cache: SummaryCache | None,
    *,
    keys: dict[str, str] | None,
    progress: Progress | None,
    counts: dict[str, float] | None = None,
) -> list[ir.Module | Skipped]:
    results: dict[str, ir.Module | Skipped] = {}
    todo: list[Item] = []
    if keys is None:
        keys = file_keys(files, cache)
    for path, rel in files:
        if cache is not None and rel in keys:
            hit = cache.get(keys[rel])
            if hit is not None:
                results[rel] = hit
                continue
        todo.append((str(path), rel, options.max_file_bytes, keys.get(rel)))
    total, done = len(todo), 0
    if counts is not None:
        counts["parsed"] = total
        counts["cached"] = len(files) - total
    if progress is not None:
        progress("parse", 0, total)
    if todo:
        jobs = max(1, options.jobs)
        cache_dir = str(cache.dir) if cache is not None and cache.ok else None
        if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = {pool.submit(_work, b, cache_dir): b for b in _batches(todo, jobs)}
                for fut in as_completed(futures):
                    for (_p, rel, _m, _k), res in zip(futures[fut], fut.result(), strict=True):
                        results[rel] = _unpack(res)
                    done += len(futures[fut])
                    if progress is not None:
                        progress("parse", done, total)
        else:
            for p, rel, mx, key in todo:  # the collector is paused here already (summarize_all)
                res = summarize_file(p, rel, mx)
                if cache is not None and cache_dir is not None and key is not None and isinstance(res, ir.Module):
                    cache.put(key, res)
                results[rel] = res
                done += 1
                if progress is not None:
                    progress("parse", done, total)
    return [results[rel] for _p, rel in files]


def package_of(root: Path) -> str:
    """The dotted package name of a scan root that is itself inside packages (has __init__.py)."""
    parts: list[str] = []
    p = root
    while (p / "__init__.py").is_file() and p.name and len(parts) < 16:
        parts.insert(0, p.name)
        p = p.parent
    return ".".join(parts)


def analyse(modules: list[ir.Module], catalog: Catalog, package: str = "") -> tuple[Engine, Program]:
    """Link the program and run the propagation to its fixpoint.

    The cyclic garbage collector is paused meanwhile: the fixpoint builds millions of small
    immutable values (acyclic, freed by reference counting), and each collection re-walked all of
    them: a third of the propagation time on Django's tree."""
    with paused_gc():
        program = Program.build(modules, catalog, package)
        engine = Engine(program, catalog)
        engine.run()
    return engine, program


@paused_gc()  # after the propagation, a collection (judging, writing the cache) walks every value again
def _analysed(
    files: list[tuple[Path, str]],
    root: Path,
    options: ScanOptions,
    cache: SummaryCache | None,
    catalog: Catalog,
    config: Config,
    progress: Progress | None,
    *,
    default_catalog: bool,
    stats: dict[str, float] | None = None,
) -> tuple[int, list[Skipped], list[Finding], list[Incomplete]]:
    """Parse (or read from the cache), link, propagate and judge: (files analysed, files skipped
    while parsing, findings before suppressions and baseline, incomplete functions).

    With the cache on, the whole outcome is also cached under a key made of every file's key, the
    configuration and the options that change findings: a re-scan where nothing changed reads one
    entry and parses nothing. A changed file changes the key, and the scan runs in full (reusing
    the summaries of the files that did not change).

    `stats`, if given, gets the counts of `summarize_all`, "outcome_cached", and the seconds of
    each stage ("read", "parse", "analyse", "judge")."""
    stats = {} if stats is None else stats
    clock = time.perf_counter()
    if progress is not None:
        progress("read", 0, len(files))
    keys = file_keys(files, cache)
    result_key = None
    if cache is not None and default_catalog:
        context = repr((options.strict_consent, options.max_file_bytes, config))
        if " at 0x" not in context:  # an object without a stable repr: do not cache the outcome
            result_key = cache.result_key([(rel, keys.get(rel)) for _p, rel in files], context)
            hit = cache.get_result(result_key)
            if hit is not None:
                stats.update(cached=len(files), outcome_cached=1)
                _lap(stats, "read", clock)
                return hit["modules"], hit["skipped"], hit["findings"], hit["incomplete"]
    clock = _lap(stats, "read", clock)
    summaries = summarize_all(files, options, cache, keys=keys, progress=progress, counts=stats)
    modules = [m for m in summaries if isinstance(m, ir.Module)]
    parse_skipped = [s for s in summaries if isinstance(s, Skipped)]
    clock = _lap(stats, "parse", clock)
    if progress is not None:
        progress("analyse", 0, 0)
    engine, program = analyse(modules, catalog, package_of(root))
    clock = _lap(stats, "analyse", clock)
    if progress is not None:
        progress("report", 0, 0)
    lines = _Lines(root)
    findings = judge(engine, lines, strict_consent=options.strict_consent, custom_rules=config.rules() or None)
    # a copy (mod.f@3, analysed for one caller's context) is reported as the function it copies
    by_function: dict[str, str] = {}
    for q, reason in sorted(engine.incomplete.items()):
        by_function.setdefault(original(q), reason)
    incomplete = [
        Incomplete(program.modules[program.function_module[q]].path, q, reason)
        for q, reason in sorted(by_function.items())
        if q in program.function_module
    ]
    if cache is not None and result_key is not None and len(keys) == len(files):
        cache.put_result(
            result_key,
            {"modules": len(modules), "skipped": parse_skipped, "findings": findings, "incomplete": incomplete},
        )
    _lap(stats, "judge", clock)
    return len(modules), parse_skipped, findings, incomplete


def _lap(stats: dict[str, float], stage: str, since: float) -> float:
    """Add the time since `since` to a stage; the time now, for the next stage."""
    now = time.perf_counter()
    stats[stage] = stats.get(stage, 0.0) + now - since
    return now


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


def run_scan(options: ScanOptions, catalog: Catalog | None = None, *, progress: Progress | None = None) -> ScanResult:
    """Scan the given paths and return every finding with its trace.

    `progress`, if given, is called as the scan advances (see `Progress`); the CLI draws a bar."""
    started = time.perf_counter()
    stats: dict[str, float] = {}
    catalog_given = catalog
    catalog = catalog or load_catalog()
    disc = discover(list(options.paths))
    root = disc.root
    files = [(p, disc.relative(p)) for p in disc.files]
    # --- issue 4: configuration (file filters, custom models and rules) ------------------------
    config = options.config if options.config is not None else Config()
    found = len(files)
    files = select_files(files, root, config, explicit=[Path(p) for p in options.paths])
    catalog = config.apply_catalog(catalog)
    # -------------------------------------------------------------------------------------------
    cache = None
    if options.use_cache:
        cache = SummaryCache(options.cache_dir or (root / ".auditor_cache"))
    clock = _lap(stats, "discover", started)
    n_modules, parse_skipped, findings, incomplete = _analysed(
        files, root, options, cache, catalog, config, progress, default_catalog=catalog_given is None, stats=stats
    )
    if cache is not None and cache.ok:
        cache.prune()  # after the scan: what it used is fresh
    skipped = list(disc.skipped) + parse_skipped
    clock = time.perf_counter()
    # --- issue 4: rule selection, severity overrides, inline suppressions, baseline -------------
    findings, suppressed, extra = postprocess(findings, root, [rel for _p, rel in files], options, config)
    if found > len(files):  # left out by `exclude`/`include` or .gitignore: counted, never silent
        extra["excluded"] = str(found - len(files))
    # -------------------------------------------------------------------------------------------
    _lap(stats, "judge", clock)
    return ScanResult(
        root=str(root),
        tool_version=__version__,
        files_scanned=n_modules,
        findings=tuple(findings),
        suppressed=tuple(suppressed),
        extra=extra,
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
        incomplete=tuple(incomplete),
        duration_seconds=time.perf_counter() - started,
        fail_on=options.fail_on,  # type: ignore[arg-type]
        stats=ScanStats(
            parsed=int(stats.get("parsed", 0)),
            cached=int(stats.get("cached", 0)),
            outcome_cached=bool(stats.get("outcome_cached", 0)),
            seconds=tuple((k, stats[k]) for k in STAGES if k in stats),
        ),
    )


# --- issue 4 (CI gate) ---------------------------------------------------------------------------


def select_files(
    files: list[tuple[Path, str]], root: Path, config: Config, *, explicit: Sequence[Path] = ()
) -> list[tuple[Path, str]]:
    """Apply the configured include/exclude globs and .gitignore. Files named explicitly are kept."""
    given = {Path(p).resolve() for p in explicit if Path(p).is_file()}
    keep = config.file_filter()
    out = [(p, rel) for p, rel in files if p.resolve() in given or keep(rel)]
    if config.respect_gitignore and not git_ignored(root.parent, [root.name + "/"]):
        # (a directory git ignores as a whole, named as the scan root, is what the user asked for)
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
