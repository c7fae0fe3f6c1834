"""The baseline: record current findings, report only new ones; fingerprints survive unrelated
edits, line shifts and file moves (end to end in a temporary git repository)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from auditor import cli
from auditor.baseline import load_baseline
from auditor.errors import ConfigError

LOGS = '''\
import logging
from sp_api.api import Orders


def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    logging.info("buyer %s", buyer)
'''

STORE = '''\
import sqlite3
from sp_api.api import Orders


def save(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    sqlite3.connect("x.db").execute("INSERT INTO b VALUES (?)", (buyer,))
'''


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shop"
    (root / "app").mkdir(parents=True)
    (root / "app/sync.py").write_text(LOGS)
    (root / "app/__init__.py").write_text("")
    git(root, "init", "-q")
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@example.com")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "init")
    monkeypatch.chdir(root)
    return root


def scan(capsys, *args: str) -> tuple[int, dict]:
    code = cli.run(["scan", ".", "-q", "-f", "json", "--baseline", ".auditor-baseline.json", *args])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return code, json.loads(out)


def create(capsys) -> None:
    assert cli.run(["baseline", "create", "--output", ".auditor-baseline.json"]) == 0
    assert "recorded 1 finding(s)" in capsys.readouterr().err


def test_create_then_scan_reports_nothing(repo: Path, capsys) -> None:
    create(capsys)
    data = json.loads((repo / ".auditor-baseline.json").read_text())
    (entry,) = data["findings"]
    assert entry["rule_id"] == "AMZ005" and entry["justification"] == "" and len(entry["fingerprint"]) == 32
    code, doc = scan(capsys)
    assert code == 0 and doc["findings"] == []
    assert doc["summary"]["baselined"] == 1
    assert [s["kind"] for s in doc["suppressed"]] == ["baseline"]


def test_unrelated_edit_and_line_shift_still_match(repo: Path, capsys) -> None:
    create(capsys)
    text = '"""Order sync."""\n\nimport os\n\n\ndef unrelated():\n    return os.getcwd()\n\n\n' + LOGS.replace(
        "def sync", "def helper():\n    return 2\n\n\ndef sync"
    )
    (repo / "app/sync.py").write_text(text)
    git(repo, "commit", "-qam", "edit")
    code, doc = scan(capsys)
    assert code == 0 and doc["findings"] == []
    assert doc["suppressed"][0]["finding"]["location"]["line"] > 7  # it moved down, still matched


def test_file_move_still_matches(repo: Path, capsys) -> None:
    create(capsys)
    (repo / "app/jobs").mkdir()
    git(repo, "mv", "app/sync.py", "app/jobs/order_sync.py")
    git(repo, "commit", "-qm", "move")
    code, doc = scan(capsys)
    assert code == 0 and doc["findings"] == []
    assert doc["suppressed"][0]["finding"]["location"]["path"] == "app/jobs/order_sync.py"


def test_new_violation_is_reported_and_justifications_are_kept(repo: Path, capsys) -> None:
    create(capsys)
    data = json.loads((repo / ".auditor-baseline.json").read_text())
    data["findings"][0]["justification"] = "legacy job, removal tracked in SHOP-12"
    (repo / ".auditor-baseline.json").write_text(json.dumps(data))
    (repo / "app/store.py").write_text(STORE)
    code, doc = scan(capsys)
    assert code == 1
    assert [(f["rule_id"], f["location"]["path"]) for f in doc["findings"]] == [("AMZ003", "app/store.py")]
    assert doc["suppressed"][0]["justification"] == "legacy job, removal tracked in SHOP-12"
    # SARIF: the baselined finding is an external suppression with its justification
    cli.run(["scan", ".", "-q", "-f", "sarif", "--baseline", ".auditor-baseline.json"])
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    supp = [r["suppressions"] for r in results if "suppressions" in r]
    assert supp == [[{"kind": "external", "status": "accepted", "justification": "legacy job, removal tracked in SHOP-12"}]]
    # re-creating keeps the justification of the entry that still matches
    assert cli.run(["baseline", "create", "--output", ".auditor-baseline.json"]) == 0
    capsys.readouterr()
    entries = load_baseline(repo / ".auditor-baseline.json")
    assert sorted((e.rule_id, e.justification) for e in entries) == [
        ("AMZ003", ""),
        ("AMZ005", "legacy job, removal tracked in SHOP-12"),
    ]


def test_a_second_identical_flow_is_still_new(repo: Path, capsys) -> None:
    create(capsys)
    (repo / "app/sync.py").write_text(LOGS + "\n\n" + LOGS.split("\n\n\n")[1].replace("def sync", "def sync_again"))
    code, doc = scan(capsys)
    assert code == 1 and [f["function"] for f in doc["findings"]] == ["app.sync.sync_again"]


def test_baseline_from_config_and_text_summary(repo: Path, capsys) -> None:
    create(capsys)
    (repo / "auditor.toml").write_text('baseline = ".auditor-baseline.json"\n')
    assert cli.run(["scan", ".", "-q"]) == 0
    out = capsys.readouterr().out
    assert "Suppressed: 0 inline, 1 baselined" in out and "[baseline]" in out


def test_bad_baseline_file_is_exit_2(repo: Path, capsys) -> None:
    (repo / "b.json").write_text("{}")
    assert cli.run(["scan", ".", "-q", "--baseline", "b.json"]) == 2
    assert "not an auditor baseline" in capsys.readouterr().err
    assert cli.run(["scan", ".", "-q", "--baseline", "missing.json"]) == 2
    assert "baseline file not found" in capsys.readouterr().err
    with pytest.raises(ConfigError):
        load_baseline(repo / "b.json")
