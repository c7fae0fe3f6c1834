"""A cache of per-file facts keyed by content, so a re-scan parses only what changed.

Two kinds of entries live under one directory (`<root>/.auditor_cache` by default):

* per-file summaries: the pickled ir.Module of one file, named by a hash of the file's bytes, its
  path relative to the root (module names depend on it), the IR schema and a fingerprint of the
  code that produces the IR (auditor version plus the source of the lowering modules);
* whole-scan results: what the analysis concluded (findings before suppressions and baseline,
  incomplete functions, files skipped while parsing), named by a hash of every file's key, the
  catalog and the configuration, and a fingerprint of all of auditor's code. A re-scan where
  nothing changed reads one entry and parses nothing.

Every entry is written to a temporary file in the same directory and renamed into place, so two
scans running at once never see half an entry (the last rename wins; both write the same bytes).
Each entry starts with a header naming its kind and key; an entry that is missing, truncated,
unpicklable, of the wrong kind or for another key is ignored and rebuilt, never trusted.

Every version of every file gets its own entry, so the directory would only grow (in CI, where it
is kept between runs, without bound). A hit refreshes an entry's modification time, and once a day
a scan removes entries no scan has used for PRUNE_AFTER_DAYS, and temporary files a killed scan
left behind. A scan that loses an entry to a concurrent prune sees a miss and rebuilds it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

from auditor import __version__, ir

IR_SCHEMA = "ir-12"  # 3: function bodies kept pickled (ir.Function.code); 4: Loop.breaks; 5: ClassDef.aliases, .hidden; 6: If.failed_status; 7: Eval.cause; 8: Return.yields_from; 9: Def.class_kwargs; 10: f-string text unescaped; 11: integer literals keep their text; 12: `{x!r}` and `%r` lowered as repr(x), a `%` tuple item by item
_MAGIC = b"auditor-cache-1\n"
_PKG = Path(__file__).resolve().parent
# The modules whose code decides what a file's summary is.
_IR_CODE = ("ir.py", "lower.py", "parse.py", "source.py", "cache.py")
PRUNE_AFTER_DAYS = 30  # entries no scan has read or written for this long are removed
PRUNE_EVERY_SECONDS = 24 * 3600  # how often a scan looks for them (the time is kept in a marker file)
_MARKER = ".last-prune"


@cache
def code_fingerprint(which: str = "ir") -> str:
    """A hash of auditor's own code: "ir" for the lowering modules, "all" for everything (the
    analysis, the catalog data). A development checkout that edits the engine without bumping
    the version must not be served results computed by the old code."""
    h = hashlib.sha256(f"{__version__}\0{which}\0".encode())
    if which == "ir":
        paths = [_PKG / name for name in _IR_CODE]
    else:
        paths = sorted(p for p in _PKG.rglob("*") if p.suffix in (".py", ".toml") and p.is_file())
    for p in paths:
        try:
            h.update(p.relative_to(_PKG).as_posix().encode())
            h.update(b"\0")
            h.update(p.read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()


class SummaryCache:
    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self.ok = True
        self.hits = 0
        self.misses = 0

    # ------------------------------------------------------------------ keys
    def key(self, path: Path, relpath: str) -> str | None:
        """The key of one file's summary, or None if the file cannot be read."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return self.key_for_bytes(data, relpath)

    @staticmethod
    def key_for_bytes(data: bytes, relpath: str) -> str:
        h = hashlib.sha256()
        for part in (IR_SCHEMA, code_fingerprint("ir"), relpath):
            h.update(part.encode("utf-8", "surrogateescape"))
            h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    @staticmethod
    def result_key(file_keys: list[tuple[str, str | None]], context: str) -> str:
        """The key of a whole-scan result: every (relpath, file key), plus what else decides the
        findings (catalog, configuration, options) as `context` text."""
        h = hashlib.sha256(b"result\0")
        h.update(code_fingerprint("all").encode())
        h.update(b"\0")
        h.update(context.encode("utf-8", "surrogateescape"))
        for rel, key in file_keys:
            h.update(b"\0")
            h.update(rel.encode("utf-8", "surrogateescape"))
            h.update(b"=")
            h.update((key or "unreadable").encode())
        return h.hexdigest()

    # ------------------------------------------------------------------ storage
    def _file(self, key: str, kind: str = "f") -> Path:
        return self.dir / (key[:2] if kind == "f" else "results") / f"{key[2:] if kind == 'f' else key}.pickle"

    def _load(self, key: str, kind: str) -> Any:
        path = self._file(key, kind)
        try:
            with open(path, "rb") as fh:
                if fh.read(len(_MAGIC)) != _MAGIC:
                    return None
                header = fh.readline()
                if header != f"{kind}:{key}\n".encode():
                    return None
                obj = pickle.load(fh)
        except Exception:  # noqa: BLE001 - missing, corrupt or from another version: rebuild
            return None
        try:
            os.utime(path)  # used now: `prune` keeps it
        except OSError:
            pass  # a read-only cache still serves hits
        return obj

    def prune(self, now: float | None = None) -> int:
        """Remove entries unused for PRUNE_AFTER_DAYS and temporary files older than a day, at most
        once every PRUNE_EVERY_SECONDS (a marker file keeps the time). Returns how many files went.
        Errors (a read-only or vanished directory) leave the cache as it is."""
        now = time.time() if now is None else now
        marker = self.dir / _MARKER
        try:
            if now - marker.stat().st_mtime < PRUNE_EVERY_SECONDS:
                return 0
        except FileNotFoundError:
            pass
        except OSError:
            return 0
        try:
            marker.touch()
            os.utime(marker, (now, now))
        except OSError:
            return 0
        entry_cutoff = now - PRUNE_AFTER_DAYS * 24 * 3600
        tmp_cutoff = now - 24 * 3600
        removed = 0
        try:  # the top level too: the .gitignore is written through a temporary file there
            folders = [str(self.dir)] + [d.path for d in os.scandir(self.dir) if d.is_dir(follow_symlinks=False)]
        except OSError:
            return 0
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                name = entry.name
                if name.endswith(".pickle"):
                    cutoff = entry_cutoff
                elif name.startswith(".tmp-"):
                    cutoff = tmp_cutoff
                else:
                    continue  # not ours: leave it
                try:
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    continue
        return removed

    def _store(self, key: str, kind: str, obj: object) -> None:
        if not self.ok:
            return
        target = self._file(key, kind)
        tmp = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            gitignore = self.dir / ".gitignore"
            if not gitignore.exists():
                fd, gtmp = tempfile.mkstemp(dir=self.dir, prefix=".tmp-")
                with os.fdopen(fd, "w") as fh:
                    fh.write("*\n")
                os.replace(gtmp, gitignore)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC)
                fh.write(f"{kind}:{key}\n".encode())
                if isinstance(obj, bytes):  # already pickled (put_pickled)
                    fh.write(obj)
                else:
                    pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
            tmp = None
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            self.ok = False  # a read-only tree or a full disk: scan on without caching
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def get(self, key: str) -> ir.Module | None:
        obj = self._load(key, "f")
        if isinstance(obj, ir.Module):
            self.hits += 1
            return obj
        self.misses += 1
        return None

    def put(self, key: str, module: ir.Module) -> None:
        self._store(key, "f", module)

    def put_pickled(self, key: str, data: bytes) -> None:
        """put() for a module the caller already pickled (a worker sends the same bytes back)."""
        self._store(key, "f", data)

    def get_result(self, key: str) -> dict[str, Any] | None:
        obj = self._load(key, "r")
        return obj if isinstance(obj, dict) and obj.get("key") == key else None

    def put_result(self, key: str, result: dict[str, Any]) -> None:
        self._store(key, "r", {**result, "key": key})
