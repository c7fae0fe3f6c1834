"""Score the auditor on real public seller repositories against a reviewer's list of violations.

    python benchmarks/score_real.py CORPUS TRUTH.md [TRUTH.md ...]

CORPUS holds one folder per repository (`owner__name/`, the repository's Python files at their
paths). Each TRUTH file was written by a reviewer who read the code without seeing the auditor's
output: under a `## Violations` heading, one line per violation,

    owner__name | path/in/repo.py | line of the sink call | AMZ00N | what reaches what

and under `## Borderline` the cases the reviewer was unsure of, in the same format. Findings are
matched by (repository, path, line, rule). Prints recall, false alarms (borderline ones apart)
and each miss and false alarm. The repositories are public code and are not committed (see
benchmarks/real/README.md for the list and how the numbers in docs/analysis.md were made).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.options import ScanOptions  # noqa: E402
from auditor.scan import run_scan  # noqa: E402

Key = tuple[str, str, int, str]
_LINE = re.compile(r"^\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(AMZ00\d)\s*\|")


def read_truth(paths: list[Path]) -> tuple[dict[Key, str], set[Key]]:
    """(violations with their reasons, borderline cases) from the reviewers' files."""
    violations: dict[Key, str] = {}
    borderline: set[Key] = set()
    for path in paths:
        section = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                section = line[3:].strip().lower()
                continue
            m = _LINE.match(line)
            if not m:
                continue
            key = (m.group(1), m.group(2), int(m.group(3)), m.group(4))
            if section.startswith("violation"):
                violations[key] = line.rsplit("|", 1)[-1].strip()
            elif section.startswith("borderline"):
                borderline.add(key)
    return violations, borderline


def findings(corpus: Path) -> set[Key]:
    """Every finding of a scan of each repository folder, as (repository, path, line, rule)."""
    out: set[Key] = set()
    for repo in sorted(p for p in corpus.iterdir() if p.is_dir()):
        result = run_scan(ScanOptions(paths=(repo,), use_cache=False))
        out |= {(repo.name, f.location.path, f.location.line, f.rule_id) for f in result.findings}
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    violations, borderline = read_truth([Path(a) for a in argv[1:]])
    found = findings(Path(argv[0]))
    tp = found & set(violations)
    missed = sorted(set(violations) - found)
    false = sorted(found - set(violations) - borderline)
    border = sorted((found - set(violations)) & borderline)
    print(f"violations {len(violations)}  found {len(found)}  true {len(tp)}  missed {len(missed)}  "
          f"false {len(false)}  borderline {len(border)}")
    for key in missed:
        print("MISS", *key, "-", violations[key][:100])
    for key in false:
        print("FALSE", *key)
    for key in border:
        print("BORDERLINE", *key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
