"""Pull-request mode: `auditor scan --diff-base REF` reports only the findings a change introduces.

The whole program is analysed twice: at the head (the working tree, as usual) and at the merge base
of HEAD and REF. The merge-base tree is read from git (`git ls-tree` + `git cat-file --batch`) into
a temporary directory; the working tree, the index and HEAD are never touched. Both analyses share
the summary cache (keyed by file content and relative path), so unchanged files are not parsed
again. Findings are compared with the baseline matcher (fingerprint, then location-free keys), so:

- a new flow that crosses files is reported even when the changed file holds neither the source nor
  the sink (the analysis is whole-program on both sides, unlike per-file diff scans);
- code that was only moved (to another line or file) or reformatted is not reported as new.

The same configuration (from the head) governs both sides, so a config change does not itself make
every finding "new". Suppressed or baselined findings at the base count as existing.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from auditor.baseline import entry_for, match
from auditor.errors import UsageError
from auditor.model import ScanResult
from auditor.options import ScanOptions

PY_SUFFIXES = (".py", ".pyw")


def _git(cwd: Path, *args: str, input: bytes | None = None) -> bytes:
    try:
        proc = subprocess.run(["git", "-C", str(cwd), *args], input=input, capture_output=True, timeout=600)
    except FileNotFoundError:
        raise UsageError("--diff-base needs git, which is not installed") from None
    except subprocess.SubprocessError as exc:
        raise UsageError(f"git {args[0]} failed: {exc}") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {' '.join(args[:2])} failed: {detail[-1] if detail else proc.returncode}")
    return proc.stdout


def merge_base(root: Path, ref: str) -> str:
    """The merge base of HEAD and `ref` (a UsageError when there is none)."""
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except UsageError:
        raise UsageError(f"--diff-base: {ref!r} is not a commit in this repository (fetch it first, e.g. 'git fetch origin main')") from None
    try:
        return _git(root, "merge-base", "HEAD", ref).decode().strip()
    except UsageError:
        raise UsageError(f"--diff-base: HEAD and {ref!r} have no common ancestor (a shallow clone? fetch with --depth=0)") from None


def export_tree(repo: Path, commit: str, prefixes: list[str], dest: Path) -> int:
    """Write the Python files of `commit` under `prefixes` (repo-relative POSIX) into `dest`."""
    listing = _git(repo, "ls-tree", "-r", "-z", "--full-tree", commit)
    wanted: list[tuple[str, str]] = []  # (blob sha, path)
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, sha = meta.split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if kind != b"blob" or mode == b"120000" or not path.endswith(PY_SUFFIXES):
            continue
        if prefixes and not any(p in ("", ".") or path == p or path.startswith(p.rstrip("/") + "/") for p in prefixes):
            continue
        wanted.append((sha.decode(), path))
    if not wanted:
        return 0
    batch = _git(repo, "cat-file", "--batch", input="".join(f"{sha}\n" for sha, _ in wanted).encode())
    pos = 0
    for _sha, path in wanted:
        header_end = batch.index(b"\n", pos)
        header = batch[pos:header_end].split()
        size = int(header[2])
        content = batch[header_end + 1 : header_end + 1 + size]
        pos = header_end + 1 + size + 1
        target = dest / path
        if os.path.commonpath([str(dest), str(target.resolve())]) != str(dest.resolve()):
            continue  # never write outside the temporary directory
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return len(wanted)


def run_diff_scan(options: ScanOptions, ref: str, head: ScanResult | None = None) -> ScanResult:
    """The head's scan result with only the findings that are not present at the merge base."""
    from auditor.scan import run_scan

    head = head if head is not None else run_scan(options)
    root = Path(head.root)
    toplevel = Path(_git(root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    base_commit = merge_base(root, ref)
    rels: list[str] = []
    for p in options.paths:
        absolute = Path(os.path.realpath(p))
        try:
            rels.append(absolute.relative_to(toplevel).as_posix())
        except ValueError:
            raise UsageError(f"--diff-base: {p} is not inside the git repository at {toplevel}") from None
    with tempfile.TemporaryDirectory(prefix="auditor-base-") as tmp:
        dest = Path(tmp).resolve()
        export_tree(toplevel, base_commit, rels, dest)
        base_paths = []
        for rel, given in zip(rels, options.paths, strict=True):
            target = dest / rel if rel not in ("", ".") else dest
            if Path(given).is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(b"")  # the file is new in this change
            base_paths.append(target)
        cache_dir = options.cache_dir or (root / ".auditor_cache")
        base_options = replace(options, paths=tuple(base_paths), baseline=None, cache_dir=cache_dir, show_progress=False)
        base = run_scan(base_options)
    existing = [entry_for(f) for f in base.findings] + [entry_for(s.finding) for s in base.suppressed]
    _matched, new, _gone = match(list(head.findings), existing)
    extra = dict(head.extra)
    extra.update(
        {
            "diff_base": ref,
            "merge_base": base_commit,
            "preexisting": str(len(head.findings) - len(new)),
        }
    )
    keep = {id(f) for f in new}
    return replace(head, findings=tuple(f for f in head.findings if id(f) in keep), extra=extra)
