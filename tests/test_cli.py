"""The command line contract: exit codes, one-line errors, options reaching ScanOptions, --output, rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import auditor
from auditor import cli
from auditor.model import SEVERITY_ORDER, Finding, Location, ScanResult, Skipped
from auditor.options import ScanOptions
from auditor.rules import RULES, RULES_BY_ID

REPO = Path(__file__).resolve().parents[1]


def finding(severity: str = "high", level: str = "error", rule_id: str = "AMZ003") -> Finding:
    rule = RULES_BY_ID[rule_id]
    return Finding(
        rule_id=rule_id,
        rule_name=rule.name,
        severity=severity,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        message="buyer email written to a file",
        location=Location(path="app.py", line=3, column=1),
        sink="open",
        destination="a file",
        flows=(),
        fingerprint=f"fp-{severity}-{level}",
    )


def result(*findings: Finding, skipped: tuple[Skipped, ...] = ()) -> ScanResult:
    return ScanResult(
        root="/tmp/project",
        tool_version=auditor.__version__,
        files_scanned=2,
        findings=tuple(findings),
        skipped=skipped,
    )


class Fake:
    """Stands in for auditor.scan.run_scan and auditor.render.render, recording their calls."""

    def __init__(self) -> None:
        self.result = result()
        self.options: list[ScanOptions] = []
        self.renders: list[dict[str, Any]] = []
        self.error: BaseException | None = None

    def run_scan(self, options: ScanOptions) -> ScanResult:
        self.options.append(options)
        if self.error is not None:
            raise self.error
        return self.result

    def render(self, res: ScanResult, fmt: str, *, color: bool = False) -> str:
        self.renders.append({"result": res, "fmt": fmt, "color": color})
        return f"REPORT fmt={fmt} findings={len(res.findings)}"


def _module(name: str) -> types.ModuleType | None:
    try:
        __import__(name)
    except Exception:  # not written yet, or broken while being written: use a stub
        return None
    return sys.modules[name]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Fake:
    f = Fake()
    for name, attr in (("auditor.scan", "run_scan"), ("auditor.render", "render")):
        module = _module(name)
        if module is None:
            module = types.ModuleType(name)
            monkeypatch.setitem(sys.modules, name, module)
            monkeypatch.setattr(auditor, name.split(".")[1], module, raising=False)
        monkeypatch.setattr(module, attr, getattr(f, attr), raising=False)
    if _module("auditor.render") is None or not hasattr(sys.modules["auditor.render"], "formats"):
        monkeypatch.setattr(
            sys.modules["auditor.render"], "formats", lambda: ("json", "sarif", "text"), raising=False
        )
    return f


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "app.py").write_text("x = 1\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- exit codes ---------------------------------------------------------------------------------


def test_no_findings_exit_0(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan")
    assert code == 0
    assert out == "REPORT fmt=text findings=0\n"
    assert err == ""
    assert fake.options[0].paths == (Path("."),)


def test_high_finding_fails_default_gate(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(finding("high"))
    code, out, _ = run(capsys, "scan", ".")
    assert code == 1
    assert "findings=1" in out


def test_fail_on_critical_passes_a_high_finding(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(finding("high"))
    assert run(capsys, "scan", "--fail-on", "critical")[0] == 0
    fake.result = result(finding("high"), finding("critical", rule_id="AMZ001"))
    assert run(capsys, "scan", "--fail-on", "critical")[0] == 1


def test_fail_on_never(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake.result = result(finding("critical", rule_id="AMZ001"))
    assert run(capsys, "scan", "--fail-on", "never")[0] == 0


@pytest.mark.parametrize(
    ("severity", "fail_on", "expected"),
    [
        ("medium", "medium", 1),
        ("medium", "high", 0),
        ("low", "low", 1),
        ("info", "low", 0),
        ("info", "info", 1),
        ("critical", "info", 1),
    ],
)
def test_threshold_is_inclusive(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str], severity: str, fail_on: str, expected: int
) -> None:
    fake.result = result(finding(severity))
    assert run(capsys, "scan", "--fail-on", fail_on)[0] == expected


def test_note_level_findings_never_fail(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(finding("critical", level="note", rule_id="AMZ001"))
    assert run(capsys, "scan")[0] == 0
    assert run(capsys, "scan", "--fail-on", "info")[0] == 0
    fake.result = result(finding("critical", level="note", rule_id="AMZ001"), finding("low", level="warning"))
    assert run(capsys, "scan")[0] == 1


def test_gate_exit_code_unit() -> None:
    assert cli.gate_exit_code(result(), "info") == 0
    assert cli.gate_exit_code(result(finding("low")), "low") == 1
    assert cli.gate_exit_code(result(finding("low")), "medium") == 0


# --- usage errors: exit 2, one line -------------------------------------------------------------


def test_missing_path_exit_2_one_line(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan", "foo")
    assert code == 2
    assert out == ""
    assert err == "auditor: error: path does not exist: foo\n"
    assert fake.options == []  # never scanned


def test_unknown_option_exit_2(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan", "--frobnicate")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("auditor: error: No such option: --frobnicate")


def test_unknown_command_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "scna")
    assert code == 2
    assert err.startswith("auditor: error: No such command") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--format", "xml"], "'xml' is not one of"),
        (["--fail-on", "severe"], "--fail-on"),
        (["--jobs", "0"], "--jobs"),
        (["--jobs", "many"], "--jobs"),
        (["-q", "-v"], "--quiet and --verbose"),
    ],
)
def test_bad_values_exit_2(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    code, out, err = run(capsys, "scan", *args)
    assert code == 2
    assert out == ""
    assert err.startswith("auditor: error: ") and err.count("\n") == 1
    assert needle in err
    assert fake.options == []


def test_format_choices_come_from_the_renderer_registry(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        sys.modules["auditor.render"], "formats", lambda: ("json", "markdown", "sarif", "text")
    )
    code, out, _ = run(capsys, "scan", "--format", "Markdown")
    assert code == 0
    assert fake.renders[0]["fmt"] == "markdown"


def test_config_error_from_the_scan_exit_2(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from auditor.errors import ConfigError

    fake.error = ConfigError("auditor.toml: unknown key 'severityy'")
    code, out, err = run(capsys, "scan")
    assert (code, out) == (2, "")
    assert err == "auditor: error: auditor.toml: unknown key 'severityy'\n"


def test_internal_error_exit_3_not_1(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake.error = RuntimeError("boom")
    code, out, err = run(capsys, "scan")
    assert code == 3
    assert err == "auditor: internal error: RuntimeError: boom (run with --verbose for the traceback)\n"
    code, _, err = run(capsys, "scan", "-v")
    assert code == 3 and "Traceback" in err


def test_no_arguments_shows_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert "scan" in out and "rules" in out
    assert err == ""


# --- options reach ScanOptions -------------------------------------------------------------------


def test_options_are_passed_through(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "lib").mkdir()
    code, _, _ = run(
        capsys,
        "scan",
        "app.py",
        "lib",
        "--jobs",
        "3",
        "--no-cache",
        "--cache-dir",
        "cachehere",
        "--strict-consent",
        "--fail-on",
        "medium",
        "-q",
    )
    assert code == 0
    opts = fake.options[0]
    assert opts.paths == (Path("app.py"), Path("lib"))
    assert opts.jobs == 3
    assert opts.use_cache is False
    assert opts.cache_dir == Path("cachehere")
    assert opts.strict_consent is True
    assert opts.fail_on == "medium"
    assert opts.show_progress is False


def test_defaults(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "scan")
    opts = fake.options[0]
    assert opts.jobs == (os.cpu_count() or 1)
    assert opts.use_cache is True and opts.cache_dir is None
    assert opts.strict_consent is False and opts.fail_on == "low"
    assert fake.renders[0]["fmt"] == "text"


# --- output and colour ----------------------------------------------------------------------------


def test_output_writes_the_file_atomically(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(finding("high"))
    code, out, _ = run(capsys, "scan", "--format", "json", "--output", "report.json")
    assert code == 1  # the report is written and the gate still applies
    assert out == ""
    assert (project / "report.json").read_text() == "REPORT fmt=json findings=1\n"
    assert sorted(p.name for p in project.iterdir()) == ["app.py", "report.json"]  # no temp file left
    assert fake.renders[0]["color"] is False


def test_output_replaces_and_keeps_mode(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = project / "r.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    run(capsys, "scan", "-o", str(target))
    assert target.read_text() == "REPORT fmt=text findings=0\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_output_in_missing_directory_exit_2(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "scan", "-o", "nodir/r.json")
    assert code == 2
    assert err.startswith("auditor: error: cannot write output: directory") and err.count("\n") == 1


def test_output_is_a_directory_exit_2(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "out").mkdir()
    code, _, err = run(capsys, "scan", "-o", "out")
    assert code == 2 and "is a directory" in err


def test_write_atomic_leaves_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keep.txt"
    target.write_text("previous\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", broken_replace)
    with pytest.raises(cli.UsageError, match="No space left"):
        cli.write_atomic(target, "new\n")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_color_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli.sys, "stdout", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.use_color("text", no_color=False, to_file=False) is True
    assert cli.use_color("json", no_color=False, to_file=False) is False
    assert cli.use_color("text", no_color=True, to_file=False) is False
    assert cli.use_color("text", no_color=False, to_file=True) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.use_color("text", no_color=False, to_file=False) is False


def test_no_color_when_not_a_tty(fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "scan")
    assert fake.renders[0]["color"] is False


# --- stderr: skipped files -------------------------------------------------------------------------


def test_skipped_listed_on_stderr_only_with_verbose(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(skipped=(Skipped("big.py", "file is 9 bytes, over the 8-byte limit"),))
    code, _, err = run(capsys, "scan")
    assert code == 0 and err == ""
    code, _, err = run(capsys, "scan", "--verbose")
    assert code == 0
    assert "auditor: skipped big.py: file is 9 bytes, over the 8-byte limit\n" in err
    assert "2 files scanned, 1 skipped, 0 findings" in err


def test_stderr_neutralizes_control_characters(
    fake: Fake, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.result = result(skipped=(Skipped("evil\x1b[2J.py", "bad\nname"),))
    _, _, err = run(capsys, "scan", "-v")
    assert "\x1b" not in err
    assert "evil\\x1b[2J.py" in err


# --- rules and version -------------------------------------------------------------------------------


def test_rules_lists_every_rule_with_policy_refs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    for rule in RULES:
        line = next(ln for ln in out.splitlines() if ln.startswith(rule.id))
        assert rule.name in line and rule.severity in line and rule.title in line
        assert ", ".join(c.ref for c in rule.clauses) in line


def test_rules_explains_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "AMZ003")
    assert code == 0
    rule = RULES_BY_ID["AMZ003"]
    assert out.startswith("AMZ003  pii-to-storage")
    assert rule.title in out
    flat = " ".join(out.split())
    for text in (rule.description, rule.why, rule.remediation):
        assert " ".join(text.split()) in flat
    for clause in rule.clauses:
        assert f"{clause.ref}  {clause.title}" in out
        assert " ".join(clause.section.split()) in flat
        assert " ".join(clause.paraphrase.split()) in flat
        assert clause.url in out
    assert [c.ref for c in rule.clauses] == ["R17", "R12", "R14", "R18"]


def test_rules_by_name_and_lowercase(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "rules", "pii-to-storage")[1] == run(capsys, "rules", "amz003")[1]


def test_unknown_rule_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules", "AMZ999")
    assert (code, out) == (2, "")
    assert err.startswith("auditor: error: unknown rule: AMZ999") and err.count("\n") == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"auditor {auditor.__version__}\n")


# --- the typer app directly (standalone mode), and the real process ---------------------------------


def test_cli_runner_exit_codes(fake: Fake, project: Path) -> None:
    runner = CliRunner()
    fake.result = result(finding("high"))
    assert runner.invoke(cli.app, ["scan"]).exit_code == 1
    assert runner.invoke(cli.app, ["scan", "--fail-on", "critical"]).exit_code == 0
    missing = runner.invoke(cli.app, ["scan", "nope"])
    assert missing.exit_code == 2
    assert missing.stderr == "auditor: error: path does not exist: nope\n"
    assert runner.invoke(cli.app, ["scan", "--bogus"]).exit_code == 2
    assert runner.invoke(cli.app, ["scan", "--format", "xml"]).exit_code == 2


def _python(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_process_version_and_errors(tmp_path: Path) -> None:
    done = _python("--version", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"auditor {auditor.__version__}\n")
    done = _python("scan", "foo", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "auditor: error: path does not exist: foo\n"
    done = _python("scan", "--nope", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    done = _python("rules", "AMZ003", cwd=tmp_path)
    assert done.returncode == 0 and "R17" in done.stdout and "R18" in done.stdout


def test_real_renderers_if_present(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    render = _module("auditor.render")
    if render is None or not hasattr(render, "render"):
        pytest.skip("auditor.render is not available yet")
    scan = _module("auditor.scan")
    if scan is None:
        scan = types.ModuleType("auditor.scan")
        monkeypatch.setitem(sys.modules, "auditor.scan", scan)
        monkeypatch.setattr(auditor, "scan", scan, raising=False)
    monkeypatch.setattr(scan, "run_scan", lambda options: result(finding("high")), raising=False)
    code, out, _ = run(capsys, "scan", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert isinstance(data, dict)
    assert "AMZ003" in out


def test_fail_on_choices_match_the_severity_order() -> None:
    assert set(cli.FAIL_ON_CHOICES) == set(SEVERITY_ORDER) | {"never"}


@pytest.mark.parametrize(("argv", "wanted"), [(("scan", "--help"), "pyproject.toml with [tool.auditor]"), (("init", "--help"), "Append a [tool.auditor] section")])
def test_help_shows_bracketed_text(argv: tuple[str, ...], wanted: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich reads help texts as markup, where "[tool.auditor]" is a tag and silently vanishes."""
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _err = run(capsys, *argv)
    assert code == 0
    assert wanted in " ".join(out.split())
