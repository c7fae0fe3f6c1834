"""End to end: every kind of bad input from issue 6, each in a project next to a good file.

For each input the scan finishes; the bad file is listed as skipped with a precise reason in the
text, JSON and SARIF reports; the good file's finding is exactly what it is without the bad file;
and the exit code follows the contract (1: the good file's finding fails the gate; skipped files
never change the code; 2 for usage errors; never 3). The reader's own unit tests are in
test_source.py and test_discover.py; this file checks that each case survives the whole pipeline.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from auditor import cli
from auditor import scan as scan_module
from auditor import source as source_module
from auditor.cli import EXIT_FINDINGS, EXIT_USAGE, run
from auditor.errors import UsageError
from auditor.options import ScanOptions
from auditor.scan import run_scan

GOOD = """\
from sp_api.api import Orders


def leak(order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    print(info["BuyerEmail"])
"""
GOOD_FINDING = ("AMZ005", "good.py", 6)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]  # creates the bad entry in the project
    path: str  # the skipped path ("" if the input is scanned, not skipped)
    reason: str  # a regex the whole reason must match
    extra_findings: tuple[tuple[str, str, int], ...] = ()  # findings in the odd-but-valid file


def _write(rel: str, data: bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / rel).write_bytes(data)

    return make


def _symlink(rel: str, target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / rel).symlink_to(root / target)

    return make


def _loop(root: Path) -> None:
    (root / "loop_a.py").symlink_to(root / "loop_b.py")
    (root / "loop_b.py").symlink_to(root / "loop_a.py")


def _dir_named_py(root: Path) -> None:
    (root / "x.py").mkdir()
    (root / "x.py" / "notes.txt").write_text("not python\n")


_LATIN1_GOOD = ("# -*- coding: latin-1 -*-\n# Müller\n" + GOOD).encode("latin-1")
_BINARY_NO_NUL = bytes(range(0x80, 0x100)) * 8 + b"\x7fELF"

CASES = [
    Case("syntax error", _write("broken.py", b"def f(:\n    pass\n"), "broken.py",
         re.escape("syntax error at line 1, column 7: invalid syntax")),
    Case("python 2", _write("legacy.py", b"import urllib2\nprint 'hello'\n"), "legacy.py",
         r"syntax error at line 2, column \d+: .*\(this looks like Python 2 code; the auditor reads Python 3\)"),
    Case("python 2 octal", _write("octal.py", b"import os\nos.chmod('x', 0755)\n"), "octal.py",
         r"syntax error at line 2, column \d+: .*\(this looks like Python 2 code; the auditor reads Python 3\)"),
    Case("a half-deleted line is not Python 2 ('2020-05-05' is no octal)",
         _write("halfdone.py", b"since = '2020-05-05'\nkey = # paste your key here\n"), "halfdone.py",
         r"syntax error at line 2, column \d+: invalid syntax$"),
    Case("an escape CPython rejects in a match key", _write("escape.py", b"def f(k):\n    match k:\n        case {'\\x': y}:\n            return y\n"),
         "escape.py", r"syntax error at line 3, column \d+: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"),
    Case("mixed tabs and spaces", _write("tabs.py", b"if True:\n    x = 1\n\ty = 2\n"), "tabs.py",
         re.escape("syntax error at line 3, column 1: inconsistent use of tabs and spaces in indentation")),
    Case("null bytes", _write("nul.py", b"x = 1\n\x00y = 2\n"), "nul.py",
         re.escape("contains NUL bytes: binary or corrupt")),
    Case("non-UTF-8 without a cookie", _write("latin.py", "name = 'Müller'\n".encode("latin-1")), "latin.py",
         re.escape("not valid UTF-8 at byte 9 and no coding declaration")),
    Case("non-UTF-8 contradicting its cookie", _write("liar.py", b"# coding: ascii\nx = '\xc3\xa9'\n"), "liar.py",
         re.escape("not valid ascii at byte 21, although line 1 declares that encoding")),
    Case("non-UTF-8 with a matching cookie (scanned)", _write("latin_ok.py", _LATIN1_GOOD), "", "",
         (("AMZ005", "latin_ok.py", 8),)),
    Case("UTF-8 BOM (scanned)", _write("bom.py", codecs.BOM_UTF8 + GOOD.encode()), "", "",
         (("AMZ005", "bom.py", 6),)),
    Case("CRLF line endings (scanned)", _write("crlf.py", GOOD.replace("\n", "\r\n").encode()), "", "",
         (("AMZ005", "crlf.py", 6),)),
    Case("lone CR line endings (scanned)", _write("cr.py", GOOD.replace("\n", "\r").encode()), "", "",
         (("AMZ005", "cr.py", 6),)),
    Case("empty file (scanned, nothing in it)", _write("__init__.py", b""), "", ""),
    Case("single 10 MB line", _write("huge_line.py", b"x = '" + b"a" * 10_000_000 + b"'\n"), "huge_line.py",
         re.escape("file is 10000007 bytes, over the 5000000-byte limit")),
    Case("brackets nested thousands deep", _write("deep.py", b"x = " + b"(" * 5000 + b"1" + b")" * 5000 + b"\n"),
         "deep.py", re.escape("brackets nested too deeply to parse at line 1 (Python allows at most 200 levels)")),
    Case("operators nested thousands deep", _write("deep_ops.py", b"x = " + b"-" * 2500 + b"1\n"), "deep_ops.py",
         re.escape("code nested 2502 levels deep, over the limit of 1000: not analysed")),
    Case("chain too long for Python's parser", _write("chain.py", b"x = " + b"1 + " * 20000 + b"1\n"), "chain.py",
         re.escape("expressions nested too deeply to parse (Python's own parser gives up on this file)")),
    Case("binary file named .py with NULs", _write("blob.py", bytes(range(256)) * 16), "blob.py",
         re.escape("contains NUL bytes: binary or corrupt")),
    Case("binary file named .py without NULs", _write("blob2.py", _BINARY_NO_NUL), "blob2.py",
         re.escape("not valid UTF-8 at byte 0 and no coding declaration")),
    Case("broken symlink", _symlink("dangling.py", "nowhere.py"), "dangling.py",
         r"broken symlink: target .*nowhere\.py does not exist"),
    Case("symlink loop", _loop, "loop_a.py", re.escape("symlink loop: the link never reaches a file")),
    Case("directory named x.py (walked, not a file)", _dir_named_py, "", ""),
]


def _project(tmp_path: Path, case: Case | None) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "good.py").write_text(GOOD, encoding="utf-8")
    if case is not None:
        case.make(root)
    return root


def _scan_cli(root: Path, fmt: str, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> int:
    code = run(["scan", str(root), "--format", fmt, "--output", str(out), "--no-cache", "--jobs", "1", *extra])
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    return code


def _findings_of(doc: dict) -> set[tuple[str, str, int]]:
    return {(f["rule_id"], f["location"]["path"], f["location"]["line"]) for f in doc["findings"]}


def _fingerprints(doc: dict) -> dict[tuple[str, str, int], str]:
    return {(f["rule_id"], f["location"]["path"], f["location"]["line"]): f["fingerprint"] for f in doc["findings"]}


def _sarif_skipped(doc: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for inv in doc["runs"][0]["invocations"]:
        for note in inv.get("toolExecutionNotifications", []):
            if note["descriptor"]["id"] == "skipped-file":
                uri = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                out[uri] = note["message"]["text"].removeprefix("skipped: ")
    return out


def _text_skipped(text: str) -> dict[str, str]:
    section = text.split("Skipped files (", 1)
    if len(section) == 1:
        return {}
    out = {}
    for line in section[1].splitlines()[1:]:
        if not line.startswith("  "):
            break
        path, _, reason = line.strip().partition(": ")
        out[path] = reason
    return out


def _assert_skipped_in_every_format(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, reason: str
) -> None:
    """Scanned in JSON, SARIF and text: exactly `path` is skipped with `reason` in each, and the good
    file keeps its finding."""
    for fmt in ("json", "sarif", "text"):
        assert _scan_cli(root, fmt, tmp_path / f"r.{fmt}", capsys) == EXIT_FINDINGS
    doc = json.loads((tmp_path / "r.json").read_text())
    assert {s["path"]: s["reason"] for s in doc["skipped"]} == {path: reason}
    assert _sarif_skipped(json.loads((tmp_path / "r.sarif").read_text())) == {path: reason}
    assert _text_skipped((tmp_path / "r.text").read_text()) == {path: reason}
    assert _findings_of(doc) == {GOOD_FINDING}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = _project(tmp_path_factory.mktemp("baseline"), None)
    result = run_scan(ScanOptions(paths=(root,), jobs=1, use_cache=False))
    from auditor.render.json_out import result_dict

    doc = result_dict(result)
    assert _findings_of(doc) == {GOOD_FINDING}
    assert doc["skipped"] == []
    return doc


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_in_every_format(
    case: Case, tmp_path: Path, baseline: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, case)
    reports = {}
    for fmt in ("text", "json", "sarif"):
        out = tmp_path / f"report.{fmt}"
        code = _scan_cli(root, fmt, out, capsys)
        assert code == EXIT_FINDINGS, f"{fmt}: the good file's medium finding fails the default gate"
        reports[fmt] = out.read_text(encoding="utf-8")

    doc = json.loads(reports["json"])
    # The good file's result is unchanged (same finding, same fingerprint).
    good_only = {k: v for k, v in _fingerprints(doc).items() if k[1] == "good.py"}
    assert good_only == _fingerprints(baseline)
    assert _findings_of(doc) == {GOOD_FINDING, *case.extra_findings}

    skipped = {s["path"]: s["reason"] for s in doc["skipped"]}
    if not case.path:
        assert skipped == {}, "valid (if unusual) input must be scanned, not skipped"
        return
    assert case.path in skipped, skipped
    assert re.fullmatch(case.reason, skipped[case.path]), skipped[case.path]
    assert _sarif_skipped(json.loads(reports["sarif"]))[case.path] == skipped[case.path]
    assert _text_skipped(reports["text"])[case.path] == skipped[case.path]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path, None)
    secret = root / "secret.py"
    secret.write_text("x = 1\n")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root: chmod does not stop reads, so refuse the open ourselves
        real_open = os.open

        def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(path).name == "secret.py":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(source_module.os, "open", fake_open)
    try:
        _assert_skipped_in_every_format(root, tmp_path, capsys, "secret.py", "permission denied: cannot open the file for reading")
    finally:
        secret.chmod(0o644)


def test_file_deleted_during_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, None)
    doomed = root / "doomed.py"
    real_discover = scan_module.discover

    def discover_then_delete(paths):  # type: ignore[no-untyped-def]
        doomed.write_text("x = 1\n")
        found = real_discover(paths)
        doomed.unlink()  # gone between discovery and reading
        return found

    monkeypatch.setattr(scan_module, "discover", discover_then_delete)
    _assert_skipped_in_every_format(root, tmp_path, capsys, "doomed.py", "file disappeared during the scan")


def test_good_file_deleted_after_parsing_keeps_its_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The snippet reader runs after parsing; a file gone by then loses its snippet, not the scan."""
    root = _project(tmp_path, None)
    real = scan_module.summarize_all

    def summarize_then_delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = real(*args, **kwargs)
        (root / "good.py").unlink()
        return out

    monkeypatch.setattr(scan_module, "summarize_all", summarize_then_delete)
    assert _scan_cli(root, "json", tmp_path / "r.json", capsys) == EXIT_FINDINGS
    assert _findings_of(json.loads((tmp_path / "r.json").read_text())) == {GOOD_FINDING}


def test_path_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    for fmt in ("text", "json", "sarif"):
        out = tmp_path / f"r.{fmt}"
        code = run(["scan", str(missing), "--format", fmt, "--output", str(out), "--no-cache"])
        err = capsys.readouterr().err
        assert code == EXIT_USAGE
        assert err.strip().splitlines() == [f"auditor: error: path does not exist: {missing}"]
        assert not out.exists(), "no report for a scan that never ran"
    with pytest.raises(UsageError, match="path does not exist"):
        run_scan(ScanOptions(paths=(missing,), jobs=1, use_cache=False))


def test_existing_and_missing_path_together_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, None)
    code = run(["scan", str(root), str(tmp_path / "gone.py"), "--no-cache"])
    assert code == EXIT_USAGE
    assert "path does not exist" in capsys.readouterr().err


def test_config_that_is_not_valid_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken pyproject.toml in the scanned tree: either it is not read (the scan is unchanged) or
    it is a configuration error (exit 2, one stderr line naming the file). Never a crash (exit 3)."""
    root = _project(tmp_path, None)
    (root / "pyproject.toml").write_text('[tool.auditor\nfail_on = "high\n', encoding="utf-8")
    (root / "auditor.toml").write_text("= = =\n", encoding="utf-8")
    code = run(["scan", str(root), "--format", "json", "--output", str(tmp_path / "r.json"), "--no-cache"])
    err = capsys.readouterr().err
    assert "internal error" not in err
    if code == EXIT_USAGE:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("auditor: error:")
        assert "toml" in lines[0].lower()
    else:
        assert code == EXIT_FINDINGS
        assert _findings_of(json.loads((tmp_path / "r.json").read_text())) == {GOOD_FINDING}


def test_config_option_with_invalid_toml_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    help_code = run(["scan", "--help"])
    help_text = capsys.readouterr().out
    assert help_code == 0
    if "--config" not in help_text:
        pytest.skip("no --config option yet (configuration is issue 4)")
    root = _project(tmp_path, None)
    bad = tmp_path / "bad.toml"
    bad.write_text("fail_on = \n[[[\n", encoding="utf-8")
    code = run(["scan", str(root), "--config", str(bad), "--no-cache"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("auditor: error:") and "bad.toml" in lines[0]


def test_all_bad_inputs_together(tmp_path: Path, baseline: dict, capsys: pytest.CaptureFixture[str]) -> None:
    """Everything at once, through the parallel path (worker processes) as well as in-process."""
    root = _project(tmp_path, None)
    for case in CASES:
        if case.name != "single 10 MB line":  # keep this test fast; covered above
            case.make(root)
    for i in range(30):  # enough files for the process pool
        (root / f"filler_{i:02d}.py").write_text(f"value_{i} = {i}\n")
    docs = []
    for jobs in ("1", "4"):
        out = tmp_path / f"r{jobs}.json"
        code = run(["scan", str(root), "--format", "json", "--output", str(out), "--no-cache", "--jobs", jobs])
        assert "internal error" not in capsys.readouterr().err
        assert code == EXIT_FINDINGS
        docs.append(json.loads(out.read_text()))
    expected_skips = {c.path for c in CASES if c.path and c.name != "single 10 MB line"} | {"loop_b.py"}
    for doc in docs:
        assert {s["path"] for s in doc["skipped"]} == expected_skips
        expected = {GOOD_FINDING}.union(*(c.extra_findings for c in CASES))
        assert _findings_of(doc) == expected
    assert docs[0]["skipped"] == docs[1]["skipped"]
    assert docs[0]["findings"] == docs[1]["findings"]


# ------------------------------------------------------------------------------ terminal escapes


def test_terminal_escapes_in_a_scanned_string_are_neutralised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "proj"
    root.mkdir()
    evil = (
        "from sp_api.api import Orders\n\n\n"
        "def leak(order_id):\n"
        "    info = Orders().get_order_buyer_info(order_id).payload\n"
        "    print(info['BuyerEmail'], '\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]8;;http://evil.example\x1b\\\\click\x1b]8;;\x1b\\\\"
        "\x9b31m\u202egnp.exe')\n"
    )
    (root / "evil.py").write_text(evil, encoding="utf-8")
    (root / "\x1b[31mname.py").write_text("x = (\n", encoding="utf-8")  # a hostile file name, skipped
    code = run(["scan", str(root), "--no-cache", "--jobs", "1", "--no-color"])
    out = capsys.readouterr().out
    assert code == EXIT_FINDINGS
    assert "AMZ005" in out
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in out, f"{raw!r} reached the terminal"
    assert "\\x1b[2J" in out and "\\x07" in out and "\\x9b" in out and "\\u202e" in out
    assert "\\x1b[31mname.py" in out  # the skipped file's name, escaped
    # The same through --output (a file someone will `cat`).
    report = tmp_path / "report.txt"
    run(["scan", str(root), "--no-cache", "--jobs", "1", "--output", str(report)])
    capsys.readouterr()
    assert "\x1b" not in report.read_text(encoding="utf-8")


def test_verbose_stderr_lines_are_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path, None)
    (root / "\x1b]0;title\x07.py").write_text("def f(:\n", encoding="utf-8")
    code = run(["scan", str(root), "--no-cache", "--jobs", "1", "--verbose", "--format", "json"])
    err = capsys.readouterr().err
    assert code == EXIT_FINDINGS
    assert "\x1b" not in err and "\x07" not in err
    assert "skipped \\x1b]0;title\\x07.py: syntax error at line 1" in err


# ------------------------------------------------------------------------------ atomic output


def test_interrupted_write_leaves_the_old_report_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, None)
    out = tmp_path / "report.sarif"
    assert _scan_cli(root, "sarif", out, capsys) == EXIT_FINDINGS
    old = out.read_bytes()
    json.loads(old)

    real_fsync = os.fsync

    def interrupted(fd: int) -> None:  # the data is half on disk when the user presses Ctrl-C
        os.write(fd, b"{ half")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.os, "fsync", interrupted)
    (root / "more.py").write_text(GOOD.replace("leak", "leak_again"), encoding="utf-8")
    code = run(["scan", str(root), "--format", "sarif", "--output", str(out), "--no-cache", "--jobs", "1"])
    assert code == cli.EXIT_INTERRUPTED
    captured = capsys.readouterr()
    assert "interrupted" in captured.err, captured
    monkeypatch.setattr(cli.os, "fsync", real_fsync)
    assert out.read_bytes() == old, "the previous report must survive an interrupted write"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".report.sarif.")) == []


def test_failed_write_leaves_the_old_report_and_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, None)
    out = tmp_path / "baseline.json"
    out.write_text('{"old": true}\n')

    def disk_full(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", disk_full)
    code = run(["scan", str(root), "--format", "json", "--output", str(out), "--no-cache", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert err.strip() == f"auditor: error: cannot write output {out}: No space left on device"
    assert out.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_write_atomic_replaces_in_one_step_and_keeps_mode(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    out.write_text("old")
    out.chmod(0o640)
    cli.write_atomic(out, "new ✓")
    assert out.read_text(encoding="utf-8") == "new ✓"
    assert out.stat().st_mode & 0o777 == 0o640
    link = tmp_path / "link.json"
    link.symlink_to(out)
    cli.write_atomic(link, "through the link")
    assert link.is_symlink() and out.read_text() == "through the link"
    with pytest.raises(UsageError, match="is a directory"):
        cli.write_atomic(tmp_path, "x")
    with pytest.raises(UsageError, match="does not exist"):
        cli.write_atomic(tmp_path / "no" / "such" / "dir.json", "x")


def test_the_depth_check_measures_what_a_recursive_walk_does() -> None:
    """The pre-check's depth (over CPython's `ast`) is an inlined, iterative walk; it must give
    the depth a plain recursive walk over `ast.iter_child_nodes` gives."""
    import ast

    from auditor.parse import _ast_depth

    def reference(node: ast.AST) -> int:
        return max((1 + reference(c) for c in ast.iter_child_nodes(node)), default=0)

    programs = [
        "",
        "x = 1\n",
        "def f(a, *b, c=[1, [2, [3]]], **d):\n    return lambda y: lambda z: {k: v for k, v in z if v}\n",
        "class C(B, metaclass=M):\n    @dec(1)\n    async def g(self):\n        async with a as (b, c):\n            pass\n",
        "match p:\n    case {'k': [1, *rest]} if rest:\n        f'{p!r:>{w}}'\n",
        "x = " + " + ".join(["a"] * 300) + "\n",
        "try:\n    pass\nexcept* (E, F) as e:\n    raise X from e\n",
    ]
    for text in programs:
        tree = ast.parse(text)
        assert _ast_depth(tree) == reference(tree), text


def test_modules_that_star_import_themselves_or_each_other_are_scanned() -> None:
    """`from .file_ops import *` inside file_ops.py, and two modules importing * from each other
    (both seen in a real seller repository): looking a name up through them must end, not
    recurse until Python's stack runs out and the whole scan fails."""
    from auditor.testing import check_files

    files = {
        "helpers/__init__.py": "",
        "helpers/file_ops.py": "from .file_ops import *\nfrom .messages import *\n\ndef save(rows, fmt=DEFAULT_FORMAT):\n    return fmt\n",
        "helpers/messages.py": "from .file_ops import *\n\ndef warn(text, level=LEVEL):\n    print(text)  # expect: AMZ005\n",
        "app.py": (
            "from sp_api.api import Orders\nfrom helpers.file_ops import *\n"
            "order = Orders().get_order('1').payload\nwarn(order['BuyerEmail'])\nsave([order])\n"
        ),
    }
    assert check_files(files)  # exactly the marked finding (check_files asserts it), no crash


def test_an_internal_error_in_one_function_is_listed_and_the_scan_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug the analysis hits in one function ends that function's analysis, listed as
    incomplete with the error, not the whole scan: the other functions' findings are reported.
    (The test suite itself raises such errors: AUDITOR_RAISE_INTERNAL_ERRORS, set in conftest.)"""
    from auditor.options import ScanOptions
    from auditor.propagate import analyzer
    from auditor.scan import run_scan

    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text("def broken(x):\n    return x\n")
    real_run = analyzer.FunctionAnalyzer.run

    def run(self: analyzer.FunctionAnalyzer):  # type: ignore[no-untyped-def]
        if self.q == "bad.broken":
            raise RecursionError("maximum recursion depth exceeded")
        return real_run(self)

    monkeypatch.setattr(analyzer.FunctionAnalyzer, "run", run)
    monkeypatch.delenv("AUDITOR_RAISE_INTERNAL_ERRORS")
    result = run_scan(ScanOptions(paths=(tmp_path,), use_cache=False))
    assert [(f.rule_id, f.location.path) for f in result.findings] == [("AMZ005", "good.py")]
    assert [(i.path, i.function, i.reason) for i in result.incomplete] == [
        ("bad.py", "bad.broken", "internal error while analysing it (RecursionError: maximum recursion depth exceeded); please report it")
    ]
    monkeypatch.setenv("AUDITOR_RAISE_INTERNAL_ERRORS", "1")
    with pytest.raises(RecursionError):
        run_scan(ScanOptions(paths=(tmp_path,), use_cache=False))
