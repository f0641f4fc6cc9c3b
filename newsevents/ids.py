"""Identity: canonical URLs, content hashes, article and event ids. The bottom of the
stage order (with records, data and settings): every stage may import it.

Two addresses of the same page (http/https, `www.`, `m.` and `amp.` hosts, AMP paths,
tracking parameters, fragments, trailing slashes) canonicalise to one string, so the same
article read twice gets the same id.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ocid", "cmpid",
    "ref", "ref_src", "src", "smid", "smtyp", "share", "utm", "output", "amp", "outputtype",
}
HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")


def canonical_url(url: str | None) -> str | None:
    """The canonical form of `url`, or None when it is not an http(s) address."""
    if not url:
        return None
    url = url.strip()
    if "://" not in url and "." in url.split("/")[0]:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        hostname, _ = parts.hostname, parts.port  # both raise ValueError on a malformed address
    except ValueError:  # e.g. "http://[broken/x": Invalid IPv6 URL, or a bad port
        return None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    host = hostname.lower()
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    path = parts.path or "/"
    for amp in ("/amp/", "/amp"):
        if path.endswith(amp):
            path = path[: -len(amp)] or "/"
    if path.startswith("/amp/"):
        path = path[4:]
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) address that parses: the only kind shown as a link."""
    if not url or not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def outlet_of(url: str | None) -> str | None:
    """The outlet's domain: host without `www.`/`m.`/`amp.` prefixes."""
    canon = canonical_url(url)
    return urlsplit(canon).hostname if canon else None


def article_id(canonical: str | None, text: str) -> str:
    """16 hex digits, from the canonical URL when there is one, else from the text."""
    basis = canonical if canonical else "text:" + " ".join(text.split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


_WORDS = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    """Hash of the text's words, lower-cased: equal for copies that differ only in spacing,
    punctuation or case."""
    words = _WORDS.findall(text.lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


def event_id(article_id: str, sentence_index: int, offset: int, source: str, target: str | None, cameo: str) -> str:
    key = f"{article_id}|{sentence_index}|{offset}|{source}|{target or ''}|{cameo}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]
