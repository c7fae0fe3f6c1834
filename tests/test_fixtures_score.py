"""Accuracy on the labelled corpus of seller codebases in fixtures/ (see fixtures/README.md)."""

from __future__ import annotations

from pathlib import Path

from auditor.testing import corpus_labels, score_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_corpus_is_big_enough() -> None:
    projects = [p for p in FIXTURES.iterdir() if p.is_dir()]
    expected, traps = set(), set()
    for p in projects:
        e, t = corpus_labels(p)
        expected |= {(p.name, *x) for x in e}
        traps |= {(p.name, *x) for x in t}
    assert len(projects) >= 12
    assert len(expected) >= 50
    assert len(traps) >= len(expected)
    assert {rule for _, rule, _, _ in expected} == {"AMZ001", "AMZ002", "AMZ003", "AMZ004", "AMZ005", "AMZ006"}


def test_precision_and_recall_on_fixtures() -> None:
    score = score_corpus(FIXTURES)
    print("\n" + score.table())
    if score.misses:
        print("missed:\n  " + "\n  ".join(score.misses))
    if score.false_alarms:
        print("false alarms:\n  " + "\n  ".join(score.false_alarms))
    assert score.precision >= 0.95, score.table()
    assert score.recall >= 0.90, score.table()
    assert score.traps_hit == 0 or score.precision >= 0.95


def test_clean_shop_has_no_findings() -> None:
    from auditor.options import ScanOptions
    from auditor.scan import run_scan

    result = run_scan(ScanOptions(paths=(FIXTURES / "clean_shop",), jobs=1, use_cache=False))
    assert result.findings == ()
    assert result.files_scanned >= 5
