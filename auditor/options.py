"""What a scan was asked to do: one frozen record built by the CLI (or a test) and read by every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ScanOptions:
    """Inputs of one scan. Paths are as given; the scan root is their common directory."""

    paths: tuple[Path, ...] = (Path("."),)
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache_dir: Path | None = None  # None: <root>/.auditor_cache
    use_cache: bool = True
    strict_consent: bool = False  # consent-gated flows become full findings
    fail_on: str = "low"
    max_file_bytes: int = 5_000_000  # larger files are skipped with a reason
    show_progress: bool = False
    # --- issue 4 (CI gate): configuration, suppressions, baseline -------------------------------
    config: Any = None  # auditor.config.Config; None: defaults (no file)
    baseline: Path | None = None  # accepted findings (auditor.baseline); None: no baseline
    apply_suppressions: bool = True  # honour `# auditor: ignore[...]` comments
