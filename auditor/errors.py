"""Errors a user can act on. The command line prints their message on one line and exits 2.

Anything else that escapes is a bug in auditor (the CLI reports it as an internal error, exit 3).
"""

from __future__ import annotations


class AuditorError(Exception):
    """Base of the user-facing errors: the message says what is wrong and how to fix it."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(AuditorError):
    """The command line asked for something impossible (a path that does not exist, ...)."""


class ConfigError(AuditorError):
    """A configuration file or value is invalid."""


class SourceError(AuditorError):
    """One file cannot be read as Python source; `reason` says why, in words a user can act on.

    The scan turns this into a `Skipped` entry for that file; it never aborts the scan.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EmptySourceError(SourceError):
    """The file is empty (0 bytes). A subclass so callers may treat it as "nothing to analyse"."""

    def __init__(self, reason: str = "empty file") -> None:
        super().__init__(reason)
