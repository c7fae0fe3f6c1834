"""JSON output: schema shape, determinism and the round trip through load_result."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from render_samples import ESC_SNIPPET, ROOT, empty_result, reordered, sample_result

from auditor.model import JSON_SCHEMA_VERSION
from auditor.render import render
from auditor.render._common import sorted_findings
from auditor.render.json_out import load_result, render_json


def test_top_level_shape_and_summary():
    doc = json.loads(render_json(sample_result()))
    assert set(doc) == {
        "schema_version",
        "tool",
        "root",
        "fail_on",
        "summary",
        "findings",
        "skipped",
        "incomplete",
    }
    assert doc["schema_version"] == JSON_SCHEMA_VERSION
    assert doc["tool"] == {"name": "auditor", "version": "0.1.0"}
    assert doc["root"] == ROOT
    assert doc["summary"] == {
        "files_scanned": 14,
        "files_skipped": 2,
        "files_excluded": 0,
        "findings": 3,
        "by_rule": {"AMZ001": 1, "AMZ002": 1, "AMZ003": 0, "AMZ004": 0, "AMZ005": 1, "AMZ006": 0},
        "by_severity": {"critical": 1, "high": 1, "medium": 1, "low": 0, "info": 0},
    }


def test_findings_carry_every_field_sorted():
    doc = json.loads(render_json(sample_result()))
    keys = [(f["location"]["path"], f["location"]["line"], f["rule_id"]) for f in doc["findings"]]
    assert keys == [
        ("app/notify.py", 5, "AMZ005"),
        ("app/notify.py", 22, "AMZ002"),
        ("app/sync/marketing.py", 40, "AMZ001"),
    ]
    marketing = doc["findings"][2]
    assert set(marketing) == {
        "rule_id",
        "rule_name",
        "severity",
        "level",
        "message",
        "location",
        "sink",
        "destination",
        "flows",
        "fingerprint",
        "consent_guarded",
        "function",
    }
    assert marketing["location"] == {
        "path": "app/sync/marketing.py",
        "line": 40,
        "column": 9,
        "end_line": 40,
        "end_column": 55,
        "snippet": "client.lists.add_list_member(LIST_ID, member)",
    }
    assert marketing["function"] == "app.sync.marketing.subscribe"
    assert len(marketing["flows"]) == 2
    flow = marketing["flows"][0]
    assert flow["source"]["catalog_id"] == "sp_api.orders.get_order_buyer_info"
    assert flow["source"]["data"] == "buyer email"
    assert [s["kind"] for s in flow["steps"]] == ["source", "assign", "call", "param", "assign", "sink"]
    assert doc["findings"][1]["consent_guarded"] is True and doc["findings"][1]["level"] == "note"
    assert doc["findings"][0]["location"]["snippet"] == ESC_SNIPPET


def test_skipped_and_incomplete_with_reasons():
    doc = json.loads(render_json(sample_result()))
    assert doc["skipped"] == [
        {"path": "legacy/py2_module.py", "reason": "syntax error at line 3: Python 2 print statement"},
        {"path": "vendor/huge_dump.py", "reason": "file is larger than 5000000 bytes (max_file_bytes)"},
    ]
    assert doc["incomplete"] == [
        {
            "path": "app/sync/marketing.py",
            "function": "app.sync.marketing.bulk_sync",
            "reason": "call depth bound (8) reached",
        }
    ]


def test_format_is_stable_bytes():
    text = render(sample_result(), "json")
    assert text.endswith("}\n")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert "duration" not in text and "1.2345" not in text and "cache" not in text
    assert render_json(sample_result()) == text
    assert render_json(reordered(sample_result())) == text  # input order and duration don't matter


def test_round_trip():
    original = sample_result()
    text = render_json(original)
    loaded = load_result(text)
    expected = replace(
        original,
        findings=tuple(sorted_findings(original)),
        skipped=tuple(sorted(original.skipped, key=lambda s: s.path)),
        duration_seconds=0.0,
    )
    assert loaded == expected
    assert loaded.findings[0].flows[0].steps[1].message.endswith("\x1b]0;title\x07")
    assert render_json(loaded) == text


def test_round_trip_empty():
    original = empty_result()
    assert load_result(render_json(original)) == original


def test_load_rejects_other_major_versions_and_garbage():
    doc = json.loads(render_json(empty_result()))
    doc["schema_version"] = "2.0"
    with pytest.raises(ValueError, match="schema_version"):
        load_result(json.dumps(doc))
    with pytest.raises(ValueError):
        load_result("not json")
    with pytest.raises(ValueError):
        load_result('{"version": "2.1.0"}')


def test_load_accepts_minor_versions_with_unknown_fields():
    doc = json.loads(render_json(sample_result()))
    doc["schema_version"] = "1.7"
    doc["future_field"] = {"x": 1}
    doc["findings"][0]["future_field"] = "ignored"
    assert load_result(json.dumps(doc)).findings == load_result(render_json(sample_result())).findings


def test_schema_doc_example_loads_and_every_field_is_documented():
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "json-schema.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    loaded = load_result(example)
    assert loaded.findings[0].rule_id == "AMZ001" and len(loaded.findings[0].flows[0].steps) == 2
    assert f'`schema_version` = `"{JSON_SCHEMA_VERSION}"`' in doc

    def keys(value, out):
        if isinstance(value, dict):
            for k, v in value.items():
                out.add(k)
                keys(v, out)
        elif isinstance(value, list):
            for v in value:
                keys(v, out)
        return out

    rendered = json.loads(render_json(sample_result()))
    rule_ids = set(rendered["summary"]["by_rule"]) | set(rendered["summary"]["by_severity"])
    for key in keys(rendered, set()) - rule_ids:
        assert f"| `{key}` |" in doc, f"field {key!r} is not documented in docs/json-schema.md"
