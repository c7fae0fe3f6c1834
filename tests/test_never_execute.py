"""The scanner never imports or runs the code it audits, and never touches the network.

The fixture project below would, if imported or executed in any way (import, exec, a .pth-style
hook, a `__init__` side effect, a class body, a default argument, a decorator, a metaclass, an
`if __name__ == "__main__"` block), write a marker file, open a socket and print. Scanning it must
do none of these: the marker is absent, socket creation raises during the scan and is never
attempted, and nothing the fixture prints reaches stdout.
"""

from __future__ import annotations

import builtins
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import EXIT_FINDINGS, run
from auditor.options import ScanOptions
from auditor.scan import run_scan

PRINTED = "EXECUTED-AUDITED-CODE"


def _payload(marker: Path, where: str) -> str:
    return (
        f"open({str(marker)!r} + {where!r}, 'w').write('ran')\n"
        "import socket as _s\n"
        "_s.create_connection(('buyer-data.example', 443))\n"
        f"print({PRINTED!r})\n"
    )


def make_hostile_project(root: Path, marker: Path) -> None:
    pkg = root / "pkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(_payload(marker, ".init"))
    (root / "conftest.py").write_text(_payload(marker, ".conftest"))
    (root / "setup.py").write_text(_payload(marker, ".setup"))
    (root / "sitecustomize.py").write_text(_payload(marker, ".sitecustomize"))
    body = _payload(marker, ".body").replace("\n", "\n    ")
    (pkg / "mod.py").write_text(
        _payload(marker, ".module")
        + "\n\ndef side_effect():\n    " + body + "\n"
        + "class Meta(type):\n    def __new__(mcs, *a):\n        " + _payload(marker, ".meta").replace("\n", "\n        ") + "\n"
        + "        return super().__new__(mcs, *a)\n\n"
        + "class Model(metaclass=Meta):\n    " + body + "\n"
        + "def deco(f):\n    side_effect()\n    return f\n\n"
        + "@deco\ndef handler(x=side_effect()):\n    return x\n\n"
        + "exec(compile(" + repr(_payload(marker, ".exec")) + ", 'x', 'exec'))\n"
        + "__import__('pkg.other')\n"
        + "if __name__ == '__main__':\n    " + body + "\n"
    )
    (pkg / "other.py").write_text(
        _payload(marker, ".other")
        + "from sp_api.api import Orders\n\n\n"
        + "def leak(order_id):\n"
        + "    info = Orders().get_order_buyer_info(order_id).payload\n"
        + "    print(info['BuyerEmail'])\n"
    )
    (pkg / "__main__.py").write_text(_payload(marker, ".main"))
    (root / "usercustomize.pth").write_text("import pkg.mod\n")


def _markers(marker: Path) -> list[Path]:
    return sorted(marker.parent.glob(marker.name + "*"))


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "proj"
    marker = tmp_path / "MARKER"
    make_hostile_project(root, marker)
    return root, marker


def test_the_fixture_really_is_hostile(hostile: tuple[Path, Path], tmp_path: Path) -> None:
    """Sanity check of the fixture itself: running one of its files does write the marker."""
    root, marker = hostile
    proc = subprocess.run(
        [sys.executable, "-c", (root / "setup.py").read_text().split("import socket")[0]],
        capture_output=True, text=True, timeout=30, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert _markers(marker) == [Path(str(marker) + ".setup")]
    Path(str(marker) + ".setup").unlink()


def _forbid_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"socket{args}")
            raise OSError("sockets are forbidden during a scan")

    def no_connection(*args, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append(f"create_connection{args}")
        raise OSError("connections are forbidden during a scan")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    return attempts


@pytest.mark.parametrize("jobs", [1, 4])
def test_scanning_executes_nothing(
    hostile: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    root, marker = hostile
    if jobs > 1:  # enough files for the worker-process pool
        for i in range(30):
            (root / f"filler_{i:02d}.py").write_text(_payload(marker, f".filler{i}"))
    attempts = _forbid_sockets(monkeypatch)
    modules_before = set(sys.modules)
    real_import = builtins.__import__
    imported: list[str] = []

    def watch_import(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.split(".")[0] in {"pkg", "conftest", "setup", "sitecustomize", "sp_api"}:
            imported.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", watch_import)
    monkeypatch.chdir(root)  # even with the project on the current directory
    monkeypatch.syspath_prepend(str(root))
    result = run_scan(ScanOptions(paths=(root,), jobs=jobs, use_cache=False))
    captured = capsys.readouterr()
    assert PRINTED not in captured.out and PRINTED not in captured.err
    assert _markers(marker) == []
    assert attempts == []
    assert imported == []
    assert not {m for m in set(sys.modules) - modules_before if m.split(".")[0] in {"pkg", "setup", "sp_api"}}
    # ...and it still analysed the code statically.
    assert {(f.rule_id, f.location.path) for f in result.findings} >= {("AMZ005", "pkg/other.py")}
    assert result.skipped == ()


def test_cli_scan_executes_nothing(
    hostile: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, marker = hostile
    attempts = _forbid_sockets(monkeypatch)
    from auditor.cli import available_formats

    for fmt in available_formats():
        code = run(["scan", str(root), "--format", fmt, "--no-cache", "--jobs", "1", "--output", str(root.parent / f"r.{fmt}")])
        captured = capsys.readouterr()
        assert code == EXIT_FINDINGS, captured.err
        assert PRINTED not in captured.out
    assert _markers(marker) == []
    assert attempts == []
    doc = json.loads((root.parent / "r.json").read_text())
    assert any(f["location"]["path"] == "pkg/other.py" for f in doc["findings"])


def test_cli_subprocess_with_the_project_as_cwd(hostile: tuple[Path, Path]) -> None:
    """A real `python -m auditor scan .` run inside the hostile project: its conftest.py,
    sitecustomize.py and .pth file sit on the working directory, and still nothing runs."""
    root, marker = hostile
    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "scan", ".", "--no-cache", "--format", "json"],
        cwd=root, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert proc.returncode == EXIT_FINDINGS, proc.stderr
    assert PRINTED not in proc.stdout and PRINTED not in proc.stderr
    assert _markers(marker) == []
    json.loads(proc.stdout)


def test_suite_blocks_non_loopback_network() -> None:
    """The autouse fixture in conftest.py: any scan in the suite runs with the network blocked."""
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("example.com", 80), timeout=1)
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("example.com", 80)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match="blocked"):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()


def test_suite_keeps_loopback_working() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        conn, _ = server.accept()
        client.sendall(b"ok")
        assert conn.recv(2) == b"ok"
        conn.close()
        client.close()
        assert socket.getaddrinfo("localhost", port)
    finally:
        server.close()
