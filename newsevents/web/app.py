"""The HTTP API (under /api, OpenAPI at /docs and /redoc, served from vendored assets) and the
dashboard pages. Invalid parameters are 4xx with a message, never a 500; pages answer errors
with an HTML page, the API with JSON. Routes: web/api.py (API router) and web/pages.py (page
routes); security headers and safe links: web/safety.py.

Database access (newsevents.web.live): by default requests read through cursors of one
read-only connection opened on demand and let go when idle, so `newsevents ingest` can run
beside the dashboard (while it holds the write lock, requests answer 503 with a Retry-After).
With `watch` (`newsevents serve --watch DIR`) the serving process owns the database and
ingests new files of DIR itself; requests read committed data through cursors while it
writes. The full-text index is (re)built at start when the corpus changed."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.store import StoreError

HERE = Path(__file__).parent


def create_app(db_path: str, watch: str | None = None, watch_interval: float = 5.0,
               watch_workers: int = 1) -> FastAPI:
    from newsevents.store.search import ensure_index
    from newsevents.web import api, pages
    from newsevents.web.live import Database
    from newsevents.web.safety import SecurityHeaders, web_link

    database = Database(db_path, watch, watch_interval, watch_workers)
    app = FastAPI(title="newsevents", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Read-only access to a newsevents corpus: articles, events (CAMEO), quotes, "
                              "stories, actors, dyad series, map points and spike alerts. Every event links "
                              "to its article and sentence.")
    app.state.database = database
    app.state.index = ensure_index(db_path, database.store().con)
    app.state.templates = templates = Jinja2Templates(directory=HERE / "templates")
    pages.register_filters(templates)
    templates.env.filters["web_link"] = web_link
    app.add_middleware(SecurityHeaders, templates=HERE / "templates")
    database.install(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsevents API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        page = get_redoc_html(openapi_url="/openapi.json", title="newsevents API",
                              redoc_js_url="/static/vendor/redoc.standalone.js",
                              redoc_favicon_url="/static/favicon.svg", with_google_fonts=False)
        # ReDoc's footer logo points at cdn.redoc.ly: the policy keeps the page from asking for it
        page.headers["Content-Security-Policy"] = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                                   "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                                   "worker-src 'self' blob:; font-src 'self' data:")
        return page

    def error_page(request: Request, status: int, message: str):
        if request.url.path.startswith(("/api", "/openapi", "/static")):
            return None
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        page = error_page(request, exc.status_code, str(exc.detail))
        return page or await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        page = error_page(request, 422, problems)
        return page or await request_validation_exception_handler(request, exc)

    return app
