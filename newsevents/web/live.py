"""How the web app reaches the database while news keeps coming in.

DuckDB allows one writing process per file, and a process holding a read-only connection
keeps every writer out. So:

* default (`newsevents serve`): requests read through cursors of one read-only connection
  that is opened on demand and closed after `serve_idle` seconds (a setting) without a request (1 s; warm
  caches while someone browses). Then the file is free: `newsevents ingest` can run beside
  the dashboard (a writer waits up to NEWSEVENTS_LOCK_WAIT seconds for the lock). While an
  ingest holds the write lock, requests get 503 with Retry-After (not a 500); the pages come
  back, with the new data, as soon as it is done.
* `newsevents serve --watch DIR`: the serving process owns the database (read-write, one
  DuckDB instance) and a background thread ingests every new or changed file under DIR
  every few seconds with the same engine as `newsevents ingest`. Requests read through
  cursors of that instance, so the dashboard stays up and shows each batch once committed.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from contextvars import ContextVar
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from newsevents import settings
from newsevents.engine import run_ingest
from newsevents.store import Store, StoreError

log = logging.getLogger("newsevents.web")
_connections: ContextVar[list | None] = ContextVar("newsevents_request_connections", default=None)


class DatabaseBusy(Exception):
    """The file is locked by a writer in another process (an ingest)."""


BUSY = ("the database is being written by another process (an ingest?); retry in a few seconds, "
        "or run `newsevents serve --watch DIR` to ingest and serve together")


class Database:
    def __init__(self, path: str, watch: str | None = None, interval: float = 5.0, workers: int = 1):
        self.path, self.watch, self.interval, self.workers = path, watch, interval, workers
        self.shared: duckdb.DuckDBPyConnection | None = None
        self.watcher: Watcher | None = None
        self.reader: duckdb.DuckDBPyConnection | None = None  # the on-demand read-only connection
        self.users, self.last_used = 0, 0.0
        self.guard = threading.Lock()
        self.closer: threading.Thread | None = None
        self.idle = settings.current().serve_idle  # seconds before the file is let go
        if watch:
            if not Path(watch).is_dir():
                raise StoreError(f"--watch {watch}: not a folder")
            store = Store(path)  # creates or migrates; this process is now the only writer
            self.shared = store.con
            self.watcher = Watcher(self, Path(watch), interval, workers)
            return
        if not Path(path).exists():
            raise StoreError(f"no database at {path}: run `newsevents ingest PATH --db {path}` first")
        try:  # checks the file now (damaged, newer schema) and migrates an older schema
            Store(path, read_only=True).close()
        except StoreError as exc:
            if not is_lock_error(exc):
                raise
            log.warning("%s is being written by another process; pages answer 503 until it is done", path)

    # connections ------------------------------------------------------------------------
    def store(self) -> Store:
        if self.shared is not None:
            return Store.view(self.shared.cursor())
        with self.guard:
            if self.reader is None:
                try:
                    self.reader = duckdb.connect(self.path, read_only=True)
                except duckdb.Error as exc:
                    if is_lock_error(exc):
                        raise DatabaseBusy(BUSY) from exc
                    raise
                self._start_closer()
            cursor = self.reader.cursor()
            held = _connections.get()
            if held is not None:
                self.users += 1
                held.append(cursor)  # closed when the response is built
            self.last_used = time.monotonic()
        return Store.view(cursor)

    def release(self, cursors: list) -> None:
        for cursor in cursors:
            cursor.close()
        if cursors and self.shared is None:
            with self.guard:
                self.users -= len(cursors)
                self.last_used = time.monotonic()

    def _start_closer(self) -> None:
        if self.closer is None or not self.closer.is_alive():
            self.closer = threading.Thread(target=self._close_when_idle, name="newsevents-idle", daemon=True)
            self.closer.start()

    def _close_when_idle(self) -> None:
        """Let the file go (and a writer in) once no request has used it for `serve_idle` seconds."""
        while True:
            time.sleep(min(0.25, self.idle / 2))
            with self.guard:
                if self.reader is None:
                    return
                if self.users == 0 and time.monotonic() - self.last_used >= self.idle:
                    self.reader.close()
                    self.reader = None
                    return

    def install(self, app: FastAPI) -> None:
        @app.middleware("http")
        async def request_connections(request: Request, call_next):
            held: list = []
            token = _connections.set(held)
            try:
                return await call_next(request)
            finally:
                _connections.reset(token)
                self.release(held)

        @app.exception_handler(DatabaseBusy)
        async def busy(request: Request, exc: DatabaseBusy):
            return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

        if self.watcher is not None:
            app.router.on_startup.append(self.watcher.start)
            app.router.on_shutdown.append(self.watcher.stop)

            @app.get("/api/watch", tags=["corpus"], summary="The folder ingested while serving, and its last runs")
            def watch_status() -> dict:
                return self.watcher.status()


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return ("lock" in text or "conflicting" in text or "being used" in text
            or "different configuration" in text)  # the same file open read-only in this process


class Watcher:
    """Ingests new or changed files under a folder, every `interval` seconds, in a thread."""

    def __init__(self, database: Database, folder: Path, interval: float, workers: int):
        self.database, self.folder, self.interval, self.workers = database, folder, interval, workers
        self.seen: dict[str, tuple[int, int]] = {}  # path -> (size, mtime_ns) when last ingested
        self.runs: list[dict] = []
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def start(self) -> None:
        self.thread = threading.Thread(target=self.loop, name="newsevents-watch", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(timeout=60)

    def loop(self) -> None:
        while not self.stopping.is_set():
            try:
                self.scan_once()
            except Exception:  # noqa: BLE001 - the server stays up; the error is logged and shown
                log.exception("watch: ingest failed")
                self.runs.append({"error": "ingest failed; see the server log", "at": time.time()})
            self.stopping.wait(self.interval)

    def new_files(self) -> list[str]:
        from newsevents.read.sources import walk_paths

        found = []
        for path, skip in walk_paths([str(self.folder)]):
            try:
                st = os.stat(path)
            except OSError:
                continue
            key = (st.st_size, st.st_mtime_ns)
            # a file still being written (changed in the last second) waits for the next scan
            if skip is None and self.seen.get(path) != key and time.time() - st.st_mtime > 1.0:
                found.append(path)
                self.seen[path] = key
        return found

    def scan_once(self) -> dict | None:
        """Ingest what is new now; returns the run's counts (None when nothing was new)."""
        with self.lock:
            files = self.new_files()
            if not files:
                return None
            summary = run_ingest(files, self.database.path, workers=self.workers)
            run = {"at": time.time(), "files": len(files), "new_articles": summary.ingested,
                   "events": summary.events, "rejected": sum(summary.rejected.values()),
                   "already_stored": summary.already_stored}
            self.runs = (self.runs + [run])[-20:]
            log.warning("watch: %s", run)
            return run

    def status(self) -> dict:
        return {"folder": str(self.folder), "interval_s": self.interval, "files_seen": len(self.seen),
                "runs": self.runs}
