"""Which files to scan: the Python files under the given paths, in a deterministic order.

Directories are walked with `os.scandir` without following directory symlinks, so a link loop can
never make the walk recurse. A symlinked *file* is scanned (under the link's own path) when its
target is a regular file; broken links, link loops and links to directories are reported as
`Skipped` with a reason, as are unreadable directories and non-regular `.py` entries.
Nothing is read or imported here beyond directory listings and `stat`.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import UsageError
from auditor.model import Skipped
from auditor.source import not_regular_reason

PYTHON_SUFFIXES: frozenset[str] = frozenset({".py", ".pyw"})

# Directory names never walked (glob patterns allowed). Explicitly given paths are always walked.
# Any directory holding a `pyvenv.cfg` (a virtual environment, whatever its name, e.g. `env`) is
# skipped as well.
DEFAULT_EXCLUDED_DIRS: frozenset[str] = frozenset(
    {
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
        "*.egg-info",
    }
)

_VENV_MARKER = "pyvenv.cfg"


@dataclass(frozen=True, slots=True)
class Discovery:
    """The outcome of discovery.

    root: the resolved common directory of the given paths (a single file's parent).
    files: absolute paths, sorted by their POSIX path relative to root.
    skipped: entries that could not be considered, with POSIX paths relative to root.
    """

    root: Path
    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]

    def relative(self, path: Path) -> str:
        """`path` (one of `files`) as a POSIX path relative to `root`."""
        return _relative(path, self.root)


def discover(paths: Sequence[Path], *, exclude_dirs: frozenset[str] = DEFAULT_EXCLUDED_DIRS) -> Discovery:
    """Find the Python files under `paths` (files or directories).

    Raises `UsageError` if a path does not exist or no path is given.
    """
    if not paths:
        raise UsageError("no path to scan")
    starts: list[tuple[Path, bool]] = []  # (absolute path, is a directory)
    for given in paths:
        starts.append(_start(Path(given)))
    dirs = [p if is_dir else p.parent for p, is_dir in starts]
    root = Path(os.path.commonpath([str(d) for d in dirs]))

    walker = _Walker(root, _Excluder(exclude_dirs))
    for path, is_dir in starts:
        if is_dir:
            walker.walk(path)
        else:
            walker.add_given_file(path)
    files = sorted(walker.files.values(), key=lambda p: _relative(p, root))
    skipped = sorted(walker.skipped.values(), key=lambda s: (s.path, s.reason))
    return Discovery(root=root, files=tuple(files), skipped=tuple(skipped))


def _start(given: Path) -> tuple[Path, bool]:
    """Resolve one given path: directories fully, files by their parent (a linked file keeps its name)."""
    absolute = Path(os.path.abspath(given))
    if not os.path.lexists(absolute):
        raise UsageError(f"path does not exist: {given}")
    if not absolute.exists():
        try:
            target = os.readlink(absolute)
        except OSError:
            target = "?"
        raise UsageError(f"path does not exist: {given} (broken symlink to {target})")
    if absolute.is_dir():
        return absolute.resolve(), True
    return absolute.parent.resolve() / absolute.name, False


def _relative(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path.as_posix()
    text = rel.as_posix()
    return text if text else "."


class _Excluder:
    def __init__(self, patterns: frozenset[str]) -> None:
        self.names = frozenset(p for p in patterns if not _is_glob(p))
        self.globs = tuple(sorted(p for p in patterns if _is_glob(p)))

    def excluded(self, name: str, path: str) -> bool:
        if name in self.names or any(fnmatch.fnmatchcase(name, g) for g in self.globs):
            return True
        return os.path.isfile(os.path.join(path, _VENV_MARKER))


def _is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


class _Walker:
    def __init__(self, root: Path, excluder: _Excluder) -> None:
        self.root = root
        self.excluder = excluder
        self.files: dict[str, Path] = {}
        self.skipped: dict[str, Skipped] = {}
        self.walked: set[str] = set()

    def rel(self, path: str | Path) -> str:
        return _relative(Path(path), self.root)

    def skip(self, path: str | Path, reason: str) -> None:
        rel = self.rel(path)
        self.skipped.setdefault(rel, Skipped(path=rel, reason=reason))

    def add_file(self, path: str | Path) -> None:
        p = Path(path)
        self.files.setdefault(self.rel(p), p)

    def add_given_file(self, path: Path) -> None:
        """An explicitly named file is scanned whatever its suffix, if it is a regular file."""
        try:
            st = os.stat(path)
        except OSError as exc:
            self.skip(path, _link_error_reason(path, exc))
            return
        if stat.S_ISREG(st.st_mode):
            self.add_file(path)
        else:
            self.skip(path, not_regular_reason(st.st_mode))

    def walk(self, top: Path) -> None:
        stack = [str(top)]
        while stack:
            directory = stack.pop()
            if directory in self.walked:
                continue
            self.walked.add(directory)
            try:
                with os.scandir(directory) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except PermissionError:
                self.skip(directory, "directory not readable: permission denied")
                continue
            except OSError as exc:
                self.skip(directory, f"directory not readable: {exc.strerror or exc}")
                continue
            subdirs: list[str] = []
            for entry in entries:
                subdir = self.visit(entry)
                if subdir is not None:
                    subdirs.append(subdir)
            stack.extend(reversed(subdirs))

    def visit(self, entry: os.DirEntry[str]) -> str | None:
        """Handle one directory entry; return it if it is a directory to walk."""
        name = entry.name
        is_python = os.path.splitext(name)[1] in PYTHON_SUFFIXES
        try:
            if entry.is_symlink():
                self.visit_link(entry, is_python)
                return None
            if entry.is_dir(follow_symlinks=False):  # includes a directory named x.py
                return None if self.excluder.excluded(name, entry.path) else entry.path
            if not is_python:
                return None
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as exc:
            if is_python:
                self.skip(entry.path, f"cannot access: {exc.strerror or exc}")
            return None
        if stat.S_ISREG(mode):
            self.add_file(entry.path)
        else:
            self.skip(entry.path, not_regular_reason(mode))
        return None

    def visit_link(self, entry: os.DirEntry[str], is_python: bool) -> None:
        try:
            st = os.stat(entry.path)
        except OSError as exc:
            if is_python:  # a dangling link without .py could be anything; stay quiet about it
                self.skip(entry.path, _link_error_reason(Path(entry.path), exc))
            return
        if stat.S_ISDIR(st.st_mode):
            if not self.excluder.excluded(entry.name, entry.path):
                self.skip(entry.path, "symlink to a directory, not followed")
        elif is_python:
            if stat.S_ISREG(st.st_mode):
                self.add_file(entry.path)
            else:
                self.skip(entry.path, "symlink to something that is " + not_regular_reason(st.st_mode))


def _link_error_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link never reaches a file"
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            try:
                return f"broken symlink: target {os.readlink(path)} does not exist"
            except OSError:
                return "broken symlink: its target does not exist"
        return "file disappeared during the scan"
    if isinstance(exc, PermissionError):
        return "permission denied: cannot reach the file"
    return f"cannot access: {exc.strerror or exc}"
