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
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name not in SKIP_NAMES and not name.startswith("."):
                        yield os.path.join(root, name)
        elif any(ch in path for ch in "*?[") and not os.path.exists(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path
            for match in matches:
                yield from expand_paths([match]) if os.path.isdir(match) else [match]
        else:
            yield path


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
            import zstandard

            return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw))  # type: ignore[return-value]
    return raw


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
