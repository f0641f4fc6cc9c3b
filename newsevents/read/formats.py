"""One reader per input format. Each takes an open binary stream and yields RawRecords and
Rejects; none raises for bad data."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsevents.ids import canonical_url
from newsevents.read.dates import parse_date
from newsevents.read.sources import decode, looks_binary, read_lines
from newsevents.records import RawRecord, Reject

MAX_RECORD = 8 * 1024 * 1024  # bytes of one text record kept (news is < 1 MB); the rest is cut, with a warning
MAX_HTML = 64 * 1024 * 1024  # bytes of one HTML page; a larger page is rejected, not cut
MAX_JSON_ARRAY = 256 * 1024 * 1024  # bytes of a .json file holding an array of records

URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
DATE_LINE = re.compile(r"^(?=.*\d)[\w ,.:/+-]{6,40}$")

# Keys of the common crawler shapes (news-please, CC-News, our corpus), first match wins.
JSONL_KEYS = {
    "title": ("title", "headline", "name"),
    "text": ("maintext", "text", "body", "content", "article", "article_text", "description"),
    "published": ("date_publish", "published", "date", "publish_date", "pubdate",
                  "datePublished", "published_at", "date_download"),
    "url": ("url", "link", "source_url", "canonical_url", "uri"),
    "outlet": ("source_domain", "outlet", "domain", "site", "source"),
}


def excerpt(text: str | bytes, size: int = 300) -> str:
    if isinstance(text, bytes):
        text = decode(text[:size * 4])[0]
    return text[:size]


def _warnings(published: str | None, url: str | None) -> list[dict[str, str]]:
    found = []
    if not published:
        found.append({"reason": "missing-date", "detail": "no publication date; the article is "
                      "kept undated and relative dates in it cannot be resolved"})
    elif (day := parse_date(published)) is None:
        found.append({"reason": "bad-date", "detail": f"impossible or unreadable date {published!r}; "
                      "the article is kept undated"})
    elif day > dt.date.today() + dt.timedelta(days=1):
        found.append({"reason": "future-date", "detail": f"publication date {published!r} is in the "
                      "future; kept as given - check the scraper's date field"})
    if url and not checked_url(url):
        found.append({"reason": "bad-url", "detail": f"{str(url)[:200]!r} is not an http(s) address; "
                      "the article is kept without a URL (its id is made from its text)"})
    elif not url:
        found.append({"reason": "missing-url", "detail": "no URL; the article id is made from "
                      "its text, and copies at other addresses cannot be linked by address"})
    return found


def checked_url(url: object) -> str | None:
    """The URL when it is a usable http(s) address (or a bare www. host), else None: a
    `javascript:` or malformed address is never stored, so it can never become a link."""
    if not isinstance(url, str) or not url.strip():
        return None
    return url.strip() if canonical_url(url) else None


def read_textrecord(source: str, stream: BinaryIO) -> Iterator[RawRecord | Reject]:
    """A scraped record: title, date, URL, then body lines in any order. One per file."""
    lines: list[str] = []
    encoding = "utf-8"
    size, cut = 0, 0
    for number, data in read_lines(stream):
        if data is None:
            yield Reject(source, number, "read", "line-too-long",
                         f"line {number} is longer than 4 MB; this is not a news record "
                         "(a dump without line breaks?) - split it or check the scraper")
            return
        if size > MAX_RECORD:  # memory stays bounded: count the rest, keep none of it
            cut += len(data) + 1
            continue
        size += len(data) + 1
        text, enc = decode(data)
        if enc != "utf-8":
            encoding = enc
        lines.append(text)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        yield Reject(source, 0, "read", "empty-file", "the file is empty or only blank lines")
        return
    title = lines[0].strip()
    published = url = None
    body_start = 1
    for i in (1, 2):  # the date and URL lines, in either order, either may be missing
        if i >= len(lines):
            break
        line = lines[i].strip()
        if url is None and URL_LINE.match(line):
            url, body_start = line, i + 1
        elif published is None and url is None and DATE_LINE.match(line) and len(line.split()) <= 6:
            published, body_start = line, i + 1
        else:
            break
    body = [line for line in lines[body_start:] if line.strip()]
    if not body:
        yield Reject(source, 0, "read", "no-body", "the record has a header but no body "
                     "lines; check the scraper output", excerpt("\n".join(lines)))
        return
    warnings = _warnings(published, url)
    if cut:
        warnings.append({"reason": "record-cut", "detail": f"the record is longer than "
                         f"{MAX_RECORD // 2**20} MB; its first {size:,} bytes were kept and "
                         f"{cut:,} bytes cut - is this one article?"})
    yield RawRecord(source, 0, "textrecord", title or None, published, checked_url(url), body,
                    meta={"encoding": encoding, "warnings": warnings})


def _pick(obj: dict[str, Any], field: str, field_map: dict[str, str] | None) -> Any:
    if field_map and field in field_map:
        return obj.get(field_map[field])
    for key in JSONL_KEYS[field]:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def read_jsonl(source: str, stream: BinaryIO, field_map: dict[str, str] | None = None
               ) -> Iterator[RawRecord | Reject]:
    """One JSON object per line; a malformed line is rejected, its neighbours still read."""
    for number, data in read_lines(stream):
        if data is None:
            yield Reject(source, number, "read", "line-too-long",
                         f"JSONL line {number} is longer than 4 MB; skipped")
            continue
        if not data.strip():
            continue
        text, encoding = decode(data)
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Reject(source, number, "read", "bad-json",
                         f"line {number} is not valid JSON ({exc.msg} at column {exc.colno}); "
                         "the other lines are read", excerpt(text))
            continue
        except RecursionError:
            yield Reject(source, number, "read", "bad-json",
                         f"line {number} is JSON nested too deeply to be a news record; "
                         "the other lines are read", excerpt(text))
            continue
        if not isinstance(obj, dict):
            yield Reject(source, number, "read", "bad-json",
                         f"line {number} is JSON but not an object", excerpt(text))
            continue
        yield from _record_from_object(source, number, obj, field_map, encoding)


def read_json_array(source: str, stream: BinaryIO, field_map: dict[str, str] | None = None
                    ) -> Iterator[RawRecord | Reject]:
    """A .json file holding one array of records (pretty-printed or not): each element is a
    record at position = its index + 1."""
    data = stream.read(MAX_JSON_ARRAY + 1)
    if len(data) > MAX_JSON_ARRAY:
        yield Reject(source, 0, "read", "too-large",
                     f"the JSON array is larger than {MAX_JSON_ARRAY // 2**20} MB; write it as JSONL "
                     "(one record a line), which is streamed", excerpt(data[:300]))
        return
    text, encoding = decode(data)
    del data
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Reject(source, exc.lineno, "read", "bad-json",
                     f"the file is not a valid JSON array ({exc.msg} at line {exc.lineno}, column "
                     f"{exc.colno}); fix the file or write it as JSONL", excerpt(text))
        return
    except RecursionError:
        yield Reject(source, 0, "read", "bad-json", "the JSON array is nested too deeply to be "
                     "news records", excerpt(text))
        return
    del text
    if not isinstance(items, list):
        items = [items]
    for index, obj in enumerate(items, start=1):
        if not isinstance(obj, dict):
            yield Reject(source, index, "read", "bad-json",
                         f"element {index} of the array is not a JSON object", excerpt(json.dumps(obj)[:300]))
            continue
        yield from _record_from_object(source, index, obj, field_map, encoding)


def _record_from_object(source: str, position: int, obj: dict[str, Any],
                        field_map: dict[str, str] | None, encoding: str) -> Iterator[RawRecord | Reject]:
    body = _pick(obj, "text", field_map)
    if isinstance(body, list):
        body = "\n".join(str(p) for p in body)
    if not isinstance(body, str) or not body.strip():
        keys = ", ".join(list(obj)[:12])
        yield Reject(source, position, "read", "no-body",
                     f"record {position} has no text field (keys: {keys}); map yours with "
                     "--field-map '{\"text\": \"<key>\"}'", excerpt(json.dumps(obj)[:300]))
        return
    title = _pick(obj, "title", field_map)
    published = _pick(obj, "published", field_map)
    url = _pick(obj, "url", field_map)
    outlet = _pick(obj, "outlet", field_map)
    published = str(published) if published is not None else None
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    known = {k for keys in JSONL_KEYS.values() for k in keys} | set((field_map or {}).values())
    yield RawRecord(source, position, "jsonl", str(title).strip() if title else None, published,
                    checked_url(str(url)) if url else None, lines,
                    outlet=outlet if isinstance(outlet, str) and "." in outlet else None,
                    meta={"encoding": encoding, "warnings": _warnings(published, url),
                          "extra": {k: v for k, v in obj.items() if k not in known}})


def read_html(source: str, stream: BinaryIO, url: str | None = None, position: int = 0
              ) -> Iterator[RawRecord | Reject]:
    """An HTML page: main text and metadata with trafilatura (no fetching)."""
    data = stream.read(MAX_HTML + 1)
    if len(data) > MAX_HTML:
        yield Reject(source, position, "read", "too-large",
                     f"the HTML page is larger than {MAX_HTML // 2**20} MB; not read (cutting it would "
                     "keep a broken page) - is this one article?", excerpt(data[:300]))
        return
    yield from html_record(source, position, data, url)


def html_record(source: str, position: int, data: bytes, url: str | None) -> Iterator[RawRecord | Reject]:
    import trafilatura

    html, encoding = decode(data)
    if not html.strip():
        yield Reject(source, position, "read", "empty-file", "the HTML page is empty")
        return
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        yield Reject(source, position, "read", "bad-html", f"the page could not be parsed: {exc}",
                     excerpt(html))
        return
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = meta.get("text") or ""
    if len(text.split()) < 10:
        yield Reject(source, position, "read", "no-article",
                     "no article text found in the page (a index, login or error page?)",
                     excerpt(html))
        return
    page_url = url or meta.get("url")
    published = meta.get("date")
    yield RawRecord(source, position, "html", meta.get("title"), published, checked_url(page_url),
                    [line.strip() for line in text.splitlines() if line.strip()],
                    outlet=meta.get("hostname"),
                    meta={"encoding": encoding, "sitename": meta.get("sitename"),
                          "warnings": _warnings(published, page_url)})


def read_warc(source: str, stream: BinaryIO, size: int | None = None) -> Iterator[RawRecord | Reject]:
    """Each HTML HTTP response of a WARC archive goes through the HTML reader. `stream` is
    the file as stored (warcio decompresses record by record); with its `size`, an archive
    cut short is reported after its complete records are read."""
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(stream)
    index = -1
    for index, record in enumerate(archive):
        if record.rec_type != "response":
            continue
        content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        url = record.rec_headers.get_header("WARC-Target-URI")
        if "html" not in content_type.lower():
            yield Reject(f"{source}@{index}", index, "read", "not-html",
                         f"the archived response for {url} is {content_type or 'of no content type'}, "
                         "not an HTML page; skipped")
            continue
        status = record.http_headers.get_statuscode() if record.http_headers else "200"
        if status and not status.startswith("2"):
            yield Reject(f"{source}@{index}", index, "read", "http-error",
                         f"the archived response for {url} has HTTP status {status}")
            continue
        content = record.content_stream().read(MAX_HTML + 1)
        if len(content) > MAX_HTML:
            yield Reject(f"{source}@{index}", index, "read", "too-large",
                         f"the archived page {url} is larger than {MAX_HTML // 2**20} MB; not read")
            continue
        yield from html_record(source, index, content, url)
    if size is not None and index >= 0:
        end = (archive.get_record_offset() or 0) + (archive.get_record_length() or 0)
        if end < size:
            yield Reject(source, index + 1, "read", "truncated-archive",
                         f"the WARC archive ends early or is damaged after record {index} (byte {end} "
                         f"of {size}); the complete records before it were read")


def sniff(name: str, head: bytes) -> str:
    """Format from the first bytes, then the file name."""
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith(b"{") or (stripped.startswith(b"[") and stripped[1:].lstrip().startswith(b"{")):
        return "jsonl"
    if stripped.startswith(b"<") and (b"<html" in lower or b"<!doctype" in lower or b"<body" in lower
                                      or b"<p" in lower or b"<article" in lower or b"<head" in lower):
        return "html"
    for ext, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"),
                     (".html", "html"), (".htm", "html"), (".warc", "warc")):
        if name.endswith(ext):
            return fmt
    return "textrecord"


def binary_reject(source: str, head: bytes) -> Reject | None:
    if looks_binary(head[:8192]):
        return Reject(source, 0, "read", "binary", "this is a binary file, not text, JSONL, "
                      "HTML or WARC; remove it from the input or check its format", repr(head[:60]))
    return None
