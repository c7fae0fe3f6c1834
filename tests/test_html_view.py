"""The HTML report's view model (what goes into the template) and its escaping."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from test_html_samples import (
    ROOT,
    empty_result,
    fixed_meta,
    hostile_result,
    large_result,
    sample_result,
)

from auditor.model import ScanResult
from auditor.render.html import highlight_python, render_html, script_json, step_code_lines
from auditor.render.html_view import (
    DataMapRow,
    GitInfo,
    Place,
    StepView,
    SuppressedFinding,
    build_diagram,
    build_view,
    editor_url,
    read_git_info,
)
from auditor.rules import RULES


def view(result: ScanResult | None = None, **kw: object):
    return build_view(result or sample_result(), fixed_meta(), **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ summary


def test_counts_by_rule_and_severity_leave_out_consent_gated_notes() -> None:
    s = view().summary
    counts = {rc.rule_id: (rc.total, rc.by_severity) for rc in s.by_rule}
    assert counts["AMZ001"] == (3, (3, 0, 0, 0, 0))  # the consent-gated fourth is not counted
    assert counts["AMZ005"] == (1, (0, 0, 1, 0, 0))
    assert [rc.rule_id for rc in s.by_rule] == ["AMZ001", "AMZ002", "AMZ003", "AMZ004", "AMZ005", "AMZ006"]
    assert s.severity_totals == (3, 4, 1, 0, 0)
    assert (s.total, s.notes) == (8, 1)


def test_top_places_are_file_and_function_with_most_findings() -> None:
    places = view().summary.top_places
    assert len(places) == 3
    assert places[0] == Place("sync/marketing.py", "sync.marketing.sync_buyers_to_mailchimp", 2)
    assert all(p.count == 1 for p in places[1:])
    assert [p.path for p in places[1:]] == sorted(p.path for p in places[1:])  # ties by path


def test_verdict_is_plain_language() -> None:
    s = view().summary
    assert s.headline == "8 violations of Amazon's buyer-data policies in 6 files."
    assert "3 places send Amazon buyer data to marketing tools" in s.lines
    assert "1 place writes Amazon buyer data to logs" in s.lines
    assert "1 place contacts buyers directly, outside Buyer-Seller Messaging" in s.lines
    assert s.lines[-1].startswith("1 more place uses buyer data behind a consent check")


def test_header_gate_uses_fail_on_and_ignores_notes() -> None:
    h = view().header
    assert (h.project, h.fail_on, h.passed, h.failing) == ("shop-sync", "high", False, 7)
    assert (h.commit[:7], h.branch, h.files_scanned, h.files_skipped, h.incomplete) == (
        "3f9c2a1",
        "main",
        23,
        2,
        1,
    )
    assert h.generated == "2025-11-26 09:30 UTC"
    assert h.duration == "1.8 s"
    only_notes = replace(
        sample_result(), findings=tuple(f for f in sample_result().findings if f.level == "note")
    )
    v = view(only_notes)
    assert v.header.passed and v.summary.total == 0 and v.summary.headline == "No violations found."
    assert len(v.notes) == 1
    lenient = replace(sample_result(), fail_on="critical")
    assert view(lenient).header.failing == 3


def test_consent_gated_findings_are_a_separate_section() -> None:
    v = view()
    assert [f.level for f in v.notes] == ["note"]
    assert all(f.level != "note" for f in v.findings)
    assert v.notes[0].consent_guarded and v.notes[0].anchor.startswith("n")
    html = render_html(sample_result(), meta=fixed_meta())
    consent = html[html.index('<section id="consent"') : html.index('<section id="datamap"')]
    violations = html[html.index('<section id="findings"') : html.index('<section id="consent"')]
    assert "newsletter list when opted in" in consent
    assert "newsletter list when opted in" not in violations


def test_findings_ordered_worst_first_and_deterministic() -> None:
    v = view()
    assert [f.severity for f in v.findings][:3] == ["critical"] * 3
    shuffled = replace(sample_result(), findings=tuple(reversed(sample_result().findings)))
    assert view(shuffled) == v


def test_policy_section_lists_every_rule_with_clauses() -> None:
    policies = view().policies
    assert [p.rule_id for p in policies] == [r.id for r in RULES]
    amz001 = policies[0]
    assert (amz001.findings, amz001.notes) == (3, 1)
    assert [c.ref for c in amz001.clauses] == ["R03", "R01", "R08"]
    assert amz001.why and amz001.remediation


def test_steps_know_source_and_sink_and_link_to_editor() -> None:
    f = view().findings[1]  # Mailchimp: source, return, assign, sink
    steps = f.flows[0].steps
    assert [s.number for s in steps] == [1, 2, 3, 4]
    assert (steps[0].role, steps[1].role, steps[-1].role) == ("source", "", "sink")
    assert steps[0].editor_url == "vscode://file/home/dev/shop-sync/sp/orders.py:18:12"
    assert f.remediation.startswith("Remove the sync")


# ----------------------------------------------------------------------------------- data map


def test_data_map_rows_by_data_kind_source_destination_and_rule() -> None:
    rows = view().data_map
    assert rows == tuple(sorted(rows, key=lambda r: (r.data, r.origin, r.destination, r.rule_id)))
    mailchimp = [r for r in rows if r.destination == "a Mailchimp list"]
    assert mailchimp == [
        DataMapRow(
            "buyer email",
            "Orders.get_order_buyer_info",
            "a Mailchimp list",
            "AMZ001",
            "Amazon customer data used for marketing",
            2,  # one violation and one consent-gated note
            False,  # not every place is consent-gated
        )
    ]
    assert any(r.data == "buyer phone" and r.destination == "a Facebook Custom Audience" for r in rows)


def test_diagram_three_columns_numbers_only_paths_and_folding() -> None:
    d = view().diagram
    columns = {c: [n.key for n in d.nodes if n.column == c] for c in (0, 1, 2)}
    assert set(columns[0]) == {
        "Orders.get_order_buyer_info",
        "Orders.get_order_address",
        "Orders.get_order",
        "PROMO_TEXT",
    }
    assert set(columns[1]) == {"sync", "notify", "store", "integrations", "messaging"}
    assert "a Mailchimp list" in columns[2]
    assert all(re.fullmatch(r"[MC0-9., -]+", e.d) for e in d.edges)
    big = build_diagram(large_result(600).findings)
    assert max(sum(1 for n in big.nodes if n.column == c) for c in (0, 1, 2)) <= 18
    assert any(n.key == "(others)" for n in big.nodes)
    assert all(len(n.label) <= 28 for n in big.nodes)
    assert build_diagram(large_result(600).findings) == big


# ------------------------------------------------------------------------ suppressed / git / meta


def test_suppressed_section_only_when_there_are_any() -> None:
    assert view().suppressed == () and not view().show_suppressed
    assert 'id="suppressed"' not in render_html(sample_result(), meta=fixed_meta())
    counted = replace(sample_result(), extra={"suppressed": "2", "baselined": "1"})
    assert view(counted).suppressed_count == 3 and view(counted).show_suppressed
    listed = SuppressedFinding(
        sample_result().findings[0], "baselined", "legacy sync, removal tracked in JIRA-12"
    )
    html = render_html(sample_result(), meta=fixed_meta(), suppressed=[listed])
    section = html[html.index('<section id="suppressed"') :]
    assert "legacy sync, removal tracked in JIRA-12" in section and "Baselined" in section


def test_read_git_info_from_files(tmp_path: Path) -> None:
    sha = "a" * 40
    repo = tmp_path / "repo"
    (repo / ".git" / "refs" / "heads" / "feature").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/feature/x\n")
    (repo / ".git" / "refs" / "heads" / "feature" / "x").write_text(sha + "\n")
    (repo / "src").mkdir()
    assert read_git_info(repo / "src") == GitInfo(sha, "feature/x")  # a subdirectory of the checkout
    (repo / ".git" / "refs" / "heads" / "feature" / "x").unlink()
    (repo / ".git" / "packed-refs").write_text(f"# pack-refs with: peeled\n{'b' * 40} refs/heads/feature/x\n")
    assert read_git_info(repo) == GitInfo("b" * 40, "feature/x")
    (repo / ".git" / "HEAD").write_text("c" * 40 + "\n")
    assert read_git_info(repo) == GitInfo("c" * 40, "")  # detached
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/new\n")
    assert read_git_info(repo) == GitInfo("", "new")  # no commits yet
    worktree = tmp_path / "wt"
    worktree.mkdir()
    (worktree / ".git").write_text(f"gitdir: {repo / '.git'}\n")
    assert read_git_info(worktree) == GitInfo("", "new")
    assert read_git_info(tmp_path / "nowhere") is None


# ------------------------------------------------------------------------------------ escaping


def test_editor_urls_are_percent_encoded_and_never_javascript() -> None:
    assert editor_url("vscode://file/{abs_path}:{line}:{column}", "/home/dev/shop sync", "a b.py", 3, 4) == (
        "vscode://file/home/dev/shop%20sync/a%20b.py:3:4"
    )
    hostile = "javascript:alert(1)"
    assert editor_url("vscode://file/{abs_path}:{line}:{column}", ROOT, hostile, 1, 1).startswith(
        "vscode://file/home/dev/shop-sync/javascript%3Aalert%281%29"
    )
    assert editor_url("{path}", ROOT, hostile, 1, 1) == ""
    assert editor_url("{abs_path}", "", hostile, 1, 1) == ""
    assert editor_url("javascript:{path}", ROOT, "a.py", 1, 1) == ""
    assert editor_url(" JaVaScRiPt:{path}", ROOT, "a.py", 1, 1) == ""
    assert editor_url("data:text/html,{path}", ROOT, "a.py", 1, 1) == ""
    assert editor_url("", ROOT, "a.py", 1, 1) == ""
    assert editor_url("idea://open?file={abs_path}&line={line}", ROOT, "x.py", 7, 1) == (
        "idea://open?file=/home/dev/shop-sync/x.py&line=7"
    )


def test_script_json_cannot_close_the_script_element() -> None:
    value = {"p": "</script><script>alert(1)</script> & <!-- \u2028\u2029"}
    text = str(script_json(value))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


def test_highlighter_escapes_every_token_and_marks_the_expression() -> None:
    (line,) = highlight_python("return '<b>' + x  # </textarea>", [(0, 7, 12)])
    assert '<span class="k">return</span>' in line
    assert "<b>" not in line and "</textarea>" not in line
    assert '<mark class="taint"><span class="s">&#39;&lt;b&gt;&#39;</span></mark>' in line
    assert len(highlight_python("foo(bar,\n  '''unterminated")) == 2  # fragments do not raise
    assert "\x1b" not in highlight_python('log("\x1b[31m")')[0]


def test_code_lines_follow_the_snippet_columns() -> None:
    def step(snippet: str, column: int, end_column: int) -> StepView:
        return StepView(1, "assign", "", "a.py", 10, column, 10, end_column, snippet, "", "")

    aligned = step_code_lines(step("    email = info['BuyerEmail']", 13, 31))
    assert aligned[0][0] == 10
    assert '<mark class="taint">info[' in aligned[0][1]
    stripped = step_code_lines(step("email = info['BuyerEmail']", 13, 31))  # indentation lost: mark all
    assert str(stripped[0][1]).startswith('<mark class="taint">email')
    multi = step_code_lines(
        StepView(1, "assign", "", "a.py", 38, 5, 40, 2, "member = {\n    'e': a,\n}", "", "")
    )
    assert [n for n, _ in multi] == [38, 39, 40]
    assert step_code_lines(step("", 1, 1)) == []


def test_hostile_strings_render_as_text() -> None:
    html = render_html(hostile_result(), meta=fixed_meta(project_name="</script><script>alert(0)</script>"))
    assert "<script>alert" not in html
    assert "</textarea>" not in html
    assert "<img src=x" not in html and "<b>f</b>" not in html
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the JSON block and the report's JS
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert (
        "&lt;script&gt;alert(9)&lt;/script&gt; &#34;quotes&#34; &#39;single&#39; &amp; &lt;/textarea&gt;"
        in html
    )
    summary = re.search(r'<script type="application/json" id="report-summary">(.*?)</script>', html, re.S)
    assert summary and json.loads(summary.group(1))["project"] == "</script><script>alert(0)</script>"
    assert "suppressed" not in re.findall(r'<section id="(\w+)"', html)  # extra={"suppressed": "<script>"}


def test_self_contained_no_external_requests() -> None:
    html = render_html(sample_result(), meta=fixed_meta())
    assert not re.search(r"\ssrc\s*=", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    clause_urls = {c.url for r in RULES for c in r.clauses}
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("#", "vscode://file/")) or href.replace("&amp;", "&") in clause_urls, href
    csp = re.search(r"script-src '(sha256-[^']+)'", html.replace("&#39;", "'"))
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    assert csp and script
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert csp.group(1) == f"sha256-{digest}"  # only the report's own script may run


def test_zero_findings_page() -> None:
    html = render_html(empty_result(), meta=fixed_meta())
    assert "No violations found" in html and "Passes" in html
    assert 'id="filters"' not in html and 'class="finding ' not in html
    with_skips = replace(sample_result(), findings=())
    assert "could not be analysed" in render_html(with_skips, meta=fixed_meta())


def test_engineer_sample_results_render(tmp_path: Path) -> None:
    import render_samples

    html = render_html(render_samples.sample_result(), meta=fixed_meta())
    assert "vscode://file/home/dev/shop%20sync/" in html
    assert "\x1b" not in html
