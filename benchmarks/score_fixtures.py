"""Precision and recall of the scanner on the labelled fixtures corpus, per rule.

    python benchmarks/score_fixtures.py [CORPUS]   (default: fixtures/)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.testing import score_corpus  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fixtures"
    score = score_corpus(corpus)
    print(score.table())
    rows = []
    for rule in sorted(score.per_rule):
        tp, fp, fn = score.per_rule[rule]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rows.append(f"{rule:8} precision {p:.3f}  recall {r:.3f}")
    print("\n".join(rows))
    for miss in score.misses:
        print(f"missed: {miss}")
    for alarm in score.false_alarms:
        print(f"false alarm: {alarm}")


if __name__ == "__main__":
    main()
