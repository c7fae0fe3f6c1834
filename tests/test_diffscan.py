"""End-to-end pull-request mode (`auditor scan --diff-base REF`) in temporary real git repositories.

Scenarios from issue 4: a finding on main; a branch adding a new cross-file flow (reported, though
the changed file holds neither source nor sink); a branch that only moves or reformats existing code
(not reported); a branch adding a suppression without a reason (error); the working tree is never
touched.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from auditor import cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

AMAZON = '''\
from sp_api.api import Orders


def fetch_buyer(order_id):
    return Orders().get_order_buyer_info(order_id).payload
'''

STORE = '''\
import sqlite3


def save(row):
    db = sqlite3.connect("shop.db")
    db.execute("INSERT INTO buyers VALUES (?)", (row,))
'''

LOGS = '''\
import logging

log = logging.getLogger(__name__)


def record(value):
    log.info("buyer %s", value)
'''

# main: one existing finding (the buyer info is logged); app.py wires the modules together.
APP_MAIN = '''\
from shop.amazon import fetch_buyer
from shop.logs import record
from shop.store import save


def sync(order_id):
    buyer = fetch_buyer(order_id)
    record(buyer)
    save(order_id)
'''


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def write(repo: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@example.com")
    git(root, "config", "commit.gpgsign", "false")
    write(
        root,
        {
            ".gitignore": ".auditor_cache/\n",
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/store.py": STORE,
            "shop/logs.py": LOGS,
            "shop/app.py": APP_MAIN,
        },
    )
    commit_all(root, "main")
    git(root, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(root)
    return root


def scan_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = cli.run(["scan", ".", "-f", "json", "-q", *args])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return code, json.loads(out)


def test_finding_on_main_is_reported_by_a_full_scan(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan_json(capsys)
    assert code == 1
    assert [(f["rule_id"], f["location"]["path"]) for f in doc["findings"]] == [("AMZ005", "shop/logs.py")]


def test_unchanged_branch_reports_nothing_new(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert code == 0
    assert doc["findings"] == []
    assert doc["gate"]["preexisting"] == "1" and doc["gate"]["diff_base"] == "main"


def test_new_cross_file_flow_is_reported(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Only app.py changes; it holds neither the source (shop/amazon.py) nor the sink (shop/store.py).
    (repo / "shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    commit_all(repo, "store the buyer")
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert code == 1
    new = [(f["rule_id"], f["location"]["path"]) for f in doc["findings"]]
    assert new == [("AMZ003", "shop/store.py")]
    assert doc["gate"]["preexisting"] == "1"
    # the same flow is also caught before it is committed (the head is the working tree)


def test_uncommitted_change_is_compared_too(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert code == 1 and [f["rule_id"] for f in doc["findings"]] == ["AMZ003"]


def test_moved_and_reformatted_code_is_not_new(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Move `record` to a new module (other file, other lines), reformat its sink call, update the import.
    (repo / "shop/logs.py").unlink()
    write(
        repo,
        {
            "shop/audit_log.py": "import logging\n\n# moved here from logs.py\n\nlog = logging.getLogger(__name__)\n\n\n"
            "def helper():\n    return 1\n\n\ndef record(value):\n    log.info(\n        'buyer %s',\n        value,\n    )\n",
            "shop/app.py": "\n\n" + APP_MAIN.replace("shop.logs", "shop.audit_log"),
        },
    )
    commit_all(repo, "move logging")
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert doc["findings"] == [], doc["findings"]
    assert code == 0
    # a plain scan still sees the finding, at its new place
    _, full = scan_json(capsys)
    assert [(f["rule_id"], f["location"]["path"]) for f in full["findings"]] == [("AMZ005", "shop/audit_log.py")]


def test_suppression_without_reason_is_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (repo / "shop/logs.py").read_text().replace(
        'log.info("buyer %s", value)', 'log.info("buyer %s", value)  # auditor: ignore[AMZ005]'
    )
    (repo / "shop/logs.py").write_text(text)
    commit_all(repo, "silence it")
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert code == 1
    assert [f["rule_id"] for f in doc["findings"]] == ["AUD101"]
    assert doc["findings"][0]["level"] == "error"
    assert "no reason" in doc["findings"][0]["message"]

    # with a reason it suppresses the finding, and the branch passes
    (repo / "shop/logs.py").write_text(text.replace("ignore[AMZ005]", "ignore[AMZ005] order id only, reviewed SEC-7"))
    code, doc = scan_json(capsys, "--diff-base", "main")
    assert code == 0 and doc["findings"] == []
    code, doc = scan_json(capsys)
    assert code == 0
    assert [(s["kind"], s["justification"]) for s in doc["suppressed"]] == [("inline", "order id only, reviewed SEC-7")]


def test_working_tree_is_untouched(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    head = git(repo, "rev-parse", "HEAD")
    status = git(repo, "status", "--porcelain")
    scan_json(capsys, "--diff-base", "main")
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "status", "--porcelain") == status
    assert (repo / "shop/app.py").read_text() == APP_MAIN.replace("save(order_id)", "save(buyer)")
    assert git(repo, "stash", "list") == ""


def test_unknown_ref_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.run(["scan", ".", "--diff-base", "origin/nope", "-q"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "origin/nope" in err and err.startswith("auditor: error:")


def test_diff_scan_of_a_subdirectory(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a src layout on main; the scan names modules from the scanned directory ("src")
    git(repo, "checkout", "-q", "main")
    (repo / "src").mkdir()
    git(repo, "mv", "shop", "src/shop")
    commit_all(repo, "src layout")
    git(repo, "checkout", "-q", "-B", "feature")
    (repo / "src/shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    code = cli.run(["scan", "src", "-f", "json", "-q", "--diff-base", "main"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["rule_id"], f["location"]["path"]) for f in doc["findings"]] == [("AMZ003", "shop/store.py")]


def test_markdown_summary_of_a_pull_request(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    code = cli.run(["scan", ".", "-f", "markdown", "-q", "--diff-base", "main"])
    out = capsys.readouterr().out
    assert code == 1
    assert "auditor: failed" in out and "1 new finding" in out
    assert "1 new, 1 already there" in out
    assert "<details>" in out and "AMZ003" in out and "AMZ005" not in out


def _doc_commands(section: str) -> list[str]:
    """The `auditor ...` and `git ...` command lines of one fenced block in docs/ci.md."""
    text = (Path(__file__).resolve().parents[1] / "docs/ci.md").read_text()
    block = text.split(section, 1)[1].split("```", 2)[1]
    lines = [ln.strip().lstrip("- ").strip() for ln in block.splitlines()]
    return [ln for ln in lines if ln.startswith(("auditor ", "git fetch"))]


@pytest.mark.parametrize("section", ["## Plain shell", "## GitLab CI", "## GitHub Actions"])
def test_docs_ci_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, section: str) -> None:
    import shlex

    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    git(work, "config", "user.name", "Test")
    git(work, "config", "user.email", "test@example.com")
    write(work, {"shop/__init__.py": "", "shop/amazon.py": AMAZON, "shop/store.py": STORE, "shop/logs.py": LOGS, "shop/app.py": APP_MAIN})
    commit_all(work, "main")
    git(work, "branch", "-M", "main")
    git(work, "push", "-q", "origin", "main")
    git(work, "checkout", "-q", "-b", "feature")
    (work / "shop/app.py").write_text(APP_MAIN.replace("save(order_id)", "save(buyer)"))
    commit_all(work, "new flow")
    monkeypatch.chdir(work)
    env = {"github.base_ref": "main", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
    commands = _doc_commands(section)
    assert any("--diff-base" in c for c in commands)
    codes = []
    for line in commands:
        line = line.replace('"origin/${{ github.base_ref }}"', "origin/main").replace("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
        line = line.replace('"origin/main"', "origin/main").replace('"main"', "main")
        argv = shlex.split(line)
        assert "${{" not in line and "$" not in line, (line, env)
        if argv[0] == "git":
            git(work, *argv[1:])
            continue
        codes.append(cli.run(argv[1:]))
        capsys.readouterr()
    assert 1 in codes  # the new flow fails the gate
    import re

    outputs = re.findall(r"--output (\S+)", " ".join(commands))
    assert outputs
    for produced in outputs:
        assert (work / produced).stat().st_size > 0
    if (work / "auditor.md").exists():
        assert "AMZ003" in (work / "auditor.md").read_text()
