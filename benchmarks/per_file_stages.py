"""Where the per-file stage's time goes, in one process: parse, pre-check, positions, lowering.

    python benchmarks/per_file_stages.py TREE [TREE ...]

For every `.py` file under each TREE, in turn: CPython's `ast` pre-check (`parse._precheck`),
`libcst.parse_module` (the floor), libcst's codegen walk for positions alone (`lower._Positions`),
the whole lowering (positions included) and pickling the IR. Prints the seconds of each and their
ratio to the parse. The cyclic GC is paused, as in the scan's workers. Files that do not parse
or are too deep are left out (counted). The benchmark's `facts` row is this stage on two workers.
"""

from __future__ import annotations

import gc
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import libcst as cst  # noqa: E402

from auditor import lower, parse  # noqa: E402


def stages(root: Path) -> tuple[dict[str, float], int, int]:
    """Seconds per stage over every parsable file under root; (times, files timed, files left out)."""
    times = dict.fromkeys(("parse", "precheck", "positions", "lowering", "pickle"), 0.0)
    timed = left_out = 0
    for path in sorted(root.rglob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            left_out += 1
            continue
        t0 = time.perf_counter()
        too_deep, error = parse._precheck(text)
        t1 = time.perf_counter()
        if too_deep is not None or error is not None:
            left_out += 1
            continue
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError:
            left_out += 1
            continue
        t2 = time.perf_counter()
        lower._Positions(module)
        t3 = time.perf_counter()
        facts = lower.lower_module(module, str(path.relative_to(root)))
        t4 = time.perf_counter()
        pickle.dumps(facts)
        t5 = time.perf_counter()
        for name, dt in (("precheck", t1 - t0), ("parse", t2 - t1), ("positions", t3 - t2), ("lowering", t4 - t3), ("pickle", t5 - t4)):
            times[name] += dt
        timed += 1
    times["lowering"] -= times["positions"]  # lower_module computes the positions again itself
    return times, timed, left_out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gc.disable()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 6000))
    for tree in argv:
        times, timed, left_out = stages(Path(tree))
        floor = times["parse"] or 1.0
        cells = ", ".join(f"{k} {v:.2f} s ({v / floor:.2f}x)" for k, v in times.items())
        print(f"{tree}: {timed} files ({left_out} left out): {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
