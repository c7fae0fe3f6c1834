"""`--format markdown`: a short pull-request comment / job summary."""

from __future__ import annotations

from dataclasses import replace

from auditor.model import ScanResult, SuppressedFinding
from auditor.render import formats, render
from auditor.render.markdown import render_markdown
from tests.render_samples import sample_result


def test_registered() -> None:
    from auditor import cli

    assert "markdown" in cli.available_formats()
    assert "markdown" in formats()


def test_failed_summary_with_collapsed_traces() -> None:
    result = sample_result()
    out = render_markdown(result)
    assert out.startswith("### ❌ **auditor: failed**")
    assert out.count("<details>") == len(result.findings) == out.count("</details>")
    assert "| files scanned | findings |" in out
    for f in result.findings:
        assert f.rule_id in out and f.fingerprint in out


def test_passed_and_suppressed_counts() -> None:
    result = sample_result()
    passed = replace(result, findings=(), suppressed=(SuppressedFinding(result.findings[0], "baseline", "legacy"),))
    out = render_markdown(passed)
    assert out.startswith("### ✅ **auditor: passed** — 0 findings")
    assert "| 0 | none | 0 | 1 |" in out


def test_diff_mode_header() -> None:
    result = replace(sample_result(), extra={"diff_base": "origin/main", "merge_base": "a" * 40, "preexisting": "4"})
    out = render(result, "markdown")
    assert "new finding" in out and "`origin/main`" in out and "already there" in out


def test_untrusted_text_is_escaped() -> None:
    result = sample_result()
    f = result.findings[0]
    evil = replace(f, message="<img src=x onerror=alert(1)> **bold** `tick`", location=replace(f.location, snippet="x = '</code><script>'"))
    out = render_markdown(replace(result, findings=(evil,)))
    assert "<img" not in out and "<script>" not in out and "</code><script>" not in out
    assert "&#42;&#42;bold&#42;&#42;" in out and "&#96;tick&#96;" in out


def test_fail_on_never_passes() -> None:
    result: ScanResult = replace(sample_result(), fail_on="never")  # type: ignore[arg-type]
    assert "auditor: passed" in render_markdown(result)
