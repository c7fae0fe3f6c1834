"""A cache of per-file facts keyed by content, so a re-scan parses only what changed.

Entries are pickled ir.Module records named by a hash of the file's bytes, its path relative to
the root (module names depend on it), the auditor version and the IR schema version. Writes go
to a temporary file and are renamed into place, so concurrent scans never see half an entry; an
entry that fails to load is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from auditor import __version__, ir

IR_SCHEMA = "ir-1"


class SummaryCache:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.ok = True

    def key(self, path: Path, relpath: str) -> str | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        h = hashlib.sha256()
        for part in (IR_SCHEMA, __version__, relpath):
            h.update(part.encode("utf-8", "surrogateescape"))
            h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key[2:]}.pickle"

    def get(self, key: str) -> ir.Module | None:
        try:
            with open(self._file(key), "rb") as fh:
                obj = pickle.load(fh)
        except Exception:  # noqa: BLE001 - missing, corrupt or from another version: rebuild
            return None
        return obj if isinstance(obj, ir.Module) else None

    def put(self, key: str, module: ir.Module) -> None:
        if not self.ok:
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            gitignore = self.dir / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n")
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(module, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except OSError:
            self.ok = False  # a read-only tree: scan on without caching
