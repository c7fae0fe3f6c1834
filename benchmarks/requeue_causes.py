"""Why the propagation analyses functions again: re-queues counted by what caused them.

    python benchmarks/requeue_causes.py TREE [--top 20]

Parses TREE (no cache), runs the propagation once in this process and prints how many functions
each kind of change put back on the worklist (a callee's summary, a heap entry, what callers
pass, a closure, a new copy), then the heap entries and summaries that did it most. The counts
are of functions queued again, not of analyses run (a queued function runs once however often
it was queued meanwhile). A diagnostic for docs/performance.md, not a benchmark with targets.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# the Engine method that queued, by the line it queued from: what changed
CAUSES = {
    "analyze": "a summary, a closure or what callers pass changed",
    "heap_write": "a heap entry (global, class or instance attribute) changed",
    "_copy": "a new copy (context) was made",
    "forget_callers": "a parameter was first seen called or used as a key",
}


def main() -> None:
    from auditor import ir
    from auditor.catalog import load_catalog
    from auditor.discover import discover
    from auditor.options import ScanOptions
    from auditor.propagate import Engine
    from auditor.scan import analyse, package_of, summarize_all

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree", type=Path)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    root = args.tree.resolve()
    files = sorted(discover([root]).files)
    items = [(p, p.relative_to(root).as_posix()) for p in files]
    modules = [m for m in summarize_all(items, ScanOptions(paths=(root,), jobs=2, use_cache=False), None) if isinstance(m, ir.Module)]

    by_cause: Counter[str] = Counter()
    by_key: Counter[str] = Counter()
    original = Engine.enqueue

    def enqueue(self: Engine, names: Iterable[str]) -> None:
        readers = isinstance(names, set)  # the functions that read a summary (Engine.deps)
        names = list(names)
        new = sum(1 for q in names if q not in self._queued and q in self.program.functions)
        if new:
            frame = sys._getframe(1)
            by_cause[frame.f_code.co_name] += new
            local = frame.f_locals
            if frame.f_code.co_name == "heap_write":
                by_key["heap " + str(local.get("key"))] += new
            elif frame.f_code.co_name == "analyze" and readers:
                by_key["summary of " + str(local["q"])] += new
        original(self, names)

    Engine.enqueue = enqueue  # type: ignore[method-assign]
    clock = time.perf_counter()
    engine, program = analyse(modules, load_catalog(), package_of(root))
    seconds = time.perf_counter() - clock
    functions = sum(1 for q in program.functions if "@" not in q)
    print(f"{len(modules)} modules, {functions} functions, {sum(engine.analyses.values())} analyses, "
          f"{len(engine.copy_of)} copies, {len(engine.incomplete)} incomplete, {seconds:.1f} s")
    total = sum(by_cause.values()) or 1
    for cause, n in by_cause.most_common():
        print(f"{n:8d} {100 * n / total:5.1f}%  {CAUSES.get(cause, cause)}")
    print(f"top {args.top} heap entries and summaries by functions re-queued:")
    for key, n in by_key.most_common(args.top):
        print(f"{n:8d}  {key}")


if __name__ == "__main__":
    main()
