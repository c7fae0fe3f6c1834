"""read_source: every way a file can fail to be Python source, and the encodings it must honour."""

from __future__ import annotations

import codecs
import os
import socket
from pathlib import Path

import pytest

from auditor import source
from auditor.errors import EmptySourceError, SourceError
from auditor.source import read_source

LIMIT = 1_000_000


def reason(path: Path, max_bytes: int = LIMIT) -> str:
    with pytest.raises(SourceError) as info:
        read_source(path, max_bytes)
    return info.value.reason


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_plain_utf8(tmp_path: Path) -> None:
    p = write(tmp_path / "a.py", "email = 'é'\n".encode())
    assert read_source(p, LIMIT) == "email = 'é'\n"


def test_directory_named_like_a_module(tmp_path: Path) -> None:
    d = tmp_path / "x.py"
    d.mkdir()
    assert reason(d) == "is a directory, not a file"


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.py"
    link.symlink_to(tmp_path / "missing.py")
    r = reason(link)
    assert r.startswith("broken symlink")
    assert "missing.py" in r


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.symlink_to(b)
    b.symlink_to(a)
    assert reason(a).startswith("symlink loop")


def test_symlink_to_regular_file_is_read(tmp_path: Path) -> None:
    target = write(tmp_path / "real.py", b"x = 1\n")
    link = tmp_path / "link.py"
    link.symlink_to(target)
    assert read_source(link, LIMIT) == "x = 1\n"


def test_unreadable_file_with_chmod(tmp_path: Path) -> None:
    p = write(tmp_path / "secret.py", b"x = 1\n")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads (covered by the fake below)")
        assert reason(p).startswith("permission denied")
    finally:
        p.chmod(0o644)


def test_unreadable_file_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path / "secret.py", b"x = 1\n")
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == p:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(source.os, "open", fake_open)
    assert reason(p) == "permission denied: cannot open the file for reading"


def test_file_deleted_between_discovery_and_read(tmp_path: Path) -> None:
    p = write(tmp_path / "tmp.py", b"x = 1\n")
    p.unlink()
    assert reason(p) == "file disappeared during the scan"


def test_empty_file(tmp_path: Path) -> None:
    p = write(tmp_path / "__init__.py", b"")
    with pytest.raises(EmptySourceError) as info:
        read_source(p, LIMIT)
    assert info.value.reason == "empty file"
    assert isinstance(info.value, SourceError)


def test_over_the_limit(tmp_path: Path) -> None:
    p = write(tmp_path / "big.py", b"x = 1\n" * 100)
    assert reason(p, max_bytes=599) == "file is 600 bytes, over the 599-byte limit"


def test_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    p = write(tmp_path / "edge.py", b"x = 1\n" * 100)
    assert read_source(p, 600) == "x = 1\n" * 100


def test_single_ten_megabyte_line_is_just_big(tmp_path: Path) -> None:
    p = write(tmp_path / "line.py", b"x = '" + b"a" * 10_000_000 + b"'\n")
    assert reason(p, max_bytes=5_000_000) == "file is 10000007 bytes, over the 5000000-byte limit"
    assert len(read_source(p, 20_000_000)) == 10_000_007


def test_binary_file(tmp_path: Path) -> None:
    p = write(tmp_path / "blob.py", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert reason(p) == "contains NUL bytes: binary or corrupt"


def test_nul_in_otherwise_valid_text(tmp_path: Path) -> None:
    p = write(tmp_path / "nul.py", b"x = 1\n\x00\n")
    assert reason(p) == "contains NUL bytes: binary or corrupt"


def test_coding_cookie_on_line_one(tmp_path: Path) -> None:
    p = write(tmp_path / "latin.py", "# -*- coding: latin-1 -*-\nname = 'Müller'\n".encode("latin-1"))
    assert read_source(p, LIMIT) == "# -*- coding: latin-1 -*-\nname = 'Müller'\n"


def test_coding_cookie_on_line_two(tmp_path: Path) -> None:
    text = "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nprice = '€5'\n"
    p = write(tmp_path / "cp.py", text.encode("cp1252"))
    assert read_source(p, LIMIT) == text


def test_cookie_on_line_two_ignored_after_code_on_line_one(tmp_path: Path) -> None:
    # PEP 263: line 2 only counts if line 1 is a comment or blank; so this is UTF-8 and invalid.
    data = b"x = 1\n# coding: latin-1\ny = '\xe9'\n"
    p = write(tmp_path / "late.py", data)
    at = data.index(b"\xe9")
    assert reason(p) == f"not valid UTF-8 at byte {at} and no coding declaration"


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    p = write(tmp_path / "bom.py", codecs.BOM_UTF8 + "s = 'ü'\n".encode())
    assert read_source(p, LIMIT) == "s = 'ü'\n"


def test_bom_conflicting_with_cookie(tmp_path: Path) -> None:
    p = write(tmp_path / "both.py", codecs.BOM_UTF8 + b"# coding: latin-1\nx = 1\n")
    r = reason(p)
    assert "byte-order mark" in r and "latin-1" in r


def test_non_utf8_without_cookie(tmp_path: Path) -> None:
    data = "name = 'Müller'\n".encode("latin-1")
    p = write(tmp_path / "bad.py", data)
    assert reason(p) == "not valid UTF-8 at byte 9 and no coding declaration"


def test_non_utf8_on_line_one_without_cookie(tmp_path: Path) -> None:
    p = write(tmp_path / "bad1.py", b"# caf\xe9\nx = 1\n")
    assert reason(p) == "not valid UTF-8 at byte 5 and no coding declaration"


def test_non_utf8_after_bom_counts_bytes_from_file_start(tmp_path: Path) -> None:
    p = write(tmp_path / "bombad.py", codecs.BOM_UTF8 + b"x = '\xff'\n")
    assert reason(p) == "not valid UTF-8 at byte 8 and no coding declaration"


def test_unknown_codec_in_cookie(tmp_path: Path) -> None:
    p = write(tmp_path / "weird.py", b"# coding: klingon-8\nx = 1\n")
    r = reason(p)
    assert "klingon-8" in r and "unknown encoding" in r and "line 1" in r


def test_non_text_codec_in_cookie(tmp_path: Path) -> None:
    p = write(tmp_path / "hex.py", b"# coding: hex\nx = 1\n")
    assert "not a text encoding" in reason(p)


def test_bytes_invalid_for_declared_codec(tmp_path: Path) -> None:
    p = write(tmp_path / "ascii.py", b"# coding: ascii\nx = '\xc3\xa9'\n")
    r = reason(p)
    assert r.startswith("not valid ascii at byte 21") and "line 1" in r


def test_line_endings_are_kept(tmp_path: Path) -> None:
    p = write(tmp_path / "crlf.py", b"a = 1\r\nb = 2\rc = 3\n")
    assert read_source(p, LIMIT) == "a = 1\r\nb = 2\rc = 3\n"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    p = tmp_path / "pipe.py"
    os.mkfifo(p)
    assert reason(p) == "not a regular file (a named pipe)"


def test_socket_is_refused(tmp_path: Path) -> None:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets on this platform")
    p = tmp_path / "s.py"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(p))
    except OSError:
        pytest.skip("cannot bind a Unix socket here")
    try:
        assert reason(p).startswith("not a regular file")
    finally:
        sock.close()


def test_device_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert reason(Path("/dev/zero")) == "not a regular file (a device)"
