"""Reading one Python file safely: its bytes, bounded, decoded as Python itself would decode them.

`read_source` never executes or imports anything. It either returns the text exactly as decoded
(line endings untouched: libcst handles CRLF and lone CR; a UTF-8 byte-order mark is removed) or
raises `SourceError` whose `reason` tells the user what is wrong with the file and how to act.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
import tokenize
from pathlib import Path

from auditor.errors import EmptySourceError, SourceError

_BOM = codecs.BOM_UTF8
# PEP 263, as the tokenizer applies it: a comment line holding "coding[:=] name".
_COOKIE_RE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_RE = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")

_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


def read_source(path: Path, max_bytes: int) -> str:
    """Return the decoded text of the Python file at `path`, or raise `SourceError` saying why not.

    Files over `max_bytes` bytes, empty files (`EmptySourceError`), binary files and files whose
    bytes do not match their declared (or the default UTF-8) encoding are refused.
    """
    data = _read_bytes(Path(path), max_bytes)
    if not data:
        raise EmptySourceError("empty file")
    if b"\x00" in data:
        raise SourceError("contains NUL bytes: binary or corrupt")
    return _decode(data)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO must not hang; it is then refused by the fstat check below.
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise SourceError(_missing_reason(path)) from None
    except PermissionError:
        raise SourceError("permission denied: cannot open the file for reading") from None
    except OSError as exc:
        raise SourceError(_open_error_reason(path, exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SourceError(not_regular_reason(st.st_mode))
        if st.st_size > max_bytes:
            raise SourceError(f"file is {st.st_size} bytes, over the {max_bytes}-byte limit")
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb", closefd=True) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # it grew after fstat
        raise SourceError(f"file grew past the {max_bytes}-byte limit while being read")
    return data


def _missing_reason(path: Path) -> str:
    if os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            return "broken symlink: its target does not exist"
        return f"broken symlink: target {target} does not exist"
    return "file disappeared during the scan"


def _open_error_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link never reaches a file"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a file"
    if exc.errno == errno.ENXIO:
        return "not a regular file (a socket or device)"
    return f"cannot open the file: {exc.strerror or exc}"


def not_regular_reason(mode: int) -> str:
    """Why a file of this `st_mode` is not scanned, in words (shared with discovery)."""
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    return "not a regular file"


def _decode(data: bytes) -> str:
    has_bom = data.startswith(_BOM)
    codec = _resolve_encoding(data)
    body, offset = (data[len(_BOM) :], len(_BOM)) if has_bom else (data, 0)
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        at = exc.start + offset
        cookie = _find_cookie(data)
        if cookie is None:
            raise SourceError(f"not valid UTF-8 at byte {at} and no coding declaration") from None
        name, line = cookie
        raise SourceError(
            f"not valid {name} at byte {at}, although line {line} declares that encoding"
        ) from None


def _resolve_encoding(data: bytes) -> str:
    """The codec to decode `data` with, following PEP 263 exactly as `tokenize` does."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        cookie = _find_cookie(data)
        if cookie is None:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as err:
                raise SourceError(f"not valid UTF-8 at byte {err.start} and no coding declaration") from None
            raise SourceError(f"invalid coding declaration: {exc.msg}") from None
        name, line = cookie
        try:
            info = codecs.lookup(name)
        except LookupError:
            raise SourceError(f"unknown encoding {name!r} in the coding declaration on line {line}") from None
        if not getattr(info, "_is_text_encoding", True):
            raise SourceError(
                f"coding declaration on line {line} names {name!r}, which is not a text encoding"
            ) from None
        if data.startswith(_BOM) and info.name != "utf-8":
            raise SourceError(
                f"UTF-8 byte-order mark conflicts with the coding declaration {name!r} on line {line}"
            ) from None
        # A valid declaration on a line that is itself not UTF-8 (tokenize is stricter than Python).
        return info.name
    cookie = _find_cookie(data)
    if cookie is not None and not getattr(codecs.lookup(encoding), "_is_text_encoding", True):
        name, line = cookie
        raise SourceError(f"coding declaration on line {line} names {name!r}, which is not a text encoding")
    return "utf-8" if encoding == "utf-8-sig" else encoding


def _find_cookie(data: bytes) -> tuple[str, int] | None:
    """The coding declaration as the tokenizer sees it: (codec name, line number) or None."""
    lines = data.splitlines(keepends=True)[:2]
    for number, raw in enumerate(lines, start=1):
        line = raw[len(_BOM) :] if number == 1 and raw.startswith(_BOM) else raw
        match = _COOKIE_RE.match(line)
        if match:
            return match.group(1).decode("ascii", "replace"), number
        if not _BLANK_RE.match(line):  # line 2 counts only after a blank or comment line 1
            return None
    return None
