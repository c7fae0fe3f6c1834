"""Text output: grouping, traces, snippets, summary, colour and terminal-safety."""

from __future__ import annotations

import re

from render_samples import empty_result, reordered, sample_result

from auditor.render import render
from auditor.render.text import neutralize, render_text


def test_grouped_by_sorted_file_with_finding_headlines():
    out = render_text(sample_result())
    lines = out.splitlines()
    # File headers appear in sorted order, each once.
    headers = [line for line in lines if line in ("app/notify.py", "app/sync/marketing.py")]
    assert headers == ["app/notify.py", "app/sync/marketing.py"]
    assert (
        "  app/notify.py:5:1  AMZ005 medium  whole order from Orders.get_order written to logging.Logger.info"
        in lines
    )
    assert (
        "  app/notify.py:22:13  AMZ002 high  buyer email is the recipient of smtplib.SMTP.sendmail (behind a consent check)"
        in lines
    )
    assert (
        "  app/sync/marketing.py:40:9  AMZ001 critical  buyer email from Orders.get_order_buyer_info is added to a Mailchimp list"
        in lines
    )
    # Within app/notify.py, line 5 comes before line 22.
    assert (
        out.index("app/notify.py:5:1")
        < out.index("app/notify.py:22:13")
        < out.index("app/sync/marketing.py:40:9")
    )


def test_trace_steps_are_numbered_with_snippets():
    out = render_text(sample_result())
    for n, (where, kind) in enumerate(
        [
            ("app/orders.py:12", "source"),
            ("app/orders.py:13", "assign"),
            ("app/orders.py:20", "call"),
            ("app/sync/marketing.py:31", "param"),
            ("app/sync/marketing.py:38", "assign"),
            ("app/sync/marketing.py:40", "sink"),
        ],
        1,
    ):
        assert re.search(rf"^\s+{n}\. {re.escape(where)}  {kind}: ", out, re.M), (n, where)
    assert "flow 1 of 2: buyer email from Orders.get_order_buyer_info" in out
    assert "flow 2 of 2: buyer name from Orders.get_order_address" in out
    # The snippet follows its step, indented deeper, and multi-line snippets keep their lines.
    step = out.index("2. app/orders.py:13  assign: email = info['BuyerEmail']")
    snippet = out.index("| email = info['BuyerEmail']", step)
    assert snippet > step
    assert "|     'email_address': address," in out
    assert "consent-gated: reported at level note" in out
    assert "help: https://github.com/amazon-data-auditor/auditor/blob/main/docs/rules.md#amz001" in out


def test_summary_counts_files_skipped_and_incomplete():
    out = render_text(sample_result())
    summary = out[out.index("Summary") :]
    assert "3 findings in 2 files" in summary
    assert "AMZ001 pii-to-marketing: 1" in summary
    assert "AMZ002 direct-contact: 1" in summary
    assert "AMZ005 pii-to-log: 1" in summary
    assert "AMZ003" not in summary  # zero counts are not listed
    assert "critical: 1" in summary and "high: 1" in summary and "medium: 1" in summary
    assert "Files scanned: 14" in summary
    assert "Skipped files (2):" in summary
    assert "legacy/py2_module.py: syntax error at line 3: Python 2 print statement" in summary
    assert "vendor/huge_dump.py: file is larger than 5000000 bytes (max_file_bytes)" in summary
    assert summary.index("legacy/py2_module.py") < summary.index("vendor/huge_dump.py")
    assert "Incomplete analyses (1)" in summary
    assert "app/sync/marketing.py (app.sync.marketing.bulk_sync): call depth bound (8) reached" in summary


def test_neutralises_terminal_control_sequences_from_scanned_code():
    out = render_text(sample_result())
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[2J\\x1b[31mpwned\\x1b[0m <script>alert(1)</script>" in out
    assert "\\x1b]0;title\\x07" in out  # an OSC (set window title) in a step message
    # No control characters at all apart from newlines.
    assert not [c for c in out if (ord(c) < 0x20 and c not in "\n\t") or ord(c) == 0x7F]


def test_neutralize_function():
    assert neutralize("a\x1b[1Ab") == "a\\x1b[1Ab"
    assert neutralize("tab\tok") == "tab\tok"
    assert neutralize("cr\rlf\n") == "cr\\rlf\\n"
    assert neutralize("del\x7f c1\x9b bidi\u202e") == "del\\x7f c1\\x9b bidi\\u202e"
    assert neutralize("plain <b>text</b> é") == "plain <b>text</b> é"


def test_colour_only_when_asked():
    plain = render_text(sample_result())
    coloured = render(sample_result(), "text", color=True)
    assert "\x1b[" not in plain
    assert "\x1b[1;31mcritical\x1b[0m" in coloured
    # Stripping our own SGR codes gives back the plain text, and the hostile ESC is still escaped.
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_zero_findings_message_lists_skipped():
    out = render_text(empty_result())
    assert out.splitlines()[0] == "No violations found (7 files scanned)."
    assert "Skipped files (1):" in out
    assert "broken.py: unparseable: unexpected indent at line 2" in out
    assert "Summary" not in out


def test_zero_findings_and_nothing_skipped():
    from dataclasses import replace

    out = render_text(replace(empty_result(), skipped=(), files_scanned=1))
    assert out == "No violations found (1 file scanned).\nSkipped files: none\n"


def test_text_is_deterministic():
    result = sample_result()
    assert render_text(result) == render_text(result) == render_text(reordered(result))
