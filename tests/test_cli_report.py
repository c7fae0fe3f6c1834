"""`auditor scan --format html` and `auditor report results.json` (render later from JSON)."""

from __future__ import annotations

from pathlib import Path

from auditor.cli import run

DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "demo"


def test_scan_html_then_report_from_json(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    html = tmp_path / "scan.html"
    assert run(["scan", str(DEMO), "--no-cache", "--format", "html", "--output", str(html)]) == 1
    results = tmp_path / "results.json"
    assert run(["scan", str(DEMO), "--no-cache", "--format", "json", "--output", str(results)]) == 1
    later = tmp_path / "later.html"
    assert run(["report", str(results), "--output", str(later)]) == 0
    a, b = html.read_text(encoding="utf-8"), later.read_text(encoding="utf-8")
    assert "2023-11-14" in a and "2023-11-14" in b  # the fixed date
    for text in (a, b):
        assert "AMZ006" in text and "Data map" in text and "order_sync/marketing.py" in text


def test_report_rejects_a_file_that_is_not_a_result(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    assert run(["report", str(bad), "--output", str(tmp_path / "r.html")]) == 2
    assert "not an auditor JSON result" in capsys.readouterr().err
