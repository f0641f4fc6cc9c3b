"""Stage: read. Raw news in the forms people have -> a stream of RawRecords and Rejects.

Formats: scraped text records, JSONL dumps, HTML pages, WARC archives; .gz/.bz2/.zst
transparently; folders recursively; globs; `-` for stdin. Bad input never stops the stream:
it becomes a Reject with a specific reason.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator

from newsevents.read.formats import (
    binary_reject, read_html, read_json_array, read_jsonl, read_textrecord, read_warc, sniff,
)
from newsevents.read.sources import (
    SourceError, expand_paths, inner_name, normalise_line_endings, open_binary, transcode_utf16, walk_paths,
)
from newsevents.records import RawRecord, Reject

FORMATS = ("textrecord", "jsonl", "html", "warc")

__all__ = ["FORMATS", "expand_paths", "read_paths"]


def read_paths(paths: list[str], fmt: str | None = None, field_map: dict[str, str] | None = None
               ) -> Iterator[RawRecord | Reject]:
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    for path, skip in walk_paths(paths):
        if skip is not None:
            yield Reject(path, 0, "read", *skip)
        else:
            yield from capped(read_file(path, fmt, field_map))


MAX_SAME_REJECTS = 1000  # per file and reason: then one row counts the rest


def capped(items: Iterator[RawRecord | Reject]) -> Iterator[RawRecord | Reject]:
    """At most MAX_SAME_REJECTS reject rows per reason from one file, then one row saying how
    many more there were: a 1 GB file of junk lines is a thousand rows, not forty million."""
    counts: dict[str, int] = {}
    extra: dict[str, list] = {}  # reason -> [first suppressed reject, how many]
    for item in items:
        if isinstance(item, Reject) and item.stage == "read":
            counts[item.reason] = counts.get(item.reason, 0) + 1
            if counts[item.reason] > MAX_SAME_REJECTS:
                if item.reason in extra:
                    extra[item.reason][1] += 1
                else:
                    extra[item.reason] = [item, 1]
                continue
        yield item
    for reason, (first, more) in extra.items():
        yield Reject(first.source, first.position, "read", reason,
                     f"{more:,} more records of this file from position {first.position} on were rejected "
                     f"for the same reason ({reason}); only the first {MAX_SAME_REJECTS} have rows of their own. "
                     f"First of them: {first.detail}", first.excerpt)


def read_file(path: str, fmt: str | None = None, field_map: dict[str, str] | None = None
              ) -> Iterator[RawRecord | Reject]:
    """Every record of one file; archive damage rejects the rest of the file only."""
    try:
        stream = open_binary(path)
    except SourceError as exc:
        yield Reject(path, 0, "read", exc.reason, exc.detail)
        return
    position = 0
    try:
        with stream:
            text = transcode_utf16(stream)
            head = text.peek(65536)[:65536] if hasattr(text, "peek") else b""
            if not head.strip():
                yield Reject(path, 0, "read", "empty-file", "the file is empty; nothing to read")
                return
            kind = fmt or sniff(inner_name(path), head)
            if kind != "warc" and (bad := binary_reject(path, head)):
                yield bad
                return
            if kind in ("jsonl", "textrecord"):
                text = normalise_line_endings(text, head)
            if kind == "warc" and path != "-":
                stream.close()  # warcio reads the stored file, decompressing member by member
                with open(path, "rb") as raw:
                    for record in read_warc(path, raw, os.path.getsize(path)):
                        position = record.position
                        yield record
                return
            if kind == "jsonl" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
                records = read_json_array(path, text, field_map)
            elif kind == "jsonl":
                records = read_jsonl(path, text, field_map)
            elif kind == "html":
                records = read_html(path, text)
            elif kind == "warc":
                records = read_warc(path, text)
            else:
                records = read_textrecord(path, text)
            for record in records:
                position = record.position
                yield record
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Reject(path, position + 1, "read", "truncated-archive",
                     f"the compressed file ends early or is damaged ({exc}); records before "
                     "the damage were read, re-download or re-compress the file")
    except OSError as exc:
        reason = "truncated-archive" if "zstd" in type(exc).__module__ or "decompress" in str(exc).lower() else "unreadable"
        yield Reject(path, position + 1, "read", reason, f"reading {path} failed: {exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. zstd errors, warcio parse errors
        yield Reject(path, position + 1, "read", "unreadable",
                     f"reading {path} failed ({type(exc).__name__}: {exc})")
