"""Same input, same bytes: whatever the hash seed, the worker count or the cache state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scan(seed: str, jobs: str, tmp: Path) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    out = tmp / f"out-{seed}-{jobs}.sarif"
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "scan", str(ROOT / "fixtures"), "--no-cache", "--jobs", jobs,
         "--format", "sarif", "--output", str(out)],
        env=env, capture_output=True, timeout=300,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    return out.read_bytes()


def test_output_is_byte_identical_across_hash_seeds_and_jobs(tmp_path: Path) -> None:
    first = _scan("1", "1", tmp_path)
    assert _scan("2", "2", tmp_path) == first
    assert _scan("12345", "2", tmp_path) == first
    assert first.count(b'"ruleId"') >= 89


def test_a_store_sink_is_named_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A subscript store into a shelf that may also be another library object (hunt53 c08:
    `self._db[key] = record`) is named by the type it is a sink of, not by whichever of the
    object's types came first in a set."""
    project = ROOT / "tests" / "data" / "shelve_cache"
    outs = []
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        proc = subprocess.run(
            [sys.executable, "-m", "auditor", "scan", str(project), "--no-cache", "--jobs", "1", "--format", "json"],
            env=env, capture_output=True, timeout=300,
        )
        assert proc.returncode == 1, proc.stderr.decode()
        outs.append(proc.stdout)
    assert all(o == outs[0] for o in outs)
    assert b"Shelf.__setitem__" in outs[0]
