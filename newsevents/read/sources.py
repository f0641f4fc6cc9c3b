"""Where bytes come from: paths, folders, globs, stdin; compression; decoding.

Everything streams: files are opened one at a time and read line by line with a cap on line
length, so a 50 MB line or a huge archive never sits in memory whole.
"""

from __future__ import annotations

import bz2
import glob
import gzip
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

MAX_LINE = 4 * 1024 * 1024  # bytes: longer lines are rejected, not loaded
MAGIC = {b"\x1f\x8b": "gz", b"BZh": "bz2", b"\x28\xb5\x2f\xfd": "zst"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


class SourceError(Exception):
    """A whole source cannot be read; `reason` is the rejects-table code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files in a deterministic order: folders recursively (sorted), globs expanded; a path
    that matches nothing is yielded as is so the reader can report it."""
    for path, skip in walk_paths(paths):
        if skip is None:
            yield path


def walk_paths(paths: list[str]) -> Iterator[tuple[str, tuple[str, str] | None]]:
    """(path, None) for every file to read, in a deterministic order, and (path, (reason,
    detail)) for every input skipped: hidden files and folders, system files, folders that
    cannot be listed. Every skip becomes a reject row, so nothing is left out silently."""
    for path in paths:
        if path == "-":
            yield path, None
        elif os.path.isdir(path):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(path, followlinks=False, onerror=errors.append):
                for error in errors:
                    yield str(error.filename or root), ("unreadable", f"cannot list folder {error.filename}: "
                                                        f"{error.strerror}; check permissions")
                errors.clear()
                for d in sorted(d for d in dirs if d.startswith(".")):
                    yield os.path.join(root, d), ("skipped-hidden", "hidden folder (name starts with a dot) "
                                                  "not read; name it on the command line to read it")
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name in SKIP_NAMES or name.startswith("."):
                        yield os.path.join(root, name), ("skipped-hidden", "hidden or system file not read; "
                                                         "name it on the command line to read it")
                    else:
                        yield os.path.join(root, name), None
            for error in errors:
                yield str(error.filename or path), ("unreadable", f"cannot list folder {error.filename}: "
                                                    f"{error.strerror}; check permissions")
        elif any(ch in path for ch in "*?[") and not os.path.exists(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path, None
            for match in matches:
                yield from walk_paths([match]) if os.path.isdir(match) else [(match, None)]
        else:
            yield path, None


def open_binary(path: str) -> BinaryIO:
    """Open a file or stdin for reading, decompressing .gz/.bz2/.zst by magic bytes."""
    if path == "-":
        raw: BinaryIO = io.BufferedReader(sys.stdin.buffer)  # type: ignore[arg-type]
    else:
        p = Path(path)
        if not p.exists():
            kind = "broken symbolic link" if p.is_symlink() else "no such file or folder"
            raise SourceError("not-found" if not p.is_symlink() else "unreadable",
                              f"{path}: {kind}; check the path")
        if p.is_dir():
            raise SourceError("unreadable", f"{path} is a folder where a file was expected")
        try:
            raw = open(p, "rb")  # noqa: SIM115 - closed by the caller
        except OSError as exc:
            raise SourceError("unreadable", f"cannot open {path}: {exc.strerror}; check permissions") from exc
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            if kind == "gz":
                return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
            if kind == "bz2":
                return bz2.BZ2File(raw)  # type: ignore[return-value]
            return io.BufferedReader(ZstdReader(raw))  # type: ignore[return-value]
    return raw


class ZstdReader(io.RawIOBase):
    """A .zst stream that says when it is cut short: zstandard's stream_reader returns a
    quiet end of file on a truncated frame, which lost the damage (and the last record
    became a bogus bad-json row). Frames follow each other as in the zstd command."""

    CHUNK = 16384  # compressed bytes per step: bounds the output of one step

    def __init__(self, raw: BinaryIO):
        import zstandard

        self.raw, self.dctx = raw, zstandard.ZstdDecompressor()
        self.obj, self.pending, self.fed = self.dctx.decompressobj(), b"", False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending:
            if self.obj.eof:  # a frame ended: another may follow
                rest = self.obj.unused_data or self.raw.read(self.CHUNK)
                if not rest:
                    return 0
                self.obj, self.fed = self.dctx.decompressobj(), False
            else:
                rest = self.raw.read(self.CHUNK)
                if not rest:
                    if self.fed:
                        raise EOFError("the zstd stream ends before the end of its last frame")
                    return 0
            self.fed = True
            self.pending = self.obj.decompress(rest)
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


class Utf16Reader(io.RawIOBase):
    """UTF-16 text (with its byte-order mark) re-encoded as UTF-8, streaming."""

    def __init__(self, raw: BinaryIO, encoding: str):
        import codecs

        self.raw, self.decoder, self.pending = raw, codecs.getincrementaldecoder(encoding)("replace"), b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending:
            data = self.raw.read(65536)
            self.pending = self.decoder.decode(data, final=not data).encode("utf-8")
            if not data:
                break
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


def transcode_utf16(stream: BinaryIO) -> BinaryIO:
    """UTF-16 files (a byte-order mark first) become UTF-8 streams; others pass as they are."""
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if head in (b"\xff\xfe", b"\xfe\xff"):
        return io.BufferedReader(Utf16Reader(stream, "utf-16"))  # type: ignore[return-value]
    return stream


def inner_name(path: str) -> str:
    """The file name without compression suffixes, for format detection."""
    name = os.path.basename(path).lower()
    for suffix in (".gz", ".bz2", ".zst", ".zstd"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 when it is, else Windows-1252 (a superset of printable latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control characters in the first block: not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > 0.05


def read_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes without the line ending) — None for a line over MAX_LINE, whose
    rest is skipped without being kept."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line
                more = stream.readline(MAX_LINE)
                if not more or more.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line.rstrip(b"\r\n")


class CrToLf(io.RawIOBase):
    """A stream whose lines end in CR alone (classic Mac) read as LF lines."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        data = data.replace(b"\r", b"\n")
        buffer[:len(data)] = data
        return len(data)


def normalise_line_endings(stream: BinaryIO, head: bytes) -> BinaryIO:
    """CR-only files (CRs and no LF in the first block) become LF files."""
    if b"\r" in head and b"\n" not in head:
        return io.BufferedReader(CrToLf(stream))  # type: ignore[return-value]
    return stream
