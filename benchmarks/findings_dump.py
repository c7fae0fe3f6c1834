"""Dump every finding of the fixture projects and two generated trees to one JSON file, to check
that an engine change meant to be behaviour-preserving is (compare two dumps with `cmp`).

    python benchmarks/findings_dump.py before.json      # on the old commit
    python benchmarks/findings_dump.py after.json       # on the new one
    cmp before.json after.json

Findings are dumped whole (rule, location, message, every flow with every step), sorted, so any
change in what is reported or in the traces shows up.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    from generate import generate

    from auditor.config import Config
    from auditor.options import ScanOptions
    from auditor.scan import run_scan

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("findings.json")
    roots = sorted(p for p in (HERE.parent / "fixtures").iterdir() if p.is_dir())
    for size in (10_000, 50_000):
        root = HERE / ".cache" / f"gen-{size}"
        if not root.is_dir():
            generate(root, size)
        roots.append(root)
    dump: dict[str, list[str]] = {}
    for root in roots:
        opts = ScanOptions(paths=(root,), jobs=2, use_cache=False, config=Config(respect_gitignore=False, exclude=()))
        result = run_scan(opts)
        dump[root.name] = sorted(json.dumps(asdict(f), default=str, sort_keys=True) for f in result.findings)
        dump[root.name + ":incomplete"] = sorted(f"{i.path}:{i.function}:{i.reason}" for i in result.incomplete)
        print(f"{root.name}: {len(result.findings)} findings, {len(result.incomplete)} incomplete", file=sys.stderr)
    out.write_text(json.dumps(dump, indent=1) + "\n")


if __name__ == "__main__":
    main()
