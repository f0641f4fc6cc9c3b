"""Page and API safety, kept apart from the routes: security headers on every response,
`HEAD` for every GET route, and which URLs may become links.

Content-Security-Policy: scripts only from this server plus the exact inline scripts of the
templates (their SHA-256 hashes, computed at start-up, so an injected inline script never
runs); 'unsafe-eval' because Vega compiles chart expressions with `Function`; no frames, no
plugins, no foreign form targets. FastAPI's /docs page loads Swagger UI from its CDN and
gets a policy that allows just that.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from newsevents.ids import is_web_url

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
DOCS_PATHS = ("/docs", "/redoc")


def inline_script_hashes(templates: Path) -> list[str]:
    hashes = set()
    for template in sorted(templates.glob("*.html")):
        for body in INLINE_SCRIPT.findall(template.read_text("utf-8")):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            hashes.add(f"'sha256-{digest}'")
    return sorted(hashes)


def content_security_policy(templates: Path) -> str:
    scripts = " ".join(["'self'", "'unsafe-eval'", *inline_script_hashes(templates)])
    return (f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
               "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
               "https://fastapi.tiangolo.com; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: the headers above on every response, and HEAD answered as GET
    without a body."""

    def __init__(self, app, templates: Path):
        self.app = app
        self.policy = content_security_policy(templates).encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        policy = DOCS_POLICY.encode() if scope["path"].startswith(DOCS_PATHS) else self.policy

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"content-security-policy", b"x-frame-options")]
                headers += [(b"content-security-policy", policy), (b"x-content-type-options", b"nosniff"),
                            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def web_link(url: object) -> str | None:
    """The URL when it may be a link (absolute http or https), else None: a stored
    `javascript:` or `data:` address is shown as text, never as an href."""
    return url.strip() if isinstance(url, str) and is_web_url(url) else None
