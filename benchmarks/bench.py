"""The speed-and-scale benchmark: one command, a table on stdout and the same numbers as JSON.

    python benchmarks/bench.py [--sizes 10k 50k 150k 500k] [--django] [--jobs N] [--json out.json]

For each generated seller codebase (benchmarks/generate.py) and, with --django, Django's source
tree from its sdist (downloaded once into benchmarks/.cache), it measures in fresh processes:
  floor    libcst.parse_module of every file, on the same number of processes
  facts    the per-file stage alone (parse + lower to IR + back to the main process), no cache
  cold     a scan with an empty cache (what a first run or CI without a cache pays)
  warm     the same scan again, nothing changed
  onefile  the scan again after one file changed
and the peak memory of each run (the main process plus its largest worker times the number of
workers: an upper bound on all processes together). Ratios are taken within one run of this
script, so they compare like with like on whatever machine it runs on.

Targets (issue 5): cold/floor <= 2, warm/cold <= 0.10, onefile/cold <= 0.15, peak < 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
DJANGO = "django==5.1.4"
TARGETS = {"cold/floor": 2.0, "warm/cold": 0.10, "onefile/cold": 0.15}


def parse_size(text: str) -> int:
    text = text.lower().replace("_", "")
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    if text.endswith("m"):
        return int(float(text[:-1]) * 1_000_000)
    return int(text)


TIMEOUT = 900.0  # seconds per run; --timeout
MEMORY_CAP_GB = 8.0  # address space per process; --memory-cap


def _limit() -> None:  # in the child, before exec: a runaway run must not take the machine down
    import resource

    cap = int(MEMORY_CAP_GB * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def child(*args: str) -> dict:
    """One measured run; {"failed": reason} if it crashed, ran out of memory or time."""
    try:
        proc = subprocess.run(
            [sys.executable, str(HERE / "_child.py"), *args],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            timeout=TIMEOUT,
            preexec_fn=_limit if os.name == "posix" else None,  # noqa: PLW1509 - no threads here
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"over {TIMEOUT:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1][:200]
        return {"failed": "out of memory" if "MemoryError" in proc.stderr else f"exit {proc.returncode}: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def count(root: Path) -> tuple[int, int]:
    sys.path.insert(0, str(HERE.parent))
    from auditor.discover import discover

    files = discover([root]).files
    lines = 0
    for p in files:
        try:
            lines += p.read_bytes().count(b"\n")
        except OSError:
            pass
    return len(files), lines


def generated(size: int) -> Path:
    sys.path.insert(0, str(HERE))
    from generate import generate

    root = CACHE / f"gen-{size}"
    stamp = root / ".stamp"
    want = f"{size}:{(HERE / 'generate.py').stat().st_mtime_ns}"
    if not (stamp.exists() and stamp.read_text() == want):
        generate(root, size)
        stamp.write_text(want)
    return root


def django() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    name, version = DJANGO.split("==")
    tree = CACHE / f"{name}-{version}"
    if not (tree / "django").is_dir():
        sdists = sorted(CACHE.glob(f"[dD]jango-{version}.tar.gz"))
        if not sdists:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", DJANGO, "-d", str(CACHE)],
                check=True,
            )
            sdists = sorted(CACHE.glob(f"[dD]jango-{version}.tar.gz"))
        with tarfile.open(sdists[0]) as tf:
            tf.extractall(CACHE, filter="data")
        extracted = next(p for p in CACHE.iterdir() if p.is_dir() and p.name.lower() == f"{name}-{version}")
        if extracted != tree:
            extracted.rename(tree)
    return tree


def measure(label: str, root: Path, jobs: int) -> dict:
    files, lines = count(root)
    cache_dir = CACHE / "scan-cache" / label.replace("/", "_").replace(" ", "_")
    shutil.rmtree(cache_dir, ignore_errors=True)
    floor = child("floor", str(root), "--jobs", str(jobs))
    facts = child("facts", str(root), "--jobs", str(jobs))
    cold = child("scan", str(root), "--jobs", str(jobs), "--cache-dir", str(cache_dir))
    warm = child("scan", str(root), "--jobs", str(jobs), "--cache-dir", str(cache_dir))
    # one file changed: a new function appended to a mid-sized module, restored afterwards
    from auditor.discover import discover

    paths = sorted(discover([root]).files, key=lambda p: (p.stat().st_size, str(p)))
    victim = paths[len(paths) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + b"\n\ndef _bench_added(x):\n    return x\n")
        onefile = child("scan", str(root), "--jobs", str(jobs), "--cache-dir", str(cache_dir))
    finally:
        victim.write_bytes(original)
    shutil.rmtree(cache_dir, ignore_errors=True)
    runs = {"floor": floor, "facts": facts, "cold": cold, "warm": warm, "onefile": onefile}
    failed = {k: v["failed"] for k, v in runs.items() if "failed" in v}
    for k in failed:
        runs[k].update(seconds=None, peak_mb=None, findings=None, skipped=None)
    row = {
        "name": label,
        "failed": failed,
        "files": files,
        "lines": lines,
        "jobs": jobs,
        "floor_s": _r(floor["seconds"]),
        "facts_s": _r(facts["seconds"]),
        "cold_s": _r(cold["seconds"]),
        "warm_s": _r(warm["seconds"]),
        "onefile_s": _r(onefile["seconds"]),
        "peak_mb": max((r["peak_mb"] for r in (facts, cold, warm, onefile) if r["peak_mb"] is not None), default=None),
        "floor_peak_mb": floor["peak_mb"],
        "findings": cold["findings"],
        "findings_warm": warm["findings"],
        "findings_onefile": onefile["findings"],
        "skipped": cold["skipped"],
    }
    row["facts/floor"] = _ratio(row["facts_s"], row["floor_s"], 2)
    row["cold/floor"] = _ratio(row["cold_s"], row["floor_s"], 2)
    row["warm/cold"] = _ratio(row["warm_s"], row["cold_s"], 3)
    row["onefile/cold"] = _ratio(row["onefile_s"], row["cold_s"], 3)
    row["us_per_line_cold"] = _ratio(row["cold_s"] * 1e6 if row["cold_s"] else None, max(1, lines), 2)
    return row


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def _ratio(a: float | None, b: float | None, digits: int) -> float | None:
    return round(a / b, digits) if a is not None and b else None


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        libcst_version = version("libcst")
    except PackageNotFoundError:
        libcst_version = "?"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": mem,
        "python": platform.python_version(),
        "libcst": libcst_version,
        "platform": platform.platform(),
    }


def table(rows: list[dict]) -> str:
    cols = [
        ("name", "{}"), ("files", "{}"), ("lines", "{}"), ("floor_s", "{:.2f}"), ("facts_s", "{:.2f}"), ("cold_s", "{:.2f}"),
        ("warm_s", "{:.2f}"), ("onefile_s", "{:.2f}"), ("peak_mb", "{:.0f}"), ("findings", "{}"),
        ("facts/floor", "{:.2f}"), ("cold/floor", "{:.2f}"), ("warm/cold", "{:.3f}"), ("onefile/cold", "{:.3f}"),
    ]
    head = [c for c, _ in cols]
    body = [[fmt.format(r[c]) if r.get(c) is not None else "-" for c, fmt in cols] for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    out = ["  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True))]
    out += ["  ".join(v.rjust(w) for v, w in zip(b, widths, strict=True)) for b in body]
    for r in rows:
        for k, why in r.get("failed", {}).items():
            out.append(f"{r['name']}: {k} did not finish ({why})")
    out.append("targets: " + ", ".join(f"{k} <= {v}" for k, v in TARGETS.items()) + ", peak < 1536 MB")
    return "\n".join(out)


def main() -> None:
    global TIMEOUT, MEMORY_CAP_GB
    ap = argparse.ArgumentParser(description="auditor speed and scale benchmark")
    ap.add_argument("--sizes", nargs="*", default=["10k", "50k", "150k", "500k"])
    ap.add_argument("--django", action="store_true", help="also scan Django's source tree (sdist)")
    ap.add_argument(
        "--django-tree",
        choices=("package", "full", "both"),
        default="both",
        help="the django/ package only (~880 files), the whole sdist tree with tests (~2,800 files), or both",
    )
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, help="write the results here as JSON")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per measured run")
    ap.add_argument("--memory-cap", type=float, default=8.0, help="GB of address space per run")
    args = ap.parse_args()
    TIMEOUT, MEMORY_CAP_GB = args.timeout, args.memory_cap
    rows = []
    for s in args.sizes:
        size = parse_size(s)
        rows.append(measure(f"gen-{s}", generated(size), args.jobs))
        print(table(rows[-1:]).splitlines()[1], file=sys.stderr, flush=True)
        _save(args.json, rows)
    if args.django:
        tree = django()
        name = DJANGO.replace("==", "-")
        if args.django_tree in ("package", "both"):
            rows.append(measure(f"{name}/django", tree / "django", args.jobs))
        if args.django_tree in ("full", "both"):
            rows.append(measure(f"{name} (full)", tree, args.jobs))
    print(table(rows))
    print(json.dumps(machine()))
    _save(args.json, rows)


def _save(path: Path | None, rows: list[dict]) -> None:
    if path:
        path.write_text(json.dumps({"machine": machine(), "rows": rows, "targets": TARGETS}, indent=2) + "\n")


if __name__ == "__main__":
    main()
