"""The built wheel carries the catalog and the report templates, and works outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.skip(f"could not build a wheel here: {proc.stderr.strip()[-300:]}")
    (whl,) = out.glob("*.whl")
    return whl


def test_wheel_contains_catalog_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"auditor/catalog/sinks.toml", "auditor/catalog/sources.toml", "auditor/catalog/world.toml"} <= names
    assert any(n.startswith("reports/templates/") and n.endswith(".j2") for n in names)
    assert not any(n.startswith("fixtures/") or n.startswith("tests/") for n in names)


def test_installed_wheel_scans_and_renders_html(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    demo = ROOT / "fixtures" / "demo"
    out = tmp_path / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "scan", str(demo), "--format", "html", "--output", str(out), "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr  # the demo has findings
    html = out.read_text(encoding="utf-8")
    assert "AMZ001" in html and "<svg" in html
    check = subprocess.run(
        [sys.executable, "-c", "import auditor, json; print(json.dumps(auditor.__file__))"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert json.loads(check.stdout).startswith(str(site)), "the wheel, not the checkout, was imported"
