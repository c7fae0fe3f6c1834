"""One measured run in a fresh process (so peak memory is per run): a scan, or the parse-only floor.

    python benchmarks/_child.py scan ROOT --jobs N [--cache-dir DIR | --no-cache]
    python benchmarks/_child.py floor ROOT --jobs N
    python benchmarks/_child.py facts ROOT --jobs N   (the per-file stage alone: parse + lower)

Prints one JSON object: seconds (of the work itself, not interpreter start-up), findings,
files, and the peak resident memory of this process and of its largest worker, in MiB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _parse_batch(paths: list[str]) -> int:
    import libcst

    n = 0
    for p in paths:
        try:
            libcst.parse_module(Path(p).read_bytes().decode("utf-8", "replace"))
            n += 1
        except Exception:  # noqa: BLE001 - a file the scanner skips costs the floor nothing either
            pass
    return n


def floor(root: Path, jobs: int) -> dict:
    """libcst.parse_module of every file the scanner reads, on `jobs` processes."""
    from auditor.discover import discover

    started = time.perf_counter()
    files = [str(p) for p in discover([root]).files]  # the scans below select every file too
    if jobs <= 1:
        parsed = _parse_batch(files)
    else:
        files.sort(key=lambda p: -Path(p).stat().st_size)
        size = max(1, min(32, len(files) // (jobs * 8) or 1))
        batches = [files[i : i + size] for i in range(0, len(files), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parsed = sum(pool.map(_parse_batch, batches))
    return {"seconds": time.perf_counter() - started, "files": len(files), "parsed": parsed}


def scan(root: Path, jobs: int, cache_dir: Path | None) -> dict:
    from auditor.options import ScanOptions
    from auditor.scan import run_scan

    # The trees live in git-ignored benchmarks/.cache, and Django's tree has its tests: scan every
    # file, as the floor parses every file.
    try:
        from auditor.config import Config

        config = Config(respect_gitignore=False, exclude=())
    except ImportError:  # pragma: no cover - before configuration existed
        config = None
    kw = {"config": config} if config is not None else {}
    opts = ScanOptions(paths=(root,), jobs=jobs, cache_dir=cache_dir, use_cache=cache_dir is not None, **kw)
    started = time.perf_counter()
    result = run_scan(opts)
    return {
        "seconds": time.perf_counter() - started,
        "files": result.files_scanned,
        "findings": len(result.findings),
        "skipped": len(result.skipped),
    }


def facts(root: Path, jobs: int) -> dict:
    """The per-file stage alone (read, parse, lower, send back to the main process), no cache:
    what a scan costs before the whole-program analysis."""
    from auditor.discover import discover
    from auditor.options import ScanOptions
    from auditor.scan import summarize_all

    started = time.perf_counter()
    disc = discover([root])
    files = [(p, disc.relative(p)) for p in disc.files]
    out = summarize_all(files, ScanOptions(paths=(root,), jobs=jobs, use_cache=False), None)
    return {"seconds": time.perf_counter() - started, "files": len(out)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("scan", "floor", "facts"))
    ap.add_argument("root", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache-dir", type=Path)
    args = ap.parse_args()
    if args.what == "floor":
        out = floor(args.root, args.jobs)
    elif args.what == "facts":
        out = facts(args.root, args.jobs)
    else:
        out = scan(args.root, args.jobs, args.cache_dir)
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["rss_main_mb"] = round(me, 1)
    out["rss_worker_mb"] = round(kids, 1)
    # ru_maxrss of children is the largest single worker; all workers may peak at once.
    out["peak_mb"] = round(me + (kids * args.jobs if args.jobs > 1 else 0), 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
