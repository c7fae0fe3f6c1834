"""discover: which files a scan reads, in which order, and what it reports as skipped."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from auditor import discover as discover_module
from auditor.discover import DEFAULT_EXCLUDED_DIRS, Discovery, discover
from auditor.errors import UsageError


def touch(root: Path, *rels: str, text: str = "x = 1\n") -> None:
    for rel in rels:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def rels(d: Discovery) -> list[str]:
    return [p.relative_to(d.root).as_posix() for p in d.files]


def skipped(d: Discovery) -> dict[str, str]:
    return {s.path: s.reason for s in d.skipped}


def test_nested_packages_sorted_and_absolute(tmp_path: Path) -> None:
    touch(tmp_path, "pkg/__init__.py", "pkg/sub/mod.py", "pkg/sub/__init__.py", "a.py", "tool.pyw", "z.py")
    touch(tmp_path, "README.md", "pkg/data.json", "stubs.pyi", "pkg/mod.pyc")
    d = discover([tmp_path])
    assert d.root == tmp_path.resolve()
    assert rels(d) == ["a.py", "pkg/__init__.py", "pkg/sub/__init__.py", "pkg/sub/mod.py", "tool.pyw", "z.py"]
    assert all(p.is_absolute() for p in d.files)
    assert d.skipped == ()


def test_order_is_sorted_by_relative_posix_path_and_deterministic(tmp_path: Path) -> None:
    names = [f"d{random.randint(0, 9)}/m{i}.py" for i in range(40)] + ["a-b.py", "a/b.py", "A.py", "_x.py"]
    touch(tmp_path, *names)
    first = discover([tmp_path])
    assert rels(first) == sorted(rels(first))
    assert rels(first) == sorted(set(names))
    assert discover([tmp_path]) == first


def test_default_excluded_dirs(tmp_path: Path) -> None:
    excluded = [
        ".git",
        ".hg",
        ".svn",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        "node_modules",
        "site-packages",
        ".mypy_cache",
        ".pytest_cache",
        ".auditor_cache",
        "build",
        "dist",
        "my_pkg.egg-info",
    ]
    for name in excluded:
        touch(tmp_path, f"{name}/hidden.py", f"src/{name}/deep.py")
    touch(tmp_path, "src/app.py")
    d = discover([tmp_path])
    assert rels(d) == ["src/app.py"]
    assert d.skipped == ()  # exclusions are silent


def test_env_dir_excluded_only_if_it_is_a_venv(tmp_path: Path) -> None:
    touch(tmp_path, "proj/env/settings.py", "venvs/env/lib/x.py", "custom-venv/bin/activate_this.py")
    touch(tmp_path, "venvs/env/pyvenv.cfg", "custom-venv/pyvenv.cfg", text="home = /usr/bin\n")
    d = discover([tmp_path])
    assert rels(d) == ["proj/env/settings.py"]


def test_explicit_path_is_walked_even_if_its_name_is_excluded(tmp_path: Path) -> None:
    touch(tmp_path, "build/gen.py", "build/__pycache__/c.py")
    d = discover([tmp_path / "build"])
    assert d.root == (tmp_path / "build").resolve()
    assert rels(d) == ["gen.py"]


def test_custom_exclude_dirs(tmp_path: Path) -> None:
    touch(tmp_path, "vendor/lib.py", "build/gen.py", "app.py", "gen_out/x.py")
    d = discover([tmp_path], exclude_dirs=frozenset({"vendor", "gen_*"}))
    assert rels(d) == ["app.py", "build/gen.py"]
    assert "vendor" not in DEFAULT_EXCLUDED_DIRS


def test_directory_named_like_a_module_is_walked(tmp_path: Path) -> None:
    touch(tmp_path, "x.py/inner.py", "y.py")
    d = discover([tmp_path])
    assert rels(d) == ["x.py/inner.py", "y.py"]
    assert d.skipped == ()
    given = discover([tmp_path / "x.py"])
    assert given.root == (tmp_path / "x.py").resolve()
    assert rels(given) == ["inner.py"]


def test_symlink_loops_cannot_recurse(tmp_path: Path) -> None:
    touch(tmp_path, "pkg/mod.py")
    (tmp_path / "pkg" / "again").symlink_to(tmp_path)  # directory loop
    (tmp_path / "pkg" / "self").symlink_to(".")
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.symlink_to(b)
    b.symlink_to(a)  # file-link loop
    d = discover([tmp_path])
    assert rels(d) == ["pkg/mod.py"]
    s = skipped(d)
    assert s["a.py"].startswith("symlink loop")
    assert s["b.py"].startswith("symlink loop")
    assert s["pkg/again"] == "symlink to a directory, not followed"
    assert s["pkg/self"] == "symlink to a directory, not followed"


def test_broken_symlink_is_skipped_with_its_target(tmp_path: Path) -> None:
    touch(tmp_path, "ok.py")
    (tmp_path / "dangling.py").symlink_to(tmp_path / "nowhere.py")
    (tmp_path / "dangling_data").symlink_to(tmp_path / "nowhere")  # not Python: ignored
    d = discover([tmp_path])
    assert rels(d) == ["ok.py"]
    assert list(skipped(d)) == ["dangling.py"]
    assert skipped(d)["dangling.py"].startswith("broken symlink")
    assert "nowhere.py" in skipped(d)["dangling.py"]


def test_symlinked_file_is_followed_under_its_own_name(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    touch(outside, "real.py")
    proj = tmp_path / "proj"
    touch(proj, "main.py")
    (proj / "linked.py").symlink_to(outside / "real.py")
    d = discover([proj])
    assert rels(d) == ["linked.py", "main.py"]
    assert d.files[0] == proj.resolve() / "linked.py"


def test_symlink_to_a_fifo_is_skipped(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "p.py").symlink_to(tmp_path / "pipe")
    os.mkfifo(tmp_path / "direct.py")
    d = discover([tmp_path])
    assert d.files == ()
    assert skipped(d)["p.py"].startswith("symlink to something that is not a regular file")
    assert skipped(d)["direct.py"] == "not a regular file (a named pipe)"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        discover([tmp_path / "nope"])
    assert str(info.value) == f"path does not exist: {tmp_path / 'nope'}"


def test_given_broken_symlink_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "l.py").symlink_to(tmp_path / "t.py")
    with pytest.raises(UsageError, match="path does not exist: .*broken symlink"):
        discover([tmp_path / "l.py"])


def test_no_paths_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        discover([])


def test_single_file_root_is_its_parent(tmp_path: Path) -> None:
    touch(tmp_path, "pkg/mod.py")
    d = discover([tmp_path / "pkg" / "mod.py"])
    assert d.root == (tmp_path / "pkg").resolve()
    assert rels(d) == ["mod.py"]
    assert d.relative(d.files[0]) == "mod.py"


def test_explicit_file_is_scanned_whatever_its_suffix(tmp_path: Path) -> None:
    touch(tmp_path, "bin/tool")
    d = discover([tmp_path / "bin" / "tool"])
    assert rels(d) == ["tool"]


def test_several_paths_common_root_and_no_duplicates(tmp_path: Path) -> None:
    touch(tmp_path, "a/one.py", "a/sub/two.py", "b/three.py")
    d = discover([tmp_path / "a" / "sub", tmp_path / "b" / "three.py", tmp_path / "a", tmp_path / "a/one.py"])
    assert d.root == tmp_path.resolve()
    assert rels(d) == ["a/one.py", "a/sub/two.py", "b/three.py"]


def test_relative_paths_are_resolved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path, "src/m.py")
    monkeypatch.chdir(tmp_path / "src")
    d = discover([Path(".")])
    assert d.root == (tmp_path / "src").resolve()
    assert d.files == ((tmp_path / "src").resolve() / "m.py",)
    d2 = discover([Path("../src/m.py")])
    assert d2.root == (tmp_path / "src").resolve()


def test_unreadable_directory_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path, "ok.py", "locked/inner.py")
    locked = str(tmp_path.resolve() / "locked")
    real_scandir = os.scandir

    def fake_scandir(path):  # type: ignore[no-untyped-def]
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", fake_scandir)
    d = discover([tmp_path])
    assert rels(d) == ["ok.py"]
    assert skipped(d) == {"locked": "directory not readable: permission denied"}


def test_unreadable_directory_with_chmod(tmp_path: Path) -> None:
    touch(tmp_path, "ok.py", "locked/inner.py")
    locked = tmp_path / "locked"
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads (covered by the fake)")
        d = discover([tmp_path])
        assert rels(d) == ["ok.py"]
        assert skipped(d) == {"locked": "directory not readable: permission denied"}
    finally:
        locked.chmod(0o755)


def test_skipped_paths_are_posix_relative_to_root(tmp_path: Path) -> None:
    touch(tmp_path, "deep/er/ok.py")
    (tmp_path / "deep" / "er" / "gone.py").symlink_to(tmp_path / "missing.py")
    d = discover([tmp_path])
    assert list(skipped(d)) == ["deep/er/gone.py"]
