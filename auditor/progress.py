"""The scan's progress bar: rich, on stderr, only on a terminal, only for scans longer than a moment.

`progress_reporter(enabled)` yields a callback for `run_scan(..., progress=...)`, or None when
disabled. Nothing is drawn until the scan has run for `DELAY` seconds, so quick scans print
nothing; the bar is transient (it disappears when the scan ends) and never touches stdout, so
reports piped or redirected stay clean.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DELAY = 0.75  # seconds before a bar appears
_CI_VARS = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION")
_LABELS = {
    "read": "Hashing files",
    "parse": "Parsing",
    "analyse": "Following data flows",
    "report": "Writing findings",
}


def progress_wanted(quiet: bool = False, stream: Any = None) -> bool:
    """A bar only on an interactive terminal, never with --quiet, in CI or with TERM=dumb."""
    if quiet:
        return False
    if any(os.environ.get(v) for v in _CI_VARS) or os.environ.get("TERM") == "dumb":
        return False
    stream = stream if stream is not None else sys.stderr
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Bar:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.progress: Any = None
        self.task: Any = None
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            if time.monotonic() - self.started < DELAY:
                return
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
        if stage != self.stage:
            if self.task is not None:
                self.progress.update(self.task, visible=False)
            self.stage = stage
            self.task = self.progress.add_task(_LABELS.get(stage, stage), total=total or None, completed=done)
        else:
            self.progress.update(self.task, completed=done, total=total or None)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@contextmanager
def progress_reporter(enabled: bool) -> Iterator[_Bar | None]:
    if not enabled:
        yield None
        return
    bar = _Bar()
    try:
        yield bar
    finally:
        bar.close()
