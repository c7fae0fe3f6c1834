"""Inline suppressions: `# auditor: ignore[RULE] reason` on the reported line or the line above."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor import cli
from auditor.options import ScanOptions
from auditor.scan import run_scan
from auditor.suppress import parse_suppressions

CODE = '''\
import logging
from sp_api.api import Orders


def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    logging.info("buyer %s", buyer){same}
'''


def scan(tmp_path: Path, code: str, config: str | None = None):
    (tmp_path / "app.py").write_text(code)
    if config is not None:
        (tmp_path / "auditor.toml").write_text(config)
    from auditor.config import resolve_config

    cfg = resolve_config((tmp_path,), None)
    return run_scan(ScanOptions(paths=(tmp_path,), use_cache=False, jobs=1, config=cfg))


def test_parse_forms() -> None:
    text = (
        "x = 1  # auditor: ignore[AMZ003] stored encrypted\n"
        "# auditor: ignore[amz003, AMZ005] -- reviewed\n"
        "s = '# auditor: ignore[AMZ001] not a comment'\n"
        "y = 2  # auditor: ignore\n"
    )
    sups = parse_suppressions(text, "a.py")
    assert [(s.line, s.rules, s.reason, s.own_line) for s in sups] == [
        (1, ("AMZ003",), "stored encrypted", False),
        (2, ("AMZ003", "AMZ005"), "reviewed", True),
        (4, (), "", False),
    ]


def test_same_line_with_reason_suppresses(tmp_path: Path) -> None:
    r = scan(tmp_path, CODE.format(same="  # auditor: ignore[AMZ005] order id only"))
    assert r.findings == ()
    assert [(s.kind, s.justification, s.finding.rule_id) for s in r.suppressed] == [("inline", "order id only", "AMZ005")]


def test_line_above_suppresses(tmp_path: Path) -> None:
    code = CODE.format(same="").replace("    logging.info", "    # auditor: ignore[AMZ005] reviewed in SEC-1\n    logging.info")
    r = scan(tmp_path, code)
    assert r.findings == () and len(r.suppressed) == 1


def test_line_above_must_be_a_comment_line(tmp_path: Path) -> None:
    # a trailing comment on the previous code line does not reach down to the next line
    code = CODE.format(same="").replace("payload\n", "payload  # auditor: ignore[AMZ005] nope\n")
    r = scan(tmp_path, code)
    assert sorted(f.rule_id for f in r.findings) == ["AMZ005", "AUD100"]


def test_other_rule_does_not_suppress_and_is_unused(tmp_path: Path) -> None:
    r = scan(tmp_path, CODE.format(same="  # auditor: ignore[AMZ003] wrong rule"))
    assert sorted(f.rule_id for f in r.findings) == ["AMZ005", "AUD100"]
    unused = next(f for f in r.findings if f.rule_id == "AUD100")
    assert unused.location.line == 7 and "Unused suppression" in unused.message and unused.level == "warning"


def test_missing_reason_is_an_error_and_does_not_suppress(tmp_path: Path) -> None:
    r = scan(tmp_path, CODE.format(same="  # auditor: ignore[AMZ005]"))
    got = sorted((f.rule_id, f.level) for f in r.findings)
    assert got == [("AMZ005", "warning"), ("AUD101", "error")]
    assert r.suppressed == ()


def test_reason_optional_when_configured(tmp_path: Path) -> None:
    r = scan(tmp_path, CODE.format(same="  # auditor: ignore[AMZ005]"), "require-suppression-reason = false\n")
    assert r.findings == () and len(r.suppressed) == 1


def test_unused_report_can_be_disabled(tmp_path: Path) -> None:
    r = scan(tmp_path, "x = 1  # auditor: ignore[AMZ003] stale\n", "[rules]\ndisable = ['AUD100']\n")
    assert r.findings == ()


def test_blanket_ignore_and_cli_outputs(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "app.py").write_text(CODE.format(same="  # auditor: ignore reviewed"))
    monkeypatch.chdir(tmp_path)
    assert cli.run(["scan", ".", "-q", "--no-cache"]) == 0
    text = capsys.readouterr().out
    assert "No violations found" in text and "Suppressed: 1 inline, 0 baselined" in text
    assert "app.py:7  AMZ005 [inline] - reviewed" in text
    assert cli.run(["scan", ".", "-q", "--no-cache", "-f", "sarif"]) == 0
    sarif = json.loads(capsys.readouterr().out)
    (res,) = sarif["runs"][0]["results"]
    assert res["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "reviewed"}]
    assert cli.run(["scan", ".", "-q", "--no-cache", "-f", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["suppressed"] == 1 and doc["findings"] == []


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_sarif_and_json_validate_with_suppressions(tmp_path: Path, monkeypatch, capsys, fmt: str) -> None:
    (tmp_path / "app.py").write_text(CODE.format(same="  # auditor: ignore[AMZ005] ok"))
    monkeypatch.chdir(tmp_path)
    cli.run(["scan", ".", "-q", "--no-cache", "-f", fmt])
    doc = json.loads(capsys.readouterr().out)
    if fmt == "sarif":
        jsonschema = pytest.importorskip("jsonschema")
        schema = json.loads((Path(__file__).parent / "data/sarif-schema-2.1.0.json").read_text())
        jsonschema.validate(doc, schema)
    else:
        from auditor.render.json_out import load_result

        back = load_result(json.dumps(doc))
        assert [(s.kind, s.justification) for s in back.suppressed] == [("inline", "ok")]
