"""benchmarks/score_real.py: reading reviewers' truth files and matching a corpus's findings."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_real", ROOT / "benchmarks" / "score_real.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TRUTH = """# Review
## Violations
shop__sync | app/sync.py | 5 | AMZ005 | buyer email printed
shop__sync | app/sync.py | 9 | AMZ003 | orders written to a CSV file
## Borderline
shop__sync | app/debug.py | 3 | AMZ005 | only under a debug flag
## Clean
- shop__sync | app/ids.py prints order ids only
"""

SYNC = """from sp_api.api import Orders
import csv
orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
for o in orders:
    print(o["BuyerInfo"]["BuyerEmail"])
    print(o["AmazonOrderId"])
with open("out.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow([o["OrderStatus"] for o in orders])
"""

DEBUG = """from sp_api.api import Orders
order = Orders().get_order("1").payload
print(order)
"""


def test_truth_sections_are_read_by_heading(tmp_path: Path) -> None:
    truth = tmp_path / "truth.md"
    truth.write_text(TRUTH)
    violations, borderline = _module().read_truth([truth])
    assert violations == {
        ("shop__sync", "app/sync.py", 5, "AMZ005"): "buyer email printed",
        ("shop__sync", "app/sync.py", 9, "AMZ003"): "orders written to a CSV file",
    }
    assert borderline == {("shop__sync", "app/debug.py", 3, "AMZ005")}


def test_findings_are_matched_by_repository_path_line_and_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "corpus" / "shop__sync" / "app"
    repo.mkdir(parents=True)
    (repo / "sync.py").write_text(SYNC)
    (repo / "debug.py").write_text(DEBUG)
    truth = tmp_path / "truth.md"
    truth.write_text(TRUTH)
    assert _module().main([str(tmp_path / "corpus"), str(truth)]) == 0
    out = capsys.readouterr().out.splitlines()
    # line 5 is found; line 9 writes only statuses (the reviewer was wrong: a miss is reported as such)
    assert out[0] == "violations 2  found 2  true 1  missed 1  false 0  borderline 1"
    assert out[1].startswith("MISS shop__sync app/sync.py 9 AMZ003")
    assert out[2] == "BORDERLINE shop__sync app/debug.py 3 AMZ005"
