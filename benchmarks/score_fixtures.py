"""Print the scanner's precision and recall on the labelled fixtures corpus.

Usage: python benchmarks/score_fixtures.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.testing import score_corpus  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "fixtures"
    score = score_corpus(corpus)
    print(score.table())
    for m in score.misses:
        print("missed:", m)
    for f in score.false_alarms:
        print("false alarm:", f)


if __name__ == "__main__":
    main()
