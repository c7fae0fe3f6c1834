"""The propagation alone, on one tree: how long `analyse()` takes and how much work it does.

    python benchmarks/propagation.py TREE [--repeat N]

Lowers every file under TREE first (two workers, no cache; not timed), then runs the global
propagation N times in this process and prints, for each run, the seconds, the number of
analyses, the functions left incomplete (the work budget bound) and the findings' sink hits.
The per-commit numbers in docs/performance.md come from this: run it at two commits on the same
tree to see what an analysis change costs.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor import ir  # noqa: E402
from auditor.catalog import load_catalog  # noqa: E402
from auditor.discover import discover  # noqa: E402
from auditor.options import ScanOptions  # noqa: E402
from auditor.scan import analyse, package_of, summarize_all  # noqa: E402


def lowered(root: Path) -> tuple[list[ir.Module], str]:
    """The IR of every file under root that lowers, and the package the tree is."""
    found = discover([root])
    files = [(p, found.relative(p)) for p in found.files]
    opts = ScanOptions(paths=(str(root),), jobs=2, use_cache=False)
    modules = [m for m in summarize_all(files, opts, None) if isinstance(m, ir.Module)]
    return modules, package_of(found.root)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    modules, package = lowered(args.tree)
    print(f"{args.tree}: {len(modules)} modules lowered")
    catalog = load_catalog()
    for i in range(args.repeat):
        gc.collect()
        start = time.perf_counter()
        engine, _ = analyse(modules, catalog, package)
        seconds = time.perf_counter() - start
        hits = sum(len(h) for h in engine.hits.values())
        print(
            f"run {i + 1}: {seconds:.1f} s, {sum(engine.analyses.values())} analyses, "
            f"{len(engine.incomplete)} incomplete, {hits} sink hits"
        )


if __name__ == "__main__":
    main()
